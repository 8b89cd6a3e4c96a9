#include "python/invoke_effects.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/function_environment.h"
#include "core/identifier_words.h"
#include "core/paths.h"
#include "core/source_place.h"
#include "python/check.h"
#include "python/constant_tests.h"
#include "python/implicit_code.h"
#include "python/introspection.h"
#include "python/module_constants.h"
#include "python/module_edits.h"
#include "python/module_imports.h"
#include "python/reachability.h"
#include "python/sdk_config_files.h"
#include "python/standard_library.h"
#include "python/stored_targets.h"
#include "python/text_lines.h"

namespace hoist::python {

namespace {

/// Methods of a mapping (and functions of `os`) that change it.
bool is_writing_method(std::string_view method) {
  static const char *kWriting[] = {
      "update",  "setdefault",  "pop",         "popitem",
      "clear",   "__setitem__", "__delitem__", "__ior__",
      "putenv",  "unsetenv",    "setup_default_session"};
  return std::any_of(std::begin(kWriting), std::end(kWriting),
                     [&](const char *name) { return method == name; });
}

/// True when `path` names a library function that starts a child process,
/// which may write any file.
bool is_child_process(const std::string &path) {
  static const char *kChildren[] = {
      "subprocess.run",        "subprocess.call",
      "subprocess.check_call", "subprocess.check_output",
      "subprocess.Popen",      "subprocess.getoutput",
      "subprocess.getstatusoutput", "os.system", "os.popen"};
  return std::count(std::begin(kChildren), std::end(kChildren), path) > 0;
}

/// True when `path`, code that computes a file's path, names it like the
/// SDKs' configuration or credentials: it may be one of them.
bool may_name_sdk_config_file(std::string path) {
  for (char &c : path)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return path.find("config") != std::string::npos ||
         path.find("credential") != std::string::npos ||
         path.find("aws") != std::string::npos ||
         path.find("boto") != std::string::npos;
}

/// True when `path` (a file name as written, or the string it holds) names a
/// file the SDKs read their configuration or credentials from: under
/// `~/.aws/`, boto's legacy `~/.boto`, the file a variable names
/// (`os.environ["AWS_CONFIG_FILE"]`), or a file named as theirs, `config` or
/// `credentials`, anywhere (AWS_CONFIG_FILE may name `/tmp/aws/config`, /tmp
/// being where a Lambda function can write).
bool names_sdk_config_file(std::string path) {
  for (char &c : path)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t end = path.find_last_not_of("\"')");
  std::size_t slash = path.find_last_of("/\\", end);
  if (end != std::string::npos && slash != std::string::npos) {
    std::string file = path.substr(slash + 1, end - slash);
    if (file == "config" || file == "credentials")
      return true;
  }
  return path.find(".aws/") != std::string::npos ||
         path.find(".aws\\") != std::string::npos ||
         path.find(".boto") != std::string::npos ||
         path.find("aws_config_file") != std::string::npos ||
         path.find("aws_shared_credentials_file") != std::string::npos;
}

/// True when `path` (a literal) names a file AWS_CONFIG_FILE may name,
/// one whose name says it may be the SDK's, in its INI format
/// (`/tmp/awscfg`, `/tmp/aws-config.ini`; not `/tmp/config.json`).
bool named_like_sdk_file(const std::string &path) {
  std::string name = path.substr(path.find_last_of('/') + 1);
  std::size_t dot = name.find_last_of('.');
  std::string extension = dot == std::string::npos ? "" : name.substr(dot);
  bool ini = extension.empty() || extension == ".ini" ||
             extension == ".cfg" || extension == ".conf" ||
             extension == ".config";
  return ini && may_name_sdk_config_file(name);
}

/// `code` (a path, or code that computes one), lower case, without what
/// closes it: quotes, brackets, slashes, `+ "/"`.
std::string path_end(std::string code) {
  for (char &c : code)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t end = code.find_last_not_of("\"')]/+ \t");
  return end == std::string::npos ? "" : code.substr(0, end + 1);
}

/// True when `code` (a path, or code that computes one) ends at the SDKs'
/// directory, `~/.aws` (`os.path.expanduser("~/.aws")`, `Path.home() /
/// ".aws"`): a file written into it may be their configuration.
bool names_sdk_directory(const std::string &code) {
  std::string end = path_end(code);
  return end.size() >= 4 && end.compare(end.size() - 4, 4, ".aws") == 0;
}

/// True when `code` (a path, or code that computes one) ends at the home
/// directory (`~`, `os.path.expanduser("~")`, `Path.home()`,
/// `os.environ["HOME"]`): a tree written there may hold `.aws/config`.
bool names_home_directory(const std::string &code) {
  std::string end = path_end(code);
  auto ends = [&](std::string_view tail) {
    return end.size() >= tail.size() &&
           end.compare(end.size() - tail.size(), tail.size(), tail) == 0;
  };
  return ends("~") || ends("home(") || ends("home");
}

/// What an environment write does, for messages, unless it says more.
constexpr const char *kChangesEnvironment = "changes the environment it reads";

/// What a change of `sys.path` or `sys.modules` does, for messages: an
/// import after it may load another module than one at INIT.
constexpr const char *kChangesImports = "changes what its imports load";

/// What an in-place change of an SDK's module-level table does, for
/// messages.
constexpr const char *kChangesSdkState =
    "changes the SDK's module-level state in place, which it reads when "
    "built";

/// What a loader or a package walk run by the standard library does, for
/// messages.
constexpr const char *kRunsLoadedCode =
    "loads and runs a module's code that hoist does not read, which may "
    "change the environment it reads";

/// What a change of the working directory does, for messages: a relative
/// path a construction is given is read against it.
constexpr const char *kChangesWorkingDirectory =
    "changes the working directory, against which it reads the relative "
    "path it is given";

/// What loading plugins by entry point does, for messages: the code of
/// whichever installed distribution declares them runs.
constexpr const char *kRunsPluginCode =
    "loads plugins by entry point, code of installed distributions that "
    "hoist does not read, which may change the environment it reads";

/// What a use of boto3's default session may do, for messages: its hooks,
/// configuration and credentials are what `boto3.client(...)` builds from.
constexpr const char *kUsesDefaultSession =
    "uses boto3's default session, which may configure the clients built "
    "from it";

/// What handing the environment on as a value does, for messages: hoist does
/// not follow what becomes of it.
constexpr const char *kHandsOnEnvironment =
    "hands on the environment it reads, which what gets it may change";

/// What running library code hoist does not see into does, for messages.
constexpr const char *kRunsLibraryCode =
    "runs library code hoist does not see into, which may change the "
    "environment it reads";

/// What a project module's code imported deeper than hoist follows does,
/// for messages.
constexpr const char *kRunsUnfollowedCode =
    "runs project code deeper than hoist follows, which may change the "
    "environment it reads";

/// What project code that writes the environment and may run where hoist
/// does not follow it does, for messages.
constexpr const char *kRunsUnplacedWriter =
    "may run project code that changes the environment it reads, run by an "
    "operation or a hook rather than a call hoist follows";

/// What calling code hoist cannot resolve does, for messages.
constexpr const char *kRunsUnresolvedCode =
    "calls code hoist cannot resolve, which may change the environment it "
    "reads";

/// What a change of logging does, for messages: an SDK client logs as it
/// is built (what it loads, where it finds credentials), which one built at
/// INIT, before the change, would not.
constexpr const char *kChangesLogging = "changes logging before it is built";

/// What configuring logging from a configuration hoist cannot read does,
/// for messages: it may name any code, which runs then.
constexpr const char *kRunsConfiguredCode =
    "runs the code a logging configuration names, which hoist cannot read, "
    "and which may change the environment it reads";

/// Methods of a list that change it.
const std::vector<std::string_view> &mutating_list_methods() {
  static const std::vector<std::string_view> kMutating = {
      "append", "extend", "insert", "remove", "pop", "clear", "__iadd__"};
  return kMutating;
}

/// How deep code that runs elsewhere is looked into: a module an import
/// runs, a function `os.environ` is handed to.
constexpr int kFollowedCode = 3;


/// True when the library callable `path` (or a method named `method`, of an
/// object hoist does not type) runs code it is given as text or data, which
/// may import any module: `timeit`, an interactive interpreter's
/// `runsource`, `pickle` (a pickle names the globals it imports).
bool runs_code_from_text(std::string_view path, std::string_view method) {
  static const std::unordered_set<std::string_view> kPaths = {
      "timeit.timeit",    "timeit.repeat",   "timeit.Timer",
      "pickle.loads",     "pickle.load",     "pickle.Unpickler",
      "_pickle.loads",    "_pickle.load",    "code.interact",
      "code.compile_command"};
  return kPaths.count(path) > 0 || method == "runsource" ||
         method == "runcode";
}

/// Which argument of a call names modules it imports (a dotted name, a list
/// of them), and whether only the packages above the last name are
/// imported, and whether it also sets what it names (a patch); `argument`
/// false for a call that imports none by name.
struct NamedModule {
  bool argument = false;
  std::size_t index = 0;
  bool parent_only = false;
  bool patches = false;
};

/// The NamedModule of a call of the library callable `path`, or of a method
/// named `method`: a dotted name resolved (`pkgutil.resolve_name`,
/// `pydoc.locate`, `mock.patch("pkg.mod.X")` when it starts, a test
/// loader's `loadTestsFromName`), a package whose data is read
/// (`importlib.resources.files("pkg")`, `pkgutil.get_data("pkg", f)`), a
/// spec found (`importlib.util.find_spec("a.b")` imports `a`).
NamedModule module_named_by(std::string_view path, std::string_view method) {
  static const std::unordered_set<std::string_view> kNamed = {
      "pkgutil.resolve_name",
      "pydoc.locate",
      "importlib.resources.files",
      "importlib.resources.read_text",
      "importlib.resources.read_binary",
      "importlib.resources.open_text",
      "importlib.resources.open_binary",
      "importlib.resources.path",
      "importlib.resources.contents",
      "importlib.resources.is_resource",
      "importlib_resources.files",
      "pkgutil.get_data",
      "pkg_resources.resource_string",
      "pkg_resources.resource_stream",
      "pkg_resources.resource_filename"};
  if (path == "importlib.util.find_spec")
    return {true, 0, true};
  if (path == "unittest.mock.patch" || path == "mock.patch")
    return {true, 0, false, true};
  if (kNamed.count(path) || method == "loadTestsFromName" ||
      method == "loadTestsFromNames")
    return {true, 0, false};
  return {};
}

} // namespace

/// Builtins that only read what they are given: all but those that set or
/// expose attributes, or run code.
bool is_reading_builtin(std::string_view name) {
  return is_builtin_name(std::string(name)) && name != "setattr" &&
         name != "delattr" && name != "vars" && name != "exec" &&
         name != "eval";
}

/// True when the library callable `callee` (in `scope`) only reads what it
/// is given: a builtin that reads (`len`, `str`, `sorted`; not `setattr`),
/// a logging method, a library the catalogue lists as harmless (`json`,
/// `requests`), or a construction the catalogue lists, which is built from
/// its arguments (`boto3.client("s3", config=config)`).
bool reads_what_it_is_given(const NameResolver &resolver, Scope scope,
                            TSNode callee) {
  const SyntaxTree &tree = scope.module->tree();
  if (is(callee, "attribute") &&
      is_logging_method(tree.text(field(callee, "attribute"))))
    return true;
  Symbol symbol = resolver.resolve(callee, scope);
  if (is(callee, "identifier") && !symbol.known())
    return is_reading_builtin(tree.text(callee));
  return (symbol.kind == Symbol::Kind::Path ||
          symbol.kind == Symbol::Kind::Instance) &&
         (resolver.catalogue().is_harmless(symbol.path) ||
          resolver.catalogue().find(symbol.path));
}

/// True when nothing uses what `call` returns: it is a statement of its
/// own (awaited or not).
bool result_unused(TSNode call) {
  TSNode parent = ts_node_parent(call);
  if (is(parent, "await"))
    parent = ts_node_parent(parent);
  return is(parent, "expression_statement");
}

namespace {

/// True when `call` (in `function` of `module`) is the call a wrapper
/// makes of what it wraps: in a function defined in another (a decorator's
/// wrapper), of the enclosing function's first parameter (`fn(event,
/// context)` in `def decorate(fn)`, `fn(record, context)` per record); in
/// it or in a `__call__`, a call that passes on exactly the parameters the
/// function takes, in order (`self.fn(event, context)`,
/// `self._wrapped(*args, **kwargs)`). (A class's `__init__` cannot tell the
/// function it wraps from a hook it is given: `App(prepare)`.)
bool calls_what_it_wraps(const ModuleModel &module,
                         const FunctionInfo &function, TSNode call) {
  const SyntaxTree &tree = module.tree();
  TSNode callee = field(call, "function");
  if (function.enclosing) {
    const Parameter *wrapped = function.enclosing->first_given_parameter();
    if (wrapped && is(callee, "identifier") &&
        tree.text(callee) == wrapped->name)
      return true;
  } else if (function.name != "__call__") {
    return false;
  }
  std::vector<TSNode> arguments = named_children(field(call, "arguments"));
  std::size_t first = function.first_given();
  if (function.parameters.size() <= first ||
      arguments.size() != function.parameters.size() - first)
    return false;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    TSNode argument = arguments[i];
    if (is(argument, "list_splat") || is(argument, "dictionary_splat"))
      argument = ts_node_named_child(argument, 0);
    if (tree.text(argument) != function.parameters[first + i].name)
      return false;
  }
  return true;
}

/// The path of the library callable whose code calling `callee` (in
/// `scope`) runs, when hoist does not see into it: not the standard
/// library, not a catalogued SDK's module (boto3, whose writers it knows),
/// not the project. Through the objects a library made
/// (`logger.append_keys`, `logger = Logger()`), by module-level names.
std::string unseen_library(const NameResolver &resolver, Scope scope,
                           TSNode callee, int depth = 0) {
  Symbol symbol = resolver.resolve(callee, scope);
  std::string path;
  if (symbol.kind == Symbol::Kind::Path ||
      symbol.kind == Symbol::Kind::Instance) {
    path = symbol.path;
  } else if (!symbol.known() && depth < 3) {
    TSNode root = unparenthesize(callee);
    while (is(root, "attribute") || is(root, "call") || is(root, "subscript"))
      root = unparenthesize(is(root, "attribute") ? field(root, "object")
                            : is(root, "call")    ? field(root, "function")
                                                  : field(root, "value"));
    const SyntaxTree &tree = scope.module->tree();
    std::string name(tree.text(root));
    if (!is(root, "identifier"))
      return "";
    // A local bound once to what a library made (`agent = Agent(...)`).
    if (scope.function && scope.function->bindings.binds(name)) {
      const ScopeBindings &own = scope.function->bindings;
      auto values = own.assignments.find(name);
      if (values == own.assignments.end() || values->second.size() != 1 ||
          own.others.count(name) || own.globals.count(name))
        return "";
      return unseen_library(resolver, scope, values->second.front(),
                            depth + 1);
    }
    // What a library name makes (`Env().sync()`, `ENV = Env()`).
    if (Symbol made = resolver.resolve(root, scope);
        made.kind == Symbol::Kind::Path && !ts_node_eq(root, callee))
      return unseen_library(resolver, scope, root, depth + 1);
    auto values = scope.module->bindings().assignments.find(name);
    if (values == scope.module->bindings().assignments.end() ||
        values->second.size() != 1)
      return "";
    // The object a router adapter made (`asgi = Mangum(app)`, then
    // `asgi(event, context)`): the adapter's code runs.
    if (ts_node_eq(root, callee)) {
      TSNode value = unparenthesize(values->second.front());
      std::string made =
          is(value, "call")
              ? resolver.called_path(value, {scope.module, nullptr})
              : "";
      return resolver.catalogue().router_adapter(made) !=
                     ApiCatalogue::RouterAdapter::None
                 ? made
                 : "";
    }
    return unseen_library(resolver, {scope.module, nullptr},
                          values->second.front(), depth + 1);
  }
  std::string top = path.substr(0, path.find('.'));
  // An event router's dispatch runs the project's functions it registered,
  // which hoist follows.
  if (top.empty() || is_standard_library(top) ||
      resolver.catalogue().is_root_module(top) ||
      (symbol.kind == Symbol::Kind::Instance &&
       resolver.catalogue().router(path)))
    return "";
  return path;
}

/// True when hoist cannot tell which function calling `callee` (in
/// `scope`) runs, and it is not a builtin: a function taken from a list or
/// dict (`for step in self.steps: step(event)`, `self.steps[0](event)`,
/// `HOOKS["trace"](s3)`), looked up by name (`getattr(module, "prepare")`),
/// a member of the project's own class, instance or module it does not
/// resolve (`Steps.prepare` bound to `staticmethod(prepare)`,
/// `type(self).prepare`), a name a closure holds (`before(event)` in the
/// wrapper of `@middleware(before=set_region)`). A method of an object it
/// cannot type (`items.append(x)`, a client's API call) is the object's
/// business.
bool unresolved_function(const NameResolver &resolver, Scope scope,
                         TSNode callee) {
  if (resolver.resolve(callee, scope).known())
    return false;
  const SyntaxTree &tree = scope.module->tree();
  // A project module kept as a stub (ModuleCache) can neither lead to a
  // construction nor change what one reads: its functions (`replies.ok`,
  // `from replies import ok`) are not code hoist lacks.
  auto stub = [](const Symbol &module) {
    return module.kind == Symbol::Kind::Module && module.module &&
           module.module->tree().text(module.module->tree().root()).empty();
  };
  if (is(callee, "attribute")) {
    TSNode object = unparenthesize(field(callee, "object"));
    Symbol owner = resolver.resolve(object, scope);
    return owner.kind == Symbol::Kind::Class ||
           owner.kind == Symbol::Kind::Object ||
           (owner.kind == Symbol::Kind::Module && !stub(owner)) ||
           (is(object, "call") && tree.text(field(object, "function")) == "type");
  }
  if (!is(callee, "identifier"))
    return true;
  std::string name(tree.text(callee));
  for (const ScopeBindings *bindings :
       {scope.function ? &scope.function->bindings : nullptr,
        &scope.module->bindings()}) {
    if (!bindings || !bindings->binds(name))
      continue;
    auto import = bindings->imports.find(name);
    if (import != bindings->imports.end() && !bindings->assignments.count(name) &&
        !bindings->others.count(name) &&
        import->second.find('.') != std::string::npos &&
        stub(resolver.imported(
            import->second.substr(0, import->second.rfind('.')),
            *scope.module)))
      return false;
    break;
  }
  // A local bound once to what a library made (`agent = Agent(...)`, then
  // `agent(question)`) is the library's object, not project code.
  if (scope.function) {
    const ScopeBindings &own = scope.function->bindings;
    auto values = own.assignments.find(name);
    if (values != own.assignments.end() && values->second.size() == 1 &&
        !own.others.count(name) && is(values->second.front(), "call") &&
        resolver.resolve(field(values->second.front(), "function"), scope)
                .kind == Symbol::Kind::Path)
      return false;
  }
  // A name of the function, or of one it is defined in: a closure's
  // (`before` given to the decorator factory whose wrapper calls it).
  for (const FunctionInfo *function = scope.function; function;
       function = function->enclosing)
    if (function->bindings.binds(name))
      return true;
  // A tuple class the module makes once (`Out = namedtuple("Out", "a b")`):
  // its instances only hold what they are given.
  const ScopeBindings &module_names = scope.module->bindings();
  auto values = module_names.assignments.find(name);
  if (values != module_names.assignments.end() && values->second.size() == 1 &&
      !module_names.others.count(name) && is(values->second.front(), "call") &&
      std::none_of(scope.module->functions().begin(),
                   scope.module->functions().end(),
                   [&](const FunctionInfo &other) {
                     return other.bindings.globals.count(name) > 0;
                   })) {
    Symbol maker = resolver.resolve(field(values->second.front(), "function"),
                                    {scope.module, nullptr});
    if (maker.kind == Symbol::Kind::Path &&
        (maker.path == "collections.namedtuple" ||
         maker.path == "typing.NamedTuple"))
      return false;
  }
  return module_names.binds(name);
}

/// The project code that runs around each call of `function` (in `module`),
/// as its wrappers (wrappers_of) make it: a wrapping function with the
/// functions it defines (a decorator's wrapper, a factory's decorator), and
/// the `__call__`, `__enter__` and `__exit__` of a class whose instances
/// wrap it (`@Wrapped`, `return Wrapped(fn)`) or of an instance used as the
/// decorator (`@nordic()`: a `contextlib.ContextDecorator` enters itself
/// around each call).
std::vector<Scope> wrapping_code(const NameResolver &resolver,
                                 const ModuleModel &module,
                                 const FunctionInfo &function) {
  std::vector<Scope> code;
  std::function<void(const ModuleModel *, const FunctionInfo *, Receiver)>
      add_function = [&](const ModuleModel *where, const FunctionInfo *wrapping,
                         Receiver receiver) {
        code.push_back({where, wrapping, receiver});
        for (const auto &[name, nested] : wrapping->nested)
          add_function(where, nested, {});
        // A lambda returning the wrapper: `lambda fn: lambda event, ...`.
        if (wrapping->is_lambda && is(wrapping->body, "lambda"))
          if (const FunctionInfo *inner = where->lambda_at(wrapping->body))
            add_function(where, inner, {});
      };
  // With the functions they define: an instance used as the decorator
  // (`@Middleware(before=...)`) has its `__call__` return the wrapper.
  auto add_methods = [&](const Symbol &owner) {
    for (const char *name : {"__call__", "__enter__", "__exit__"}) {
      Symbol method = resolver.member(owner, name);
      if (method.kind == Symbol::Kind::Function && method.function &&
          method.module)
        add_function(method.module, method.function, method.receiver);
    }
  };
  Scope top{&module, nullptr};
  for (const Wrapper &wrapper : wrappers_of(module, function)) {
    Symbol symbol =
        resolve_wrapper(resolver, module, function, wrapper.callable);
    // `@functools.partial(with_env, key=...)` wraps with what it binds.
    if (symbol.kind == Symbol::Kind::Path &&
        symbol.path == "functools.partial" &&
        is(ts_node_parent(wrapper.callable), "call"))
      symbol = resolver.resolve(ts_node_parent(wrapper.callable), top);
    if (symbol.kind == Symbol::Kind::Function && symbol.function &&
        symbol.module) {
      add_function(symbol.module, symbol.function, {});
      for (TSNode call : symbol.function->calls) {
        Symbol made = resolver.resolve(field(call, "function"),
                                       {symbol.module, symbol.function});
        if (made.kind == Symbol::Kind::Class)
          add_methods(made);
      }
    }
    if ((symbol.kind == Symbol::Kind::Class ||
         symbol.kind == Symbol::Kind::Object) &&
        symbol.cls && symbol.module)
      add_methods(symbol);
  }
  return code;
}

/// The names of the methods the classes of the module in `file` define,
/// sorted; worked out once a run.
const std::vector<std::string> &method_names(const ModuleCache &cache,
                                             const std::string &file) {
  return cache.found_once("methods\n" + file, [&] {
    std::vector<std::string> names;
    cache.with_module(file, [&](const ModuleModel &module) {
      for (const ClassInfo &cls : module.classes())
        for (const auto &[name, method] : cls.methods)
          names.push_back(name);
    });
    std::sort(names.begin(), names.end());
    return names;
  });
}

class WriteFinder {
public:
  /// `aliases`: names of `scope` that hold `os.environ` (a parameter it was
  /// passed to); `depth`: how deep this finder is in followed code.
  WriteFinder(const NameResolver &resolver, Scope scope, int follow_calls,
              std::vector<std::string> aliases = {}, int depth = 0)
      : resolver_(resolver), scope_(scope), tree_(scope.module->tree()),
        follow_calls_(follow_calls), aliases_(std::move(aliases)),
        depth_(depth) {}

  /// Takes `module`'s code as run already where this code runs: importing
  /// it runs none of it.
  void assume_loaded(const ModuleModel &module) { loading_.push_back(&module); }

  /// Takes `files` as the SDK files the function's environment names.
  void name_sdk_files(const SdkConfigFiles *files) { sdk_files_ = files; }

  void visit(TSNode node) {
    std::string_view type = kind(node);
    if (type == "import_statement" || type == "import_from_statement")
      return visit_import(node);
    if (type == "identifier" || type == "attribute" || type == "call")
      visit_value(node);
    if (type == "assignment" || type == "augmented_assignment" ||
        type == "for_statement" || type == "for_in_clause" ||
        type == "as_pattern") {
      // Each element of a tuple, list or starred target, a loop's target
      // and a `with ... as` target is stored to as a plain target is.
      TSNode whole = unparenthesize(field(node, "left"));
      for (TSNode target : stored_targets(node)) {
        TSNode left = unparenthesize(target);
        // The value a target alone gets (`os.environ = {...}`).
        TSNode right = ts_node_eq(left, whole) ? field(node, "right") : TSNode{};
        if (is(left, "subscript") && is_environ(field(left, "value")))
          add(node, {key_of(field(left, "subscript"))});
        else if (is_environ(left) || // `os.environ |= {...}`, `os.environ = ...`
                 (type == "augmented_assignment" && bound_to_environ(left)))
          add(node, is(right, "dictionary") ? dictionary_keys(right)
                                            : std::vector<std::string>{});
        else if (is_import_state(left) ||
                 (is(left, "subscript") &&
                  is_import_state(field(left, "value"))))
          add(node, {}, false, kChangesImports);
        else if (sets_library_state(left))
          add(node, {});
        else if (is(left, "subscript") && is_sdk_table(field(left, "value")))
          add(node, {}, false, kChangesSdkState);
        else if (is(left, "attribute"))
          add_setter_writes(node, left);
        else if (is(left, "subscript"))
          add_special_method(node, field(left, "value"), "__setitem__");
      }
    }
    if (type == "delete_statement") {
      for_each_in_scope(node, [&](TSNode target) {
        if (is(target, "subscript") && is_environ(field(target, "value")))
          add(node, {key_of(field(target, "subscript"))});
        else if (is(target, "subscript") &&
                 is_sdk_table(field(target, "value")))
          add(node, {}, false, kChangesSdkState);
        else if (is(target, "subscript") &&
                 is_import_state(field(target, "value")))
          add(node, {}, false, kChangesImports);
        else if (is(target, "subscript"))
          add_special_method(node, field(target, "value"), "__delitem__");
      });
    } else if (type == "call") {
      visit_call(node);
    } else if (type == "decorator") {
      add_decorator_run(node);
    }
    if (type == "for_statement" || type == "for_in_clause") {
      add_special_method(node, field(node, "right"), "__iter__");
    } else if (type == "attribute" && !is_assignment_target(node)) {
      add_getter_writes(node);
    } else if ((type == "decorated_definition" ||
                type == "class_definition") &&
               follow_calls_ > 0 &&
               !is(ts_node_parent(node), "decorated_definition")) {
      visit_definition(node);
    }
    if ((type == "attribute" || type == "call" || type == "identifier" ||
         type == "subscript") &&
        is_default_session(node, scope_) && !builds_only(node))
      add(node, {}, false, kUsesDefaultSession);
    else if ((type == "attribute" || type == "identifier") &&
             !is_called(node) && !is_assignment_target(node) &&
             !is(ts_node_parent(node), "attribute") &&
             add_working_directory_change(node, node, true))
      return;
    else if (type == "attribute" &&
               is_writing_method(tree_.text(field(node, "attribute"))) &&
               is_environ(field(node, "object")) &&
               !is(ts_node_parent(node), "call")) {
      // A writing method taken as a value (`put = os.environ.__setitem__`)
      // writes whatever it is later called with.
      add(node, {}, true);
    }
  }

  std::vector<EnvironmentWrite> writes;

private:
  /// The keys of a dictionary display, "" for one not a string literal.
  std::vector<std::string> dictionary_keys(TSNode dictionary) const {
    std::vector<std::string> keys;
    for (TSNode pair : named_children(dictionary))
      keys.push_back(is(pair, "pair") ? key_of(field(pair, "key")) : "");
    return keys;
  }

  /// True when `target` is an attribute of an imported library
  /// (`botocore.client.BaseClient.__init__`, `boto3.DEFAULT_SESSION`):
  /// patching it changes what every construction after it does.
  bool sets_library_state(TSNode target) const {
    return is(target, "attribute") && is_library_object(field(target, "object"));
  }

  /// True when `object` is a module-level table of a catalogued SDK, or
  /// one of its classes' (`botocore.handlers.BUILTIN_HANDLERS`,
  /// `Config.OPTION_DEFAULTS`): changed in place (an item set, a mutating
  /// method), it changes what every construction after it reads.
  bool is_sdk_table(TSNode object) const {
    object = unparenthesize(object);
    if (!is(object, "attribute") ||
        !is_library_object(field(object, "object")))
      return false;
    Symbol symbol = resolver_.resolve(object, scope_);
    return symbol.kind == Symbol::Kind::Path &&
           resolver_.catalogue().is_root_module(
               symbol.path.substr(0, symbol.path.find('.')));
  }

  /// True when `callee` called with `arguments` sets or deletes an
  /// attribute of an imported library by name, as sets_library_state's
  /// assignment does (`setattr(botocore.session.Session, "create_client",
  /// patched)`).
  bool sets_library_state_by_name(TSNode callee,
                                  const std::vector<TSNode> &arguments) const {
    std::string_view name = tree_.text(callee);
    return (name == "setattr" || name == "delattr") &&
           is(callee, "identifier") && !arguments.empty() &&
           !is(arguments.front(), "keyword_argument") &&
           !resolver_.resolve(callee, scope_).known() &&
           is_library_object(unparenthesize(arguments.front()));
  }

  /// True when `object` is an imported library or reached from one
  /// (`botocore.session.Session`, `sys.modules["boto3"]`, a module passed
  /// here).
  bool is_library_object(TSNode object) const {
    TSNode root = object;
    while (is(root, "attribute"))
      root = field(root, "object");
    if (is_alias(root))
      return true; // a module passed here (`b.DEFAULT_SESSION = ...`)
    if (is(root, "subscript")) // `sys.modules["boto3"]`
      return resolver_.resolve(root, scope_).kind == Symbol::Kind::Path;
    if (!is(root, "identifier"))
      return false;
    std::string name(tree_.text(root));
    const ScopeBindings &bindings = scope_.function
                                        ? scope_.function->bindings
                                        : scope_.module->bindings();
    bool imported = bindings.imports.count(name) ||
                    (!bindings.binds(name) &&
                     scope_.module->bindings().imports.count(name));
    return imported && resolver_.resolve(root, scope_).kind ==
                           Symbol::Kind::Path;
  }

  /// Where a call writes: the code that computes the path (null when hoist
  /// cannot tell, with no `word`), or a word of a shell command written out
  /// as one string (`os.system("cp config ~/.aws/")`), and what is there.
  struct Destination {
    TSNode path{};
    std::string word{};
    enum class Kind {
      File,            ///< the file at the path
      FileOrDirectory, ///< the file, or `name` in it when it is a directory
      Tree,            ///< any file under the directory at the path
      Command,         ///< whatever file the command's words name
    };
    Kind kind = Kind::File;
    /// FileOrDirectory: the name of the file written in the directory (a
    /// copy's source's), "" when hoist cannot read it.
    std::string name{};

    bool unknown() const { return ts_node_is_null(path) && word.empty(); }
  };

  /// Every place calling `callee` with `arguments` writes files, the one
  /// list of writers hoist knows: `open(path, mode)` (`io.open`,
  /// `codecs.open`, a Path's `open`) with a writing mode or one hoist
  /// cannot read; `os.open` with writing flags; pathlib's `write_text`,
  /// `write_bytes`, `touch`, `symlink_to`, `hardlink_to` (the Path) and
  /// `rename`, `replace` (their target); `shutil.copy`, `copy2`, `move`
  /// (into a directory when it is one), `copyfile`; `os.rename`,
  /// `replace`, `renames`, `link`, `symlink`; `shutil.copytree`, an archive
  /// unpacked or extracted (the tree); `urllib.request.urlretrieve`; and
  /// child processes: `cp`, `mv`, `install`, `ln` (their last path), `tee`
  /// (its files), `tar -x -C dir`, `unzip -d dir` (the tree), a command
  /// written out otherwise (its words), or one hoist cannot read (unknown).
  /// Nothing when it writes no file.
  std::optional<std::vector<Destination>>
  written_destinations(TSNode callee, const std::vector<TSNode> &arguments) const {
    using Kind = Destination::Kind;
    Symbol symbol = resolver_.resolve(callee, scope_);
    std::string path = symbol.kind == Symbol::Kind::Path ? symbol.path : "";
    if (!symbol.known() && is(callee, "identifier"))
      path = "builtins." + std::string(tree_.text(callee));
    auto argument = [&](std::size_t position,
                        std::string_view keyword) -> std::optional<TSNode> {
      for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (is(arguments[i], "keyword_argument")) {
          if (tree_.text(field(arguments[i], "name")) == keyword)
            return field(arguments[i], "value");
        } else if (i == position) {
          return arguments[i];
        }
      }
      return std::nullopt;
    };
    using Found = std::optional<std::vector<Destination>>;
    auto one = [](TSNode where, Kind kind = Kind::File,
                  std::string name = "") -> Found {
      return std::vector<Destination>{{where, "", kind, std::move(name)}};
    };
    auto writing_mode = [&](std::optional<TSNode> mode) {
      std::optional<std::string> letters =
          mode ? string_value(tree_, *mode) : std::nullopt;
      return !letters || letters->find_first_of("wax+") != std::string::npos;
    };
    if (path == "builtins.open" || path == "io.open" || path == "codecs.open") {
      std::optional<TSNode> file = argument(0, "file");
      std::optional<TSNode> mode = argument(1, "mode");
      if (!file || !mode || !writing_mode(mode))
        return std::nullopt;
      return one(*file);
    }
    if (path == "os.open") {
      std::optional<TSNode> flags = argument(1, "flags");
      if (!flags)
        return std::nullopt;
      std::string_view text = tree_.text(*flags);
      if (text == "os.O_RDONLY" || text == "O_RDONLY")
        return std::nullopt;
      std::optional<TSNode> file = argument(0, "path");
      return file ? one(*file) : std::nullopt;
    }
    static const char *kIntoDirectory[] = {"shutil.copy", "shutil.copy2",
                                           "shutil.move"};
    static const char *kToFile[] = {"shutil.copyfile", "os.replace",
                                    "os.rename",       "os.renames",
                                    "os.link",         "os.symlink"};
    if (std::count(std::begin(kIntoDirectory), std::end(kIntoDirectory), path) ||
        std::count(std::begin(kToFile), std::end(kToFile), path)) {
      std::optional<TSNode> target = argument(1, "dst");
      if (!target)
        return std::nullopt;
      if (!std::count(std::begin(kIntoDirectory), std::end(kIntoDirectory), path))
        return one(*target);
      std::optional<TSNode> source = argument(0, "src");
      std::optional<std::vector<std::string>> sources =
          source ? literal_paths(*source) : std::nullopt;
      return one(*target, Kind::FileOrDirectory,
                 sources && sources->size() == 1 ? path_base_name(sources->front())
                                                 : "");
    }
    if (path == "shutil.copytree" || path == "shutil.unpack_archive") {
      std::optional<TSNode> target = argument(
          1, path == "shutil.copytree" ? "dst" : "extract_dir");
      return one(target ? *target : TSNode{}, Kind::Tree);
    }
    if (path == "urllib.request.urlretrieve") {
      std::optional<TSNode> file = argument(1, "filename");
      return file ? one(*file) : std::nullopt; // else a temporary file
    }
    if (is_child_process(path)) {
      std::optional<TSNode> command = argument(0, "args");
      return command_destinations(command ? unparenthesize(*command) : TSNode{});
    }
    if (!is(callee, "attribute"))
      return std::nullopt;
    // Not a library's function of that name (`tarfile.open(...)`,
    // `tldextract.extract(url)`), unless a method of the objects it makes.
    auto of = [&](std::string_view prefix) {
      return !symbol.known() || path.rfind(prefix, 0) == 0;
    };
    std::string_view method = tree_.text(field(callee, "attribute"));
    if (method == "extractall" || method == "extract") {
      if (!of("tarfile.TarFile.") && !of("zipfile.ZipFile."))
        return std::nullopt;
      std::optional<TSNode> target =
          argument(method == "extractall" ? 0 : 1, "path");
      return one(target ? *target : TSNode{}, Kind::Tree);
    }
    if (!of("pathlib."))
      return std::nullopt;
    TSNode object = unparenthesize(field(callee, "object"));
    // The path a Path is made of (`Path(p).write_text(...)`), or the
    // object itself.
    if (is(object, "call") &&
        resolver_.called_path(object, scope_).rfind("pathlib.", 0) == 0) {
      std::vector<TSNode> parts = named_children(field(object, "arguments"));
      object = parts.empty() ? TSNode{} : parts.front();
    }
    if (method == "write_text" || method == "write_bytes" ||
        method == "touch" || method == "symlink_to" ||
        method == "hardlink_to")
      return one(object);
    if (method == "open")
      return writing_mode(argument(0, "mode")) && argument(0, "mode")
                 ? one(object)
                 : std::nullopt;
    if (method == "rename" || method == "replace") {
      std::optional<TSNode> target = argument(0, "target");
      return target ? one(*target) : std::nullopt;
    }
    return std::nullopt;
  }

  /// Where a child process running `command` writes (written_destinations):
  /// a list or tuple of words, or a string run by a shell.
  std::vector<Destination> command_destinations(TSNode command) const {
    using Kind = Destination::Kind;
    // The words, each a node of the list or a word of the string.
    std::vector<TSNode> nodes;
    std::vector<std::string> words;
    if (is(command, "list") || is(command, "tuple")) {
      for (TSNode word : named_children(command)) {
        if (is(word, "list_splat") || is(word, "keyword_argument"))
          return {{}};
        std::optional<std::string> text = string_value(tree_, word);
        nodes.push_back(word);
        words.push_back(text ? *text : "");
      }
    } else if (std::optional<std::string> text = string_value(tree_, command)) {
      // A shell line: its first command's words (`cp a b && ...` is not
      // read further).
      std::string line = *text;
      if (line.find_first_of("&|;><`$") != std::string::npos)
        return {{command, "", Kind::Command}};
      std::size_t at = 0;
      while ((at = line.find_first_not_of(" \t", at)) != std::string::npos) {
        std::size_t end = line.find_first_of(" \t", at);
        words.push_back(line.substr(at, end - at));
        nodes.push_back(TSNode{});
        at = end;
      }
    } else {
      return {{}}; // not written out: any file
    }
    if (words.empty())
      return {};
    auto at = [&](std::size_t i) {
      return Destination{nodes[i], ts_node_is_null(nodes[i]) ? words[i] : ""};
    };
    std::string program = path_base_name(words.front());
    // The operands: words not options (`-r`, `--mode=600`).
    std::vector<std::size_t> operands;
    for (std::size_t i = 1; i < words.size(); ++i)
      if (words[i].empty() || words[i].front() != '-')
        operands.push_back(i); // a word not written out, or not an option
    if (program == "cp" || program == "mv" || program == "install" ||
        program == "ln") {
      if (operands.empty())
        return {};
      Destination target = at(operands.back());
      target.kind = Kind::FileOrDirectory;
      if (operands.size() == 2)
        target.name = path_base_name(words[operands.front()]);
      return {target};
    }
    if (program == "tee") {
      std::vector<Destination> files;
      for (std::size_t i : operands)
        files.push_back(at(i));
      return files;
    }
    // The directory after `-C` (tar) or `-d` (unzip), or the working
    // directory.
    if (program == "tar" || program == "unzip") {
      std::string flag = program == "tar" ? "-C" : "-d";
      for (std::size_t i = 1; i + 1 < words.size(); ++i)
        if (words[i] == flag || (program == "tar" && words[i] == "--directory")) {
          Destination tree = at(i + 1);
          tree.kind = Kind::Tree;
          return {tree};
        }
      return {{TSNode{}, "", Kind::Tree}};
    }
    return {{command, "", Kind::Command}};
  }

  /// The values of the name `node`, when it is a local bound only by
  /// plain assignments, or, not bound in the function, a module-level name
  /// bound only so; null for anything else.
  const std::vector<TSNode> *assigned_values(TSNode node) const {
    if (!is(node, "identifier"))
      return nullptr;
    std::string name(tree_.text(node));
    const ScopeBindings &bindings =
        scope_.function && scope_.function->bindings.binds(name)
            ? scope_.function->bindings
            : scope_.module->bindings();
    auto values = bindings.assignments.find(name);
    if (values == bindings.assignments.end() || bindings.others.count(name) ||
        bindings.imports.count(name))
      return nullptr;
    return &values->second;
  }

  /// What a file written may be: the SDKs' configuration or credentials
  /// (`~/.aws/config`, a path in `AWS_CONFIG_FILE`, a file copied into
  /// `~/.aws`, a tree written into the home directory or `~/.aws`), a file
  /// whose path hoist cannot read computed from names like theirs (which
  /// may be one of those), or neither (`/tmp/cache.json`, a literal or a
  /// name holding one; `os.path.join("/tmp", key)`; a tree copied to
  /// `/tmp/models`, which holds no `~/.aws/config`).
  /// Unknown: a path hoist cannot tell that may be the SDK's; Named: a
  /// path named like the SDK's files, which AWS_CONFIG_FILE may name.
  /// Ordered: the later says more.
  enum class OpenedFile { Other, Named, Unknown, SdkConfig };
  OpenedFile written_file(const Destination &destination) const {
    using Kind = Destination::Kind;
    if (destination.unknown())
      // An archive extracted in the working directory, which is not home.
      return destination.kind == Kind::Tree ? OpenedFile::Other
                                            : OpenedFile::Unknown;
    if (destination.kind == Kind::Command)
      return names_sdk_config_file(std::string(tree_.text(destination.path)))
                 ? OpenedFile::Unknown
                 : OpenedFile::Other;
    OpenedFile file = OpenedFile::Other;
    for (const auto &[code, literal] : path_codes(destination))
      file = std::max(file, sdk_file_at(code, literal, destination));
    return file;
  }

  /// The code that computes where `destination` is, each with whether it
  /// is a string literal: its word, its literal, each value of the name it
  /// is (a local's or a module-level constant's), or its text.
  std::vector<std::pair<std::string, bool>>
  path_codes(const Destination &destination) const {
    if (!destination.word.empty())
      return {{destination.word, true}};
    TSNode path = unparenthesize(destination.path);
    if (std::optional<std::string> text = string_value(tree_, path))
      return {{*text, true}};
    std::vector<std::pair<std::string, bool>> codes;
    if (const std::vector<TSNode> *values = assigned_values(path))
      for (TSNode value : *values) {
        std::optional<std::string> text = string_value(tree_, value);
        codes.emplace_back(text ? *text : std::string(tree_.text(value)),
                           text.has_value());
      }
    else
      codes.emplace_back(std::string(tree_.text(path)), false);
    return codes;
  }

  /// What the file at `code` (a literal path, or code that computes one)
  /// may be, written as `destination` says.
  static OpenedFile sdk_file_at(const std::string &code, bool literal,
                                const Destination &destination) {
    auto as_file = [&](const std::string &path) {
      if (names_sdk_config_file(path))
        return OpenedFile::SdkConfig;
      if (literal)
        return named_like_sdk_file(path) ? OpenedFile::Named
                                         : OpenedFile::Other;
      return may_name_sdk_config_file(path) ? OpenedFile::Unknown
                                            : OpenedFile::Other;
    };
    switch (destination.kind) {
    case Destination::Kind::File:
    case Destination::Kind::Command:
      return as_file(code);
    case Destination::Kind::FileOrDirectory:
      if (names_sdk_directory(code))
        return OpenedFile::SdkConfig;
      return destination.name.empty()
                 ? as_file(code)
                 : std::max(as_file(code),
                            as_file(code + "/" + destination.name));
    case Destination::Kind::Tree:
      if (names_sdk_directory(code) || names_home_directory(code))
        return OpenedFile::SdkConfig;
      return !literal && may_name_sdk_config_file(code) ? OpenedFile::Unknown
                                                        : OpenedFile::Other;
    }
    return OpenedFile::Other;
  }

  /// True when `node` is what a call calls.
  static bool is_called(TSNode node) {
    TSNode parent = ts_node_parent(node);
    return is(parent, "call") && ts_node_eq(field(parent, "function"), node);
  }

  /// True when `changer` is what changes the working directory
  /// (`os.chdir`, `os.fchdir`, `contextlib.chdir`), however it is reached:
  /// imported under another name, a local bound to it, `getattr(os,
  /// "chdir")`.
  bool changes_working_directory(TSNode changer) const {
    Symbol symbol = resolver_.resolve(changer, scope_);
    std::string path = symbol.kind == Symbol::Kind::Path ? symbol.path : "";
    return path == "os.chdir" || path == "os.fchdir" ||
           path == "contextlib.chdir";
  }

  /// The working directory changed at `node` by `changer`, called there
  /// or, with `deferred`, taken as a value that code may call later
  /// (`run(os.chdir, d)`, `ACTIONS = {"cd": os.chdir}`). What a
  /// construction reads by a relative path is then read elsewhere: an SDK
  /// file the function's environment names relative (botocore resolves it
  /// against the working directory), or a relative path it is given
  /// (`sqlite3.connect("app.db")`). True when it adds one.
  bool add_working_directory_change(TSNode node, TSNode changer,
                                    bool deferred) {
    if (!changes_working_directory(changer))
      return false;
    std::string variable = sdk_files_ ? sdk_files_->relative() : "";
    if (!variable.empty()) {
      add(node, {variable}, deferred,
          "changes the working directory, against which the SDK resolves "
          "the relative path " + sdk_files_->said(variable) +
              " when it reads its configuration");
      return true;
    }
    add(node, {}, deferred, kChangesWorkingDirectory);
    writes.back().working_directory = true;
    return true;
  }

  /// With SDK files the function's environment names (sdk_files_): a file
  /// written (written_destinations) whose path hoist cannot prove is
  /// another of them. True when it adds one.
  bool add_sdk_file_write(TSNode call,
                          const std::vector<Destination> &destinations) {
    if (!sdk_files_ || sdk_files_->named.empty())
      return false;
    for (const Destination &destination : destinations) {
      std::string variable = sdk_file_written(destination);
      if (variable.empty())
        continue;
      add(call, {variable}, false,
          "writes a file that may be the one " + sdk_files_->said(variable) +
              (variable == "AWS_SHARED_CREDENTIALS_FILE"
                   ? ", the SDK's credentials it reads"
                   : ", the SDK's configuration it reads"));
      return true;
    }
    return false;
  }

  /// The variable among sdk_files_ that may name a file `destination`
  /// writes, or "" when it names none of them.
  std::string sdk_file_written(const Destination &destination) const {
    using Kind = Destination::Kind;
    std::string any = sdk_files_->named.front().first;
    if (destination.unknown())
      return any;
    if (destination.kind == Kind::Command)
      return names_sdk_config_file(std::string(tree_.text(destination.path)))
                 ? any
                 : "";
    std::optional<std::vector<std::string>> paths =
        destination.word.empty()
            ? literal_paths(destination.path)
            : std::vector<std::string>{destination.word};
    if (!paths)
      return any;
    for (const std::string &path : *paths) {
      std::string variable;
      if (destination.kind == Kind::Tree ||
          (destination.kind == Kind::FileOrDirectory &&
           destination.name.empty()))
        variable = sdk_files_->may_name_under(path);
      if (variable.empty())
        variable = sdk_files_->may_name(path);
      if (variable.empty() && destination.kind == Kind::FileOrDirectory &&
          !destination.name.empty())
        variable = sdk_files_->may_name(path + "/" + destination.name);
      if (!variable.empty())
        return variable;
    }
    return "";
  }

  /// With the function's environment known (sdk_files_): a file written
  /// where botocore's loader may find a service model, a directory
  /// AWS_DATA_PATH names or ~/.aws/models (copied, extracted, linked,
  /// written). A client built before it (at INIT) lacks that model or its
  /// extras. A path hoist cannot tell counts where AWS_DATA_PATH is set, and
  /// else only for a client of a service the SDK does not know
  /// (models_only). True when it adds one.
  bool add_model_file_write(TSNode call,
                            const std::vector<Destination> &destinations) {
    if (!sdk_files_)
      return false;
    using Place = SdkConfigFiles::ModelPlace;
    for (const Destination &destination : destinations) {
      std::vector<std::string> literals;
      std::string leading = destination.word;
      if (!leading.empty()) {
        literals.push_back(leading);
      } else if (!ts_node_is_null(destination.path)) {
        path_literals(destination.path, literals, 3);
        leading = leading_literal(destination.path, 3);
      }
      Place place = sdk_files_->model_place(literals, leading);
      // A command written out names what it writes.
      if (place == Place::Unknown &&
          destination.kind == Destination::Kind::Command &&
          std::none_of(sdk_files_->data_paths.begin(),
                       sdk_files_->data_paths.end(),
                       [](const std::string &path) { return path.empty(); }))
        place = Place::Outside;
      if (place == Place::Outside)
        continue;
      std::string directories = sdk_files_->model_directories();
      add(call, {"AWS_DATA_PATH"}, false,
          (place == Place::Inside
               ? "writes a file in " + directories
               : "writes a file whose path hoist cannot tell, which may be "
                 "in " +
                     directories) +
              ", where the SDK's loader finds the service models it reads "
              "when it builds a client");
      writes.back().models_only =
          place == Place::Unknown && sdk_files_->data_paths.empty();
      return true;
    }
    return false;
  }

  /// The string literals of the code that computes a path, `depth` names
  /// deep through the values of the names it reads (`d` in
  /// `os.path.join(d, "service-2.json")`).
  void path_literals(TSNode code, std::vector<std::string> &literals,
                     int depth) const {
    auto visit = [&](TSNode node) {
      if (std::optional<std::string> text = string_value(tree_, node)) {
        literals.push_back(*text);
        return false;
      }
      if (is(node, "identifier") && depth > 0)
        if (const std::vector<TSNode> *values = assigned_values(node))
          for (TSNode value : *values)
            path_literals(value, literals, depth - 1);
      return true;
    };
    if (visit(code))
      walk_named_descendants(code, visit);
  }

  /// The literal a path starts from (`"/tmp"` in `os.path.join("/tmp",
  /// key)`, `Path("/tmp") / key`, `"/tmp/" + key`, or a name holding one
  /// of those), or "".
  std::string leading_literal(TSNode code, int depth) const {
    code = unparenthesize(code);
    if (std::optional<std::string> text = string_value(tree_, code))
      return *text;
    if (is(code, "binary_operator"))
      return leading_literal(field(code, "left"), depth);
    if (is(code, "call")) {
      std::string called = resolver_.called_path(code, scope_);
      std::vector<TSNode> parts = named_children(field(code, "arguments"));
      if ((called == "os.path.join" || called.rfind("pathlib.", 0) == 0) &&
          !parts.empty() && !is(parts.front(), "keyword_argument"))
        return leading_literal(parts.front(), depth);
      return "";
    }
    if (depth > 0)
      if (const std::vector<TSNode> *values = assigned_values(code);
          values && values->size() == 1)
        return leading_literal(values->front(), depth - 1);
    return "";
  }

  /// The string literals `path` holds: itself, or every value of the name
  /// it is (a local's or a module-level name's); nothing when one is not
  /// a literal.
  std::optional<std::vector<std::string>> literal_paths(TSNode path) const {
    if (ts_node_is_null(path))
      return std::nullopt;
    path = unparenthesize(path);
    if (std::optional<std::string> text = string_value(tree_, path))
      return std::vector<std::string>{*text};
    const std::vector<TSNode> *values = assigned_values(path);
    if (!values)
      return std::nullopt;
    std::vector<std::string> paths;
    for (TSNode value : *values) {
      std::optional<std::string> text = string_value(tree_, value);
      if (!text)
        return std::nullopt;
      paths.push_back(*text);
    }
    return paths;
  }

  /// An import that runs a project module's code for the first time: what
  /// that code writes (`import settings` whose module sets
  /// `os.environ[...]`), the packages on the way's and, for a `from`
  /// import, the submodules it names (`from . import bootstrap`). Inside a
  /// function, a module the module imports at its top runs no code again,
  /// nor, anywhere, one already loading, nor the package a relative import
  /// starts from (`.`, `..`: it holds the importer, so it is loaded).
  void visit_import(TSNode node) {
    std::vector<const ModuleModel *> run;
    for (const std::string &path : import_paths(tree_, node)) {
      if (path.find_first_not_of('.') == std::string::npos)
        continue;
      Symbol imported = resolver_.imported(path, *scope_.module);
      if (imported.kind == Symbol::Kind::Module && imported.module &&
          !std::count(run.begin(), run.end(), imported.module)) {
        run.push_back(imported.module);
        add_import_of(node, *imported.module);
      } else if (imported.kind == Symbol::Kind::Path &&
                 add_library_import(node, path)) {
        return;
      }
    }
  }

  /// An import in a function of an installed library's module `path`,
  /// which runs that module's code the first time (a package that sets
  /// environment defaults when imported), as a call of library code hoist
  /// does not see into: unless it is the standard library's, one the
  /// catalogue lists as harmless or builds with (`json`, `boto3`), or one
  /// the module imports at its top (its code has run at INIT). True when it
  /// adds one.
  bool add_library_import(TSNode node, const std::string &path) {
    if (!scope_.function || path.empty() || path.front() == '.')
      return false;
    std::string root = path.substr(0, path.find('.'));
    const ApiCatalogue &catalogue = resolver_.catalogue();
    if (is_standard_library(root) || catalogue.is_harmless(path) ||
        catalogue.is_root_module(root))
      return false;
    for (const auto &[name, imported] : scope_.module->bindings().imports)
      if (imported == path || imported.rfind(path + ".", 0) == 0)
        return false;
    add(node, {}, false, kRunsLibraryCode);
    writes.back().unseen = true;
    writes.back().library = path;
    return true;
  }

  /// What importing `module` at `node` runs: its code, unless it has run
  /// where this code runs (a module the module imports at its top, seen from
  /// inside a function; one loading already).
  void add_import_of(TSNode node, const ModuleModel &module) {
    if (!(scope_.function && imported_at_top(&module)) &&
        !skips_loading(module))
      add_module_code(node, module);
  }

  /// True when `module` is among loading(), by file (a checked module may
  /// be loaded again as an import).
  bool is_loading(const ModuleModel &module) const {
    const ModuleCache &cache = resolver_.module_cache();
    std::string file = cache.file_of(module);
    for (const ModuleModel *other : loading())
      if (other == &module || cache.file_of(*other) == file)
        return true;
    return false;
  }

  /// is_loading, noting the module as skipped for add_module_code's walks.
  bool skips_loading(const ModuleModel &module) const {
    if (!is_loading(module))
      return false;
    module_code_->skipped.push_back(resolver_.module_cache().file_of(module));
    return true;
  }

  /// The modules whose code has run or is running where this code runs:
  /// its own, and those whose import led here (`import warmup` in app.py,
  /// whose `import app` finds app in sys.modules, half made).
  std::vector<const ModuleModel *> loading() const {
    std::vector<const ModuleModel *> modules = loading_;
    modules.push_back(scope_.module);
    return modules;
  }

  /// True when the module-level code of `scope_`'s module imports `module`.
  bool imported_at_top(const ModuleModel *module) const {
    for (const auto &[name, path] : scope_.module->bindings().imports) {
      Symbol imported = resolver_.imported(path, *scope_.module);
      if (imported.module == module)
        return true;
    }
    return false;
  }

  /// The writes `module`'s own code makes when it runs, as writes of `node`
  /// (the import, or the call that loads it).
  void add_module_code(TSNode node, const ModuleModel &module) {
    if (depth_ >= kFollowedCode) {
      add(node, {}, false, kRunsUnfollowedCode);
      writes.back().unseen = true;
      return;
    }
    // A package's code runs for every import of a module in it: walked
    // once for the modules loading that its walk skipped (imports of those
    // run nothing). A walk is good where they all are loading: where more
    // are, the walk there would skip more and find fewer writes.
    const ModuleCache &cache = resolver_.module_cache();
    std::vector<std::string> loading_files;
    for (const ModuleModel *loading_module : loading())
      loading_files.push_back(cache.file_of(*loading_module));
    auto all_loading = [&](const std::vector<std::string> &files) {
      return std::all_of(files.begin(), files.end(), [&](const auto &file) {
        return std::count(loading_files.begin(), loading_files.end(), file);
      });
    };
    std::string key = std::to_string(depth_) + '\n' + cache.file_of(module);
    for (const ModuleCodeWalk &walk : module_code_->walks[key])
      if (all_loading(walk.skipped)) {
        module_code_->skipped.insert(module_code_->skipped.end(),
                                     walk.skipped.begin(), walk.skipped.end());
        return add_all(node, walk.writes, &module);
      }
    std::size_t skipped_before = module_code_->skipped.size();
    WriteFinder inner(resolver_, {&module, nullptr}, kFollowedCode - 1, {},
                      depth_ + 1);
    inherit(inner);
    for_each_in_scope_and_class_bodies(module.tree().root(),
                                       [&](TSNode inner_node) {
                                         inner.visit(inner_node);
                                         return true;
                                       });
    ModuleCodeWalk walk;
    for (std::size_t i = skipped_before; i < module_code_->skipped.size(); ++i)
      if (const std::string &file = module_code_->skipped[i];
          std::count(loading_files.begin(), loading_files.end(), file) &&
          !std::count(walk.skipped.begin(), walk.skipped.end(), file))
        walk.skipped.push_back(file);
    walk.writes = std::move(inner.writes);
    add_all(node, walk.writes, &module);
    module_code_->walks[key].push_back(std::move(walk));
  }

  /// `writes`, made by other code (`imported`'s, when `node` imports it),
  /// as one write of `node`.
  void add_all(TSNode node, const std::vector<EnvironmentWrite> &writes,
               const ModuleModel *imported = nullptr) {
    if (writes.empty())
      return;
    std::vector<std::string> keys;
    bool deferred = false;
    // Said as hoist found it: what the first write it saw does, else what
    // the first code it could not see into may do.
    auto seen = std::find_if(
        writes.begin(), writes.end(),
        [](const EnvironmentWrite &write) { return !write.unseen; });
    const EnvironmentWrite &told = seen != writes.end() ? *seen : writes.front();
    std::string changes = told.changes;
    for (const EnvironmentWrite &write : writes) {
      deferred = deferred || write.deferred;
      if (write.keys.empty())
        keys.emplace_back(); // any
      else
        keys.insert(keys.end(), write.keys.begin(), write.keys.end());
    }
    add(node, keys, deferred, changes);
    EnvironmentWrite &added = this->writes.back();
    added.unseen = std::all_of(
        writes.begin(), writes.end(),
        [](const EnvironmentWrite &write) { return write.unseen; });
    added.library = told.library;
    if (imported) {
      added.module = told.module.empty() ? imported->path() : told.module;
      added.module_text = told.module.empty() ? told.text : told.module_text;
    }
  }

  /// Code that runs code hoist does not see, which may write anything:
  /// `exec`, `eval`, `runpy`, a loader's `exec_module`, `load_module`,
  /// `pkgutil.walk_packages`; or loads a module: `importlib.import_module`,
  /// `__import__` (a project module's code, when named), `importlib.reload`;
  /// or runs what a logging configuration names (add_logging_configuration).
  /// True when `call` is one of them.
  /// True when calling `callee` (`symbol`, the library callable `name`, or
  /// a method `method` of what hoist does not type) with `arguments` loads
  /// plugins by entry point, importing and running the modules that
  /// installed distributions declare: an entry point's `load()` in a module
  /// that lists them (`importlib.metadata.entry_points`), pkg_resources'
  /// `iter_entry_points` (its own code, which lists them to load) and
  /// `load_entry_point`,
  /// stevedore's managers (which load them as they are made).
  bool loads_plugins(const Symbol &symbol, const std::string &name,
                     std::string_view method,
                     const std::vector<TSNode> &arguments) const {
    if (name == "pkg_resources.load_entry_point" ||
        name == "pkg_resources.iter_entry_points" ||
        (name.rfind("stevedore.", 0) == 0 && name.size() > 7 &&
         name.compare(name.size() - 7, 7, "Manager") == 0))
      return true;
    if (method != "load" || !arguments.empty() ||
        (symbol.known() && symbol.kind != Symbol::Kind::Path))
      return false;
    std::string_view text = tree_.text(tree_.root());
    return text.find("entry_points") != std::string_view::npos ||
           text.find("iter_entry_points") != std::string_view::npos ||
           text.find("EntryPoint") != std::string_view::npos;
  }

  bool runs_other_code(TSNode call, TSNode callee,
                       const std::vector<TSNode> &arguments) {
    Symbol symbol = resolver_.resolve(callee, scope_);
    std::string name = symbol.kind == Symbol::Kind::Path ? symbol.path : "";
    if (!symbol.known() && is(callee, "identifier"))
      name = "builtins." + std::string(tree_.text(callee));
    if (name == "builtins.exec" || name == "builtins.eval" ||
        name == "runpy.run_path" || name == "runpy.run_module") {
      add(call, {});
      writes.back().unseen = true;
      return true;
    }
    // A loader runs the module it loads (`spec.loader.exec_module(mod)`,
    // `SourceFileLoader(name, path).load_module()`), whatever the loader
    // is; `pkgutil.walk_packages` imports each package it finds.
    std::string_view method =
        is(callee, "attribute") ? tree_.text(field(callee, "attribute")) : "";
    if (method == "exec_module" || method == "load_module" ||
        name == "pkgutil.walk_packages" || name == "imp.load_source" ||
        name == "imp.load_module" || name == "imp.load_package") {
      add(call, {}, false, kRunsLoadedCode);
      writes.back().unseen = true;
      return true;
    }
    if (loads_plugins(symbol, name, method, arguments)) {
      add(call, {}, false, kRunsPluginCode);
      writes.back().unseen = true;
      return true;
    }
    // Calls that run code given as text or data (`timeit.timeit("import
    // x")`, an interpreter's `runsource`, a pickle naming any global).
    if (runs_code_from_text(name, method)) {
      add(call, {});
      writes.back().unseen = true;
      return true;
    }
    // Calls that import a module by its dotted name, with its packages
    // (`pydoc.locate("pkg.mod.f")`, `importlib.resources.files("pkg")`).
    if (NamedModule named = module_named_by(name, method); named.argument) {
      add_modules_named(call, arguments, named);
      if (!named.patches) // what a patch sets: patched_by_name
        return true;
    }
    if (name == "logging.config.dictConfig" ||
        name == "logging.config.fileConfig") {
      TSNode config = name == "logging.config.dictConfig" && !arguments.empty()
                          ? arguments.front()
                          : TSNode{};
      add_logging_configuration(call, config);
      return true;
    }
    if (name == "importlib.__import__")
      name = "builtins.__import__";
    if (name != "importlib.import_module" && name != "builtins.__import__" &&
        name != "importlib.reload")
      return false;
    if (name == "builtins.__import__")
      add_from_list(call, arguments);
    TSNode target = arguments.empty() ? TSNode{} : arguments.front();
    Symbol loaded;
    if (name == "importlib.reload")
      loaded = resolver_.resolve(target, scope_);
    else if (std::optional<std::string> path = string_value(tree_, target))
      loaded = resolver_.imported(*path, *scope_.module);
    if (loaded.kind == Symbol::Kind::Module && loaded.module)
      add_module_code(call, *loaded.module);
    else if (loaded.kind == Symbol::Kind::Path && name != "importlib.reload")
      add_library_import(call, loaded.path);
    else if (loaded.kind != Symbol::Kind::Path) { // not a library: unknown
      add(call, {});
      writes.back().unseen = true;
    }
    return true;
  }

  /// What importing each package on the way to the module `path` names
  /// runs (`a`, then `a.b` for "a.b.name"); false when its first name is
  /// neither a library's nor a project module.
  bool add_dotted_import(TSNode call, const std::string &path) {
    bool found = false;
    for (std::size_t dot = path.find('.');; dot = path.find('.', dot + 1)) {
      Symbol named = resolver_.imported(path.substr(0, dot), *scope_.module);
      if (named.kind == Symbol::Kind::Path)
        return true;
      // Past the modules, an attribute (`pkg.mod.apply`).
      if (named.kind != Symbol::Kind::Module || !named.module)
        return found;
      add_import_of(call, *named.module);
      found = true;
      if (dot == std::string::npos)
        return true;
    }
  }

  /// add_dotted_import for the module names a `call` of the kind `named`
  /// is given; code hoist cannot see for a name it cannot read or find.
  void add_modules_named(TSNode call, const std::vector<TSNode> &arguments,
                         const NamedModule &named) {
    std::vector<std::string> paths;
    TSNode given = arguments.size() > named.index &&
                           !is(arguments[named.index], "keyword_argument")
                       ? unparenthesize(arguments[named.index])
                       : TSNode{};
    bool known = !ts_node_is_null(given);
    std::vector<TSNode> items = is(given, "list") || is(given, "tuple")
                                    ? named_children(given)
                                    : std::vector<TSNode>{given};
    for (TSNode item : items) {
      // The module itself, already loaded (`files(__package__)`,
      // `files(templates)`): nothing runs.
      std::string_view text = known ? tree_.text(item) : "";
      if (text == "__name__" || text == "__package__" ||
          (known && resolver_.resolve(item, scope_).kind ==
                        Symbol::Kind::Module))
        continue;
      std::optional<std::string> path =
          known ? string_value(tree_, item) : std::nullopt;
      if (!path || path->empty() || path->front() == '.') {
        known = false;
        break;
      }
      std::replace(path->begin(), path->end(), ':', '.');
      // `find_spec("a.b")` imports `a`, not `a.b`.
      if (named.parent_only)
        path->resize(path->rfind('.') == std::string::npos ? 0
                                                           : path->rfind('.'));
      if (!path->empty())
        paths.push_back(*path);
    }
    for (const std::string &path : paths)
      known = add_dotted_import(call, path) && known;
    if (!known) {
      add(call, {});
      writes.back().unseen = true;
    }
  }

  /// `__import__("pkg", fromlist=["mod"])` imports `pkg.mod` when it is a
  /// submodule: what that runs, for a list hoist can read.
  void add_from_list(TSNode call, const std::vector<TSNode> &arguments) {
    std::optional<std::string> package =
        arguments.empty() ? std::nullopt : string_value(tree_, arguments[0]);
    TSNode list = arguments.size() > 3 ? arguments[3] : TSNode{};
    for (TSNode argument : arguments)
      if (is(argument, "keyword_argument") &&
          tree_.text(field(argument, "name")) == "fromlist")
        list = field(argument, "value");
    if (!package || ts_node_is_null(list))
      return;
    for (TSNode item : named_children(unparenthesize(list)))
      if (std::optional<std::string> name = string_value(tree_, item)) {
        Symbol named =
            resolver_.imported(*package + "." + *name, *scope_.module);
        if (named.kind == Symbol::Kind::Module && named.module)
          add_import_of(call, *named.module);
      }
  }

  /// What `logging.config.dictConfig(config)` (`call`) runs of the
  /// project's code: the factories and classes its `()` and `class` keys
  /// name (`"()": "logsetup.make_handler"`, by dotted path or as a value),
  /// called, with the modules it imports for them and for `ext://` values.
  /// A configuration hoist cannot read (not a dictionary literal, or
  /// `fileConfig`'s file, whose classes and arguments it evaluates) may name
  /// any code.
  void add_logging_configuration(TSNode call, TSNode config) {
    std::size_t before = writes.size();
    if (!ts_node_is_null(config) &&
        add_logging_dictionary(call, config, kConfigurationDepth))
      return;
    writes.resize(before);
    add(call, {}, false, kRunsConfiguredCode);
    writes.back().unseen = true;
  }

  /// How deep add_logging_dictionary reads nested dictionaries
  /// (`handlers`, then a handler's, then a value of one).
  static constexpr int kConfigurationDepth = 4;

  /// add_logging_configuration's walk of a dictionary `node` (or a name
  /// bound once at module level to one); false when hoist cannot read it,
  /// or a value that may hold another (a name it does not follow, a call
  /// other than a read of the environment).
  bool add_logging_dictionary(TSNode call, TSNode node, int depth) {
    TSNode dictionary = value_behind_name(scope_, node);
    if (!is(dictionary, "dictionary") || depth < 0)
      return false;
    for (TSNode pair : named_children(dictionary)) {
      if (is(pair, "comment"))
        continue;
      std::optional<std::string> key =
          is(pair, "pair") ? string_value(tree_, field(pair, "key"))
                           : std::nullopt;
      if (!key)
        return false; // `**defaults`, a key computed
      TSNode value = unparenthesize(field(pair, "value"));
      if (*key == "()" || *key == "class") {
        if (!add_configured_callable(call, value))
          return false;
        continue;
      }
      TSNode held = value_behind_name(scope_, value);
      std::optional<std::string> text = string_value(tree_, held);
      std::string called =
          is(held, "call") ? resolver_.called_path(held, scope_) : "";
      if (is(held, "identifier") ||
          (is(held, "call") && called != "os.environ.get" &&
           called != "os.getenv"))
        return false;
      if (is(held, "dictionary") &&
          !add_logging_dictionary(call, value, depth - 1))
        return false;
      if (text && text->rfind("ext://", 0) == 0 &&
          !add_named_code(call, text->substr(6), false))
        return false;
    }
    return true;
  }

  /// What calling `value`, a factory or class a logging configuration
  /// names (a dotted path, or the callable itself), runs; false when hoist
  /// cannot tell what it is.
  bool add_configured_callable(TSNode call, TSNode value) {
    if (std::optional<std::string> path =
            string_value(tree_, value_behind_name(scope_, value)))
      return add_named_code(call, *path, true);
    return add_callable_run(call, resolver_.resolve(value, scope_));
  }

  /// What importing the absolute dotted `path` (`logsetup.make_handler`)
  /// runs, and calling what it names when `called`; false when hoist
  /// cannot resolve it. A library's runs nothing of the project's.
  bool add_named_code(TSNode call, const std::string &path, bool called) {
    if (path.empty() || path.front() == '.')
      return false;
    Symbol named = resolver_.imported(path, *scope_.module);
    if (named.kind == Symbol::Kind::Path)
      return true;
    if (!named.known() || !named.module)
      return false;
    add_import_of(call, *named.module);
    return !called || add_callable_run(call, named);
  }

  /// What calling `callable` runs: a project function's body, a class's
  /// `__init__`, an instance's `__call__`; false when it is none of those
  /// and no library's.
  bool add_callable_run(TSNode call, const Symbol &callable) {
    if (callable.kind == Symbol::Kind::Path)
      return true;
    Symbol run = callable;
    if (callable.kind == Symbol::Kind::Class)
      run = resolver_.member(callable, "__init__");
    else if (callable.kind == Symbol::Kind::Object)
      run = resolver_.member(callable, "__call__");
    if (run.kind == Symbol::Kind::Function && run.function && run.module &&
        !ts_node_is_null(run.function->body))
      add_code_run(call, *run.module, *run.function);
    else if (callable.kind != Symbol::Kind::Class)
      return false; // a class without `__init__` of its own runs object's
    return true;
  }

  /// `os.environ`, or what reaches it (reaches_environment), handed on as
  /// a value: stored in a container or an attribute or item, a class
  /// attribute, a default argument, returned, yielded, or chosen by a
  /// conditional or boolean expression (whoever gets it there may write
  /// it), or passed to a call (see handed_to). A local bound to it is an
  /// alias the resolver follows. `os.environ` used other than as a plain
  /// read (an item, a method, `in`, iterated, unpacked) counts as handed on.
  void visit_value(TSNode node) {
    // The expression that carries the value on (`a if c else os.environ`).
    TSNode use = node;
    TSNode parent = ts_node_parent(use);
    while (is(parent, "parenthesized_expression") ||
           is(parent, "boolean_operator") ||
           (is(parent, "conditional_expression") &&
            !ts_node_eq(ts_node_named_child(parent, 1), use))) {
      use = parent;
      parent = ts_node_parent(use);
    }
    std::string_view type = kind(parent);
    TSNode call{};
    if (type == "argument_list")
      call = ts_node_parent(parent);
    else if (type == "keyword_argument" &&
             ts_node_eq(field(parent, "value"), use) &&
             is(ts_node_parent(parent), "argument_list"))
      call = ts_node_parent(ts_node_parent(parent));
    if (!ts_node_is_null(call) && is(call, "call")) {
      if (!reaches_environment(node))
        return;
      if (is(parent, "keyword_argument") &&
          tree_.text(field(parent, "name")) == "env")
        return; // the environment of a child process
      return handed_to(call, use);
    }
    if (type == "assignment" && ts_node_eq(field(parent, "right"), use) &&
        is(unparenthesize(field(parent, "left")), "identifier") &&
        ts_node_eq(use, node) && !in_class_body(parent))
      return; // an alias the resolver follows
    bool handed_on =
        type == "list" || type == "tuple" || type == "set" ||
        type == "expression_list" || type == "assignment" ||
        type == "augmented_assignment" || type == "named_expression" ||
        type == "default_parameter" || type == "typed_default_parameter" ||
        type == "return_statement" || type == "yield" || type == "lambda" ||
        (type == "pair" && ts_node_eq(field(parent, "value"), use));
    if (type == "assignment" || type == "augmented_assignment")
      handed_on = ts_node_eq(field(parent, "right"), use);
    if (!handed_on && ts_node_eq(use, node) && !plainly_read(node, parent))
      handed_on = is_environ(node);
    if (handed_on && reaches_environment(node))
      add(is(parent, "block") || is(parent, "module") ? use : parent, {}, true,
          kHandsOnEnvironment);
  }

  /// True when `parent`'s use of `node` only reads the value there or is
  /// looked at elsewhere (an item set, a method called on it), or binds it.
  static bool plainly_read(TSNode node, TSNode parent) {
    std::string_view type = kind(parent);
    if (type == "attribute")
      return ts_node_eq(field(parent, "object"), node) ||
             ts_node_eq(field(parent, "attribute"), node);
    if (type == "subscript")
      return ts_node_eq(field(parent, "value"), node);
    if (type == "call")
      return ts_node_eq(field(parent, "function"), node);
    if (type == "assignment" || type == "augmented_assignment")
      return ts_node_eq(field(parent, "left"), node);
    return type == "comparison_operator" || type == "for_statement" ||
           type == "for_in_clause" || type == "list_splat" ||
           type == "dictionary_splat" || type == "expression_statement" ||
           type == "delete_statement" || type == "not_operator" ||
           type == "if_statement" || type == "while_statement" ||
           type == "assert_statement" || type == "global_statement" ||
           type == "nonlocal_statement" || type == "dotted_name" ||
           type == "aliased_import" || type == "pattern_list" ||
           type == "tuple_pattern" || type == "list_pattern" ||
           type == "keyword_argument" || type == "parameters";
  }

  /// True when `node` is a statement of a class body.
  static bool in_class_body(TSNode node) {
    for (TSNode up = ts_node_parent(node); !ts_node_is_null(up);
         up = ts_node_parent(up)) {
      if (is(up, "class_definition"))
        return true;
      if (is(up, "function_definition") || is(up, "lambda") ||
          is(up, "module"))
        return false;
    }
    return false;
  }

  /// `os.environ` passed to `call`: a project function writes it through
  /// its parameter (followed); a builtin or a logging method only reads it;
  /// any other callable may write it, now or later.
  void handed_to(TSNode call, TSNode value) {
    TSNode callee = field(call, "function");
    const ModuleModel *module = nullptr;
    const FunctionInfo *function =
        resolver_.called_function(call, scope_, module);
    if (function && module) {
      std::string parameter = parameter_for(tree_, *function, call, value);
      if (parameter.empty() || depth_ >= kFollowedCode)
        return add(call, {}, true);
      WriteFinder inner(resolver_, {module, function}, 0, {parameter},
                        depth_ + 1);
      inherit(inner);
      walk_named_descendants(function->body, [&](TSNode inner_node) {
        inner.visit(inner_node);
        return true;
      });
      return add_all(call, inner.writes);
    }
    std::string name(tree_.text(callee));
    if (is(callee, "identifier") && is_reading_builtin(name) &&
        !resolver_.resolve(callee, scope_).known())
      return;
    if (is(callee, "attribute") &&
        is_logging_method(tree_.text(field(callee, "attribute"))))
      return;
    add(call, {}, true);
  }

  void visit_call(TSNode call) {
    TSNode callee = field(call, "function");
    if (is(unparenthesize(callee), "lambda") && follow_calls_ > 0)
      return follow(call); // `(lambda: os.environ.update(...))()`
    std::vector<TSNode> arguments = named_children(field(call, "arguments"));
    if (add_working_directory_change(call, callee, false))
      return;
    // `getattr(boto3, "setup_default_session")(...)`, `self.steps[0](...)`
    if (!is(callee, "attribute") && !is(callee, "identifier")) {
      if (!is(callee, "call") || !add_writing_function(call, callee, {}))
        add_library_code(call, callee, arguments);
      return;
    }
    std::optional<std::vector<Destination>> destinations =
        written_destinations(callee, arguments);
    // A tree written where the environment names an SDK file (the home
    // directory, AWS_SHARED_CREDENTIALS_FILE naming `~/creds.ini`): that
    // file says more than the SDK's directory would.
    if (destinations &&
        std::all_of(destinations->begin(), destinations->end(),
                    [](const Destination &destination) {
                      return destination.kind == Destination::Kind::Tree;
                    }) &&
        add_sdk_file_write(call, *destinations))
      return;
    OpenedFile file = OpenedFile::Other;
    for (const Destination &destination :
         destinations ? *destinations : std::vector<Destination>{})
      file = std::max(file, written_file(destination));
    switch (file) {
    case OpenedFile::SdkConfig:
      return add(call, {"AWS_CONFIG_FILE"}, false,
                 "writes the SDK's configuration it reads");
    case OpenedFile::Unknown:
      return add(call, {"AWS_CONFIG_FILE"}, false,
                 "writes a file whose path hoist cannot tell, which may be "
                 "the SDK's configuration it reads");
    case OpenedFile::Named:
      return add(call, {"AWS_CONFIG_FILE"}, false,
                 "writes a file named like the SDK's configuration, which "
                 "AWS_CONFIG_FILE may name");
    case OpenedFile::Other:
      break;
    }
    if (destinations && (add_sdk_file_write(call, *destinations) ||
                         add_model_file_write(call, *destinations)))
      return;
    if (runs_other_code(call, callee, arguments))
      return;
    // Patched by name: the environment, or a catalogued library's state
    // (`mock.patch("boto3.client", fake)`), as `setattr(boto3, ...)` sets.
    if (std::optional<std::string> patched =
            patched_by_name(callee, arguments)) {
      if (patched->rfind("os.environ", 0) == 0)
        return add(call, {}, true);
      if (resolver_.catalogue().is_root_module(
              patched->substr(0, patched->find('.'))))
        return add(call, {});
    }
    if (changes_imports(callee))
      return add(call, {}, false, kChangesImports);
    if (changes_sdk_logging(callee))
      return add(call, {}, false, kChangesLogging);
    if (sets_library_state_by_name(callee, arguments))
      return add(call, {});
    if (is(callee, "attribute") && is_sdk_table(field(callee, "object"))) {
      std::string_view method = tree_.text(field(callee, "attribute"));
      if (is_writing_method(method) ||
          std::count(mutating_list_methods().begin(),
                     mutating_list_methods().end(), method))
        return add(call, {}, false, kChangesSdkState);
    }

    if (follow_calls_ > 0) {
      follow(call);
      follow_functions_given(call, arguments);
    }
    add_methods_named(call, callee);
    std::string_view method = called_name(tree_, callee);
    if (is_writing_method(method) && is(callee, "attribute") &&
        is_environ(field(callee, "object"))) {
      if (method == "update" || method == "__ior__") {
        std::vector<std::string> keys;
        for (TSNode argument : arguments) {
          if (is(argument, "keyword_argument"))
            keys.emplace_back(tree_.text(field(argument, "name")));
          else if (is(argument, "dictionary"))
            for (std::string &key : dictionary_keys(argument))
              keys.push_back(std::move(key));
          else
            keys.push_back("");
        }
        add(call, keys);
      } else {
        add(call, {arguments.empty() ? "" : key_of(arguments.front())});
      }
      return;
    }
    if (!add_writing_function(call, callee, arguments))
      add_library_code(call, callee, arguments);
  }

  /// A call of library code hoist does not see into (unseen_library): it
  /// may change the environment or the default session (a layer's
  /// `load_env()`, a `configure(region)` that calls
  /// `setup_default_session`, a settings class whose `__init__` exports
  /// what it loads), whatever becomes of its result and whatever it is
  /// given, unless the catalogue lists it as harmless (`jsonschema.validate`,
  /// `requests.get`); logging calls do not count either. In a function, a
  /// call of code hoist cannot resolve (unresolved_function) counts when
  /// given the function's own data (a parameter or a local: the event, what
  /// is made of it), as a per-invocation `step(event)` is, whatever becomes
  /// of its result (`tenant = self.prepare(event)`), but for a wrapper's
  /// call of what it wraps (calls_what_it_wraps), whose code is the wrapped
  /// function's.
  void add_library_code(TSNode call, TSNode callee,
                        const std::vector<TSNode> &arguments) {
    if (is(callee, "attribute") &&
        is_logging_method(tree_.text(field(callee, "attribute"))))
      return;
    if (std::string library = unseen_library(resolver_, scope_, callee);
        !library.empty()) {
      if (resolver_.catalogue().is_harmless(library))
        return;
      add(call, {}, false, kRunsLibraryCode);
      writes.back().library = library;
    } else if (scope_.function &&
               !calls_what_it_wraps(*scope_.module, *scope_.function, call) &&
               unresolved_function(resolver_, scope_, callee) &&
               std::any_of(arguments.begin(), arguments.end(),
                           [&](TSNode argument) {
                             for (const std::string &name :
                                  names_read(tree_, argument))
                               if (scope_.function->bindings.binds(name))
                                 return true;
                             return false;
                           })) {
      add(call, {}, false, kRunsUnresolvedCode);
    } else {
      return;
    }
    writes.back().unseen = true;
  }

  /// `call` of a library function that writes the environment, by what it
  /// is, whatever name it is called by (`configure =
  /// boto3.setup_default_session`, then `configure(...)`).
  /// True when it is one.
  bool add_writing_function(TSNode call, TSNode callee,
                            const std::vector<TSNode> &arguments) {
    Symbol symbol = resolver_.resolve(callee, scope_);
    if (symbol.kind != Symbol::Kind::Path)
      return false;
    if (symbol.path == "os.putenv" || symbol.path == "os.unsetenv")
      add(call, {arguments.empty() ? "" : key_of(arguments.front())});
    else if (symbol.path == "boto3.setup_default_session" ||
             resolver_.catalogue().writes_environment(symbol.path))
      add(call, {});
    else
      return false;
    return true;
  }

  /// What project code `node` runs writes, as writes of `node`: the body of
  /// `function` (of `module`), followed as far as this finder follows.
  void add_code_run(TSNode node, const ModuleModel &module,
                    const FunctionInfo &function) {
    if (depth_ >= kFollowedCode)
      return;
    WriteFinder inner(resolver_, {&module, &function}, kFollowedCode - 1, {},
                      depth_ + 1);
    inherit(inner);
    walk_named_descendants(function.body, [&](TSNode inner_node) {
      inner.visit(inner_node);
      return true;
    });
    add_all(node, inner.writes);
  }

  /// The special method `method` (`__setitem__`, `__iter__`) of the project
  /// class of the instance `object` holds, which `node` runs, as writes of
  /// `node` (`OVERRIDES["AWS_DEFAULT_REGION"] = ...`).
  void add_special_method(TSNode node, TSNode object, const char *method) {
    Symbol receiver = resolver_.resolve(object, scope_);
    if (receiver.kind != Symbol::Kind::Object)
      return;
    Symbol found = resolver_.member(receiver, method);
    if (found.kind == Symbol::Kind::Function && found.function && found.module)
      add_code_run(node, *found.module, *found.function);
  }

  /// What defining the class `definition` (maybe decorated) runs: its
  /// decorators (`@register`), its bases' `__init_subclass__`, its
  /// metaclass's `__new__` and `__init__`; and what defining a function
  /// runs: its decorators.
  void visit_definition(TSNode statement) {
    TSNode definition = is(statement, "decorated_definition")
                            ? field(statement, "definition")
                            : statement;
    // What runs at the definition, not what it defines (a decorator's
    // wrapper runs at each call of what it wraps).
    auto run = [&](TSNode at, const Symbol &symbol, const char *method) {
      Symbol found = method ? resolver_.member(symbol, method) : symbol;
      if (found.kind == Symbol::Kind::Function && found.function &&
          found.module && !ts_node_is_null(found.function->body))
        add_all(at, followed_writes({found.module, found.function},
                                    found.function->body));
    };
    if (is(statement, "decorated_definition"))
      for (TSNode decorator : named_children(statement))
        if (is(decorator, "decorator"))
          if (TSNode expression = unparenthesize(ts_node_named_child(decorator, 0));
              !is(expression, "call")) // a call is followed as one
            run(decorator, resolver_.resolve(expression, scope_), nullptr);
    TSNode bases = is(definition, "class_definition")
                       ? field(definition, "superclasses")
                       : TSNode{};
    if (ts_node_is_null(bases))
      return;
    for (TSNode base : named_children(bases)) {
      if (is(base, "keyword_argument")) {
        if (tree_.text(field(base, "name")) != "metaclass")
          continue;
        Symbol meta = resolver_.resolve(field(base, "value"), scope_);
        if (meta.kind == Symbol::Kind::Class) {
          run(base, meta, "__new__");
          run(base, meta, "__init__");
        }
        continue;
      }
      Symbol symbol = resolver_.resolve(base, scope_);
      if (symbol.kind == Symbol::Kind::Class)
        run(base, symbol, "__init_subclass__");
    }
  }

  /// What reading the attribute `node` of an instance of a project class
  /// runs, as writes of `node`: a property's getter (`CFG.region`); its
  /// class's `__getattr__` for a name it does not define, and its
  /// `__getattribute__` for any. Of a project module, its `__getattr__`
  /// for a name it does not bind (`settings.TENANT_REGION`).
  void add_getter_writes(TSNode node) {
    TSNode object = field(node, "object");
    Symbol receiver = resolver_.resolve(object, scope_);
    std::string name(tree_.text(field(node, "attribute")));
    if (const FunctionInfo *getter =
            module_attribute_getter(resolver_, receiver, name))
      return add_code_run(node, *receiver.module, *getter);
    if (receiver.kind != Symbol::Kind::Object || !receiver.cls)
      return;
    Symbol found = resolver_.member(receiver, name);
    if (found.kind == Symbol::Kind::Function && found.function &&
        found.module &&
        getter_kind(*found.module, *found.function) != Getter::None)
      add_code_run(node, *found.module, *found.function);
    else if (!found.known())
      add_special_method(node, object, "__getattr__");
    add_special_method(node, object, "__getattribute__");
  }

  /// What the property setters that `target = ...` may run write, as
  /// writes of `node`: those of the receiver's class when it has no bases;
  /// otherwise, or when hoist cannot tell its class, those of every class
  /// with a setter of that name in the project modules the process may
  /// have loaded (loaded_modules).
  void add_setter_writes(TSNode node, TSNode target) {
    std::string attribute(tree_.text(field(target, "attribute")));
    Symbol receiver = resolver_.resolve(field(target, "object"), scope_);
    if (receiver.known() && receiver.kind != Symbol::Kind::Object)
      return; // a class attribute, a module's global, a library's object
    // A class with no bases has only its own setters.
    bool own_only = receiver.cls && receiver.cls->bases.empty();
    std::vector<const ModuleModel *> modules =
        own_only ? std::vector<const ModuleModel *>{receiver.module}
                 : loaded_modules(attribute);
    for (const ModuleModel *module : modules)
      for (const FunctionInfo *setter : module->setters_of(attribute)) {
        if (own_only && setter->class_name != receiver.cls->name)
          continue;
        add_code_run(node, *module, *setter);
      }
  }

  /// What `callee`, given `arguments`, patches by a string naming it
  /// (`mock.patch.dict("os.environ", {...})`, `mock.patch("boto3.client",
  /// fake)`), or nothing: whatever it decorates or wraps later runs with it
  /// changed.
  std::optional<std::string>
  patched_by_name(TSNode callee, const std::vector<TSNode> &arguments) const {
    if (arguments.empty() ||
        tree_.text(callee).find("patch") == std::string_view::npos)
      return std::nullopt;
    std::optional<std::string> target = string_value(tree_, arguments.front());
    if (!target)
      return std::nullopt;
    Symbol symbol = resolver_.resolve(callee, scope_);
    if (symbol.kind == Symbol::Kind::Path &&
        (symbol.path.rfind("unittest.mock.", 0) == 0 ||
         symbol.path.rfind("mock.", 0) == 0))
      return target;
    return std::nullopt;
  }

  /// True when `node` is where imports look modules up, or what they
  /// found: `sys.path`, `sys.modules`, the import hooks.
  bool is_import_state(TSNode node) const {
    return resolves_to(node, "sys.path") || resolves_to(node, "sys.modules") ||
           resolves_to(node, "sys.meta_path") ||
           resolves_to(node, "sys.path_hooks");
  }

  /// True when calling `callee` changes what an import loads: a method that
  /// changes `sys.path` or `sys.modules` (`sys.path.insert(0, vendor)`,
  /// `sys.modules.pop("boto3")`), `site.addsitedir(...)`.
  bool changes_imports(TSNode callee) const {
    if (is(callee, "attribute") && is_import_state(field(callee, "object"))) {
      std::string_view method = tree_.text(field(callee, "attribute"));
      return is_writing_method(method) ||
             std::count(mutating_list_methods().begin(),
                        mutating_list_methods().end(), method);
    }
    return resolves_to(callee, "site.addsitedir");
  }

  /// True when calling `callee` changes what an SDK logs:
  /// `boto3.set_stream_logger(...)`, `logging.basicConfig(...)`, or the level
  /// of the root logger or an SDK's (is_sdk_logger). A handler added
  /// (`addHandler`) changes where records go, not which are made: below
  /// the default WARNING, what a client logs as it is built is made only
  /// where a level lets it through (a module-level `addHandler` of a JSON
  /// formatter kept its safe fix).
  bool changes_sdk_logging(TSNode callee) const {
    if (resolves_to(callee, "boto3.set_stream_logger") ||
        resolves_to(callee, "logging.basicConfig"))
      return true;
    if (!is(callee, "attribute") ||
        tree_.text(field(callee, "attribute")) != "setLevel")
      return false;
    // A level of WARNING or above lets through none of what a client logs
    // as it is built (DEBUG, and INFO for where it found credentials).
    std::vector<TSNode> given =
        named_children(field(ts_node_parent(callee), "arguments"));
    std::optional<std::string> named =
        given.empty() ? std::nullopt : string_value(tree_, given.front());
    std::string level = named          ? *named
                        : given.empty() ? ""
                                        : std::string(tree_.text(given.front()));
    for (std::string_view quiet :
         {"WARNING", "WARN", "ERROR", "CRITICAL", "FATAL", "30", "40", "50"})
      if (level.size() >= quiet.size() &&
          level.compare(level.size() - quiet.size(), quiet.size(), quiet) == 0)
        return false;
    return is_sdk_logger(field(callee, "object"), scope_);
  }

  /// True when `node` (in `scope`) is the root logger or an SDK's:
  /// `logging.getLogger()`, `logging.getLogger("botocore")`, or a name
  /// assigned one (`logger = logging.getLogger()` at module level). A
  /// logger named by a value hoist cannot read may be one, but for
  /// `__name__`: a project module's own logger is no SDK's.
  bool is_sdk_logger(TSNode node, Scope scope) const {
    node = unparenthesize(node);
    const SyntaxTree &tree = scope.module->tree();
    if (is(node, "identifier")) {
      std::string name(tree.text(node));
      const ScopeBindings &bindings =
          scope.function && scope.function->bindings.binds(name)
              ? scope.function->bindings
              : scope.module->bindings();
      Scope where = &bindings == &scope.module->bindings()
                        ? Scope{scope.module, nullptr}
                        : scope;
      auto values = bindings.assignments.find(name);
      return values != bindings.assignments.end() &&
             std::any_of(values->second.begin(), values->second.end(),
                         [&](TSNode value) {
                           return is(unparenthesize(value), "call") &&
                                  is_sdk_logger(value, where);
                         });
    }
    if (!is(node, "call") ||
        resolver_.resolve(field(node, "function"), scope).path !=
            "logging.getLogger")
      return false;
    std::vector<TSNode> given = named_children(field(node, "arguments"));
    if (given.empty())
      return true; // the root logger
    std::optional<std::string> name = string_value(tree, given.front());
    if (!name)
      return tree.text(given.front()) != "__name__";
    for (std::string_view sdk : {"botocore", "boto3", "urllib3", "s3transfer"})
      if (name->rfind(sdk, 0) == 0 &&
          (name->size() == sdk.size() || (*name)[sdk.size()] == '.'))
        return true;
    return name->empty() || *name == "root";
  }

  /// A project function `call` runs that changes the environment, as a
  /// write made by the call (module-level setup that calls `configure()`).
  /// Each function the callee's name may be bound to counts (a
  /// conditional import, a star import rebinding a `def`).
  void follow(TSNode call) {
    for (const Scope &called : resolver_.called_scopes(call, scope_)) {
      const FunctionInfo *callee = called.function;
      // What runs when it runs: not the functions it only defines (a
      // decorator's wrapper runs at each call of what it wraps, on the
      // invoke path). A lambda's body is an expression, itself perhaps the
      // call it makes.
      add_all(call,
              followed_writes({called.module, callee},
                              callee->is_lambda ? callee->node : callee->body));
      // And what its decorators wrap it in (`@exporting def bootstrap()`).
      for (const Scope &wrapping :
           wrapping_code(resolver_, *called.module, *callee))
        add_all(call, followed_writes(wrapping, wrapping.function->body));
    }
  }

  /// What a decorator applied in a function runs, as a call of it would
  /// (`Model = model(event)`, then `@Model class X: ...`): the project
  /// function it is, or code hoist cannot resolve, given the function's
  /// own definition.
  void add_decorator_run(TSNode decorator) {
    TSNode expression = unparenthesize(ts_node_named_child(decorator, 0));
    if (!scope_.function || is(expression, "call"))
      return;
    Symbol symbol = resolver_.resolve(expression, scope_);
    if (symbol.kind == Symbol::Kind::Function && symbol.function &&
        symbol.module && !ts_node_is_null(symbol.function->body)) {
      add_code_run(decorator, *symbol.module, *symbol.function);
    } else if (unresolved_function(resolver_, scope_, expression)) {
      add(decorator, {}, false, kRunsUnresolvedCode);
      writes.back().unseen = true;
    }
  }

  /// What the project functions and lambdas `call` is given may write, as
  /// writes of `call`, when it runs them then, on this thread (the
  /// catalogue's python_same_thread_callers: `list(map(lambda kv:
  /// os.environ.__setitem__(*kv), PAIRS))` at module level); others, such
  /// as `staticmethod(prepare)`, keep them for later.
  void follow_functions_given(TSNode call, const std::vector<TSNode> &arguments) {
    TSNode callee = field(call, "function");
    Symbol symbol = resolver_.resolve(callee, scope_);
    std::string path = symbol.kind == Symbol::Kind::Path ? symbol.path : "";
    if (!symbol.known() && is(callee, "identifier"))
      path = tree_.text(callee);
    if (!resolver_.catalogue().runs_callbacks_on_calling_thread(path))
      return;
    for (TSNode argument : arguments) {
      TSNode value = unparenthesize(is(argument, "keyword_argument")
                                        ? field(argument, "value")
                                        : argument);
      if (is(value, "lambda")) {
        if (const FunctionInfo *lambda = scope_.module->lambda_at(value))
          add_all(call, followed_writes({scope_.module, lambda}, lambda->node));
      } else if (Symbol given = resolver_.resolve(value, scope_);
                 given.kind == Symbol::Kind::Function && given.function &&
                 given.module && !ts_node_is_null(given.function->body)) {
        add_all(call, followed_writes({given.module, given.function},
                                      given.function->body));
      }
    }
  }

  /// What `call`, a method call on an object hoist cannot type (`for p in
  /// Plugin.registry: p.before(event)`, a registry a base class's
  /// `__init_subclass__` filled), may run, as writes of `call`: the bodies
  /// of the methods of that name of every project class the process may
  /// have loaded (loaded_modules), not the
  /// code they call (most such calls are a dict's `get` or a parser's
  /// `parse`, and following each candidate's calls doubled the time hoist
  /// takes on a large project). Special methods are followed where the
  /// operation that runs them is; logging methods only log.
  void add_methods_named(TSNode call, TSNode callee) {
    if (depth_ > 0 || !is(callee, "attribute") ||
        resolver_.resolve(field(callee, "object"), scope_).known())
      return;
    std::string method(tree_.text(field(callee, "attribute")));
    if (method.rfind("__", 0) == 0 || is_logging_method(method))
      return;
    for (const ModuleModel *module : loaded_modules(method))
      for (const ClassInfo &cls : module->classes())
        if (auto found = cls.methods.find(method);
            found != cls.methods.end() &&
            !ts_node_is_null(found->second->body)) {
          WriteFinder body(resolver_, {module, found->second}, 0, {},
                           kFollowedCode);
          inherit(body);
          walk_named_descendants(found->second->body, [&](TSNode node) {
            body.visit(node);
            return true;
          });
          add_all(call, body.writes);
        }
  }

  /// This finder's module, then every other project module the process
  /// may have loaded (files_loaded_with) with a class that defines a method
  /// `name` (a setter, a method looked for): only those are loaded.
  std::vector<const ModuleModel *>
  loaded_modules(const std::string &name) const {
    const ModuleCache &cache = resolver_.module_cache();
    std::vector<std::string> roots{cache.file_of(*scope_.module)};
    for (const ModuleModel *module : loading_)
      roots.push_back(cache.file_of(*module));
    std::vector<const ModuleModel *> modules{scope_.module};
    for (const std::string &file : files_loaded_with(resolver_, roots)) {
      const std::vector<std::string> &methods = method_names(cache, file);
      if (file != roots.front() &&
          std::binary_search(methods.begin(), methods.end(), name))
        if (const ModuleModel *module = cache.module_in(file))
          modules.push_back(module);
    }
    return modules;
  }

  /// Hands this finder's context to `inner`, a finder of code it runs.
  void inherit(WriteFinder &inner) const {
    inner.loading_ = loading();
    inner.module_code_ = module_code_;
    inner.sdk_files_ = sdk_files_;
  }

  /// The writes in `root`, code of `scope` that a call here runs, followed
  /// one call less deep; as deep in special methods as this finder is (a
  /// getter whose code reads the attribute again would run forever).
  std::vector<EnvironmentWrite> followed_writes(Scope scope, TSNode root) {
    WriteFinder inner(resolver_, scope, follow_calls_ - 1, {}, depth_);
    inherit(inner);
    for_each_in_scope_and_class_bodies(root, [&](TSNode node) {
      inner.visit(node);
      return true;
    });
    return std::move(inner.writes);
  }

  /// A variable's name when `node` is a string literal, else "" (any).
  std::string key_of(TSNode node) const {
    return string_value(tree_, node).value_or("");
  }

  bool is_environment_view(const Symbol &symbol) const {
    return symbol.kind == Symbol::Kind::Path &&
           resolver_.catalogue().is_environment_view(symbol.path);
  }

  bool resolves_to(TSNode node, std::string_view path) const {
    if (!is(node, "attribute") && !is(node, "identifier") &&
        !is(node, "call") && !is(node, "subscript"))
      return false;
    Symbol symbol = resolver_.resolve(node, scope_);
    return symbol.kind == Symbol::Kind::Path && symbol.path == path;
  }

  /// True when `node` (in `scope`) is boto3's default session:
  /// `boto3.DEFAULT_SESSION`, `boto3._get_default_session()`, or, in a
  /// function, a module-level name bound to one of them once.
  bool is_default_session(TSNode node, Scope scope) const {
    node = unparenthesize(node);
    const SyntaxTree &tree = scope.module->tree();
    std::string_view text = tree.text(node);
    if (is(node, "call")) {
      // `getattr(boto3, "DEFAULT_SESSION", None)`
      std::vector<TSNode> arguments = named_children(field(node, "arguments"));
      if (tree.text(field(node, "function")) == "getattr" &&
          arguments.size() >= 2 &&
          string_value(tree, arguments[1]) == std::string("DEFAULT_SESSION"))
        return resolver_.resolve(arguments[0], scope).path == "boto3";
      return text.find("_get_default_session") != std::string_view::npos &&
             resolver_.called_path(node, scope) == "boto3._get_default_session";
    }
    if (is(node, "attribute")) {
      if (text.find("DEFAULT_SESSION") == std::string_view::npos)
        return false;
      Symbol symbol = resolver_.resolve(node, scope);
      return symbol.kind == Symbol::Kind::Path &&
             symbol.path == "boto3.DEFAULT_SESSION";
    }
    // `boto3.__dict__["DEFAULT_SESSION"]`, `vars(boto3)["DEFAULT_SESSION"]`
    if (is(node, "subscript"))
      return string_value(tree, field(node, "subscript")) ==
                 std::string("DEFAULT_SESSION") &&
             is_boto3_namespace(field(node, "value"), scope);
    if (!is(node, "identifier") || !scope.function)
      return false;
    std::string name(scope.module->tree().text(node));
    // `from boto3 import DEFAULT_SESSION` in the function reads it then.
    if (auto imported = scope.function->bindings.imports.find(name);
        imported != scope.function->bindings.imports.end())
      return imported->second == "boto3.DEFAULT_SESSION";
    if (scope.function->bindings.binds(name))
      return false;
    auto values = scope.module->bindings().assignments.find(name);
    return values != scope.module->bindings().assignments.end() &&
           values->second.size() == 1 &&
           is_default_session(values->second.front(), {scope.module, nullptr});
  }

  /// True when `node` is boto3's namespace as a mapping: `boto3.__dict__`,
  /// `vars(boto3)`.
  bool is_boto3_namespace(TSNode node, Scope scope) const {
    node = unparenthesize(node);
    const SyntaxTree &tree = scope.module->tree();
    if (is(node, "attribute") && tree.text(field(node, "attribute")) == "__dict__")
      return resolver_.resolve(field(node, "object"), scope).path == "boto3";
    if (is(node, "call") && tree.text(field(node, "function")) == "vars") {
      std::vector<TSNode> arguments = named_children(field(node, "arguments"));
      return arguments.size() == 1 &&
             resolver_.resolve(arguments[0], scope).path == "boto3";
    }
    return false;
  }

  /// True when `session` is used only to build a client or resource
  /// (`boto3.DEFAULT_SESSION.client("s3")`), which leaves it as it was.
  bool builds_only(TSNode session) const {
    TSNode parent = ts_node_parent(session);
    if (!is(parent, "attribute") || !ts_node_eq(field(parent, "object"), session) ||
        !is(ts_node_parent(parent), "call"))
      return false;
    std::string_view method = tree_.text(field(parent, "attribute"));
    return method == "client" || method == "resource";
  }

  /// True when `node` is the environment: `os.environ`, its bytes view
  /// `os.environb`, a name it was passed to (`aliases_`) or, for a module
  /// that reaches it passed on, that name's `environ`.
  bool is_environ(TSNode node) const {
    node = unparenthesize(node);
    if (is(node, "attribute")) {
      std::string_view member = tree_.text(field(node, "attribute"));
      if ((member == "environ" || member == "environb") &&
          (is_alias(field(node, "object")) || may_be_os(field(node, "object"))))
        return true;
      // Its store (`os.environ._data[b"AWS_REGION"] = ...`) is what
      // reading it gives.
      if (member == "_data" && is_environ(field(node, "object")))
        return true;
    }
    // A computed attribute of `os` (`getattr(os, "env" + "iron")`) may be
    // its environment.
    if (is(node, "call") && tree_.text(field(node, "function")) == "getattr" &&
        is(field(node, "function"), "identifier") &&
        !resolver_.resolve(field(node, "function"), scope_).known()) {
      std::vector<TSNode> arguments =
          named_children(field(node, "arguments"));
      if (arguments.size() >= 2 && !string_value(tree_, arguments[1]) &&
          resolves_to(arguments[0], "os"))
        return true;
    }
    // A module's globals hold its environment under that name
    // (`os.getenv.__globals__["environ"]`).
    if (is(node, "subscript")) {
      std::optional<std::string> key =
          string_value(tree_, field(node, "subscript"));
      if (key && (*key == "environ" || *key == "environb"))
        return true;
    }
    if ((is(node, "identifier") || is(node, "attribute")) &&
        is_environment_view(resolver_.resolve(node, scope_)))
      return true; // `starlette.config.environ`
    return is_alias(node) || resolves_to(node, "os.environ") ||
           resolves_to(node, "os.environb") ||
           resolves_to(node, "os.environ._data") ||
           resolves_to(node, "os.environb._data");
  }

  /// True when `name`, a name of this scope, is assigned the environment
  /// somewhere in it (`env = os.environ`): an augmented assignment to it
  /// (`env |= {...}`) changes the environment in place, though the
  /// resolver, seeing it rebound, cannot tell what it holds.
  bool bound_to_environ(TSNode name) const {
    if (!is(name, "identifier"))
      return false;
    const ScopeBindings &bindings = scope_.function
                                        ? scope_.function->bindings
                                        : scope_.module->bindings();
    auto values = bindings.assignments.find(std::string(tree_.text(name)));
    return values != bindings.assignments.end() &&
           std::any_of(values->second.begin(), values->second.end(),
                       [&](TSNode value) { return is_environ(value); });
  }

  /// True when `module` may be `os` reached another way: another module's
  /// name for it (`subprocess.os`, `tempfile._os`, a project module's
  /// `util.os`) or what a call or lookup gives (`sys.modules["posixpath"]
  /// .os`, `inspect.getmodule(os.getenv)`), whose `environ` is then the
  /// environment.
  bool may_be_os(TSNode module) const {
    module = unparenthesize(module);
    if (is(module, "call") || is(module, "subscript"))
      return true;
    auto names_os = [](std::string_view dotted) {
      std::string_view last = dotted.substr(dotted.rfind('.') + 1);
      return last == "os" || last == "_os";
    };
    if (!is(module, "attribute") && !is(module, "identifier"))
      return false;
    Symbol symbol = resolver_.resolve(module, scope_);
    return names_os(tree_.text(module)) ||
           (symbol.kind == Symbol::Kind::Path && names_os(symbol.path));
  }

  bool is_alias(TSNode node) const {
    node = unparenthesize(node);
    return is(node, "identifier") &&
           std::count(aliases_.begin(), aliases_.end(), tree_.text(node));
  }

  /// True when `node`, as a value, gives whoever gets it a way to change
  /// the environment: the environment itself, the modules that hold it and
  /// the default session (`os`, `boto3`: `setattr(boto3, "DEFAULT_SESSION",
  /// ...)`), or a function that writes it (`boto3.setup_default_session`).
  bool reaches_environment(TSNode node) const {
    if (is_environ(node))
      return true;
    // `__import__("boto3")`, `importlib.import_module("os")` too.
    if (!is(node, "identifier") && !is(node, "attribute") &&
        !is(node, "subscript") && !is(node, "call"))
      return false;
    Symbol symbol = resolver_.resolve(node, scope_);
    if (symbol.kind != Symbol::Kind::Path)
      return false;
    static const char *kReaching[] = {"os", "boto3", "os.putenv", "os.unsetenv",
                                      "boto3.setup_default_session"};
    return std::any_of(std::begin(kReaching), std::end(kReaching),
                       [&](const char *path) { return symbol.path == path; });
  }

  void add(TSNode node, std::vector<std::string> keys, bool deferred = false,
           std::string changes = kChangesEnvironment) {
    // A write that names no variable changes any of them.
    if (keys.empty() || std::count(keys.begin(), keys.end(), ""))
      keys.clear();
    std::string text(tree_.text(node));
    if (text.size() > 60 || text.find('\n') != std::string::npos)
      text = std::string(tree_.text(node).substr(0, text.find_first_of("(=\n"))) +
             "...";
    bool import_state = changes == kChangesImports;
    writes.push_back({node, std::move(text),
                      source_place(*tree_.file(), ts_node_start_byte(node)),
                      std::move(keys), deferred, std::move(changes)});
    writes.back().import_state = import_state;
  }

  const NameResolver &resolver_;
  Scope scope_;
  const SyntaxTree &tree_;
  int follow_calls_;
  std::vector<std::string> aliases_;
  int depth_;
  /// The modules imported already or being imported where this code runs,
  /// besides its own (those whose import led here): importing one again
  /// runs none of its code.
  std::vector<const ModuleModel *> loading_;
  /// The SDK files the function's environment names, or null.
  const SdkConfigFiles *sdk_files_ = nullptr;
  /// A walk of a module's code (add_module_code): its writes, and the
  /// modules loading where it ran whose imports it skipped.
  struct ModuleCodeWalk {
    std::vector<std::string> skipped;
    std::vector<EnvironmentWrite> writes;
  };
  /// Shared with the finders this one hands its context to: the walks of
  /// module code by depth and file, and every import of a loading module
  /// skipped so far, by file.
  struct ModuleCodeWalks {
    std::unordered_map<std::string, std::vector<ModuleCodeWalk>> walks;
    std::vector<std::string> skipped;
  };
  std::shared_ptr<ModuleCodeWalks> module_code_ =
      std::make_shared<ModuleCodeWalks>();
};

} // namespace

bool in_harmless_library(const NameResolver &resolver,
                         const ModuleModel &module) {
  std::vector<std::string> parts = path_components(module.path());
  if (parts.empty())
    return false;
  std::string &file = parts.back();
  file = file == "__init__.py" ? "" : file.substr(0, file.rfind('.'));
  for (std::size_t first = 0; first + 1 < parts.size(); ++first) {
    std::string dotted;
    for (std::size_t i = first; i < parts.size(); ++i)
      if (!parts[i].empty())
        dotted += (dotted.empty() ? "" : ".") + parts[i];
    if (resolver.catalogue().is_harmless(dotted))
      return true;
  }
  return false;
}

/// True when `text` (a module) has an import indented, as in a function
/// (`def f():\n    import envdefaults`): a byte scan.
bool has_indented_import(std::string_view text) {
  for (std::size_t at = text.find('\n'); at != std::string_view::npos;
       at = text.find('\n', at + 1)) {
    std::size_t start = text.find_first_not_of(" \t", at + 1);
    if (start == std::string_view::npos)
      return false;
    if (start > at + 1 && (text.compare(start, 7, "import ") == 0 ||
                           text.compare(start, 5, "from ") == 0))
      return true;
  }
  return false;
}

bool may_write_environment(std::string_view text) {
  return has_indented_import(text) ||
         text.find("environ") != std::string_view::npos ||
         text.find("exec") != std::string_view::npos ||
         text.find("import_module") != std::string_view::npos ||
         text.find("__import__") != std::string_view::npos ||
         text.find("reload") != std::string_view::npos ||
         text.find("putenv") != std::string_view::npos ||
         text.find("unsetenv") != std::string_view::npos ||
         text.find("default_session") != std::string_view::npos ||
         text.find("DEFAULT_SESSION") != std::string_view::npos ||
         text.find("load_dotenv") != std::string_view::npos ||
         text.find("sys.path") != std::string_view::npos ||
         text.find("sys.modules") != std::string_view::npos ||
         text.find("meta_path") != std::string_view::npos ||
         text.find("path_hooks") != std::string_view::npos ||
         text.find("addsitedir") != std::string_view::npos ||
         text.find("chdir") != std::string_view::npos ||
         text.find("entry_point") != std::string_view::npos ||
         text.find("EntryPoint") != std::string_view::npos ||
         text.find("stevedore") != std::string_view::npos;
}

bool may_write_files(std::string_view text) {
  auto has = [&](std::string_view word) {
    return text.find(word) != std::string_view::npos;
  };
  // `open(...)` of every kind (builtins, io, codecs, os, a Path's, popen),
  // pathlib's writers, shutil's copies, child processes, archives extracted.
  for (std::string_view word :
       {"open(", "write_text", "write_bytes", "touch(", "shutil", "subprocess",
        "extract", "os.replace", "os.rename", "os.link", "os.symlink",
        "os.system"})
    if (has(word))
      return true;
  // `from os import replace` and the like, named alone when called.
  for (std::size_t at = text.find("from os import");
       at != std::string_view::npos;
       at = text.find("from os import", at + 1)) {
    std::size_t end = text.find_first_of(")\n", at);
    if (end != std::string_view::npos && text[end] == ')')
      ++end;
    std::string_view names = text.substr(at, end == std::string_view::npos
                                                 ? std::string_view::npos
                                                 : end - at);
    for (std::string_view word : {"replace", "rename", "link", "system"})
      if (names.find(word) != std::string_view::npos)
        return true;
  }
  return false;
}

bool may_change_objects(std::string_view text) {
  for (std::string_view word : {"events", "register", "close", "setattr",
                                 "delattr", "__setitem__", "__delitem__",
                                 "__setstate__"})
    if (text.find(word) != std::string_view::npos)
      return true;
  return false;
}

namespace {

/// True when `code`, a line of Python, sets a dotted name's attribute
/// (`self.region = ...`, `handler.calls += 1`; not `==`).
bool sets_attribute(std::string_view code) {
  std::size_t at = 0;
  auto identifier = [&] {
    std::size_t start = at;
    while (at < code.size() &&
           (std::isalnum(static_cast<unsigned char>(code[at])) ||
            code[at] == '_'))
      ++at;
    return at > start;
  };
  if (!identifier())
    return false;
  bool dotted = false;
  while (at < code.size() && code[at] == '.') {
    ++at;
    if (!identifier())
      return false;
    dotted = true;
  }
  at = std::min(code.find_first_not_of(" \t", at), code.size());
  if (!dotted || at == code.size())
    return false;
  if (code[at] == '=')
    return at + 1 == code.size() || code[at + 1] != '=';
  return at + 1 < code.size() && code[at + 1] == '=' &&
         std::string_view("+-*/%|&^").find(code[at]) != std::string_view::npos;
}

/// True when a function of `text` other than `__init__` sets an attribute
/// (sets_attribute): a method changing the instance it is called on
/// (`self.region = ...`), a function setting one of its own or another
/// function's: state its importers may read. `__init__` sets up an object
/// once.
bool sets_attribute_after_init(std::string_view text) {
  std::vector<std::pair<std::size_t, bool>> open; // (indent, is __init__)
  return any_line(text, [&](std::string_view code, std::size_t indent) {
    while (!open.empty() && open.back().first >= indent)
      open.pop_back();
    if (code.rfind("async ", 0) == 0)
      code.remove_prefix(6);
    if (code.rfind("def ", 0) == 0) {
      open.push_back({indent, code.rfind("def __init__", 0) == 0});
      return false;
    }
    return !open.empty() && !open.back().second && sets_attribute(code);
  });
}

} // namespace

bool may_compute_when_read(std::string_view text) {
  for (std::string_view word :
       {"property", "__getattr__", "__getattribute__", "__get__"})
    if (text.find(word) != std::string_view::npos)
      return true;
  return false;
}

bool may_define_class(std::string_view text) {
  return text.rfind("class ", 0) == 0 ||
         text.find("\nclass ") != std::string_view::npos;
}

bool may_change_state_or_handle_errors(std::string_view text) {
  for (std::string_view word :
       {"except", ".update(", ".setdefault(", ".pop(", ".popitem(", ".clear(",
        ".append(", ".extend(", ".insert(", ".remove(", ".add(", ".discard(",
        "__setitem__"})
    if (text.find(word) != std::string_view::npos)
      return true;
  // An item written: `SETTINGS["region"] = ...` (not `==`).
  for (std::size_t at = text.find(']'); at != std::string_view::npos;
       at = text.find(']', at + 1)) {
    std::size_t next = text.find_first_not_of(" \t", at + 1);
    if (next != std::string_view::npos && text[next] == '=' &&
        (next + 1 == text.size() || text[next + 1] != '='))
      return true;
  }
  return sets_attribute_after_init(text);
}

bool may_hand_out_state(std::string_view text) {
  auto identifier_at = [](std::string_view code, std::size_t at) {
    std::size_t end = at;
    while (end < code.size() &&
           (std::isalnum(static_cast<unsigned char>(code[end])) ||
            code[end] == '_'))
      ++end;
    return code.substr(at, end - at);
  };
  auto rest_is = [](std::string_view code, std::size_t at) {
    std::size_t next = code.find_first_not_of(" \t", at);
    return next == std::string_view::npos || code[next] == '#' ||
           code[next] == '\r' || code[next] == ')' || code[next] == ',';
  };
  // The names module-level lines bind by assignment (`DEFAULTS = {...}`).
  std::unordered_set<std::string_view> bound;
  any_line(text, [&](std::string_view code, std::size_t indent) {
    std::string_view name = identifier_at(code, 0);
    std::size_t next = code.find_first_not_of(" \t", name.size());
    if (indent == 0 && !name.empty() && next != std::string_view::npos &&
        code[next] == '=' && (next + 1 == code.size() || code[next + 1] != '='))
      bound.insert(name);
    return false;
  });
  if (bound.empty())
    return false;
  // What follows `at` is one of those names, and nothing more.
  auto names_bound = [&](std::string_view code, std::size_t at) {
    at = std::min(code.find_first_not_of(" \t", at), code.size());
    std::string_view name = identifier_at(code, at);
    return !name.empty() && bound.count(name) && rest_is(code, at + name.size());
  };
  return any_line(text, [&](std::string_view code, std::size_t indent) {
    for (std::string_view keyword : {"return ", "yield "})
      if (code.rfind(keyword, 0) == 0 && names_bound(code, keyword.size()))
        return true;
    for (std::size_t at = code.find("lambda"); at != std::string_view::npos;
         at = code.find("lambda", at + 1))
      if (std::size_t colon = code.find(':', at);
          colon != std::string_view::npos && names_bound(code, colon + 1))
        return true;
    // `cfg = DEFAULTS` in a function.
    std::string_view local = identifier_at(code, 0);
    std::size_t next = code.find_first_not_of(" \t", local.size());
    return indent > 0 && !local.empty() && next != std::string_view::npos &&
           code[next] == '=' && next + 1 < code.size() &&
           code[next + 1] != '=' && names_bound(code, next + 1);
  });
}

namespace {

/// True when a `def` of `text` sits inside another `def`, by indentation.
bool nests_functions(std::string_view text) {
  // The indentations of the `def` and `class` lines around the current one.
  std::vector<std::pair<std::size_t, bool>> open; // (indent, is a def)
  return any_line(text, [&](std::string_view code, std::size_t indent) {
    if (code.rfind("async ", 0) == 0)
      code.remove_prefix(6);
    bool is_def = code.rfind("def ", 0) == 0;
    if (!is_def && code.rfind("class ", 0) != 0)
      return false;
    while (!open.empty() && open.back().first >= indent)
      open.pop_back();
    if (is_def && !open.empty() && open.back().second)
      return true;
    open.push_back({indent, is_def});
    return false;
  });
}

} // namespace

bool may_call_what_it_is_given(std::string_view text) {
  if (nests_functions(text))
    return true;
  auto identifier_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  };
  // The names in every `def` header's parentheses (annotations and
  // defaults too: the scan errs towards parsing).
  std::unordered_set<std::string_view> parameters;
  for (std::size_t at = text.find("def "); at != std::string_view::npos;
       at = text.find("def ", at + 4)) {
    std::size_t open = text.find('(', at);
    if (open == std::string_view::npos)
      return true;
    std::size_t close = open;
    for (int depth = 0; close < text.size(); ++close) {
      depth += text[close] == '(' ? 1 : text[close] == ')' ? -1 : 0;
      if (depth == 0)
        break;
    }
    for (std::size_t i = open; i < close;) {
      std::size_t start = i;
      while (i < close && identifier_char(text[i]))
        ++i;
      if (i > start && !std::isdigit(static_cast<unsigned char>(text[start])))
        parameters.insert(text.substr(start, i - start));
      i += i == start;
    }
  }
  for (std::string_view ignored : {"self", "cls"})
    parameters.erase(ignored);
  // Any of them called, as a name or an attribute (`fn(`, `self.fn(`).
  for (std::size_t at = text.find('('); at != std::string_view::npos;
       at = text.find('(', at + 1)) {
    std::size_t end = at;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t'))
      --end;
    std::size_t start = end;
    while (start > 0 && identifier_char(text[start - 1]))
      --start;
    if (start < end && parameters.count(text.substr(start, end - start)) &&
        (start < 4 || text.substr(start - 4, 4) != "def "))
      return true;
  }
  return false;
}

bool may_define_never_returning(std::string_view text) {
  for (std::string_view word : {"raise", "exit(", "abort("})
    if (text.find(word) != std::string_view::npos)
      return true;
  return false;
}

namespace {

/// The first argument of `call` when it takes a member of it
/// (`getattr(x.meta, "events")`), its namespace, whose items are its members
/// (`vars(x.meta)["events"]`), or binds it (`functools.partial(x.method,
/// ...)`), whatever it is called with: null for any other call.
TSNode member_taken(const SyntaxTree &tree, TSNode call) {
  TSNode callee = field(call, "function");
  std::string_view name = called_name(tree, callee);
  if (name != "getattr" && name != "partial" && name != "vars")
    return {};
  TSNode first = ts_node_named_child(field(call, "arguments"), 0);
  return ts_node_is_null(first) || is(first, "keyword_argument") ||
                 is(first, "list_splat")
             ? TSNode{}
             : first;
}

/// The object whose member or item `call` gives back, as it is, by a
/// method: `x.__getattribute__("meta")` (or `object.__getattribute__(x,
/// "meta")`), `x.setdefault(k, [])`, `x.__getitem__(k)`; null for any other
/// call. What is done to the result is done to a part of `x`.
TSNode member_given_back(const SyntaxTree &tree, TSNode call) {
  TSNode callee = field(call, "function");
  if (!is(callee, "attribute"))
    return {};
  std::string_view method = tree.text(field(callee, "attribute"));
  std::vector<TSNode> arguments = named_children(field(call, "arguments"));
  if (method == "__getattribute__" || method == "__getattr__")
    return arguments.size() == 2 && !is(arguments[0], "keyword_argument")
               ? arguments[0]
               : field(callee, "object");
  if (method == "setdefault" || method == "__getitem__")
    return field(callee, "object");
  return {};
}

/// True when `call` takes a component of a session, which changed changes
/// the session (`bs.get_component("credential_provider")`); its
/// credentials too: `get_credentials()` returns the session's own cached
/// Credentials, which its clients sign with (`creds.secret_key = "***"`).
/// So does a urllib3 PoolManager's pool for a host (`http.
/// connection_from_url(url)`): the manager keeps it, and the headers set on
/// it go with every later request to that host.
bool takes_component(const SyntaxTree &tree, TSNode call) {
  static const char *kComponentGetters[] = {
      "get_component",           "_get_internal_component",
      "get_credentials",         "connection_from_url",
      "connection_from_host",    "connection_from_context",
      "connection_from_pool_key"};
  TSNode callee = field(call, "function");
  if (!is(callee, "attribute"))
    return false;
  std::string_view method = tree.text(field(callee, "attribute"));
  return std::any_of(std::begin(kComponentGetters), std::end(kComponentGetters),
                     [&](const char *getter) { return method == getter; });
}

/// The object and method of a call through `getattr` (`getattr(x,
/// "register")(...)`): the object, and the method's name when it is a
/// string ("" otherwise); a null object for any other call.
std::pair<TSNode, std::string> getattr_call(const SyntaxTree &tree,
                                            TSNode call) {
  TSNode callee = field(call, "function");
  if (!is(callee, "call") ||
      tree.text(field(callee, "function")) != "getattr")
    return {};
  std::vector<TSNode> arguments = named_children(field(callee, "arguments"));
  if (arguments.size() < 2)
    return {};
  return {arguments[0], string_value(tree, arguments[1]).value_or("")};
}

/// True when `callee` sets or deletes an attribute of the object given
/// first: `setattr`, `delattr` (not rebound in `function`), or a class's
/// `__setattr__`, `__delattr__` (`object.__setattr__(x, "a", v)`).
bool sets_attribute_of_first(const SyntaxTree &tree,
                             const FunctionInfo &function, TSNode callee) {
  if (is(callee, "attribute")) {
    std::string_view method = tree.text(field(callee, "attribute"));
    return method == "__setattr__" || method == "__delattr__";
  }
  std::string_view name = tree.text(callee);
  return is(callee, "identifier") && (name == "setattr" || name == "delattr") &&
         !function.bindings.binds(std::string(name));
}

/// The object whose attribute `call` sets or deletes by name, or null:
/// `setattr(x, "a", v)`, `object.__setattr__(x, "a", v)`, or a partial
/// that binds one of them to it (`functools.partial(setattr, x)`), which
/// sets it whenever it is called.
TSNode attribute_set_on(const SyntaxTree &tree, const FunctionInfo &function,
                        TSNode call) {
  TSNode callee = field(call, "function");
  std::vector<TSNode> arguments = named_children(field(call, "arguments"));
  std::size_t object = 0;
  if (!sets_attribute_of_first(tree, function, callee)) {
    std::string_view name = called_name(tree, callee);
    if (name != "partial" || arguments.empty() ||
        !sets_attribute_of_first(tree, function, arguments.front()))
      return {};
    object = 1;
  }
  if (object >= arguments.size() ||
      is(arguments[object], "keyword_argument") ||
      is(arguments[object], "list_splat"))
    return {};
  return arguments[object];
}

/// How `function` configures what `path` reaches, or "": an attribute or
/// item set on it (`x.auth = ...`), a method of one of its parts called
/// (`x.meta.events.register(...)`, `x.headers.update(...)`, also through
/// `getattr`), or one of its own methods that `methods` says configures it;
/// the first in source order; or a decorator made of one of its parts. When `path` reaches a part of the object
/// (`part`), any method called on it whose result is unused may configure
/// the object.
std::string configuration_of(const ApiCatalogue &catalogue,
                             const SyntaxTree &tree,
                             const FunctionInfo &function,
                             std::string_view path, const MethodCalls &methods,
                             bool part) {
  std::optional<TSNode> target, call;
  for (TSNode left : function.written_targets)
    if (steps_from(tree, left, path) > 0) {
      target = left;
      break;
    }
  // An augmented assignment changes a mutable object in place (`out |=
  // {...}` on a dict, `+=` on a list); a client's `s3 += 1` rebinds.
  // A local bound to a part (`r = s3.meta.config.retries; r |= {...}`)
  // holds a dict or list of the object's.
  if (!target && (part || methods.configures("__iadd__", true)))
    for_each_in_scope(function.body, [&](TSNode node) {
      if (is(node, "augmented_assignment") &&
          steps_from(tree, field(node, "left"), path) == 0)
        target = field(node, "left");
      return !target;
    });
  for (TSNode node : function.calls) {
    TSNode callee = field(node, "function");
    // `setattr(x.meta.config, "read_timeout", t)` is `x.meta.config.
    // read_timeout = t`: an attribute set on it or a part of it.
    if (TSNode object = attribute_set_on(tree, function, node);
        !ts_node_is_null(object) && steps_from(tree, object, path) >= 0) {
      call = node;
      break;
    }
    auto [object, method] = getattr_call(tree, node);
    bool dynamic = !ts_node_is_null(object);
    if (!dynamic && is(callee, "attribute")) {
      object = field(callee, "object");
      method = tree.text(field(callee, "attribute"));
    }
    // A part called itself is one of its bound methods (`register =
    // s3.meta.events.register`, then `register(...)`).
    if (part && !dynamic && steps_from(tree, callee, path) == 0 &&
        result_unused(node)) {
      call = node;
      break;
    }
    if (ts_node_is_null(object))
      continue;
    int steps = steps_from(tree, object, path);
    // A part's reading method (`x.connection_pool_kw.get("timeout")`, a
    // getter whose result is used: `session.get_credentials().
    // get_frozen_credentials()`) reads; a boto3 resource's client
    // (`ddb.meta.client.list_tables()`) calls the service, as a client's own
    // methods do.
    bool getter = method.rfind("get_", 0) == 0 && !result_unused(node);
    // A string's or number's method (`s3.meta.config.user_agent.split(...)`)
    // makes a new value.
    bool of_value = is(unparenthesize(object), "attribute") &&
                    catalogue.holds_value(
                        tree.text(field(unparenthesize(object), "attribute")));
    bool configures = steps > 0 && !reads_container(method) && !getter &&
                      !of_value &&
                      !(steps == 2 && !dynamic &&
                        tree.text(object) == std::string(path) + ".meta.client");
    if (steps == 0 && part)
      configures = result_unused(node);
    else if (steps == 0)
      configures = (dynamic && method.empty()) ||
                   methods.configures(method, result_unused(node));
    if (configures) {
      call = node;
      break;
    }
  }
  // A decorator made of a part calls it with what it decorates
  // (`@functools.partial(on, "before-call...")`, `on =
  // s3.meta.events.register`).
  if (!call)
    for_each_in_scope(function.body, [&](TSNode node) {
      if (is(node, "decorator")) {
        int steps = steps_from(tree, ts_node_named_child(node, 0), path);
        if (steps > 0 || (steps == 0 && part))
          call = node;
      }
      return !call;
    });
  if (target &&
      (!call || ts_node_start_byte(*target) <= ts_node_start_byte(*call))) {
    TSNode statement = ts_node_parent(*target);
    if (is(statement, "augmented_assignment"))
      return std::string(tree.text(*target)) + " " +
             std::string(tree.text(field(statement, "operator"))) + " ...";
    return written_as(tree, *target);
  }
  if (call && is(*call, "decorator"))
    return std::string(tree.text(*call));
  if (call)
    return std::string(tree.text(field(*call, "function"))) + "(...)";
  return "";
}

/// How `function` ends the life of what `path` reaches, or "": a close-like
/// method called on it (`conn.close()`) or taken as a value, which whoever
/// gets it calls (`stack.callback(conn.close)`), a `with` block on it
/// (whose exit may close it), or `contextlib.closing(conn)`, which closes
/// it when its own block ends; the first in source order.
std::string closing_of(const SyntaxTree &tree, const FunctionInfo &function,
                       std::string_view path) {
  static const char *kClosing[] = {"close",    "disconnect", "dispose",
                                   "shutdown", "terminate",  "release"};
  std::optional<TSNode> with, call;
  for (TSNode value : function.with_values)
    if (tree.text(value) == path) {
      with = value;
      break;
    }
  walk_named_descendants(function.body, [&](TSNode node) {
    if (!call && is(node, "call")) {
      TSNode callee = field(node, "function");
      TSNode first = ts_node_named_child(field(node, "arguments"), 0);
      if (called_name(tree, callee) == "closing" && !ts_node_is_null(first) &&
          steps_from(tree, first, path) == 0)
        call = node;
    }
    if (call || !is(node, "attribute") ||
        steps_from(tree, field(node, "object"), path) != 0)
      return !call;
    std::string_view method = tree.text(field(node, "attribute"));
    if (std::any_of(std::begin(kClosing), std::end(kClosing),
                    [&](const char *closing) { return method == closing; }))
      call = is(ts_node_parent(node), "call") &&
                     ts_node_eq(field(ts_node_parent(node), "function"), node)
                 ? ts_node_parent(node)
                 : node;
    return !call;
  });
  if (with && (!call || ts_node_start_byte(*with) <= ts_node_start_byte(*call)))
    return "with " + std::string(path);
  if (call)
    return std::string(tree.text(*call));
  return "";
}

/// What a call of `method` (of `module`) made in `caller` on its own
/// instance or class (`self.instrument(s3)`, `cls.configure(c)`) may run: `method`, and what the
/// subclasses of its class, in the files checked, run for it (the handler
/// may be an instance of one: `handler = Traced()`): their overrides, or a
/// mixin's method before it in their bases.
std::vector<std::pair<const ModuleModel *, const FunctionInfo *>>
method_and_overrides(const NameResolver &resolver,
                     const ModuleModel &caller_module,
                     const FunctionInfo &caller, TSNode call,
                     const ModuleModel &module, const FunctionInfo &method) {
  std::vector<std::pair<const ModuleModel *, const FunctionInfo *>> run{
      {&module, &method}};
  TSNode callee = field(call, "function");
  // `self.configure(c)`, and a classmethod's `cls.configure(c)`.
  const Parameter *self = caller.bound_parameter();
  const ClassInfo *owner = module.class_named(method.class_name);
  if (!owner || !self || !is(callee, "attribute") ||
      caller_module.tree().text(field(callee, "object")) != self->name)
    return run;
  // What a subclass's instances run instead: its own override, or one a
  // base before the method's class gives it (a mixin's:
  // `class Handler(TracingMixin, Base)`).
  for (const ModuleModel *subclassing :
       modules_subclassing(resolver, module, *owner))
    for (const ClassInfo &cls : subclassing->classes()) {
      if (&cls == owner ||
          !derives_from(resolver, *subclassing, cls, module, owner->name))
        continue;
      Symbol subclass;
      subclass.kind = Symbol::Kind::Class;
      subclass.cls = &cls;
      subclass.module = subclassing;
      Symbol runs = resolver.member(subclass, method.name);
      if (runs.kind == Symbol::Kind::Function && runs.function && runs.module &&
          std::none_of(run.begin(), run.end(), [&](const auto &one) {
            return one.second == runs.function;
          }))
        run.emplace_back(runs.module, runs.function);
    }
  return run;
}

ObjectChange change_in(const NameResolver &resolver, const ModuleModel &module,
                       const FunctionInfo &function, std::string_view path,
                       const MethodCalls &methods, bool part, int depth,
                       TSNode moved_with = {});

/// True when `node`, a part of what `path` reaches, goes through its event
/// hooks (`s3.meta.events.register`, `getattr(s3.meta, "events")`,
/// `vars(s3.meta)["events"]`).
bool through_event_hooks(const SyntaxTree &tree, TSNode node,
                         std::string_view path) {
  for (node = unparenthesize(node); tree.text(node) != path;
       node = unparenthesize(node)) {
    if (is(node, "attribute")) {
      if (tree.text(field(node, "attribute")) == "events")
        return true;
      node = field(node, "object");
    } else if (is(node, "subscript")) {
      if (string_value(tree, field(node, "subscript")).value_or("") ==
          "events")
        return true;
      node = field(node, "value");
    } else if (is(node, "call") && !ts_node_is_null(member_taken(tree, node))) {
      std::vector<TSNode> arguments = named_children(field(node, "arguments"));
      if (arguments.size() > 1 &&
          string_value(tree, arguments[1]).value_or("") == "events")
        return true;
      node = member_taken(tree, node);
    } else {
      return false;
    }
  }
  return false;
}

/// True when `node` is rooted at a module-level name of `module` that
/// `function` does not bind (`CLIENTS`, `REGISTRY["s3"]`): state that
/// outlives the invocation.
bool module_state(const SyntaxTree &tree, const ModuleModel &module,
                  const FunctionInfo &function, TSNode node) {
  node = unparenthesize(node);
  while (is(node, "attribute") || is(node, "subscript"))
    node = unparenthesize(
        is(node, "attribute") ? field(node, "object") : field(node, "value"));
  if (!is(node, "identifier"))
    return false;
  std::string name(tree.text(node));
  return (!function.bindings.binds(name) ||
          function.bindings.globals.count(name)) &&
         module.bindings().assignments.count(name);
}

} // namespace

/// Builtins that give back a plain value (or nothing) made from what they
/// are given, never the object itself or something holding it.
bool gives_plain_value(std::string_view name) {
  static const std::unordered_set<std::string_view> kPlain = {
      "print", "str",    "repr",       "len",   "bool",     "isinstance",
      "type",  "dir",    "issubclass", "hash",  "hasattr",  "callable",
      "id",    "format", "ascii",      "int",   "float",    "all",
      "any",   "sum",    "abs",        "round", "divmod"};
  return kPlain.count(name) > 0;
}

namespace {

/// The project functions among the arguments of `call` (a callback given
/// with the object: `pool.submit(instrument, s3)`, `partial(process, s3)`).
std::vector<std::pair<const ModuleModel *, const FunctionInfo *>>
callbacks_of(const NameResolver &resolver, Scope scope, TSNode call) {
  std::vector<std::pair<const ModuleModel *, const FunctionInfo *>> found;
  for (TSNode argument : named_children(field(call, "arguments"))) {
    TSNode value = is(argument, "keyword_argument") ? field(argument, "value")
                                                    : argument;
    Symbol symbol = resolver.resolve(value, scope);
    if (symbol.kind == Symbol::Kind::Function && symbol.function)
      found.emplace_back(symbol.module, symbol.function);
  }
  return found;
}

/// How `function` lets code outside it keep or look up what `path` reaches
/// beyond the invocation without calling anything with it, or "": a key of
/// module state (`USES[s3]`), which the next invocation finds again.
std::string kept_as_key(const SyntaxTree &tree, const ModuleModel &module,
                        const FunctionInfo &function, std::string_view path) {
  std::string how;
  walk_named_descendants(function.body, [&](TSNode node) {
    if (is(node, "subscript") &&
        module_state(tree, module, function, field(node, "value")))
      for (TSNode index : fields(node, "subscript"))
        if (tree.text(unparenthesize(index)) == path)
          how = "'" + display_name(function) + "' uses '" + std::string(path) +
                "' as a key of '" + std::string(tree.text(field(node, "value"))) +
                "', which outlives the invocation";
    return how.empty();
  });
  return how;
}

/// True when `function` may reach the items of `container`, a local it
/// puts an object in, other than to store more (`clients.append(x)`,
/// `clients[k] = x`) or to learn a plain value of it (`len(clients)`): not
/// a local list it builds itself (a parameter, a global, a name of an
/// enclosing function), or one it reads otherwise (`clients[0]`, `for c in
/// clients`, passed or returned).
bool items_reached(const SyntaxTree &tree, const FunctionInfo &function,
                   std::string_view container) {
  std::string name(container);
  if (!function.bindings.assignments.count(name) ||
      function.bindings.globals.count(name) ||
      std::any_of(function.parameters.begin(), function.parameters.end(),
                  [&](const Parameter &p) { return p.name == name; }))
    return true;
  bool reached = false;
  walk_named_descendants(function.body, [&](TSNode node) {
    if (!is(node, "identifier") || tree.text(node) != container)
      return !reached;
    TSNode parent = ts_node_parent(node);
    TSNode grand = ts_node_parent(parent);
    bool stores =
        (is(parent, "attribute") && is(grand, "call") &&
         ts_node_eq(field(grand, "function"), parent) &&
         stores_in_container(tree.text(field(parent, "attribute")))) ||
        (is(parent, "subscript") && ts_node_eq(field(parent, "value"), node) &&
         is(grand, "assignment") && ts_node_eq(field(grand, "left"), parent));
    bool binds =
        is(parent, "assignment") && ts_node_eq(field(parent, "left"), node);
    bool counted = is(parent, "argument_list") && is(grand, "call") &&
                   gives_plain_value(tree.text(field(grand, "function")));
    reached = !stores && !binds && !counted;
    return !reached;
  });
  return reached;
}

/// How `function` changes what `node` (a call in it) gives, in place, or
/// "": an item or attribute set on it (`f(cfg)[k] = v`), or a mutating
/// method of it called (`f(cfg).update(...)`).
std::string written_through(const SyntaxTree &tree, const FunctionInfo &function,
                            TSNode node) {
  auto reaches = [&](TSNode part) {
    for (part = unparenthesize(part);
         is(part, "attribute") || is(part, "subscript");
         part = unparenthesize(is(part, "attribute") ? field(part, "object")
                                                     : field(part, "value")))
      if (ts_node_eq(part, node))
        return true;
    return ts_node_eq(part, node);
  };
  for (TSNode target : function.written_targets)
    if ((is(target, "attribute") || is(target, "subscript")) &&
        reaches(is(target, "attribute") ? field(target, "object")
                                        : field(target, "value")))
      return written_as(tree, target);
  for (TSNode call : function.calls) {
    TSNode callee = field(call, "function");
    if (is(callee, "attribute") &&
        std::count(container_mutating_methods().begin(),
                   container_mutating_methods().end(),
                   tree.text(field(callee, "attribute"))) &&
        reaches(field(callee, "object")))
      return std::string(tree.text(callee)) + "(...)";
  }
  return "";
}

/// How `function` stores what `path` reaches as an item of a container
/// (`holder["s3"] = s3`, `clients.append(s3)` on a local `clients`) whose
/// items it, or code it hands the container to, may reach and configure,
/// where hoist does not follow them; "" when it does not, or only counts
/// them.
std::string stored_as_item(const SyntaxTree &tree, const FunctionInfo &function,
                           std::string_view path) {
  auto how = [&](TSNode container, TSNode code) -> std::string {
    container = unparenthesize(container);
    if (is(container, "identifier") &&
        !items_reached(tree, function, tree.text(container)))
      return "";
    return "'" + display_name(function) + "' puts '" + std::string(path) +
           "' in '" + std::string(tree.text(container)) + "' ('" +
           std::string(tree.text(code)) +
           "'), whose items hoist does not follow";
  };
  for (TSNode target : function.written_targets) {
    TSNode assignment = ts_node_parent(target);
    if (is(target, "subscript") && is(assignment, "assignment") &&
        tree.text(unparenthesize(field(assignment, "right"))) == path)
      if (std::string stored = how(field(target, "value"), assignment);
          !stored.empty())
        return stored;
  }
  for (TSNode call : function.calls) {
    TSNode callee = field(call, "function");
    if (!is(callee, "attribute") ||
        !stores_in_container(tree.text(field(callee, "attribute"))))
      continue;
    for (TSNode argument : named_children(field(call, "arguments")))
      if (tree.text(unparenthesize(is(argument, "keyword_argument")
                                       ? field(argument, "value")
                                       : argument)) == path)
        if (std::string stored = how(field(callee, "object"), call);
            !stored.empty())
          return stored;
  }
  return "";
}

/// The first `giving` node in `function` (a `return_statement`, or a
/// `yield`) that gives back a part of what `path` reaches (`return
/// client.meta.events`, `yield getattr(client, "meta")`), also through a
/// local bound to one, or, when `path` is a part itself, that; null when
/// none.
TSNode part_given_back(const SyntaxTree &tree, const FunctionInfo &function,
                       std::string_view path, bool part,
                       std::string_view giving) {
  auto is_part = [&](TSNode value) {
    int steps = steps_from(tree, value, path);
    return steps > 0 || (steps == 0 && part);
  };
  TSNode found{};
  for_each_in_scope(function.body, [&](TSNode node) {
    TSNode value =
        is(node, giving) ? ts_node_named_child(node, 0) : TSNode{};
    if (!ts_node_is_null(found) || ts_node_is_null(value))
      return ts_node_is_null(found);
    bool gives = is_part(value);
    if (auto local = function.bindings.assignments.find(
            std::string(tree.text(unparenthesize(value))));
        !gives && is(unparenthesize(value), "identifier") &&
        local != function.bindings.assignments.end())
      gives = std::any_of(local->second.begin(), local->second.end(), is_part);
    if (gives)
      found = node;
    return !gives;
  });
  return found;
}

/// "changes it ('...')" for a change a function that is given the object
/// makes, "tells it from ..." for an observation.
std::string what_it_does(const ObjectChange &change) {
  return (change.kind == ObjectChange::Kind::Observed
              ? "tells it from other objects by identity ('"
              : "changes it ('") +
         change.how + "')";
}

/// How `function` lets another function change what `path` reaches
/// (HandedOver), or none: a project function it passes it (or one of its
/// parts) to that closes or configures it (or passes it on) or caches by it,
/// a library call the catalogue says changes what it is given, a method of
/// module state that gets it (each invocation's object kept or looked up
/// beside the last), a library call given a project function with it (which
/// may call that function with it), or a function hoist cannot see into.
/// Failing those, a library call whose result may hold it, where hoist
/// cannot tell what becomes of it (Escapes).
ObjectChange handed_over(const NameResolver &resolver,
                         const ModuleModel &module,
                         const FunctionInfo &function, std::string_view path,
                         const MethodCalls &methods, bool part, int depth,
                         TSNode moved_with = {}) {
  const SyntaxTree &tree = module.tree();
  auto over = [](std::string how) -> ObjectChange {
    return {ObjectChange::Kind::HandedOver, std::move(how)};
  };
  if (!part)
    if (std::string how = kept_as_key(tree, module, function, path);
        !how.empty())
      return over(how);
  ObjectChange escapes;
  // Put in a container (`holder["s3"] = s3`, `clients.append(s3)`), it is
  // reached through the container's items, which hoist does not follow.
  if (!part)
    if (std::string how = stored_as_item(tree, function, path); !how.empty())
      escapes = {ObjectChange::Kind::Escapes, how};
  for (TSNode call : function.calls) {
    for (TSNode argument : named_children(field(call, "arguments"))) {
      TSNode value = is(argument, "keyword_argument") ? field(argument, "value")
                                                      : argument;
      // `instrument(c := s3)` passes what the walrus binds.
      if (is(unparenthesize(value), "named_expression"))
        value = field(unparenthesize(value), "value");
      int steps = steps_from(tree, value, path);
      if (steps < 0)
        continue;
      TSNode callee_node = field(call, "function");
      std::string callee_text(tree.text(callee_node));
      std::string passes = "'" + display_name(function) + "' passes '" +
                           std::string(tree.text(value)) + "' to '" +
                           callee_text + "'";
      const ModuleModel *callee_module = nullptr;
      const FunctionInfo *callee = resolver.called_function(
          call, {&module, &function}, callee_module);
      if (!callee) {
        // The event hooks are there to be registered with.
        if (steps > 0 && !part && through_event_hooks(tree, value, path))
          return over(passes + ", which may register hooks with it");
        // A method of it handed on (`map(http.headers.update, tokens)`)
        // may be called by whoever gets it.
        if (TSNode object = is(unparenthesize(value), "attribute")
                                ? field(unparenthesize(value), "object")
                                : TSNode{};
            !ts_node_is_null(object) && steps_from(tree, object, path) >= 0) {
          std::string method(
              tree.text(field(unparenthesize(value), "attribute")));
          bool of_part = part || steps_from(tree, object, path) > 0;
          if (of_part ? is_mutating_dunder(method) ||
                            std::count(container_mutating_methods().begin(),
                                       container_mutating_methods().end(),
                                       method)
                      : methods.configures(method, false))
            return over(passes + ", which may call it");
        }
        // Given to a library call that may change what it is given
        // (`operator.setitem(http.headers, k, v)`, `dict.pop(kw, k)`,
        // `ChainMap(http.headers)`): any call of one not known to only read
        // it, but for the construction it moves with, whose arguments are
        // followed as its own, a method of a container of its own that
        // stores it (`clients.append(s3)`, not `dict.update(...)`:
        // stored_as_item follows the items), and a
        // part that holds a string or a number (`session.region_name`). The
        // object itself given to a call whose result is kept is followed
        // below.
        bool reads = ts_node_eq(call, moved_with) ||
                     (is(callee_node, "attribute") &&
                      stores_in_container(
                          tree.text(field(callee_node, "attribute"))) &&
                      !resolver
                           .resolve(field(callee_node, "object"),
                                    {&module, &function})
                           .known() &&
                      !is_builtin_name(std::string(
                          tree.text(field(callee_node, "object"))))) ||
                     (steps > 0 && is(unparenthesize(value), "attribute") &&
                      resolver.catalogue().holds_value(tree.text(
                          field(unparenthesize(value), "attribute")))) ||
                     reads_what_it_is_given(resolver, {&module, &function},
                                            callee_node);
        if (!reads && (steps > 0 || part || result_unused(call)) &&
            !unresolved_function(resolver, {&module, &function}, callee_node))
          return over(passes + ", a library call that may change it in place");
        // What such a call returns may be it or a part of it
        // (`functools.reduce(dict.get, keys, cfg)`), and is changed there.
        if (!reads && !gives_plain_value(callee_text))
          if (std::string how = written_through(tree, function, call);
              !how.empty())
            return over(passes + ", whose result, which may be it or a part "
                                 "of it, is changed ('" + how + "')");
        if (steps > 0 && !part)
          continue;
        Symbol symbol = resolver.resolve(callee_node, {&module, &function});
        if ((symbol.kind == Symbol::Kind::Path &&
             resolver.catalogue().changes_argument(symbol.path)) ||
            (steps == 0 && is(callee_node, "attribute") &&
             is_mutating_dunder(tree.text(field(callee_node, "attribute")))))
          return over(passes + ", which changes it");
        if (is(callee_node, "attribute") &&
            !is_logging_method(tree.text(field(callee_node, "attribute"))) &&
            module_state(tree, module, function, field(callee_node, "object")))
          return over(passes + ", a method of module state, which may keep "
                               "it or look it up beyond the invocation");
        // A function hoist cannot resolve, however it is reached (a name,
        // an item of a dict of functions, `getattr(module, "name")`, a
        // class's `staticmethod(...)` attribute), is code it does not see.
        bool reading_builtin = is_reading_builtin(callee_text);
        if ((!symbol.known() && is(callee_node, "identifier") &&
             !reading_builtin) ||
            (!is(callee_node, "identifier") &&
             unresolved_function(resolver, {&module, &function}, callee_node)))
          return over(passes + ", which hoist cannot see into");
        // `getattr(s3, ...)`, `partial(s3.method)` take a part of it; given
        // to `partial(instrument, s3)`, it is the callback's below.
        if (part || ts_node_eq(member_taken(tree, call), value) ||
            gives_plain_value(callee_text))
          continue;
        // A callback given with it may be called with it.
        for (auto [callback_module, callback] :
             callbacks_of(resolver, {&module, &function}, call))
          for (const Parameter &parameter : callback->parameters) {
            if (depth >= 3)
              return over(passes + ", which hoist cannot follow");
            ObjectChange change =
                change_in(resolver, *callback_module, *callback,
                          parameter.name, methods, false, depth + 1);
            if (change.kind == ObjectChange::Kind::HandedOver)
              return change;
            if (change)
              return over(passes + " with '" + display_name(*callback) +
                          "', which it may call with it, and that " +
                          what_it_does(change));
            if (change.escapes() && !escapes.escapes())
              escapes = change;
          }
        if (!result_unused(call) && !escapes.escapes() &&
            !ts_node_eq(call, moved_with) &&
            callbacks_of(resolver, {&module, &function}, call).empty())
          escapes = {ObjectChange::Kind::Escapes,
                     passes + ", whose result may hold it where hoist does "
                              "not follow it"};
        continue;
      }
      if (calls_memoized(resolver, call, {&module, &function}))
        return over(passes + ", which caches its results by its arguments");
      // Each function the callee's name may be bound to (a conditional
      // `def` or import).
      for (const Scope &called :
           resolver.called_scopes(call, {&module, &function}))
        for (auto [runs_module, runs] :
             method_and_overrides(resolver, module, function, call,
                                  *called.module, *called.function)) {
          std::string parameter = parameter_for(tree, *runs, call, value);
          if (parameter.empty() || depth >= 3)
            return over(passes + ", which hoist cannot follow");
          ObjectChange change =
              change_in(resolver, *runs_module, *runs, parameter, methods,
                        part || steps > 0, depth + 1);
          if (change.kind == ObjectChange::Kind::HandedOver)
            return change;
          if (change && runs != called.function)
            return over(passes + ", which runs '" + display_name(*runs) +
                        "' on a subclass, and that " + what_it_does(change));
          if (change)
            return over(passes + ", which " + what_it_does(change));
          if (change.escapes() && !escapes.escapes())
            escapes = change;
          // Given back a part (`return client.meta.events`), the caller may
          // configure it through what the call returns
          // (`events_of(s3).register(...)`).
          if (!result_unused(call) &&
              !ts_node_is_null(part_given_back(runs_module->tree(), *runs,
                                               parameter, part || steps > 0,
                                               "return_statement"))) {
            std::string returned(tree.text(call));
            if (ObjectChange use =
                    change_in(resolver, module, function, returned, methods,
                              true, depth + 1))
              return over(passes + ", which gives back a part of it that '" +
                          display_name(function) + "' changes ('" + use.how +
                          "')");
          }
          // Yielded a part (a generator's or a context manager's `yield
          // client.meta.events`), it goes to whoever iterates or enters what
          // the call returns (`with`, `next`, `for`), which hoist does not
          // follow.
          if (TSNode yielded =
                  part_given_back(runs_module->tree(), *runs, parameter,
                                  part || steps > 0, "yield");
              !ts_node_is_null(yielded) && !result_unused(call))
            return over(passes + ", which yields a part of it ('" +
                        std::string(runs_module->tree().text(yielded)) +
                        "'), and whoever gets that may configure it");
        }
    }
  }
  return escapes;
}

/// True when `expression` may give back what its part `node` gives:
/// parentheses, `a or node`, `node if c else d`.
bool gives_back(TSNode expression, TSNode node) {
  return is(expression, "parenthesized_expression") ||
         is(expression, "boolean_operator") ||
         (is(expression, "conditional_expression") &&
          !ts_node_eq(ts_node_named_child(expression, 1), node));
}

/// True for a literal that holds what it is made of as its items.
bool is_container_literal(TSNode node) {
  return is(node, "expression_list") || is(node, "tuple") ||
         is(node, "list") || is(node, "set") || is(node, "dictionary");
}

/// True when `node` is only tested (`if s3`, `s3 is None`, `not s3 or
/// x`): its truth or identity is read, the value goes nowhere.
bool only_tested(TSNode node) {
  for (TSNode parent = ts_node_parent(node);; parent = ts_node_parent(node)) {
    if (is(parent, "comparison_operator") || is(parent, "not_operator") ||
        is(parent, "assert_statement"))
      return true;
    if ((is(parent, "if_statement") || is(parent, "elif_clause") ||
         is(parent, "while_statement")) &&
        ts_node_eq(field(parent, "condition"), node))
      return true;
    if (is(parent, "conditional_expression"))
      return ts_node_eq(ts_node_named_child(parent, 1), node);
    if (!is(parent, "boolean_operator") &&
        !is(parent, "parenthesized_expression"))
      return false;
    node = parent;
  }
}

/// The expression around `node` that its statement evaluates, short.
std::string statement_expression(const SyntaxTree &tree, TSNode node) {
  for (TSNode parent = ts_node_parent(node);
       !ts_node_is_null(parent) && !is(parent, "expression_statement") &&
       !is(parent, "block") && !is(parent, "module") &&
       kind(parent).find("statement") == std::string_view::npos &&
       kind(parent).find("clause") == std::string_view::npos &&
       !opens_scope(parent);
       parent = ts_node_parent(node))
    node = parent;
  std::string text(tree.text(node));
  if (text.size() > 60 || text.find('\n') != std::string::npos)
    text = text.substr(0, std::min<std::size_t>(57, text.find('\n'))) + "...";
  return text;
}

/// Where `function` uses what `path` names in a form hoist does not follow
/// (`c, _ = s3, ddb`, `s3 if x else None`, `{"main": s}`), as an Escapes,
/// or none. Followed elsewhere: a part of it read or called (`s3.meta`,
/// `s3[...]`), passing it to a call (handed_over), binding it to a name or
/// attribute (references_to; only in the function it is built in or reached
/// from, `depth` 0), storing it as an item (stored_as_item), rebinding,
/// deleting or testing it, `with` it (closing_of), and returning it from
/// there (its caller's, in hoist_fix).
ObjectChange unfollowed_use(const SyntaxTree &tree,
                            const FunctionInfo &function, std::string_view path,
                            int depth) {
  std::string how;
  walk_named_descendants(function.body, [&](TSNode node) {
    if (!how.empty())
      return false;
    // A name, or an expression that makes the object where it is used
    // (references_to).
    if (tree.text(node) != path ||
        !(is(node, "identifier") || is(node, "attribute") || is(node, "call") ||
          is(node, "boolean_operator") || is(node, "conditional_expression") ||
          is(node, "named_expression")))
      return true;
    TSNode holder = ts_node_parent(node);
    if ((is(holder, "attribute") &&
         !ts_node_eq(field(holder, "object"), node)) ||
        (is(holder, "keyword_argument") &&
         ts_node_eq(field(holder, "name"), node)) ||
        is(holder, "parameters") || is(holder, "lambda_parameters") ||
        is(holder, "default_parameter") || is(holder, "typed_parameter") ||
        is(holder, "global_statement") || is(holder, "nonlocal_statement"))
      return false; // another name spelled the same
    TSNode use = node, parent = holder;
    while (is(parent, "parenthesized_expression"))
      use = parent, parent = ts_node_parent(parent);
    auto at = [&](std::string_view name) {
      return ts_node_eq(field(parent, name), use);
    };
    // Given back to the name it came from (`s3 = s3 or
    // boto3.client("s3")`), it stays where it is followed.
    TSNode given = use, to = parent;
    while (gives_back(to, given))
      given = to, to = ts_node_parent(to);
    bool kept = is(to, "assignment") &&
                ts_node_eq(field(to, "right"), given) &&
                tree.text(unparenthesize(field(to, "left"))) == path;
    TSNode returned = ts_node_parent(is(parent, "pair") && at("value")
                                         ? ts_node_parent(parent)
                                         : parent);
    while (is(returned, "parenthesized_expression"))
      returned = ts_node_parent(returned);
    bool binds = (kind(parent).size() > 8 &&
                  kind(parent).substr(kind(parent).size() - 8) == "_pattern") ||
                 is(parent, "as_pattern_target") ||
                 is(parent, "aliased_import") || is(parent, "dotted_name") ||
                 ((is(parent, "class_definition") ||
                   is(parent, "function_definition")) &&
                  at("name"));
    bool followed =
        binds || kept ||
        (depth == 0 && (is(parent, "return_statement") ||
                        (is(returned, "return_statement") &&
                         returns_path(tree, ts_node_named_child(returned, 0),
                                      path)))) ||
        ((is(parent, "attribute") && at("object")) ||
         is(parent, "subscript") ||
         is(parent, "argument_list") ||
         ((is(parent, "list_splat") || is(parent, "dictionary_splat")) &&
          is(ts_node_parent(parent), "argument_list")) ||
         (is(parent, "keyword_argument") && at("value")) ||
         is(parent, "expression_statement") || is(parent, "delete_statement") ||
         (is_container_literal(parent) &&
          is(ts_node_parent(parent), "delete_statement")) ||
         is(parent, "with_item") || is(parent, "as_pattern") ||
         is(parent, "interpolation") || is(parent, "pattern_list") ||
         ((is(parent, "for_statement") || is(parent, "for_in_clause")) &&
          at("left")) ||
         only_tested(use)) ||
        ((is(parent, "assignment") || is(parent, "named_expression")) &&
         (at("left") || at("name") || depth == 0 ||
          is(field(parent, "left"), "subscript"))) ||
        // `t += s3` gives it to what `t` holds (`Tracer.__iadd__`).
        (is(parent, "augmented_assignment") && at("left"));
    if (!followed)
      how = "'" + std::string(path) + "' is used in '" +
            statement_expression(tree, use) + "', which hoist does not follow";
    return false;
  });
  if (how.empty())
    return {};
  return {ObjectChange::Kind::Escapes, how};
}

ObjectChange change_in(const NameResolver &resolver, const ModuleModel &module,
                       const FunctionInfo &function, std::string_view path,
                       const MethodCalls &methods, bool part, int depth,
                       TSNode moved_with) {
  const SyntaxTree &tree = module.tree();
  if (std::string how = closing_of(tree, function, path); !how.empty())
    return {ObjectChange::Kind::Closed, how};
  if (std::string how = configuration_of(resolver.catalogue(), tree, function,
                                         path, methods, part);
      !how.empty())
    return {ObjectChange::Kind::Configured, how};
  if (methods.identity_matters && !part)
    if (std::string how = identity_seen(resolver, {&module, &function}, path);
        !how.empty())
      return {ObjectChange::Kind::Observed, how};
  ObjectChange handed = handed_over(resolver, module, function, path, methods,
                                    part, depth, moved_with);
  if (handed || handed.escapes())
    return handed;
  // Reached through a parameter, it may be configured through a local bound
  // to a part of it (`events = getattr(client.meta, "events")`, `meta =
  // client.meta`) or, for a part, to a copy (`ev = events_of(s3)`); where
  // it is built or reached otherwise, references_to binds them.
  if (depth > 0)
    for (const auto &[local, values] : function.bindings.assignments)
      for (TSNode value : values) {
        int steps = steps_from(tree, value, path);
        if (local == path || steps < 0 || (steps == 0 && !part))
          continue;
        if (depth >= 3)
          return {ObjectChange::Kind::HandedOver,
                  "'" + display_name(function) + "' binds '" + local +
                      "' to a part of '" + std::string(path) +
                      "', where hoist cannot follow it"};
        if (ObjectChange change = change_in(resolver, module, function, local,
                                            methods, true, depth + 1))
          return change;
      }
  // A function defined here that uses it as a free name may be called
  // later, with it (`def on(client, name): def deco(fn):
  // client.meta.events.register(name, fn)`).
  std::string root(path.substr(0, path.find('.')));
  for (const FunctionInfo &nested : module.nested_functions()) {
    if (nested.enclosing != &function || nested.bindings.binds(root) ||
        tree.text(nested.node).find(path) == std::string_view::npos)
      continue;
    if (depth >= 3)
      return {ObjectChange::Kind::HandedOver,
              "'" + display_name(function) + "' defines '" +
                  display_name(nested) + "', which uses '" + std::string(path) +
                  "' where hoist cannot follow it"};
    ObjectChange change =
        change_in(resolver, module, nested, path, methods, part, depth + 1);
    if (change)
      return change;
  }
  if (part)
    return handed;
  return unfollowed_use(tree, function, path, depth);
}

} // namespace

std::string parameter_for(const SyntaxTree &tree, const FunctionInfo &callee,
                          TSNode call, TSNode argument) {
  std::size_t position = callee.first_given();
  for (TSNode node : named_children(field(call, "arguments"))) {
    if (is(node, "keyword_argument")) {
      if (!ts_node_eq(field(node, "value"), argument))
        continue;
      std::string_view name = tree.text(field(node, "name"));
      for (const Parameter &parameter : callee.parameters)
        if (parameter.name == name &&
            (parameter.kind == Parameter::Kind::Positional ||
             parameter.kind == Parameter::Kind::KeywordOnly))
          return parameter.name;
      return "";
    }
    if (is(node, "list_splat") || is(node, "dictionary_splat"))
      return "";
    if (ts_node_eq(node, argument))
      return position < callee.parameters.size() &&
                     callee.parameters[position].kind ==
                         Parameter::Kind::Positional
                 ? callee.parameters[position].name
                 : "";
    ++position;
  }
  return "";
}

bool is_logging_method(std::string_view method) {
  static const char *kLogging[] = {"debug", "info",     "warning", "warn",
                                   "error", "exception", "critical", "log"};
  return std::any_of(std::begin(kLogging), std::end(kLogging),
                     [&](const char *name) { return method == name; });
}

int steps_from(const SyntaxTree &tree, TSNode node, std::string_view path) {
  for (int steps = 0;; ++steps) {
    node = unparenthesize(node);
    if (tree.text(node) == path)
      return steps;
    if (is(node, "attribute"))
      node = field(node, "object");
    else if (is(node, "subscript"))
      node = field(node, "value");
    else if (is(node, "call") && !ts_node_is_null(member_taken(tree, node)))
      node = member_taken(tree, node);
    else if (is(node, "call") && takes_component(tree, node))
      node = field(field(node, "function"), "object");
    else if (is(node, "call") && !ts_node_is_null(member_given_back(tree, node)))
      node = member_given_back(tree, node);
    else if (is(node, "named_expression")) // `(ev := s3.meta.events)`
      node = field(node, "value");
    else
      return -1;
  }
}

std::string library_call_changing(const NameResolver &resolver,
                                  const ModuleModel &module,
                                  const FunctionInfo &function,
                                  std::string_view name) {
  const SyntaxTree &tree = module.tree();
  for (TSNode call : function.calls) {
    if (!result_unused(call))
      continue;
    TSNode callee = field(call, "function");
    std::string_view callee_text = tree.text(callee);
    if (reads_what_it_is_given(resolver, {&module, &function}, callee) ||
        resolver.resolve(callee, {&module, &function}).kind ==
            Symbol::Kind::Function)
      continue;
    for (TSNode argument : named_children(field(call, "arguments")))
      if (tree.text(unparenthesize(is(argument, "keyword_argument")
                                       ? field(argument, "value")
                                       : argument)) == name)
        return std::string(callee_text) + "(...)";
  }
  return "";
}

bool EnvironmentWrite::may_change(const std::vector<std::string> &literals,
                                  bool unknown_service) const {
  if (models_only && !unknown_service)
    return false;
  if (working_directory)
    return std::any_of(literals.begin(), literals.end(),
                       [](const std::string &literal) {
                         return names_relative_file(literal);
                       });
  if (keys.empty())
    return true;
  for (const std::string &key : keys)
    if (read_by_libraries(key) ||
        std::count(literals.begin(), literals.end(), key))
      return true;
  return false;
}

bool names_relative_file(std::string_view literal) {
  constexpr std::string_view kSqlite = "sqlite:///";
  if (literal.rfind(kSqlite, 0) == 0)
    literal.remove_prefix(kSqlite.size());
  else if (literal.find(':') != std::string_view::npos)
    return false; // a URL, `host:port`, `:memory:`
  if (literal.empty() || literal.front() == '/' || literal.front() == '~' ||
      literal.find_first_of(" \n\t") != std::string_view::npos)
    return false;
  if (literal.rfind("./", 0) == 0 || literal.rfind("../", 0) == 0)
    return true;
  // A file's extension (not a host name's domain: `db.example.com`).
  static const char *kExtensions[] = {
      ".db",  ".sqlite", ".sqlite3", ".pem",  ".crt",  ".cer", ".key",
      ".p12", ".json",   ".ini",     ".cfg",  ".conf", ".yaml", ".yml",
      ".toml", ".txt",   ".env",     ".config"};
  std::size_t dot = literal.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0)
    return false;
  std::string_view extension = literal.substr(dot);
  return std::any_of(std::begin(kExtensions), std::end(kExtensions),
                     [&](const char *known) { return extension == known; });
}

bool reads_container(std::string_view method) {
  static const char *kReading[] = {"get",  "keys",  "items", "values",
                                   "copy", "count", "index", "__contains__",
                                   "__getitem__", "__len__"};
  return std::any_of(std::begin(kReading), std::end(kReading),
                     [&](const char *name) { return method == name; });
}

bool stores_in_container(std::string_view method) {
  static const char *kStoring[] = {"append",     "appendleft", "extend",
                                   "insert",     "add",        "setdefault",
                                   "update",     "__setitem__", "put",
                                   "put_nowait", "push"};
  return std::any_of(std::begin(kStoring), std::end(kStoring),
                     [&](const char *name) { return method == name; });
}

std::string
EnvironmentWrite::changes_read_by(const std::string &reader) const {
  std::string said = changes;
  if (std::size_t it = said.find(" it reads"); it != std::string::npos)
    said.replace(it + 1, 2, reader);
  return said;
}

bool derives_from(const NameResolver &resolver, const ModuleModel &module,
                  const ClassInfo &cls, const ModuleModel &base_module,
                  const std::string &base, int depth) {
  // The same file may be parsed twice (checked, and imported): one module.
  if (resolver.module_cache().same_file(module, base_module) &&
      cls.name == base)
    return true;
  if (depth > 8)
    return false;
  return std::any_of(cls.bases.begin(), cls.bases.end(), [&](TSNode parent) {
    Symbol symbol = resolver.resolve(parent, {&module, nullptr});
    return symbol.kind == Symbol::Kind::Class && symbol.cls && symbol.module &&
           derives_from(resolver, *symbol.module, *symbol.cls, base_module,
                        base, depth + 1);
  });
}

std::vector<const ModuleModel *>
modules_subclassing(const NameResolver &resolver, const ModuleModel &module,
                    const ClassInfo &owner) {
  std::vector<const ModuleModel *> modules =
      resolver.module_cache().modules_spelling(owner.name);
  if (!std::count(modules.begin(), modules.end(), &module))
    modules.push_back(&module);
  return modules;
}

std::vector<EnvironmentWrite> environment_writes(const NameResolver &resolver,
                                                 Scope scope, TSNode root,
                                                 bool nested, int follow_calls,
                                                 const ModuleModel *loaded,
                                                 const SdkConfigFiles *sdk_files) {
  if (ts_node_is_null(root))
    return {};
  WriteFinder finder(resolver, scope, follow_calls);
  if (loaded)
    finder.assume_loaded(*loaded);
  finder.name_sdk_files(sdk_files);
  auto visit = [&](TSNode node) {
    finder.visit(node);
    return true;
  };
  if (nested)
    walk_named_descendants(root, visit);
  else
    for_each_in_scope_and_class_bodies(root, visit);
  return std::move(finder.writes);
}

namespace {


/// The methods of the classes of `module` made of the standard library's
/// `logging` classes (a `logging.Filter` added to a logger, a
/// `LoggerAdapter` overriding `process`, a `Handler`, a `Formatter`): a
/// logging call anywhere runs them.
std::vector<Scope> logging_code(const NameResolver &resolver,
                                const ModuleModel &module) {
  std::vector<Scope> methods;
  for (const ClassInfo &cls : module.classes()) {
    bool logs = std::any_of(cls.bases.begin(), cls.bases.end(), [&](TSNode base) {
      Symbol symbol = resolver.resolve(base, {&module, nullptr});
      return symbol.kind == Symbol::Kind::Path &&
             symbol.path.rfind("logging.", 0) == 0;
    });
    if (logs)
      for (const auto &[name, method] : cls.methods)
        methods.push_back({&module, method});
  }
  return methods;
}

/// The code that runs on the invoke path for what it does: the `reached`
/// functions, the code that wraps each of them (wrapping_code), the
/// memoized project functions they call (which run at the first
/// invocation, and whose writes last), the logging classes of their
/// modules (logging_code), and what those reach in turn.
std::vector<ReachedFunction>
invoke_path_code(const NameResolver &resolver,
                 const std::vector<ReachedFunction> &reached) {
  std::vector<ReachedFunction> code = reached;
  std::set<const FunctionInfo *> seen;
  for (const ReachedFunction &function : code)
    seen.insert(function.function);
  auto run = [&](Scope root) {
    if (!root.function || !root.module || seen.count(root.function) ||
        in_harmless_library(resolver, *root.module))
      return;
    for (ReachedFunction &function : reachable_functions(
             resolver, *root.module, *root.function, root.receiver))
      if (seen.insert(function.function).second)
        code.push_back(std::move(function));
  };
  std::set<const ModuleModel *> modules;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const ModuleModel *module = code[i].module;
    const FunctionInfo *function = code[i].function;
    Scope scope{module, function, code[i].receiver};
    if (modules.insert(module).second)
      for (const Scope &method : logging_code(resolver, *module))
        run(method);
    for (const Scope &wrapping : wrapping_code(resolver, *module, *function))
      run(wrapping);
    for (TSNode call : function->calls)
      if (calls_memoized(resolver, call, scope))
        run(resolver.called_scope(call, scope));
  }
  return code;
}

/// True when `call`, in the body of `function` (reached on the invoke path
/// `code`), calls a parameter of it (`handler(r)` in `def process(self,
/// records, handler)`) for which every call of `function` there gives a
/// project function the path reaches (`processor.process(records,
/// record_handler)`): it runs their code, which hoist looks into. Not when
/// `function` is reached otherwise than called (the handler, a callback, a
/// route, a wrapper), nor when the path hands it on as a value, nor when a
/// call gives it something else or nothing.
bool calls_given_functions(const NameResolver &resolver,
                           const std::vector<ReachedFunction> &code,
                           const ReachedFunction &function, TSNode call) {
  const FunctionInfo &called = *function.function;
  TSNode callee = field(call, "function");
  if (!is(callee, "identifier") || function.chain.empty() ||
      function.chain.back().passed || function.chain.back().routed ||
      function.chain.back().wraps ||
      std::none_of(called.calls.begin(), called.calls.end(),
                   [&](TSNode own) { return ts_node_eq(own, call); }))
    return false;
  std::string name(function.module->tree().text(callee));
  bool parameter = std::any_of(
      called.parameters.begin(), called.parameters.end(),
      [&](const Parameter &one) {
        return one.name == name && (one.kind == Parameter::Kind::Positional ||
                                    one.kind == Parameter::Kind::KeywordOnly);
      });
  if (!parameter || called.bindings.assignments.count(name) ||
      called.bindings.imports.count(name))
    return false;
  std::set<const FunctionInfo *> reached;
  for (const ReachedFunction &one : code)
    reached.insert(one.function);
  std::size_t sites = 0;
  for (const ReachedFunction &caller : code) {
    Scope scope{caller.module, caller.function, caller.receiver};
    const SyntaxTree &tree = caller.module->tree();
    for (TSNode site : caller.function->calls) {
      const ModuleModel *site_module = nullptr;
      bool calls_it =
          resolver.called_function(site, scope, site_module) == &called;
      bool given = false;
      for (TSNode argument : named_children(field(site, "arguments"))) {
        TSNode value = is(argument, "keyword_argument")
                           ? field(argument, "value")
                           : argument;
        Symbol symbol = resolver.resolve(value, scope);
        // Handed on as a value, it may be called with anything.
        if (symbol.function == &called)
          return false;
        if (!calls_it || parameter_for(tree, called, site, value) != name)
          continue;
        if (symbol.kind != Symbol::Kind::Function ||
            !reached.count(symbol.function))
          return false;
        given = true;
      }
      if (calls_it && !given)
        return false;
      sites += calls_it;
    }
  }
  return sites > 0;
}

} // namespace

std::vector<EnvironmentWrite>
invoke_path_environment_writes(const NameResolver &resolver,
                               const Handler &handler,
                               const std::vector<ReachedFunction> &reached) {
  std::vector<EnvironmentWrite> writes;
  auto add = [&](std::vector<EnvironmentWrite> more) {
    writes.insert(writes.end(), more.begin(), more.end());
  };
  std::vector<ReachedFunction> code = invoke_path_code(resolver, reached);
  // What module-level code handed the environment to, any invocation may
  // write it through (`SETTERS = {"region": os.environ.__setitem__}`).
  std::vector<const ModuleModel *> modules;
  for (const ReachedFunction &function : code)
    if (std::find(modules.begin(), modules.end(), function.module) ==
        modules.end())
      modules.push_back(function.module);
  SdkConfigFiles sdk_files = sdk_config_files(resolver, handler, code);
  for (const ModuleModel *module : modules)
    for (EnvironmentWrite &write :
         environment_writes(resolver, {module, nullptr}, module->tree().root(),
                            false, 0, nullptr, &sdk_files))
      if (write.deferred)
        writes.push_back(std::move(write));
  // With the functions they define (`def configure(): os.environ[...]`).
  // A lambda's body is an expression, itself perhaps the call it makes.
  for (const ReachedFunction &function : code)
    add(environment_writes(resolver, {function.module, function.function},
                           function.function->is_lambda
                               ? function.function->node
                               : function.function->body,
                           true, 0, nullptr, &sdk_files));
  for (const Scope &method : special_methods_named(resolver, code))
    add(environment_writes(resolver, method, method.function->body, true,
                           kFollowedCode));
  // Project code that writes the environment and may run where hoist does
  // not follow it (`__lt__` run by `sorted`, an encoder's `default`, a hook
  // installed at INIT), whatever the handler names.
  // The handler itself runs where Lambda calls it, which is where its
  // writes were placed above.
  auto is_handler = [&](const Scope &writer) {
    return handler.function && writer.function &&
           writer.function->name == handler.function->name &&
           ts_node_start_byte(writer.function->node) ==
               ts_node_start_byte(handler.function->node) &&
           resolver.module_cache().same_file(*writer.module,
                                             *handler.function_module);
  };
  if (handler.function_module)
    for (const Scope &writer :
         unplaced_environment_writers(resolver, *handler.function_module)) {
      if (is_handler(writer))
        continue;
      for (EnvironmentWrite &write : environment_writes(
               resolver, writer,
               writer.function->is_lambda ? writer.function->node
                                          : writer.function->body))
        if (!write.unseen) {
          // Seen, but not where it runs: a write seen on the way, or a
          // call that may write, says more.
          write.text = display_name(*writer.function);
          write.changes = kRunsUnplacedWriter;
          write.unseen = true;
          writes.push_back(std::move(write));
        }
    }
  // A library's wrapper of the handler (`@regionmw.region_from_event`,
  // `tenantlib.make_handler(_impl)`) runs code hoist does not see into
  // around every call.
  if (handler.function && handler.function_module)
    for (const Wrapper &wrapper :
         wrappers_of(*handler.function_module, *handler.function)) {
      Scope top{handler.function_module, nullptr};
      if (std::string library = unseen_library(resolver, top, wrapper.callable);
          !library.empty() && !resolver.catalogue().is_harmless(library) &&
          !resolver.catalogue().always_calls_wrapped(library)) {
        writes.push_back(
            {wrapper.callable,
             wrapper.as_written.substr(1, wrapper.as_written.size() - 2),
             source_place(*handler.function_module->tree().file(),
                          ts_node_start_byte(wrapper.callable)),
             {},
             false,
             kRunsLibraryCode});
        writes.back().unseen = true;
        writes.back().library = library;
      }
    }
  // A parameter called with the project functions its callers give, an
  // item of a project registry, run code looked into above as reached.
  auto resolved = [&](const EnvironmentWrite &write) {
    if (!write.unseen || write.changes != kRunsUnresolvedCode)
      return false;
    for (const ReachedFunction &one : code)
      if (std::any_of(one.function->calls.begin(), one.function->calls.end(),
                      [&](TSNode own) { return ts_node_eq(own, write.node); }))
        return calls_given_functions(resolver, code, one, write.node) ||
               calls_only_stored(resolver,
                                 {one.module, one.function, one.receiver},
                                 write.node, code) ||
               calls_only_registered(resolver,
                                     {one.module, one.function, one.receiver},
                                     write.node, *reached.front().module,
                                     code);
    return false;
  };
  writes.erase(std::remove_if(writes.begin(), writes.end(), resolved),
               writes.end());
  return writes;
}

namespace {

/// True when `value` makes a sub-resource of what `path` reaches
/// (`ddb.Table(name)`, `s3.Bucket("b")`): boto3 names them as classes, and
/// each shares its parent's client.
bool sub_resource_of(const SyntaxTree &tree, TSNode value,
                     std::string_view path) {
  value = unparenthesize(value);
  if (!is(value, "call"))
    return false;
  TSNode callee = field(value, "function");
  if (!is(callee, "attribute") ||
      steps_from(tree, field(callee, "object"), path) != 0)
    return false;
  std::string_view method = tree.text(field(callee, "attribute"));
  return !method.empty() &&
         std::isupper(static_cast<unsigned char>(method.front()));
}

/// True when `value` is what a `typing.cast(T, value)` gives back.
bool cast_value(const NameResolver &resolver, Scope scope, TSNode value) {
  TSNode arguments = ts_node_parent(value), call = ts_node_parent(arguments);
  if (!is(arguments, "argument_list") || !is(call, "call") ||
      ts_node_named_child_count(arguments) != 2 ||
      !ts_node_eq(ts_node_named_child(arguments, 1), value))
    return false;
  std::string path = resolver.called_path(call, scope);
  return path == "typing.cast" || path == "typing_extensions.cast";
}

} // namespace

bool returns_path(const SyntaxTree &tree, TSNode value,
                  std::string_view path) {
  value = unparenthesize(value);
  if (!is_container_literal(value))
    return tree.text(value) == path;
  std::vector<TSNode> items = named_children(value);
  return std::any_of(
      items.begin(), items.end(), [&](TSNode item) {
        return tree.text(unparenthesize(
                   is(item, "pair") ? field(item, "value") : item)) == path;
      });
}

/// The functions the project decorators of `method` (of `module`) define,
/// at any depth (`traced`'s `w`, a factory's decorator's wrapper), that take
/// a named first parameter: one of them runs in its place, given the
/// instance first.
std::vector<std::pair<const ModuleModel *, const FunctionInfo *>>
method_wrappers(const NameResolver &resolver, const ModuleModel &module,
                const FunctionInfo &method) {
  std::vector<std::pair<const ModuleModel *, const FunctionInfo *>> wrappers;
  for (TSNode decorator : method.decorators) {
    TSNode expression = unparenthesize(ts_node_named_child(decorator, 0));
    if (is(expression, "call"))
      expression = field(expression, "function");
    Symbol symbol = resolver.resolve(expression, {&module, nullptr});
    if (symbol.kind != Symbol::Kind::Function || !symbol.function ||
        !symbol.module)
      continue;
    for (const FunctionInfo &nested : symbol.module->nested_functions()) {
      const FunctionInfo *outer = nested.enclosing;
      while (outer && outer != symbol.function)
        outer = outer->enclosing;
      if (outer && !nested.is_lambda && !nested.parameters.empty() &&
          nested.parameters.front().kind == Parameter::Kind::Positional)
        wrappers.emplace_back(symbol.module, &nested);
    }
  }
  return wrappers;
}

std::vector<ObjectReference> references_to(const NameResolver &resolver,
                                           const ModuleModel &module,
                                           const FunctionInfo &function,
                                           TSNode call) {
  std::vector<ObjectReference> references;
  auto add = [&](const ModuleModel &where, const FunctionInfo &in,
                 std::string path, bool part, bool sub_resource = false) {
    if (std::none_of(references.begin(), references.end(),
                     [&](const ObjectReference &known) {
                       return known.function == &in && known.path == path;
                     }))
      references.push_back(
          {&where, &in, std::move(path), part, sub_resource});
  };
  // A global is reached in every function that does not bind it.
  auto add_name = [&](const ModuleModel &where, const FunctionInfo &in,
                      const std::string &name, bool part,
                      bool sub_resource = false) {
    add(where, in, name, part, sub_resource);
    if (in.bindings.globals.count(name))
      for (const FunctionInfo &other : where.functions())
        if (!other.bindings.binds(name) || other.bindings.globals.count(name))
          add(where, other, name, part, sub_resource);
  };
  auto add_target = [&](const ModuleModel &where, const FunctionInfo &in,
                        TSNode target, bool sub_resource = false) {
    const SyntaxTree &tree = where.tree();
    target = unparenthesize(target);
    std::string text(tree.text(target));
    if (is(target, "identifier"))
      return add_name(where, in, text, false, sub_resource);
    if (!is(target, "attribute") && !is(target, "subscript"))
      return;
    TSNode object = field(target, "object");
    const Parameter *self = in.self_parameter();
    const ClassInfo *owner = where.class_named(in.class_name);
    if (is(target, "attribute") && self && owner &&
        tree.text(object) == self->name) {
      // Every method of the class and of its subclasses, in the files
      // checked (an override that configures it: `def setup(self): ...`).
      std::string attribute(tree.text(field(target, "attribute")));
      std::vector<const ModuleModel *> modules =
          modules_subclassing(resolver, where, *owner);
      for (const ModuleModel *subclassing : modules)
        for (const FunctionInfo &method : subclassing->functions()) {
          const ClassInfo *cls = subclassing->class_named(method.class_name);
          const Parameter *method_self = method.self_parameter();
          if (cls && method_self &&
              derives_from(resolver, *subclassing, *cls, where, owner->name)) {
            add(*subclassing, method, method_self->name + "." + attribute,
                false);
            // A wrapper a project decorator of the method puts around it
            // takes the instance first (`def w(self, *a, **k)`).
            for (const auto &[wrapping, wrapper] :
                 method_wrappers(resolver, *subclassing, method))
              add(*wrapping, *wrapper,
                  wrapper->parameters.front().name + "." + attribute, false);
          }
        }
      // And through the instances functions make of it (`svc =
      // OrderService()`, then `svc.s3.meta.events.register(...)`).
      for (const ModuleModel *making : modules)
        for (const FunctionInfo &other : making->functions())
          for (const auto &[local, values] : other.bindings.assignments)
            for (TSNode value : values)
              if (Symbol made = is(value, "call")
                                    ? resolver.resolve(field(value, "function"),
                                                       {making, &other})
                                    : Symbol{};
                  made.kind == Symbol::Kind::Class && made.cls &&
                  made.module &&
                  derives_from(resolver, *made.module, *made.cls, where,
                               owner->name))
                add(*making, other, local + "." + attribute, false);
      // And through the module-level instances, in every function that
      // reads them: `app = OrderService()`, and a function the class
      // decorates (`@with_s3 def handler`, then `handler.client`).
      for (const ModuleModel *making : modules) {
        auto makes_instance = [&](TSNode maker) {
          Symbol made = resolver.resolve(maker, {making, nullptr});
          return made.kind == Symbol::Kind::Class && made.cls && made.module &&
                 derives_from(resolver, *made.module, *made.cls, where,
                              owner->name);
        };
        std::vector<std::string> instances;
        for (const auto &[name, values] : making->bindings().assignments)
          for (TSNode value : values)
            if (is(value, "call") && makes_instance(field(value, "function")))
              instances.push_back(name);
        for (const FunctionInfo &decorated : making->functions())
          for (TSNode decorator : decorated.decorators)
            if (decorated.class_name.empty() &&
                makes_instance(ts_node_named_child(decorator, 0)))
              instances.push_back(decorated.name);
        for (const std::string &instance : instances)
          for (const FunctionInfo &other : making->functions())
            if (!other.bindings.binds(instance))
              add(*making, other, instance + "." + attribute, false);
      }
      return;
    }
    for (const FunctionInfo &other : where.functions())
      add(where, other, text, false);
  };
  const SyntaxTree &tree = module.tree();
  TSNode node = call;
  // A sub-resource made of it at once (`boto3.resource("dynamodb").Table(t)`)
  // holds it.
  bool sub_resource = false;
  for (TSNode parent = ts_node_parent(node);
       is(parent, "attribute") && is(ts_node_parent(parent), "call") &&
       sub_resource_of(tree, ts_node_parent(parent), tree.text(node));
       parent = ts_node_parent(node)) {
    node = ts_node_parent(parent);
    sub_resource = true;
  }
  // The object goes up through what gives it back as it is, binding the
  // names on the way: parentheses, `typing.cast(T, x)`, `a or x`, `x if c
  // else d`, a walrus (`(s3 := x)`), an assignment chain (`a = b = x`), one
  // of a tuple assigned to as many targets (`s3, ddb = x, ...`).
  bool unpacked = false;
  for (TSNode parent = ts_node_parent(node);; parent = ts_node_parent(node)) {
    if (cast_value(resolver, {&module, &function}, node)) {
      node = ts_node_parent(parent);
    } else if (gives_back(parent, node)) {
      node = parent;
    } else if (is(parent, "named_expression") &&
               ts_node_eq(field(parent, "value"), node)) {
      add_target(module, function, field(parent, "name"), sub_resource);
      node = parent;
    } else if (is(parent, "assignment") &&
               ts_node_eq(field(parent, "right"), node)) {
      add_target(module, function, field(parent, "left"), sub_resource);
      node = parent;
    } else if ((is(parent, "default_parameter") ||
                is(parent, "typed_default_parameter")) &&
               ts_node_eq(field(parent, "value"), node)) {
      // A default of a nested def or lambda (`def tag(key,
      // s3=boto3.client("s3"))`) is its parameter, unless a call passes
      // another.
      TSNode owner = ts_node_parent(ts_node_parent(parent));
      for (const FunctionInfo &nested : module.nested_functions())
        if (ts_node_eq(nested.node, owner))
          add_name(module, nested, std::string(tree.text(field(parent, "name"))),
                   false, sub_resource);
      break;
    } else if (TSNode assignment = ts_node_parent(parent);
               is(parent, "expression_list") && is(assignment, "assignment") &&
               ts_node_eq(field(assignment, "right"), parent)) {
      std::vector<TSNode> values = named_children(parent);
      std::vector<TSNode> targets =
          named_children(unparenthesize(field(assignment, "left")));
      for (std::size_t i = 0; i < values.size() && i < targets.size(); ++i)
        if (ts_node_eq(values[i], node) && values.size() == targets.size()) {
          add_target(module, function, targets[i], sub_resource);
          unpacked = true;
        }
      break;
    } else {
      break;
    }
  }
  // Used where it is made (`instrument(boto3.client("s3"))`, `{"s3":
  // boto3.client("s3")}`, `boto3.client("s3").meta.events.register(...)`),
  // the expression is followed as a name would be.
  if (!is(node, "assignment") && !unpacked)
    add(module, function, std::string(tree.text(unparenthesize(node))), false,
        sub_resource);
  // In each function that reaches it: plain copies, to names or
  // attributes, sub-resources (`table = ddb.Table(name)`), and locals bound
  // to parts (`events = s3.meta.events`).
  for (std::size_t known = 0; known < references.size(); ++known) {
    ObjectReference reference = references[known];
    const ModuleModel &where = *reference.module;
    const SyntaxTree &in_tree = where.tree();
    const FunctionInfo &in = *reference.function;
    for (const auto &[name, values] : in.bindings.assignments)
      for (TSNode value : values) {
        int steps = steps_from(in_tree, value, reference.path);
        if (steps == 0 && is(unparenthesize(value), "identifier"))
          add_name(where, in, name, reference.part, reference.sub_resource);
        else if (steps > 0)
          add_name(where, in, name, true);
        else if (!reference.part &&
                 sub_resource_of(in_tree, value, reference.path))
          add_name(where, in, name, false, true);
      }
    if (reference.part)
      continue;
    for (const auto &[target, value] : in.attribute_assignments)
      if (is(unparenthesize(value), "identifier") &&
          in_tree.text(unparenthesize(value)) == reference.path)
        add_target(where, in, target);
  }
  return references;
}

std::string ObjectChange::describe(const ObjectReference &reference) const {
  std::string who = "'" + display_name(*reference.function) + "'";
  switch (kind) {
  case Kind::Configured:
    return who + " configures '" + reference.path + "' ('" + how + "')";
  case Kind::Closed:
    return who + " closes '" + reference.path + "' ('" + how + "')";
  case Kind::Observed:
    return who + " tells '" + reference.path +
           "' from other objects by identity ('" + how + "')";
  case Kind::HandedOver:
  case Kind::Escapes:
  case Kind::None:
    break;
  }
  return how;
}

namespace {

/// Where `function` hands on the object `path` (`self.s3`, `svc.s3`) is an
/// attribute of: `owner` (`self`, `svc`) given to a call (`wire(self)`,
/// `getattr(self, name)`, `vars(self)`) or returned, or `path` itself
/// returned (a property's `return self._s3`) or a part of it yielded; ""
/// when nowhere. Whoever gets
/// it may configure the object.
std::string owner_handed_on(const SyntaxTree &tree,
                            const FunctionInfo &function,
                            const std::string &path) {
  std::size_t dot = path.find('.');
  if (dot == std::string::npos || path.find('.', dot + 1) != std::string::npos ||
      !std::all_of(path.begin(), path.end(), [](char c) {
        return c == '.' || is_identifier_byte(c);
      }))
    return "";
  std::string owner = path.substr(0, dot);
  // A decorator's wrapper hands the instance to the method it wraps (a
  // parameter of the decorator), whose code is the class's own.
  auto calls_wrapped = [&](TSNode call) {
    TSNode callee = field(call, "function");
    return function.enclosing && is(callee, "identifier") &&
           std::any_of(function.enclosing->parameters.begin(),
                       function.enclosing->parameters.end(),
                       [&](const Parameter &parameter) {
                         return parameter.name == tree.text(callee);
                       });
  };
  // `super(Cls, self)` in a method of Cls is `super()`: the instance seen
  // as its base class, whose code the reach of the method's calls follows.
  auto own_super = [&](TSNode call) {
    TSNode callee = field(call, "function");
    std::vector<TSNode> arguments = named_children(field(call, "arguments"));
    return is(callee, "identifier") && tree.text(callee) == "super" &&
           !function.bindings.binds("super") && arguments.size() == 2 &&
           is(arguments[0], "identifier") &&
           tree.text(arguments[0]) == function.class_name &&
           is(arguments[1], "identifier") && tree.text(arguments[1]) == owner;
  };
  // A part of the object yielded (a context manager's `yield
  // self._s3.meta.events`) goes to whoever enters or iterates it, which
  // hoist does not follow.
  if (TSNode yielded = part_given_back(tree, function, path, false, "yield");
      !ts_node_is_null(yielded))
    return std::string(tree.text(yielded));
  std::string found;
  walk_named_descendants(function.body, [&](TSNode node) {
    if (is(node, "return_statement")) {
      TSNode value = ts_node_named_child(node, 0);
      if (!ts_node_is_null(value) &&
          (returns_path(tree, value, path) || returns_path(tree, value, owner)))
        found = std::string(tree.text(node));
    } else if (is(node, "identifier") && tree.text(node) == owner &&
               is(ts_node_parent(node), "argument_list") &&
               !calls_wrapped(ts_node_parent(ts_node_parent(node))) &&
               !own_super(ts_node_parent(ts_node_parent(node)))) {
      found = std::string(tree.text(ts_node_parent(ts_node_parent(node))));
    }
    return found.empty();
  });
  return found;
}

/// False when `receiver` cannot be an instance whose attribute is `method`:
/// a library value (`s3.meta.events`), a module, a function, or an object of
/// another project class that defines a method of that name or derives from
/// nothing.
bool may_have_method(const Symbol &receiver, const FunctionInfo &method) {
  switch (receiver.kind) {
  case Symbol::Kind::Path:
  case Symbol::Kind::Instance:
  case Symbol::Kind::Module:
  case Symbol::Kind::Function:
    return false;
  case Symbol::Kind::Object:
  case Symbol::Kind::Class:
    return !receiver.cls || receiver.cls->name == method.class_name ||
           (!receiver.cls->methods.count(method.name) &&
            !receiver.cls->bases.empty());
  case Symbol::Kind::Unknown:
    break;
  }
  return true;
}

/// How code changes a part of the object `reference.path` (`self._s3`)
/// reaches that `reference.function`, a method, gives back (`return
/// self._s3.meta.config`), through what a use of the method gives: a
/// property read (`r.cfg.connect_timeout = 5`) or a call (`r.events()
/// .register(...)`), in any function of the project that spells the
/// method's name (whatever the object it is used on), as a function given
/// the client is followed (change_in); none when no use changes it.
ObjectChange part_changed_through_method(const NameResolver &resolver,
                                         const ObjectReference &reference,
                                         const MethodCalls &methods) {
  const FunctionInfo &method = *reference.function;
  if (method.class_name.empty())
    return {};
  TSNode given = part_given_back(reference.module->tree(), method,
                                 reference.path, false, "return_statement");
  if (ts_node_is_null(given))
    return {};
  for (const ModuleModel *user :
       resolver.module_cache().modules_spelling(method.name)) {
    const SyntaxTree &tree = user->tree();
    for (const FunctionInfo &function : user->functions()) {
      ObjectChange use;
      for_each_in_scope(function.body, [&](TSNode node) {
        if (use || !is(node, "attribute") ||
            tree.text(field(node, "attribute")) != method.name ||
            !may_have_method(
                resolver.resolve(field(node, "object"), {user, &function}),
                method))
          return !use;
        TSNode parent = ts_node_parent(node);
        TSNode result = is(parent, "call") &&
                                ts_node_eq(field(parent, "function"), node)
                            ? parent
                            : node;
        use = change_in(resolver, *user, function, tree.text(result), methods,
                        true, 1);
        return !use;
      });
      if (use)
        return {ObjectChange::Kind::HandedOver,
                "'" + display_name(method) + "' gives back a part of '" +
                    reference.path + "' ('" +
                    std::string(reference.module->tree().text(given)) +
                    "') that '" + display_name(function) + "' changes ('" +
                    use.how + "')"};
    }
  }
  return {};
}

} // namespace

ObjectChange change_of(const NameResolver &resolver,
                       const ObjectReference &reference,
                       const MethodCalls &methods) {
  if (std::string how = owner_handed_on(reference.module->tree(),
                                        *reference.function, reference.path);
      !how.empty())
    return {ObjectChange::Kind::HandedOver,
            "'" + display_name(*reference.function) + "' hands on what holds '" +
                reference.path + "' ('" + how.substr(0, how.find('\n')) +
                "'), and whoever gets it may configure it"};
  if (ObjectChange change =
          part_changed_through_method(resolver, reference, methods))
    return change;
  // A sub-resource's own methods and collections are the service's
  // actions; what configures the client goes through its `meta`
  // (`table.meta.client.meta.events.register(...)`), or through the code it
  // is handed to.
  if (reference.sub_resource) {
    if (std::string how = configuration_of(
            resolver.catalogue(), reference.module->tree(), *reference.function,
            reference.path + ".meta", MethodCalls{}, false);
        !how.empty())
      return {ObjectChange::Kind::Configured, how};
    return handed_over(resolver, *reference.module, *reference.function,
                       reference.path, MethodCalls{}, false, 0);
  }
  return change_in(resolver, *reference.module, *reference.function,
                   reference.path, methods, reference.part, 0,
                   reference.moved_with);
}

bool handles_errors(TSNode node) {
  for (TSNode clause : named_children(node))
    if (is(clause, "except_clause") || is(clause, "except_group_clause"))
      return true;
  return false;
}

std::vector<Wrapper> wrappers_of(const ModuleModel &module,
                                 const FunctionInfo &function) {
  const SyntaxTree &tree = module.tree();
  std::vector<Wrapper> wrappers;
  auto add_decorators = [&](const std::vector<TSNode> &decorators) {
    for (TSNode decorator : decorators) {
      TSNode expression = ts_node_named_child(decorator, 0);
      if (is(expression, "call"))
        expression = field(expression, "function");
      wrappers.push_back(
          {expression, "'@" + std::string(tree.text(expression)) + "'"});
    }
  };
  add_decorators(function.decorators);
  if (!function.class_name.empty()) {
    // A class decorator may replace every method with a wrapper of it.
    if (const ClassInfo *cls = module.class_named(function.class_name)) {
      TSNode parent = ts_node_parent(cls->node);
      if (is(parent, "decorated_definition")) {
        std::vector<TSNode> decorators = named_children(parent);
        decorators.erase(std::remove_if(decorators.begin(), decorators.end(),
                                        [](TSNode child) {
                                          return !is(child, "decorator");
                                        }),
                         decorators.end());
        add_decorators(decorators);
      }
    }
    return wrappers;
  }
  for (const auto &[name, values] : module.bindings().assignments)
    for (TSNode value : values) {
      value = unparenthesize(value);
      if (!is(value, "call"))
        continue;
      for (TSNode argument : named_children(field(value, "arguments")))
        if (is(argument, "identifier") && tree.text(argument) == function.name)
          wrappers.push_back({field(value, "function"),
                              "'" + std::string(tree.text(value)) + "'"});
    }
  return wrappers;
}

Symbol resolve_wrapper(const NameResolver &resolver, const ModuleModel &module,
                       const FunctionInfo &function, TSNode callable) {
  Symbol symbol = resolver.resolve(callable, {&module, nullptr});
  const ClassInfo *cls = function.class_name.empty()
                             ? nullptr
                             : module.class_named(function.class_name);
  if (symbol.known() || !cls || !is(callable, "identifier"))
    return symbol;
  auto in_body = cls->methods.find(std::string(module.tree().text(callable)));
  if (in_body != cls->methods.end()) {
    symbol.kind = Symbol::Kind::Function;
    symbol.module = &module;
    symbol.function = in_body->second;
  }
  return symbol;
}

namespace {

/// True when `exit`, an `__exit__` of `module`, returns a value that may be
/// true: it swallows the errors of the block it closes.
bool exit_swallows(const ModuleModel &module, const FunctionInfo &exit) {
  const SyntaxTree &tree = module.tree();
  bool returns_value = false;
  for_each_in_scope(exit.body, [&](TSNode node) {
    if (is(node, "return_statement")) {
      TSNode value = ts_node_named_child(node, 0);
      returns_value = !ts_node_is_null(value) && tree.text(value) != "None" &&
                      tree.text(value) != "False";
    }
    return !returns_value;
  });
  return returns_value;
}

/// True when a `with` on `manager` (in `scope`) may swallow the errors of
/// its block: `contextlib.suppress(...)`, or an instance of a project class
/// whose `__exit__` returns a value that may be true.
bool swallows_errors(const NameResolver &resolver, Scope scope,
                     TSNode manager) {
  TSNode made = is(manager, "as_pattern") ? ts_node_named_child(manager, 0)
                                          : manager;
  if (is(made, "call") &&
      resolver.called_path(made, scope) == "contextlib.suppress")
    return true;
  // A generator made a context manager (`@contextlib.contextmanager`) that
  // catches what is thrown in at its `yield`.
  const ModuleModel *generator_module = nullptr;
  if (const FunctionInfo *generator =
          is(made, "call")
              ? resolver.called_function(made, scope, generator_module)
              : nullptr;
      generator && generator->is_generator) {
    bool handles = false;
    walk_named_descendants(generator->body, [&](TSNode node) {
      handles = handles || (is(node, "try_statement") && handles_errors(node));
      return !handles;
    });
    if (handles)
      return true;
  }
  for (const Scope &method : context_manager_methods(resolver, scope, manager))
    if (method.function->name == "__exit__" &&
        exit_swallows(*method.module, *method.function))
      return true;
  return false;
}

} // namespace

std::string answering_wrapper(const NameResolver &resolver,
                              const ModuleModel &module,
                              const FunctionInfo &function) {
  // A `try` with an `except`, or a `finally` that returns, breaks or
  // continues (dropping the error); a `with` on what swallows errors.
  auto handles_in = [&](Scope scope, TSNode body) {
    bool handles = false;
    walk_named_descendants(body, [&](TSNode node) {
      if (is(node, "try_statement"))
        handles = handles_errors(node);
      else if (is(node, "finally_clause"))
        for_each_in_scope(node, [&](TSNode inner) {
          handles = handles || is(inner, "return_statement") ||
                    is(inner, "break_statement") ||
                    is(inner, "continue_statement");
          return !handles;
        });
      else if (is(node, "with_item"))
        handles = swallows_errors(resolver, scope,
                                  unparenthesize(field(node, "value")));
      return !handles;
    });
    return handles;
  };
  // A test, a `raise` or an `assert` anywhere in its code; a loop, a
  // comprehension, `and`/`or` or a lambda, which may call it no time (a
  // batch wrapper calls it once per record); the wrapped function (one it
  // calls, or names in `functools.wraps(fn)`) handed to another call
  // (`map(fn, records)`), which decides whether it runs.
  auto may_end_in = [&](const SyntaxTree &tree, TSNode code) {
    auto is_wraps = [&](TSNode call) {
      std::string_view callee = tree.text(field(call, "function"));
      callee.remove_prefix(callee.rfind('.') + 1);
      return callee == "wraps" || callee == "update_wrapper";
    };
    std::vector<std::string_view> wrapped;
    walk_named_descendants(code, [&](TSNode node) {
      if (!is(node, "call"))
        return true;
      if (is(field(node, "function"), "identifier"))
        wrapped.push_back(tree.text(field(node, "function")));
      if (is_wraps(node))
        for (TSNode argument : named_children(field(node, "arguments")))
          wrapped.push_back(tree.text(argument));
      return true;
    });
    auto hands_on_wrapped = [&](TSNode call) {
      if (is_wraps(call))
        return false;
      for (TSNode argument : named_children(field(call, "arguments")))
        if (is(argument, "identifier") &&
            std::count(wrapped.begin(), wrapped.end(), tree.text(argument)))
          return true;
      return false;
    };
    bool ends = false;
    walk_named_descendants(code, [&](TSNode node) {
      ends = ends || is(node, "if_statement") ||
             is(node, "raise_statement") || is(node, "assert_statement") ||
             is(node, "match_statement") ||
             is(node, "conditional_expression") || is(node, "for_statement") ||
             is(node, "while_statement") || is(node, "list_comprehension") ||
             is(node, "set_comprehension") ||
             is(node, "dictionary_comprehension") ||
             is(node, "generator_expression") ||
             is(node, "boolean_operator") || is(node, "lambda") ||
             (is(node, "call") && hands_on_wrapped(node));
      return !ends;
    });
    return ends;
  };
  // A decorator whose wrapped function (the parameter it is given, after a
  // method's `self`; a factory's: that of a decorator it makes) is read
  // nowhere but in `functools.wraps(fn)`: what it puts in place never runs
  // it (`def retired(fn): def wrapper(e, c): return {"statusCode": 410}`).
  auto never_runs_wrapped = [&](const SyntaxTree &tree,
                                const FunctionInfo &decorator, bool factory) {
    std::vector<const FunctionInfo *> takers{&decorator};
    if (factory) {
      takers.clear();
      for (const auto &[_, made] : decorator.nested)
        takers.push_back(made);
    }
    for (const FunctionInfo *taker : takers) {
      const Parameter *given = taker->first_given_parameter();
      if (!given)
        return false;
      const std::string &wrapped = given->name;
      bool read = false;
      walk_named_descendants(taker->body, [&](TSNode node) {
        if (is(node, "call")) {
          std::string_view callee = tree.text(field(node, "function"));
          callee.remove_prefix(callee.rfind('.') + 1);
          if (callee == "wraps" || callee == "update_wrapper")
            return false;
        }
        read = read || (is(node, "identifier") && tree.text(node) == wrapped);
        return !read;
      });
      if (read)
        return false;
    }
    return !takers.empty();
  };
  std::string of = " the errors of '" + display_name(function) + "'";
  std::string ends = " may end the call before '" + display_name(function) +
                     "' runs";
  for (const auto &[expression, named] : wrappers_of(module, function)) {
    Symbol symbol = resolver.resolve(expression, {&module, nullptr});
    // `@process.register` of a singledispatch function leaves its
    // implementation as it is.
    if (is(expression, "attribute") &&
        module.tree().text(field(expression, "attribute")) == "register") {
      Symbol dispatcher =
          resolver.resolve(field(expression, "object"), {&module, nullptr});
      if (dispatcher.kind == Symbol::Kind::Function && dispatcher.function &&
          dispatcher.module &&
          dispatches_on_type(resolver, *dispatcher.module,
                             *dispatcher.function))
        continue;
    }
    // A builtin the module does not bind (`@staticmethod`) is known by its
    // name, as a library's callable is by its path.
    if (symbol.kind == Symbol::Kind::Unknown && is(expression, "identifier") &&
        is_builtin_name(std::string(module.tree().text(expression))) &&
        resolver.catalogue().always_calls_wrapped(
            std::string(module.tree().text(expression))))
      continue;
    // A library's decorators are the library's business; one hoist cannot
    // find may handle errors as well as not.
    if (symbol.kind == Symbol::Kind::Unknown)
      return named + ", which hoist cannot follow, may handle" + of;
    // So may a library's, whose code hoist does not see, unless the
    // catalogue knows it calls what it wraps every time.
    if ((symbol.kind == Symbol::Kind::Path ||
         symbol.kind == Symbol::Kind::Instance) &&
        !resolver.catalogue().always_calls_wrapped(symbol.path))
      return named + ", library code hoist does not see into, may handle" +
             of + " or end the call before it runs";
    if (symbol.kind == Symbol::Kind::Function && symbol.function &&
        symbol.module && !ts_node_is_null(symbol.function->body)) {
      if (handles_in({symbol.module, symbol.function}, symbol.function->body))
        return named + " handles" + of;
      if (may_end_in(symbol.module->tree(), symbol.function->node))
        return named + ends;
      // `@retired_with(410)`: the factory's call is the decorator.
      TSNode made_by = ts_node_parent(expression);
      bool factory = is(made_by, "call") &&
                     is(ts_node_parent(made_by), "decorator");
      if (never_runs_wrapped(symbol.module->tree(), *symbol.function, factory))
        return named + " never runs '" + display_name(function) + "'";
    }
    // A class whose instances wrap it: its `__call__` runs it.
    if (symbol.kind == Symbol::Kind::Class && symbol.cls && symbol.module) {
      if (handles_in({symbol.module, nullptr}, symbol.cls->node))
        return named + " handles" + of;
      if (may_end_in(symbol.module->tree(), symbol.cls->node))
        return named + ends;
      for (const FunctionInfo &method : symbol.module->functions())
        if (method.class_name == symbol.cls->name &&
            method.name == "__exit__" && exit_swallows(*symbol.module, method))
          return named + " handles" + of;
    }
  }
  return "";
}

bool never_returns(const NameResolver &resolver, Scope scope, TSNode call,
                   int depth) {
  if (!is(call, "call"))
    return false;
  const SyntaxTree &tree = scope.module->tree();
  TSNode callee = field(call, "function");
  Symbol symbol = resolver.resolve(callee, scope);
  if (symbol.kind == Symbol::Kind::Path)
    return symbol.path == "sys.exit" || symbol.path == "os._exit" ||
           symbol.path == "os.abort" || symbol.path == "flask.abort" ||
           symbol.path == "werkzeug.exceptions.abort";
  if (!symbol.known() && is(callee, "identifier"))
    return tree.text(callee) == "exit" || tree.text(callee) == "quit";
  const ModuleModel *module = nullptr;
  const FunctionInfo *function =
      resolver.called_function(call, scope, module);
  if (!function || !module || ts_node_is_null(function->body) || depth > 3)
    return false;
  bool returns = false;
  for_each_in_scope(function->body, [&](TSNode node) {
    returns = returns || is(node, "return_statement") || is(node, "yield");
    return !returns;
  });
  TSNode last{};
  for (TSNode statement : named_children(function->body))
    if (!is(statement, "comment"))
      last = statement;
  if (returns || ts_node_is_null(last))
    return false;
  if (is(last, "raise_statement"))
    return true;
  return is(last, "expression_statement") &&
         never_returns(resolver, {module, function},
                       ts_node_named_child(last, 0), depth + 1);
}

namespace {

/// True when `statement` may raise on what the invocation was given: it
/// reads an item, awaits, or calls what is not known never to raise (a
/// log line, `print`, `len`, `isinstance`, `dict.get`, `os.getenv`).
bool may_raise_on_input(const SyntaxTree &tree, TSNode statement) {
  static const std::unordered_set<std::string_view> kQuiet{
      "print", "len", "isinstance", "hasattr", "repr", "id", "type",
      "callable", "get", "getenv", "setdefault", "debug", "info", "warning",
      "warn", "error", "exception", "critical", "log", "append", "time",
      "monotonic", "perf_counter", "now", "utcnow"};
  bool raises = false;
  auto visit = [&](TSNode inner) {
    raises = raises || is(inner, "subscript") || is(inner, "await") ||
             (is(inner, "call") &&
              !kQuiet.count(called_name(tree, field(inner, "function"))));
    return !raises;
  };
  if (visit(statement))
    for_each_in_scope(statement, visit);
  return raises;
}

} // namespace

TSNode guard_before(const NameResolver &resolver, Scope scope, TSNode node,
                    TSNode body, const std::vector<std::string> &names,
                    bool any_name, bool raising) {
  const SyntaxTree &tree = scope.module->tree();
  auto reads_names = [&](TSNode expression) {
    if (ts_node_is_null(expression))
      return false;
    if (any_name)
      return true;
    for (const std::string &name : names_read(tree, expression))
      if (std::count(names.begin(), names.end(), name))
        return true;
    return false;
  };
  auto ends_function = [&](TSNode statement) {
    bool ends = false;
    for_each_in_scope(statement, [&](TSNode inner) {
      ends = ends || is(inner, "return_statement") ||
             is(inner, "raise_statement") ||
             never_returns(resolver, scope, inner);
      return !ends;
    });
    return ends;
  };
  auto is_guard = [&](TSNode statement) {
    std::string_view type = kind(statement);
    if (type == "assert_statement")
      return reads_names(ts_node_named_child(statement, 0));
    if (type == "if_statement" || type == "match_statement" ||
        type == "while_statement" || type == "for_statement") {
      // A loop whose body or `else` ends the function ends it for some of
      // what it iterates (`for error in event["errors"]: return ...`).
      std::vector<TSNode> tests{field(statement, "condition"),
                                field(statement, "subject"),
                                field(statement, "right")};
      for (TSNode clause : named_children(statement))
        if (is(clause, "elif_clause"))
          tests.push_back(field(clause, "condition"));
      return std::any_of(tests.begin(), tests.end(), reads_names) &&
             ends_function(statement);
    }
    // `body = json.loads(event["body"])` before a read of a variable that
    // may be unset: the invocations it ends answered with its error.
    if (raising && type == "expression_statement" &&
        may_raise_on_input(tree, statement))
      return true;
    // A check the project wrote as a function (`require_env("S3_ENDPOINT")`,
    // `check()`): one that reads the environment and can raise, before a
    // construction that can fail.
    if (type == "expression_statement" && any_name &&
        is(ts_node_named_child(statement, 0), "call")) {
      const ModuleModel *module = nullptr;
      const FunctionInfo *check = resolver.called_function(
          ts_node_named_child(statement, 0), scope, module);
      if (!check || !module || ts_node_is_null(check->body))
        return false;
      std::string_view code = module->tree().text(check->body);
      bool raises = false;
      for_each_in_scope(check->body, [&](TSNode inner) {
        raises = raises || is(inner, "raise_statement") ||
                 is(inner, "assert_statement");
        return !raises;
      });
      return raises && (code.find("environ") != std::string_view::npos ||
                        code.find("getenv") != std::string_view::npos);
    }
    // `try: os.environ["X"]` with an `except KeyError: return ...`, before
    // a construction that can fail. (A `try` body reads most names a
    // construction does, `boto3` first; one that cannot fail is built the
    // same at INIT whatever the `try` found.)
    if (type == "try_statement") {
      if (!any_name)
        return false;
      // Or its `else`, which runs when the body did not fail.
      for (TSNode clause : named_children(statement))
        if ((is(clause, "except_clause") || is(clause, "else_clause")) &&
            ends_function(clause))
          return true;
    }
    return false;
  };
  for (TSNode current = node;
       !ts_node_is_null(current) && !ts_node_eq(current, body);
       current = ts_node_parent(current)) {
    for (TSNode previous = ts_node_prev_named_sibling(current);
         !ts_node_is_null(previous);
         previous = ts_node_prev_named_sibling(previous)) {
      if (is_guard(previous))
        return previous;
      // A test inside an earlier statement (`for name in REQUIRED: if not
      // os.environ.get(name): return ...`) runs before `node` too.
      TSNode inner{};
      for_each_in_scope(previous, [&](TSNode candidate) {
        if (ts_node_is_null(inner) && is_guard(candidate))
          inner = candidate;
        return ts_node_is_null(inner);
      });
      if (!ts_node_is_null(inner))
        return inner;
    }
  }
  return TSNode{};
}

namespace {

/// Whether a `break` in `loop`'s body (not in a loop nested in it, nor in a
/// function or class defined there) can leave it.
bool breaks_out(TSNode loop) {
  bool found = false;
  for_each_in_scope(field(loop, "body"), [&](TSNode node) {
    found = found || is(node, "break_statement");
    return !found && !is(node, "for_statement") && !is(node, "while_statement");
  });
  return found;
}

/// `case _:` or `case name:` without a guard: the case every subject takes.
bool is_irrefutable(TSNode clause) {
  if (!ts_node_is_null(field(clause, "guard")))
    return false;
  std::vector<TSNode> patterns;
  for (TSNode child : named_children(clause))
    if (is(child, "case_pattern"))
      patterns.push_back(child);
  if (patterns.size() != 1)
    return false;
  TSNode only = ts_node_named_child(patterns[0], 0);
  return ts_node_named_child_count(patterns[0]) == 0 ||
         (is(only, "dotted_name") && ts_node_named_child_count(only) == 1);
}

} // namespace

bool always_exits(const NameResolver &resolver, Scope scope, TSNode statement) {
  if (ts_node_is_null(statement))
    return false;
  auto exits = [&](TSNode inner) {
    return always_exits(resolver, scope, inner);
  };
  std::string_view type = kind(statement);
  if (type == "block") {
    for (TSNode inner : named_children(statement))
      if (exits(inner))
        return true;
    return false;
  }
  if (type == "return_statement" || type == "raise_statement" ||
      type == "continue_statement" || type == "break_statement")
    return true;
  if (type == "expression_statement")
    return never_returns(resolver, scope, ts_node_named_child(statement, 0));
  if (type == "assert_statement") {
    // `assert False, "removed"`: Lambda does not run Python with -O.
    return constant_truth(resolver, scope, ts_node_named_child(statement, 0)) ==
           false;
  }
  if (type == "if_statement") {
    // `if not ASSUME_ROLE_MODE: return ...` with the constant false: the
    // test always passes, so its branch decides.
    if (constant_truth(resolver, scope, field(statement, "condition")) == true)
      return exits(field(statement, "consequence"));
    bool has_else = false;
    if (!exits(field(statement, "consequence")))
      return false;
    for (TSNode clause : named_children(statement)) {
      if (is(clause, "elif_clause") && !exits(field(clause, "consequence")))
        return false;
      if (is(clause, "else_clause")) {
        has_else = true;
        if (!exits(field(clause, "body")))
          return false;
      }
    }
    return has_else;
  }
  if (type == "try_statement") {
    bool body_exits = exits(field(statement, "body"));
    bool handlers_exit = true;
    for (TSNode clause : named_children(statement)) {
      if (is(clause, "finally_clause"))
        for (TSNode block : named_children(clause))
          if (is(block, "block") && exits(block))
            return true; // whatever came before
      if (is(clause, "else_clause"))
        body_exits = body_exits || exits(field(clause, "body"));
      if (is(clause, "except_clause"))
        for (TSNode block : named_children(clause))
          if (is(block, "block"))
            handlers_exit = handlers_exit && exits(block);
    }
    return body_exits && handlers_exit;
  }
  // A context manager could swallow an exception raised before the body's
  // exit; then code after the `with` runs. A `return` or `raise` of its own is
  // not swallowed that way in plausible code, so the body decides.
  if (type == "with_statement")
    return exits(field(statement, "body"));
  if (type == "while_statement") {
    if (constant_truth(resolver, scope, field(statement, "condition")) == true)
      return !breaks_out(statement);
    TSNode alternative = field(statement, "alternative");
    return !ts_node_is_null(alternative) && !breaks_out(statement) &&
           exits(field(alternative, "body"));
  }
  if (type == "for_statement") {
    TSNode alternative = field(statement, "alternative");
    return !ts_node_is_null(alternative) && !breaks_out(statement) &&
           exits(field(alternative, "body"));
  }
  if (type == "match_statement") {
    bool irrefutable = false;
    for (TSNode clause : named_children(field(statement, "body"))) {
      if (!is(clause, "case_clause"))
        continue;
      if (!exits(field(clause, "consequence")))
        return false;
      irrefutable = irrefutable || is_irrefutable(clause);
    }
    return irrefutable;
  }
  return false;
}

TSNode exit_before(const NameResolver &resolver, Scope scope, TSNode node,
                   TSNode body) {
  // The containing nodes and each block's statements found once: asking
  // tree-sitter for a parent or a previous sibling walks down from the root.
  const std::vector<TSNode> containing = ancestors(node, body);
  TSNode current = node;
  for (std::size_t up = 0; up < containing.size() && !ts_node_eq(current, body);
       current = containing[up++]) {
    if (!is(containing[up], "block"))
      continue;
    std::vector<TSNode> statements = named_children(containing[up]);
    auto at = std::find_if(statements.begin(), statements.end(),
                           [&](TSNode statement) {
                             return ts_node_eq(statement, current);
                           });
    while (at != statements.begin())
      if (always_exits(resolver, scope, *--at))
        return *at;
  }
  return TSNode{};
}

} // namespace hoist::python
