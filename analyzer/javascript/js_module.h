#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "javascript/js_syntax.h"

namespace hoist::javascript {

/// What a module-level name is bound to.
struct Binding {
  enum class Kind {
    Import,   ///< a module's export: `import`, `require`
    Function, ///< a function the module defines
    Require, ///< `require` by another name: `createRequire(...)`, `r = require`
    Value,   ///< anything else (`let client;`)
  };
  Kind kind = Kind::Value;
  /// Import: the module specifier ("node:" dropped) and the name exported,
  /// then members ("DynamoDB.DocumentClient"); empty for the module itself
  /// (a namespace or default import, `require(...)`).
  std::string module;
  std::string path;
  /// Function: its node (declaration, arrow function or function expression).
  TSNode function{};
  /// Where the name is bound, for notes.
  TSNode site{};
};

/// One JavaScript or TypeScript module: its parse, its module-level names
/// and what it exports (ES exports and CommonJS `exports.x =`,
/// `module.exports.x =`, `module.exports = {...}`).
class JsModule {
public:
  explicit JsModule(std::unique_ptr<JsTree> tree);

  const JsTree &tree() const { return *tree_; }
  const Binding *binding(const std::string &name) const;
  /// The expression (or declaration) exported as `name` ("default" for
  /// `export default` and `module.exports = x`), with where it is exported.
  struct Export {
    TSNode value;
    TSNode site;
    /// A re-export (`export { x as handler } from './impl'`): the module
    /// specifier and the name it exports there; empty otherwise.
    std::string from_module{};
    std::string from_name{};
    /// The value the name held before, which `value` reads to wrap it
    /// (`exports.handler = logged(exports.handler)`); a null node otherwise.
    TSNode replaced{};
  };
  const std::map<std::string, Export> &exports() const { return exports_; }
  /// True when the module may export names exports() does not list:
  /// `export * from`, `export { x } from`, `module.exports = other`, a
  /// spread in `module.exports = { ...x }`.
  bool exports_unknown_names() const { return exports_unknown_names_; }
  /// The modules whose every export this one exports too: `export * from
  /// './impl'`, `module.exports = require('./impl')`.
  struct StarSource {
    std::string module; ///< the specifier
    TSNode site;
  };
  const std::vector<StarSource> &star_sources() const { return star_sources_; }
  /// True for a name the module declares with let/var/const (or assigns as
  /// `global.x`): state that outlives an invocation.
  bool is_module_variable(const std::string &name) const {
    return variables_.count(name) > 0;
  }
  /// False for a name no function, block or parameter of the module
  /// declares: it is the module-level one wherever it is read.
  bool may_be_declared_locally(const std::string &name) const {
    return locally_declared_.count(name) > 0;
  }
  /// A function or block that declares a name itself, with the
  /// declaration there (local_declaration's answer for what it holds).
  struct LocalScope {
    TSNode scope;
    TSNode declaration; ///< the first in a block; a function: itself
  };
  /// The functions and blocks declaring `name`, in source order.
  const std::vector<LocalScope> &local_scopes(const std::string &name) const;
  /// The module variables some function of the module assigns: state
  /// filled lazily (`let pool; async function connect() { pool = ... }`).
  const std::set<std::string> &filled_in_functions() const {
    return filled_in_functions_;
  }

private:
  void read_statement(TSNode statement);
  void read_declaration(TSNode declaration, TSNode site);
  void read_import(TSNode statement);
  void read_assignment(TSNode assignment);
  /// `module.exports = right` (or TypeScript's `export = right`) at `site`.
  void read_module_exports(TSNode right, TSNode site);
  bool loads_modules(TSNode value) const;
  void export_name(const std::string &name, TSNode value, TSNode site);

  std::unique_ptr<JsTree> tree_;
  std::map<std::string, Binding> names_;
  std::map<std::string, Export> exports_;
  std::set<std::string> variables_;
  std::set<std::string> filled_in_functions_;
  std::set<std::string> locally_declared_;
  std::map<std::string, std::vector<LocalScope>> local_scopes_;
  std::vector<StarSource> star_sources_;
  bool exports_unknown_names_ = false;
};

/// The module and path `node` names when it is `require('m')`, `require('m').x`
/// or an identifier or member chain rooted in an import of `module`:
/// ("@aws-sdk/client-s3", "S3Client"). Nothing for anything else.
std::optional<std::pair<std::string, std::string>>
imported_name(const JsModule &module, TSNode node);

/// Adds the names binding `pattern` declares (a parameter, a declarator's
/// name: `x`, `{ a, b: c }`, `[d, ...e]`, `f = 1`, TypeScript's `g: T`).
void bound_names(const JsTree &tree, TSNode pattern,
                 std::set<std::string> &names);

/// Where a function or block around `node` declares `name` itself, the
/// name there not being the module-level one: the variable_declarator, the
/// class or function declaration, or the function whose parameter it is.
/// Nothing when `name` is the module's.
std::optional<TSNode> local_declaration(const JsModule &module, TSNode node,
                                        const std::string &name);

/// The value of the local `const` `name` names (`const region =
/// arn.split(':')[3]`), or a null node; with `destructured`, also the value
/// a `const` pattern takes `name` from (`const { uri } = config[name]`).
TSNode const_value(const JsModule &module, TSNode name,
                   bool destructured = false);

/// True when `body` writes the variable `declarator` declares (`x = ...`,
/// `x ??= ...`, `x++`): a `let` that changes holds more than its first value.
bool assigned_again(const JsModule &module, TSNode body, TSNode declarator);

/// The locals of `function` that `expression` assigns before it reads
/// them, as tsc's downlevel of `??` and `?.` does (`var _a; ... (_a =
/// process.env.R) !== null && _a !== void 0 ? _a : 'us-east-1'`): a `var`
/// declared without a value, whose first use in `expression` is a plain
/// assignment, assigned in no function `function` defines. What it held
/// before, `expression` does not read.
std::set<std::string> expression_temporaries(const JsModule &module,
                                             TSNode expression,
                                             TSNode function);

/// What `require(x)` (or `import(x)`, or a `require` by another name)
/// is given to load, a string or a path it computes; a null node when
/// `node` is no such call.
TSNode loaded_specifier(const JsModule &module, TSNode node);

/// The specifier `require('m')` (or `import('m')`, or a `require` by
/// another name) loads, or nothing when `node` is no such call.
std::optional<std::string> required_module(const JsModule &module, TSNode node);

/// A module loading another: an ES import or `export ... from`, a
/// `require` or `import()` anywhere in it.
struct ModuleLoad {
  TSNode site;
  /// The specifier ("node:" dropped for a call); nothing when the code
  /// computes it (`require(name)`, `import(`./${name}.mjs`)`).
  std::optional<std::string> specifier;
};

/// Every load of `module`'s code, in source order (not TypeScript's `import
/// type`, which the compiler erases).
std::vector<ModuleLoad> module_loads(const JsModule &module);

/// What `declarator` binds `name` to when it loads a module or names part
/// of one: `const X = require('m')`, `const X = require('m').Y`, `const {
/// Y: X } = await import('m')`, `const X = AWS.S3`.
std::optional<std::pair<std::string, std::string>>
declared_import(const JsModule &module, TSNode declarator,
                const std::string &name);

} // namespace hoist::javascript
