#pragma once

#include <filesystem>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/tsconfig.h"
#include "javascript/js_check.h"
#include "javascript/js_module.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {

/// The files a run checks (absolute, normal paths), each with the path it is
/// shown as (as discovery named it).
using CheckedFiles = std::map<std::string, std::string>;

/// The modules of a run: the files checked and the project modules they
/// import, each parsed once while it is in use, the least recently used
/// dropped by trim() so that a large repository is not held in memory.
class Modules {
public:
  /// `checked`: the files checked, whose read errors are reported when one
  /// cannot be loaded, shown as they are named there wherever they are
  /// loaded from.
  Modules(const JsRequest &request, JsResult &result,
          const CheckedFiles &checked)
      : request_(request), result_(result), checked_(checked) {}

  /// The module at `path` (absolute, normal), or null when it cannot be read.
  /// A module loaded again after trim() keeps the display path it was first
  /// loaded under.
  const JsModule *load(const std::string &path, const std::string &display);
  /// Drops the modules used least recently beyond the few kept. Call only
  /// where no module loaded before is still in use.
  void trim();
  const JsCatalogue &catalogue() const { return *request_.catalogue; }
  /// The project module `specifier` names from `from` (a relative import,
  /// or an alias of the nearest tsconfig.json's `paths` or `baseUrl`),
  /// trying Node's and TypeScript's extensions and index files.
  const JsModule *imported(const JsModule &from, const std::string &specifier);
  /// The file imported() loads for `specifier` from `from` (absolute,
  /// normal), without loading it; "" when there is none.
  std::string imported_path(const JsModule &from, const std::string &specifier);
  /// The module at `path` (absolute, normal) parsed apart from those
  /// load() holds, for a look at every file (Importers); null when it
  /// cannot be read.
  std::unique_ptr<JsModule> parse_apart(const std::string &path);
  const CheckedFiles &checked() const { return checked_; }

  /// The first of `base` with Node's and TypeScript's extensions, and its
  /// index files, that exists.
  const JsModule *load_first(const std::filesystem::path &base);

private:
  /// The directories named `nodejs` among the checked files' (absolute,
  /// sorted): where a Lambda layer's `/opt/nodejs/...` may be.
  const std::vector<std::string> &layer_roots();

  /// The tsconfig.json (or jsconfig.json) of `directory` or of the nearest
  /// directory above.
  const TsconfigDirs *nearest_tsconfig(const std::filesystem::path &directory);

  /// The file load_first() finds for a base, and how it is shown; no path
  /// when there is none.
  struct FirstFile {
    std::string path;
    std::string display;
  };
  FirstFile first_file(const std::filesystem::path &base) const;
  /// The file of load_first(`base`), found once.
  const FirstFile &first_file_of(const std::filesystem::path &base);
  /// The bases imported() tries for `specifier` from `from`, found once.
  const std::vector<std::filesystem::path> &
  bases_of(const JsModule &from, const std::string &specifier);
  /// The text at `path`: the overlay's, else the file's; `report` adds a
  /// read error to the run's.
  SourceFilePtr read(const std::string &path, const std::string &display,
                     bool report);
  /// Where imported() looks for `specifier`: the relative path, the
  /// layers' (`/opt/nodejs/...`), or the paths the nearest tsconfig.json's
  /// aliases make of it (none for a package).
  std::vector<std::filesystem::path> import_bases(const JsModule &from,
                                                  const std::string &specifier);

  const JsRequest &request_;
  JsResult &result_;
  struct Loaded {
    std::string display;
    std::unique_ptr<JsModule> module; ///< null: unreadable, or trimmed
    bool unreadable = false;
    std::uint64_t last_used = 0;
    std::size_t uses = 0; ///< loads: the modules many import are kept longest
  };
  std::map<std::string, Loaded> modules_;
  /// The modules held parsed, so that trim() need not walk every module
  /// loaded (a repository's thousands).
  std::vector<Loaded *> held_;
  std::uint64_t clock_ = 0;
  const CheckedFiles &checked_;
  std::map<std::string, std::optional<TsconfigDirs>> tsconfigs_;
  std::unordered_map<std::string, FirstFile> first_files_; ///< by base
  std::optional<std::vector<std::string>> layer_roots_;
  /// (importing file, '\0', specifier): the bases imported() tries.
  std::unordered_map<std::string, std::vector<std::filesystem::path>> imports_;
};

/// The arguments of a call or `new` (none for `new X`).
std::vector<TSNode> arguments_of(TSNode call);

/// A function (or class) and the module it is in.
using Resolved = std::optional<std::pair<const JsModule *, TSNode>>;

bool is_class_node(TSNode node);

/// True for `static x = ...` in a class body: it runs once, when the class
/// is defined.
bool is_static_field(TSNode node);

/// The nodes of `function`'s own body in source order (for a class, its
/// field initializers): not those of the functions and classes defined
/// inside it, which run when called.
template <typename Visit> void walk_own_body(TSNode function, Visit visit) {
  TSNode body = field(function, "body");
  if (ts_node_is_null(body))
    return;
  if (!visit(body))
    return;
  treesitter::walk_named_descendants(body, [&](TSNode node) {
    return !opens_scope_type(treesitter::kind(node)) &&
           !is_static_field(node) && visit(node);
  });
}

/// Follows what `node` names to the function it is: a function, a name
/// bound to one, an export of a project module, a method of a project class
/// (`repo.load` on `new Repo()`, `this.load`), a bound function
/// (`base.bind(x)`), a wrapper's result (`middy(base)`, `middy(base)
/// .use(m)`, `middy().handler(base)`: the wrapped function), or what a
/// factory of the project returns. Also to a class, for `new`. `depth`
/// bounds the chase.
Resolved resolve_function(Modules &modules, const JsModule &module, TSNode node,
                          int depth = 0);

/// The class of the object `node` is, when it is built from a class of the
/// project: `new Repo()`, `this`, a name bound to `new Repo()` (in the
/// module or in the function), `this.repo` given `new Repo()` in a field or
/// the constructor, an instance another module exports.
Resolved instance_class(Modules &modules, const JsModule &module, TSNode node,
                        int depth = 0);

/// The object literal the name `object` is bound to, in the module or in a
/// function around it (`const helpers = { put }`), or a null node.
TSNode object_literal(const JsModule &module, TSNode object);

/// The value `object` (an object literal) gives `key`, or a null node.
TSNode property_value(const JsTree &tree, TSNode object, std::string_view key);

/// The function `function` returns, when it returns one.
Resolved returned_function(Modules &modules, const JsModule &module,
                           TSNode function, int depth);

/// The value `module` exports as `name` and the module that defines it,
/// followed through `export { x as handler } from` and `export * from`.
std::optional<std::pair<const JsModule *, TSNode>>
export_value(Modules &modules, const JsModule &module, const std::string &name,
             int depth);

/// What `module` exports as `name`, followed through re-exports (`export {
/// x as handler } from`, `export * from`, `module.exports = require(...)`)
/// to the function or class it is.
Resolved resolve_export(Modules &modules, const JsModule &module,
                        const std::string &name, int depth);

/// The method `name` of `klass` or of a class it extends.
Resolved find_method(Modules &modules, const JsModule &module, TSNode klass,
                     std::string_view name, int depth);

/// How a function is named in notes.
std::string function_name(const JsTree &tree, TSNode function);

/// The name an expression's member chain starts from: `mongoose` for
/// `mongoose.connect`.
std::string root_name(const JsTree &tree, TSNode node);

} // namespace hoist::javascript
