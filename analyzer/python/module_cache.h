#pragma once

#include <array>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <variant>
#include <vector>

#include "core/diagnostic.h"
#include "core/directory_listing.h"
#include "core/listed_directories.h"
#include "core/overlay.h"
#include "core/paths.h"
#include "core/suppressions.h"
#include "python/import_words.h"
#include "python/module_model.h"
#include "python/python2_code.h"
#include "python/syntax_tree.h"

namespace hoist::python {

/// One parsed Python file: its text, tree and model, kept alive together.
struct ParsedModule {
  SourceFilePtr file;
  std::unique_ptr<SyntaxTree> tree;
  std::unique_ptr<ModuleModel> model;
  std::optional<Location> syntax_error;
  /// Where a file that parses uses Python 2 first: Python 3 refuses it.
  std::optional<Python2Code> python2;
  std::vector<Suppression> suppressions;
};

/// Parses a file already read: tree, model, first syntax error (or Python 2
/// construct), suppressions.
ParsedModule parse_source(SourceFilePtr file);

/// Reads one file (from `overlay` when it holds it) that hoist can parse, or
/// says why it cannot be analyzed (`skipped` when above `max_size` bytes).
std::variant<SourceFilePtr, LoadError>
load_source(const std::filesystem::path &path, const std::string &display_path,
            const Overlay *overlay = nullptr,
            std::uintmax_t max_size = kDefaultMaxFileSize);

/// The files read that may import a module called by one name (the last
/// dotted name of its path), with where those imports lead when looked up
/// from each file's own directories (importers_of): made once per name, so
/// that asking which files import each of many modules of that name (every
/// function's `app.py`) is a lookup, not a pass over every candidate.
struct NameImporters {
  /// The candidates, absolute and normalized, in path order.
  std::vector<std::string> files;
  /// Each candidate's module-level import paths that may name the module.
  std::vector<std::vector<std::string>> paths;
  /// The candidates (indexes into `files`) by the module file one of those
  /// paths names from the candidate's own directories.
  std::unordered_map<std::string, std::vector<std::size_t>> by_own_file;
  /// The candidates with a path that none of their own directories has a
  /// module for (the import roots decide).
  std::vector<std::size_t> unresolved;
};

/// Files read already, by absolute normalized path.
using ReadFiles = std::unordered_map<std::string, SourceFilePtr>;

class UncheckedFiles;

/// The project's modules as imports find them, by absolute path: each is read
/// and parsed from disk (or the overlay) the first time an import names it,
/// then kept. One per analysis thread: syntax trees are not shared between
/// threads.
class ModuleCache {
public:
  /// `base` makes relative paths absolute. A module whose text names none of
  /// `library_roots` (the catalogue's top-level modules), imports no
  /// project module nor any library outside the standard library, and does
  /// not write the environment or a file cannot lead to a
  /// construction nor change one: it is kept as an empty stub, not parsed. A
  /// module in `read_files` (which may fill until the first lookup) is not read
  /// again, nor a directory in `listings` listed. What imports a module is
  /// looked for among `read_files` and `unchecked` (the project's other
  /// files). A module file is read within `max_file_size` bytes, as the
  /// files checked are.
  ModuleCache(const std::filesystem::path &base, const Overlay *overlay,
              std::vector<std::string> library_roots,
              const ReadFiles *read_files = nullptr,
              const ListedDirectories *listings = nullptr,
              const UncheckedFiles *unchecked = nullptr,
              std::uintmax_t max_file_size = kDefaultMaxFileSize);

  /// Every file loaded on demand so far, evicted or not.
  const std::vector<std::string> &loaded_files() const { return loaded_files_; }
  /// The paths (as reports name them) of the modules loaded so far that are
  /// Python 2 code.
  const std::vector<std::string> &python2_files() const {
    return python2_files_;
  }
  /// Every directory whose entries an import lookup consulted, found or
  /// not: a module created there later can change what imports resolve to
  /// (the cache keys on their times).
  const std::vector<std::string> &consulted_directories() const {
    return consulted_;
  }
  /// The module files an import named that could not be read (above
  /// max-file-size, not text, unreadable), each with why: hoist knows
  /// nothing of what their code does.
  const std::vector<LoadError> &unread_modules() const { return unread_; }
  /// The paths (as reports name them) of the modules that could not be
  /// read which a lookup asked for since the last call: what the work item
  /// that asked could not see.
  std::vector<std::string> take_unread_asked() const {
    return std::exchange(unread_asked_, {});
  }
  /// The modules loaded and still kept.
  const std::deque<ParsedModule> &modules() const { return modules_; }
  /// Ends a work item. Once half again as many modules as `keep` are loaded,
  /// drops all but `keep`, moving their suppressions to `suppressions`: first
  /// those used in one item (a handler's own service module), then the least
  /// recently used, so shared helpers stay. Only call it when nothing refers
  /// to a module (between handlers).
  void trim(std::size_t keep, std::vector<Suppression> &suppressions);
  /// The module whose file is `<dir>.py` or `<dir>/__init__.py`.
  const ModuleModel *module_at(const std::filesystem::path &dir) const;
  /// The same for a normalized absolute path without a trailing '/'; cheaper
  /// for the resolver, which asks often.
  const ModuleModel *module_at_stem(const std::string &stem) const;
  /// The absolute normalized directory that holds `module`'s file.
  std::string directory_of(const ModuleModel &module) const;
  /// `module` parsed whole, also when it is kept as an empty stub (it cannot
  /// lead to a construction): for the values of its constants, which a CDK
  /// app's settings module holds. Kept as long as the cache; `module` itself
  /// when its file cannot be read.
  const ModuleModel &whole(const ModuleModel &module) const;
  /// True when `module` is a package's `__init__.py`.
  bool is_package(const ModuleModel &module) const;
  /// True when `module` is a package with a submodule or subpackage `name`
  /// (`name.py` or a directory `name` beside its `__init__.py`).
  bool has_submodule(const ModuleModel &module, const std::string &name) const;
  /// The modules of the files read in this run (those checked, and the
  /// other files of their projects) whose text spells `word` as a whole
  /// identifier (a module's or a class's name), loaded, in path order: what
  /// imports a module or derives from a class is among them, whether an
  /// import has loaded it yet or not.
  std::vector<const ModuleModel *>
  modules_spelling(const std::string &word) const;
  /// The files (absolute, normalized; not loaded) of those that spell
  /// `word` where an import can name a module (a line that says `import`,
  /// the list continuing one; anywhere in a file that may load a module by
  /// name, `may_load_by_name`): what imports a module `word` is among them.
  std::vector<std::string> files_importing(const std::string &word) const;
  /// Whether the file `file` (absolute, normalized), as read in this run (a
  /// fixed text first), spells `word` as a whole identifier; nullopt when
  /// it was not read (a module outside the projects checked).
  std::optional<bool> read_file_spells(const std::string &file,
                                       const std::string &word) const;
  /// The files (as files_importing) that may load a module by a name or
  /// file they are given (`may_load_by_name`).
  std::vector<std::string> files_loading_by_name() const;
  /// True when a file read in this run (as for modules_spelling)
  /// star-imports `module` (`from helpers
  /// import *`, matched by the module's name) and spells `name` as a word:
  /// a name it binds, which a new global `name` in `module` would rebind.
  bool star_importer_spells(const ModuleModel &module,
                            const std::string &name) const;
  /// What `find` found the first time this run asked with `key`: the files
  /// read do not change during a run, and the same questions come again
  /// (importers_of: the modules that import a module, asked by every
  /// construction fix of 50 handlers that reach one helper, keyed by the
  /// module and the import roots; files_loaded_with; the method names a
  /// file's classes define; project_root_of). Kept when trim() drops
  /// modules.
  const std::vector<std::string> &
  found_once(const std::string &key,
             const std::function<std::vector<std::string>()> &find) const;
  /// The import paths of `file`'s imports, its functions' among them
  /// (importers_of, modules_loaded_with), found by `find` the first time:
  /// kept when trim() drops the module, so that a file is parsed once for
  /// every name its imports are asked about.
  const std::vector<std::string> &
  import_paths(const std::string &file,
               const std::function<std::vector<std::string>()> &find) const;
  /// What imports a module called `name` (NameImporters), made by `make`
  /// the first time this run asks.
  const NameImporters &
  name_importers(const std::string &name,
                 const std::function<NameImporters()> &make) const;
  /// The absolute normalized directory relative paths start from.
  const std::string &base() const { return base_text_; }
  /// The file of the module whose stem is `stem` (`<stem>.py`, else
  /// `<stem>/__init__.py`), without loading it; "" when there is none.
  std::string module_file_at_stem(const std::string &stem) const;
  /// Calls `use` with the module in `file` (as module_in finds it; not
  /// when there is none). One loaded for the call is dropped after it:
  /// `use` must keep nothing of it.
  void with_module(const std::string &file,
                   const std::function<void(const ModuleModel &)> &use) const;
  /// How many modules with_module and trim have dropped so far. A module loaded later
  /// may reuse a dropped one's memory, so answers keyed by the address of a
  /// model or a node (the resolver's memos) are stale once this changes.
  std::size_t modules_dropped() const { return modules_dropped_; }
  /// The module in `file`, an absolute normalized path: the one loaded
  /// already, or loaded now.
  const ModuleModel *module_in(const std::string &file) const;
  /// `module`'s file, an absolute normalized path (its path() is as shown).
  std::string file_of(const ModuleModel &module) const;
  /// True when `a` and `b` are the same file: a file checked keeps the path
  /// it was given (absolute, say), the same file loaded by an import is
  /// shown relative to the base, and may be parsed twice.
  bool same_file(const ModuleModel &a, const ModuleModel &b) const {
    return &a == &b || file_of(a) == file_of(b);
  }

private:
  /// Calls `use` with each file read in this run (as for
  /// modules_spelling): its absolute normalized path and text.
  void for_each_read(
      const std::function<void(const std::string &, const SourceFilePtr &)>
          &use) const;
  /// The files read whose text `spells` accepts, in path order.
  std::vector<std::string>
  files_where(const std::function<bool(std::string_view)> &spells) const;
  /// The same files' modules, loaded.
  std::vector<const ModuleModel *>
  modules_where(const std::function<bool(std::string_view)> &spells) const;
  /// True when `file` (absolute, normalized) is a regular file or in the
  /// overlay.
  bool exists(const std::string &file) const;
  /// Loads the module in `file`, an absolute normalized path.
  const ModuleModel *load(const std::string &file) const;
  /// `file` as read already (named `display`), or null.
  SourceFilePtr read_already(const std::string &file,
                             const std::string &display) const;
  /// What `dir`'s entry `name` is (a symbolic link followed), or nothing
  /// when there is none: one directory listing per directory instead of a
  /// stat per question (imports ask many).
  std::optional<std::filesystem::file_type>
  entry_type(const std::string &dir, const std::string &name) const;
  /// True when `text` (of the module in `dir`) may lead to a construction.
  bool may_construct(std::string_view text, const std::string &dir) const;

  std::string base_text_; ///< normalized, without a trailing '/'
  const Overlay *overlay_;
  /// The library roots by their first byte: may_construct looks for all of
  /// them in one pass over a module's text (a search per root was a
  /// memchr and a compare for every occurrence of each root's first letter).
  std::array<std::vector<std::string>, 256> library_roots_by_first_;
  const ReadFiles *read_files_;
  const ListedDirectories *listings_;
  const UncheckedFiles *unchecked_;
  /// How a loaded module has been used, for trim().
  struct ModuleUse {
    std::size_t last_use;  ///< tick_ of the last lookup
    std::size_t items;     ///< work items (between trims) that used it
    std::size_t last_item; ///< item_ of the last lookup
    std::string path;      ///< its key in by_path_
  };
  mutable std::unordered_map<const ModuleModel *, ModuleUse> uses_;
  /// The hash of the path of every module loaded so far. A module taken for
  /// one loaded before ranks as shared, and enough such mistakes crowd real
  /// shared helpers out (a table of 2^16 marks made B's helpers load 20
  /// times each): full hashes collide once in 2^64.
  mutable std::unordered_set<std::size_t> loaded_before_;
  std::size_t item_ = 0;
  mutable std::size_t tick_ = 0;
  mutable std::size_t modules_dropped_ = 0;
  mutable std::vector<std::string> loaded_files_;
  mutable std::vector<std::string> python2_files_;
  std::uintmax_t max_file_size_;
  /// Module files that could not be read: their display paths by absolute
  /// path (the key of by_path_).
  mutable std::unordered_map<std::string, std::string> unread_files_;
  mutable std::vector<LoadError> unread_;
  mutable std::vector<std::string> unread_asked_;
  /// The suppressions of the modules with_module dropped, for trim().
  mutable std::vector<Suppression> released_suppressions_;
  mutable std::vector<std::string> consulted_;
  /// A directory's entries by name, and the item that last asked.
  struct Listing {
    std::unordered_map<std::string, unsigned char> types; ///< DT_* by name
    std::size_t last_item = 0;
    /// pip installed here: its packages are libraries, not project modules
    bool installed = false;
    /// in a site-packages directory: all of it is
    bool site_packages = false;
  };
  mutable std::unordered_map<std::string, Listing> entries_;
  // Loading on demand changes what the project holds, not what it is.
  mutable std::deque<ParsedModule> modules_;
  /// whole()'s modules, by absolute path.
  mutable std::unordered_map<std::string, ParsedModule> whole_;
  mutable std::unordered_map<std::string, const ModuleModel *> by_path_;
  /// found_once(): by key.
  mutable std::unordered_map<std::string, std::vector<std::string>>
      found_once_;
  /// import_paths(): by file.
  mutable std::unordered_map<std::string, std::vector<std::string>>
      import_paths_;
  /// name_importers(): by name.
  mutable std::unordered_map<std::string, NameImporters> name_importers_;
  /// The files read that star-import a module, with the last name of the
  /// module each imports so ("" for `from . import *`); made on first use.
  mutable std::optional<std::vector<std::pair<std::string, SourceFilePtr>>>
      star_importers_;
  /// files_importing()'s index of the files read, made on first use.
  mutable std::optional<ImportWords> import_words_;
};

} // namespace hoist::python
