#pragma once

#include <string>
#include <vector>

#include "python/name_resolver.h"

namespace hoist::python {

/// The directories a module adds to `sys.path` (`sys.path.insert(0,
/// os.path.join(os.path.dirname(__file__), "lib"))`, `sys.path.append("lib")`,
/// `site.addsitedir(...)`): its absolute imports look there too, before the
/// import roots or after them. A relative literal is taken from each of
/// `working_dirs` (where the module may run from).
struct SysPathEdits {
  std::vector<std::string> first; ///< searched before the import roots
  std::vector<std::string> last;  ///< searched after them
  /// True when the module changes `sys.path` in a way hoist cannot read: any
  /// of its absolute imports may then load another file.
  bool unknown = false;

  bool empty() const { return first.empty() && last.empty() && !unknown; }
};

SysPathEdits sys_path_edits(const NameResolver &resolver,
                            const ModuleModel &module,
                            const std::vector<std::string> &working_dirs);

/// True when the package whose `__init__` is `module` changes its own
/// `__path__` (`__path__.insert(0, ...)`, `__path__ = extend_path(...)`):
/// its submodules may then be loaded from elsewhere.
bool changes_package_path(const ModuleModel &module);

} // namespace hoist::python
