#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "javascript/js_syntax.h"

namespace hoist::javascript {

/// What a module-level name is bound to.
struct Binding {
  enum class Kind {
    Import,   ///< a module's export: `import`, `require`
    Function, ///< a function the module defines
    Value,    ///< anything else (`let client;`)
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
  };
  const std::map<std::string, Export> &exports() const { return exports_; }
  /// True when the module may export names exports() does not list:
  /// `export * from`, `export { x } from`, `module.exports = other`, a
  /// spread in `module.exports = { ...x }`.
  bool exports_unknown_names() const { return exports_unknown_names_; }
  /// True for a name the module declares with let/var/const (or assigns as
  /// `global.x`): state that outlives an invocation.
  bool is_module_variable(const std::string &name) const {
    return variables_.count(name) > 0;
  }

private:
  void read_statement(TSNode statement);
  void read_declaration(TSNode declaration, TSNode site);
  void read_import(TSNode statement);
  void read_assignment(TSNode assignment);
  void export_name(const std::string &name, TSNode value, TSNode site);

  std::unique_ptr<JsTree> tree_;
  std::map<std::string, Binding> names_;
  std::map<std::string, Export> exports_;
  std::set<std::string> variables_;
  bool exports_unknown_names_ = false;
};

/// The module and path `node` names when it is `require('m')`, `require('m').x`
/// or an identifier or member chain rooted in an import of `module`:
/// ("@aws-sdk/client-s3", "S3Client"). Nothing for anything else.
std::optional<std::pair<std::string, std::string>>
imported_name(const JsModule &module, TSNode node);

/// The specifier `require('m')` loads, or nothing when `node` is no such call.
std::optional<std::string> required_module(const JsTree &tree, TSNode node);

} // namespace hoist::javascript
