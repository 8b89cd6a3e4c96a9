#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "javascript/js_module.h"
#include "javascript/js_resolve.h"

namespace hoist::javascript {

/// Which checked modules load which (ES imports and `export ... from`,
/// `require` and `import()` of a literal, anywhere in a module), and which
/// load code whose name they compute: what a fix that moves a construction
/// into a module other than its handler's asks (Python's importers_of).
/// Made when first asked, from every checked file.
class Importers {
public:
  explicit Importers(Modules &modules) : modules_(modules) {}

  /// Why code that is not on the way from `handler`'s module may load
  /// `target`, where a construction moved to module scope would then be
  /// built whenever it loads: a module that loads it, directly or through
  /// others, and that the handler's module does not load; one that loads
  /// code hoist cannot name; or `target` not among the files checked,
  /// whose importers hoist cannot see. "" when every module that loads
  /// `target` is on the handler's entry chain (re-exports, barrels).
  std::string other_loader(const JsModule &handler, const JsModule &target);

private:
  /// The project files the file at `path` loads (absolute, normal).
  const std::set<std::string> &loads_of(const std::string &path);
  void index();

  Modules &modules_;
  bool indexed_ = false;
  std::map<std::string, std::set<std::string>> loads_;   ///< by loader
  std::map<std::string, std::set<std::string>> loaders_; ///< by loaded
  /// The files that load code whose name they compute, with the first such
  /// load as written.
  std::map<std::string, std::string> computed_;
};

} // namespace hoist::javascript
