#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "javascript/js_catalogue.h"
#include "javascript/js_module.h"

namespace hoist::javascript {

class Modules;

/// True for the calls that only read what they are given
/// (`Object.keys(process.env)`, `console.log(...)`, `Object.isFrozen(s3)`):
/// handing them an object changes nothing of it.
bool only_reads_arguments(std::string_view callee);

/// True when `node` writes the environment, through `process.env` or an
/// alias of it (is_environment_object): `process.env.X = ...`, `delete
/// env.X`, `Object.assign(process.env, ...)`, `Reflect.set(process.env,
/// ...)`, `Object.defineProperty(process.env, ...)` (or of `process`, whose
/// `env` it may replace), or hands it to a call
/// that may write it (`applyRegion(process.env, r)`; not one that only
/// reads, `Object.keys(process.env)`).
bool writes_environment(const JsModule &module, TSNode node);

/// The variable `node` writes when it writes one of the environment by a
/// name it spells (`process.env.AWS_REGION = ...`, `process.env["X"] = ...`);
/// nothing for a name computed or a write of many (`Object.assign`).
std::optional<std::string> written_variable(const JsModule &module,
                                            TSNode node);

/// True when `node` changes SDK v2's global configuration, which every
/// client reads when it is built: `AWS.config.update(...)`, `AWS.config.region
/// = ...`, `AWS.config = new AWS.Config(...)` of an `aws-sdk` (or
/// `aws-sdk/global`) import.
bool changes_sdk_configuration(const JsModule &module, TSNode node);

/// True when `node` runs code built from a string that may write the
/// environment or SDK v2's configuration: `eval(code)`, `new
/// Function('r', code)` (`Function(...)`), when `code` is not a literal
/// or mentions them ('process.env.AWS_REGION = r'). hoist does not read
/// such code.
bool runs_code_that_may_write(const JsModule &module, TSNode node);

/// The function of a library `call` calls: an import's (imported_name), or
/// a method of the process object (`process.loadEnvFile()`), as module
/// "process".
std::optional<std::pair<std::string, std::string>>
called_library(const JsModule &module, TSNode call);

/// The first change of the environment (or, with `sdk_configuration`, of
/// SDK v2's configuration) that module code makes at INIT from the
/// top-level `statement` on (not in the functions and classes it defines),
/// as written; "" when there is none. A client moved to module scope
/// before `statement` is built before it. Counted too: what callbacks of
/// the module code before `statement` do, which run after it (`(async ()
/// => {...})()`, `.then(...)`, `setTimeout(...)`), the library calls the
/// `catalogue` says write the environment (`require('dotenv').config()`),
/// and, with `modules`, the module code of the project modules required
/// (`require('./setup')`).
/// True when `call` calls its argument `argument` before it returns: a
/// method the catalogue's 'javascript_immediate_callbacks' name, of any
/// object (`forEach`) or of one `new` of its API built (`als.run(store,
/// callback)` of `const als = new AsyncLocalStorage()`); with `once`, only
/// when it calls it exactly once.
bool calls_at_once(const JsModule &module, const JsCatalogue *catalogue,
                   TSNode call, TSNode argument, bool once = false);

std::string later_init_change(const JsModule &module, TSNode statement,
                              bool sdk_configuration,
                              const JsCatalogue *catalogue = nullptr,
                              Modules *modules = nullptr);

/// What the functions an invocation runs (the handler and those it calls)
/// change that a client may read when it is built without being given it:
/// the AWS SDKs read AWS_REGION and the credentials' variables, SDK v2 also
/// its global configuration. A construction the invocation builds after
/// such a change reads another value once moved to INIT.
struct InvokePathChanges {
  /// Where the environment is first written ("'configure' writes
  /// 'process.env.AWS_REGION'"), or "".
  std::string environment;
  /// The variables written by name, each with the function that writes it
  /// first; the first function that writes one hoist cannot name, or "".
  std::map<std::string, std::string> variables;
  std::string writes_unnamed;
  /// The first call of a library the catalogue does not know to be
  /// harmless ("'handler' calls 'paramEnv.load(...)' (from
  /// 'aws-param-env')"), which may write the environment, or "".
  std::string library_call;
  /// Where the package of library_call is, when it is the repository's own
  /// (a workspace, a `file:` dependency: js_workspace.h), shown as a path.
  std::string library_call_in_tree;
  /// The first code the invocation runs that hoist cannot find ("'handler'
  /// runs code by iterating 'steps', whose iterator's 'next' hoist does not
  /// find"), which may write the environment, or "".
  std::string unfollowed;
  /// Where SDK v2's configuration is first changed ("'configure' runs
  /// 'AWS.config.update(...)'"), or "".
  std::string sdk_configuration;

  /// Module-level variables the invocation assigns (`region =
  /// event.region`, `opts.region = ...`), each with the function that
  /// assigns it first: a construction reading one reads this invocation's
  /// value, not INIT's.
  std::map<std::pair<const JsModule *, std::string>, std::string> state;

  /// The project modules (by path, without extension) whose exports the
  /// invocation changes through an import (`cfg.region = r` of `const cfg
  /// = require('./cfg')`), each with the function that changes them
  /// first: every module importing them reads this invocation's values.
  std::map<std::string, std::string> exports_changed;

  /// The function that changes what `module`'s import `binding` names
  /// (exports_changed), or "".
  std::string exports_changer(const JsModule &module,
                              const Binding &binding) const;

  /// The function that writes `variable` ("*": any), or "".
  std::string writer(const std::string &variable) const;

  /// The function that assigns `module`'s variable `name`, or "".
  std::string assigner(const JsModule &module, const std::string &name) const;

  /// Notes what `node`, in `function` of `module`, changes: a write of
  /// `process.env`, a call of a library function the catalogue says writes
  /// it (dotenv's `config()`), a change of SDK v2's configuration, an
  /// assignment of a module-level variable, a call of a library not known
  /// to be harmless, and a module it loads (`require('./setup')`, `await
  /// import(...)`), whose module code runs then the first time: with
  /// `modules`, a project module's as module code is followed
  /// (later_init_change); a package not known to be harmless, or a path
  /// hoist does not compute, as library code.
  void note(const JsModule &module, const JsCatalogue &catalogue, TSNode node,
            const std::string &function, Modules *modules = nullptr);

private:
  /// What loading a module at `node` changes (note).
  void note_load(const JsModule &module, const JsCatalogue &catalogue,
                 TSNode node, const std::string &function, Modules *modules);
};

} // namespace hoist::javascript
