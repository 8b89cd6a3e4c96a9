#pragma once

#include <optional>
#include <string>
#include <vector>

#include "python/api_catalogue.h"
#include "python/handler_discovery.h"
#include "python/reachability.h"

namespace hoist::python {

struct SdkConfigFiles;

/// Code that changes the environment constructions read: a write to
/// `os.environ` (item, `update`, `setdefault`, `pop`, `del`), `os.putenv`,
/// `boto3.setup_default_session`, python-dotenv's `load_dotenv`. Built where the environment changes, a
/// construction reads what that code wrote; moved before it, it does not.
struct EnvironmentWrite {
  TSNode node;
  std::string text; ///< as written, for messages
  /// Where it is ("helpers/log.py:12"), for messages: it may be far from
  /// the handler.
  std::string place{};
  /// The variables it sets, when the code names them all; empty: any.
  std::vector<std::string> keys;
  /// True when the environment is handed on here (stored in a container or
  /// an attribute, a writing method taken as a value, given to code hoist
  /// cannot see into): whatever calls it later, on any invocation, may write.
  bool deferred = false;
  /// What it does, for messages: "changes the environment it reads".
  std::string changes;
  /// True for a call of code hoist does not see into (a library's, a
  /// function it cannot resolve), which may write: not a write seen.
  bool unseen = false;
  /// For a library's call: the library callable ("liblogging.logEvent"),
  /// which the configuration's `harmless-calls` may declare harmless.
  std::string library{};
  /// For an import whose module's code writes: the module that writes (the
  /// innermost, through the imports of imported modules) and its write as
  /// written, for messages; empty otherwise.
  std::string module{};
  std::string module_text{};
  /// True for a file written at a path hoist cannot tell, which may be a
  /// service model in ~/.aws/models: it changes only what a client of a
  /// service the SDK does not know builds from.
  bool models_only = false;
  /// True for a change of the working directory: it changes only what a
  /// construction reads by a relative path it is given (names_relative_file).
  bool working_directory = false;
  /// True for a change of where imports look (`sys.path`, `sys.modules`):
  /// it changes only what an import after it loads, not a construction
  /// whose library was loaded before it.
  bool import_state = false;

  /// What it does (`changes`), saying `reader` for the construction that the
  /// phrases call "it" ("changes the environment the construction reads").
  std::string changes_read_by(const std::string &reader) const;

  /// True when a construction whose code holds the string literals
  /// `literals` may read what this write changes: it names no variable, one
  /// of those literals, or one a library reads on its own (`AWS_REGION`,
  /// `AWS_PROFILE`, `PGHOST`, proxies). A change of the working directory
  /// only when one of those literals names a relative file.
  /// `unknown_service`: the construction is a client of a service the SDK
  /// does not know (which a model written anywhere may define).
  bool may_change(const std::vector<std::string> &literals,
                  bool unknown_service = false) const;
};

/// True when the string literal `literal` names a file by a path relative
/// to the working directory: `app.db`, `./certs/ca.pem`, the database of
/// `sqlite:///data/app.db`; not an absolute or home path, a URL, a host
/// name or a word (`s3`, `localhost`).
bool names_relative_file(std::string_view literal);

/// True for the names of a container's methods that only read it (`get`,
/// `keys`, `items`, `__contains__`).
bool reads_container(std::string_view method);

/// True for the names of methods that put what they are given in a
/// container (`append`, `add`, `setdefault`, `__setitem__`).
bool stores_in_container(std::string_view method);

/// The environment writes in the code that runs when `root` runs; with
/// `nested`, also in the functions defined in it (a decorator's wrapper).
/// Besides `os.environ` and its aliases: its writing methods taken as
/// values, the SDKs' configuration opened for writing (or a file whose path
/// hoist cannot read), `sys.path` or `sys.modules` changed (an import after
/// it may load another SDK),
/// attributes of imported libraries set (a patched `BaseClient.__init__`),
/// `os.environ` handed on (stored, or passed to a function that writes it or
/// that hoist cannot see into), code run that hoist does not see (`exec`,
/// `eval`, `runpy`), project modules whose code an import runs (an
/// `import` in a function, `importlib.import_module`, `importlib.reload`;
/// an unknown module name may write anything), and, `follow_calls` calls
/// deep, project functions called that do any of these (reported at the
/// call). `loaded`: a module whose code has run where `root` runs (an
/// import of it runs none of it).
/// `sdk_files`: the SDK files the function's environment names; then a file
/// written that may be one of them, or the working directory changed where
/// one is relative, counts too.
std::vector<EnvironmentWrite> environment_writes(
    const NameResolver &resolver, Scope scope, TSNode root, bool nested = false,
    int follow_calls = 0, const ModuleModel *loaded = nullptr,
    const SdkConfigFiles *sdk_files = nullptr);

/// True when `text` (a module) may change the environment through
/// `os.environ`, `putenv`, the default session, `load_dotenv`, code it runs
/// (`exec`), modules it loads (`import_module`, `__import__`, `reload`,
/// plugins by entry point) or where imports
/// find them (`sys.path`, `sys.modules`, `site.addsitedir`): a byte scan.
bool may_write_environment(std::string_view text);

/// True when `text` (a module) may write a file (`open(path, "w")`, a
/// Path's `write_text`, `shutil.copy`, `os.replace`, a child process): one
/// that may be the SDK's configuration, which a client built after it reads
/// (a byte scan).
bool may_write_files(std::string_view text);

/// True when `module` is the code of a library the catalogue calls
/// harmless, checked as part of the library's own repository
/// (`aws_lambda_powertools/logging/logger.py` in Powertools' tree): what it
/// runs changes nothing a construction reads.
bool in_harmless_library(const NameResolver &resolver,
                         const ModuleModel &module);

/// True when `text` (a module) may configure or close an object its
/// functions are handed, as change_of sees it: through its event hooks, a
/// close-like method, `setattr`: a byte scan.
bool may_change_objects(std::string_view text);

/// True when `text` (a module) may change state its importers read (an
/// item written, a container's mutating method: `CLIENT_KWARGS[k] = v`,
/// `CFG.update(...)`; an attribute set by a function other than `__init__`:
/// `self.region = ...` in a method) or handle the errors of code it wraps or calls
/// (`except`): a byte scan.
bool may_change_state_or_handle_errors(std::string_view text);

/// True when `text` (a module) may hand a module-level name's object to
/// code that calls it: a function returns or yields the name as it is
/// (`return DEFAULTS`), or gives it another local name, or a lambda's body
/// is the name (`lambda: DEFAULTS`). The caller may change it in place
/// (`current()["region"] = ...`). A byte scan.
bool may_hand_out_state(std::string_view text);

/// True when `text` (a module) may define code that runs when a value is
/// read (a property, `__getattr__`, `__getattribute__`, a descriptor's
/// `__get__`): what its importers read of its objects may be computed from
/// state code changes later. A byte scan.
bool may_compute_when_read(std::string_view text);

/// True when `text` (a module) defines a class: an instance it keeps at
/// module level is an object its importers may change through its methods,
/// operators or type (`type(SETTINGS).region = ...`). A byte scan.
bool may_define_class(std::string_view text);

/// True when `text` (a module) may call a function it is given: a name
/// among its functions' parameters is called somewhere (`def warm(fn):
/// fn({}, None)`, `self.before(event)`), or a `def` sits inside a `def` (by
/// indentation: a decorator's wrapper, which may reach what the decorator's
/// caller gave it however it likes, `@use(before=tenant_region)`). A
/// decorator that runs what it decorates when applied, a middleware that
/// runs the hooks the project gives it. A byte scan.
bool may_call_what_it_is_given(std::string_view text);

/// True when `text` (a module) may define a function that never returns
/// (never_returns): one that raises or ends the process: a byte scan.
bool may_define_never_returning(std::string_view text);

/// The environment writes on `handler`'s invoke path: in the functions it
/// reaches and in its decorators, which run around every call, and through
/// what the modules of those functions handed the environment to.
std::vector<EnvironmentWrite>
invoke_path_environment_writes(const NameResolver &resolver,
                               const Handler &handler,
                               const std::vector<ReachedFunction> &reached);

/// A way code reaches an object a construction built: `path` (a local or
/// parameter, `s3`, an attribute of the instance, `self.session`, or the
/// expression that makes it where it is used, `boto3.client("s3")`)
/// spelled in `function`.
struct ObjectReference {
  const ModuleModel *module;
  const FunctionInfo *function;
  std::string path;
  /// True when `path` reaches a part of the object (`events =
  /// s3.meta.events`): any method called on it may configure the object.
  bool part = false;
  /// True when `path` is a sub-resource made of it (`table =
  /// ddb.Table(name)`): it shares the client, which its attributes reach
  /// (`table.meta.client`), and its own methods are API actions.
  bool sub_resource = false;
  /// A library call that moves to module scope with the object (the
  /// construction a local moved along is passed to): its result holding
  /// the object keeps it where it was, not somewhere hoist cannot follow.
  TSNode moved_with{};
};

/// The references to what `call`, in `function`, builds: the names bound on
/// the way up through what gives it back as it is (parentheses,
/// `typing.cast`, `or`, `if ... else`, a walrus, the assignment chain: `a =
/// b = (call)`, `self.session = call`), or that expression itself when it is
/// used otherwise (passed to a call, put in a container, returned),
/// the plain copies made of them (`c = a`, `self.c = a`), the sub-resources
/// made of them (`t = a.Table(name)`, which share its client) and the locals
/// bound to parts of them (`events = a.meta.events`). A global is reached
/// in every function that does not bind it; an attribute
/// of the instance is reached in every method of the class and of its
/// subclasses in any module, through its own first parameter; another
/// attribute or item (`CACHE["s3"]`), in every function of the module.
std::vector<ObjectReference> references_to(const NameResolver &resolver,
                                           const ModuleModel &module,
                                           const FunctionInfo &function,
                                           TSNode call);

/// The parameter of `callee` that `call` passes `argument` to, or "" (also
/// when it goes into `*args` or `**kwargs`, whose items hoist does not
/// follow: `trace(s3=s3)` given `def trace(**clients)`).
std::string parameter_for(const SyntaxTree &tree, const FunctionInfo &callee,
                          TSNode call, TSNode argument);

/// True when the library callable `callee` (in `scope`) only reads what it
/// is given: a reading builtin, a logging method, a library the catalogue
/// lists as harmless, or a catalogued construction.
bool reads_what_it_is_given(const NameResolver &resolver, Scope scope,
                            TSNode callee);

/// True for builtins that only read what they are given (not `setattr`).
bool is_reading_builtin(std::string_view name);

/// True when nothing uses what `call` returns: it is a statement of its
/// own (awaited or not).
bool result_unused(TSNode call);

/// True for builtins that give back a plain value (or nothing) made from
/// what they are given, never the object itself or something holding it
/// (`len`, `str`, `isinstance`).
bool gives_plain_value(std::string_view name);

/// True for the names of methods that log what they are given, and only
/// read it (`logger.info`, `logging.warning`).
bool is_logging_method(std::string_view method);

/// True when the class `cls` of `module` is the class `base` of
/// `base_module` or derives from it, in whichever project modules its bases
/// are.
bool derives_from(const NameResolver &resolver, const ModuleModel &module,
                  const ClassInfo &cls, const ModuleModel &base_module,
                  const std::string &base, int depth = 0);
/// The modules that may define subclasses of `owner`, a class of `module`,
/// in the files checked: those that spell its name, and its own.
std::vector<const ModuleModel *>
modules_subclassing(const NameResolver &resolver, const ModuleModel &module,
                    const ClassInfo &owner);

/// How many attribute or item steps lead from `path` (`s3`,
/// `self.session`) to `node` (`s3.meta.events`: 2; also through `getattr`,
/// `functools.partial` and a session's `get_component`, each a step), or -1
/// when `node` does not start with it.
int steps_from(const SyntaxTree &tree, TSNode node, std::string_view path);

/// True when `value`, what a `return` gives back, is what `path` names, or
/// a literal tuple, list, set or dictionary holding it as one of its items.
bool returns_path(const SyntaxTree &tree, TSNode value, std::string_view path);

/// What a function does to an object it reaches, that makes the object
/// differ from one use to the next.
struct ObjectChange {
  /// Escapes: not a change seen, but the object goes where hoist cannot
  /// tell what becomes of it (held by what a library call returns).
  /// Observed: not changed, but told from another object by identity
  /// (introspection.h's identity_seen), where `methods.identity_matters`.
  enum class Kind { None, Configured, Closed, Observed, HandedOver, Escapes };
  Kind kind = Kind::None;
  /// Configured, Closed, Observed: the code that does it
  /// (`s.set_credentials(...)`, `conn.close()`, `with conn`, `repr(s3)`);
  /// HandedOver, Escapes: a sentence saying to what.
  std::string how;

  /// True for a change seen (not Escapes).
  explicit operator bool() const {
    return kind != Kind::None && kind != Kind::Escapes;
  }
  bool escapes() const { return kind == Kind::Escapes; }
  /// "'f' configures 's' ('s.set_credentials(...)')", for messages.
  std::string describe(const ObjectReference &reference) const;
};

/// A library call in `function` given `name` itself for its effect (its
/// result unused), which may change it in place: `random.shuffle(REGIONS)`,
/// `operator.setitem(CFG, k, v)`, `dict.update(CFG, ...)`; "" when none.
/// Builtins that only read, logging and the project's own functions (which
/// change_of follows) do not count.
std::string library_call_changing(const NameResolver &resolver,
                                  const ModuleModel &module,
                                  const FunctionInfo &function,
                                  std::string_view name);

/// How `reference.function` changes the object `reference.path` reaches,
/// the first in source order: closes it (a close-like method, a `with`
/// block); configures it (sets one of its attributes or items, calls a
/// method of one of its parts, `s3.meta.events.register(...)`, directly or
/// through `getattr`, or one of its own methods that `methods` says
/// configures it); or passes it to a project function that does either
/// (followed a few calls deep) or caches by its arguments, to a library
/// call the catalogue says changes what it is given (`Stubber(s3)`) or with
/// a project function that changes it (`pool.submit(instrument, s3)`), to a
/// method of module state or as its key (`CLIENTS.append(s3)`,
/// `USES[s3]`), or to a function hoist cannot see into. With none of
/// those, Escapes when a library call's result may hold it
/// (`types.SimpleNamespace(s3=s3)`).
ObjectChange change_of(const NameResolver &resolver,
                       const ObjectReference &reference,
                       const MethodCalls &methods);

/// True when the `try` statement `node` has an `except` clause.
bool handles_errors(TSNode node);

/// What wraps a function: a decorator, or a module-level call that binds a
/// name to what it makes of it (`handler = catch_errors(handler)`, `handler
/// = with_region(_handler)`).
struct Wrapper {
  TSNode callable; ///< the wrapping callable's expression
  std::string as_written; ///< "'@catch_errors'", "'with_region(_handler)'"
};

/// The wrappers of `function` (in `module`), decorators first.
std::vector<Wrapper> wrappers_of(const ModuleModel &module,
                                 const FunctionInfo &function);

/// What the wrapper expression `callable` of `function` (in `module`) is,
/// resolved where it is written: at module scope, or for a method's
/// decorator, in its class's body first (`def _with_region(fn): ...` there,
/// then `@_with_region`).
Symbol resolve_wrapper(const NameResolver &resolver, const ModuleModel &module,
                       const FunctionInfo &function, TSNode callable);

/// Why the first wrapper of `function` (in `module`) may answer for what it
/// wraps, or "": a wrapper (wrappers_of) that is a project function or class
/// whose code has a `try` with an `except` clause (an API error wrapper
/// answering 500) or a `finally` that returns, breaks or continues, or a
/// `with` on what swallows errors (`contextlib.suppress`, a project class
/// whose `__exit__` returns true), which handle its errors; or a test, a
/// `raise` or an `assert` (`if "S3_ENDPOINT" not in os.environ: return
/// {...}`), which may end the call before it runs; or that hoist cannot
/// follow.
std::string answering_wrapper(const NameResolver &resolver,
                              const ModuleModel &module,
                              const FunctionInfo &function);

/// True when `call` (in `scope`) never returns: it ends the process
/// (`sys.exit`, `os._exit`, `os.abort`, the builtins `exit` and `quit`),
/// raises by contract (`flask.abort`), or runs a project function that
/// returns nowhere and ends by raising or by such a call (`abort(404)`).
bool never_returns(const NameResolver &resolver, Scope scope, TSNode call,
                   int depth = 0);

/// The first statement before `node` (in `scope`'s `body`, at `node`'s
/// level or an enclosing one, or nested in such a statement) that tests one
/// of `names` (with `any_name`, anything) and can end the function there: an
/// `if`, `while`, `for` (by what it iterates) or `match` that returns, raises
/// or calls what never returns, in a branch, its body or its `else`; an
/// `assert`; with `any_name`, a `try` with an `except` or an `else` that ends
/// it, or a call of a project function that reads the environment and can
/// raise (`require_env("S3_ENDPOINT")`); with `raising`, also code that may
/// raise on what the invocation was given (`json.loads(event["body"])`, an
/// item read, a call of what is not known never to raise, an `await`; not
/// a log line). Null when none.
TSNode guard_before(const NameResolver &resolver, Scope scope, TSNode node,
                    TSNode body, const std::vector<std::string> &names,
                    bool any_name = false, bool raising = false);

/// Whether control never goes past `statement` to the one after it: a
/// `return`, `raise`, `continue` or `break`, a call that never returns,
/// `assert False`; an `if` with an `else`, a `try`, a `with` or a `match`
/// with a case every subject takes, each of whose ways out exits; an `if`
/// whose test is always true (constant_truth) and whose branch exits; a `while
/// True` or a loop whose `else` exits, with no `break` out of it.
bool always_exits(const NameResolver &resolver, Scope scope, TSNode statement);

/// The statement before `node` in its block or an enclosing one within
/// `body` (of `scope`) that always exits (always_exits), which keeps `node`
/// from ever running; null when there is none.
TSNode exit_before(const NameResolver &resolver, Scope scope, TSNode node,
                   TSNode body);

} // namespace hoist::python
