#include "python/module_cache.h"

#include "core/directory_listing.h"
#include "core/file_discovery.h"
#include "core/identifier_words.h"
#include "python/dynamic_imports.h"
#include "python/import_words.h"
#include "python/invoke_effects.h"
#include "python/module_imports.h"
#include "python/standard_library.h"
#include "python/text_lines.h"
#include "python/unchecked_files.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace hoist::python {
namespace {

namespace fs = std::filesystem;

/// The ranges of the comments that may hold a suppression. Most files have
/// none, and a byte search proves it without walking the tree.
std::vector<TextRange> comment_ranges(const SyntaxTree &tree) {
  std::vector<TextRange> ranges;
  if (tree.file()->text().find("hoist:") == std::string_view::npos)
    return ranges;
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (is(node, "comment"))
      ranges.push_back(tree.range(node));
    return true;
  });
  return ranges;
}

} // namespace

ParsedModule parse_source(SourceFilePtr file) {
  ParsedModule parsed;
  parsed.file = file;
  parsed.tree = SyntaxTree::parse(file);
  if (auto error = parsed.tree->first_error())
    parsed.syntax_error = Location{file, parsed.tree->range(*error)};
  else
    parsed.python2 = find_python2_code(*parsed.tree);
  parsed.model = std::make_unique<ModuleModel>(*parsed.tree);
  parsed.suppressions = read_suppressions(file, comment_ranges(*parsed.tree));
  return parsed;
}

std::variant<SourceFilePtr, LoadError>
load_source(const fs::path &path, const std::string &display_path,
            const Overlay *overlay, std::uintmax_t max_size) {
  SourceFilePtr file;
  auto replaced =
      overlay ? overlay->find(fs::absolute(path).lexically_normal().string())
              : Overlay::const_iterator{};
  if (overlay && replaced != overlay->end()) {
    file = std::make_shared<SourceFile>(display_path, replaced->second);
  } else {
    auto loaded = SourceFile::load(path, display_path, max_size);
    if (auto *error = std::get_if<LoadError>(&loaded))
      return std::move(*error);
    file = std::get<SourceFilePtr>(loaded);
  }
  if (auto refused = exceeds_parser_limits(*file))
    return LoadError{display_path, *refused};
  return file;
}

ModuleCache::ModuleCache(const fs::path &base, const Overlay *overlay,
                         std::vector<std::string> library_roots,
                         const ReadFiles *read_files,
                         const ListedDirectories *listings,
                         const UncheckedFiles *unchecked,
                         std::uintmax_t max_file_size)
    : base_text_(normalized_dir(base)), overlay_(overlay),
      read_files_(read_files), listings_(listings), unchecked_(unchecked),
      max_file_size_(max_file_size) {
  for (std::string &root : library_roots)
    if (!root.empty())
      library_roots_by_first_[static_cast<unsigned char>(root[0])].push_back(
          std::move(root));
}

bool ModuleCache::may_construct(std::string_view text,
                                const std::string &dir) const {
  for (std::size_t at = 0; at < text.size(); ++at)
    for (const std::string &root :
         library_roots_by_first_[static_cast<unsigned char>(text[at])])
      // Most candidates differ at the second byte: that is checked first.
      if (root.size() <= text.size() - at &&
          (root.size() < 2 || text[at + 1] == root[1]) &&
          text.compare(at, root.size(), root) == 0)
        return true;
  // Its imports: relative ones, any whose top-level name is a file or
  // directory beside it or in a parent (where project modules are found),
  // and any library outside the standard library (a C extension, a
  // third-party package), whose code hoist does not see.
  return any_line(text, [&](std::string_view line, std::size_t) {
    std::string_view rest;
    if (line.rfind("import ", 0) == 0)
      rest = line.substr(7);
    else if (line.rfind("from ", 0) == 0)
      rest = line.substr(5);
    else
      return false;
    rest.remove_prefix(std::min(rest.find_first_not_of(" \t"), rest.size()));
    if (rest.empty() || rest[0] == '.' || rest[0] == '(' || rest[0] == '\\')
      return true;
    std::size_t name_end = rest.find_first_of(" \t.,;#\r");
    std::string name(rest.substr(0, name_end));
    if (name == "__future__")
      return false;
    const std::string top = project_root_of(*this, dir);
    for (std::string up = dir;; up = parent_dir(up)) {
      if (entry_type(up, name + ".py") || entry_type(up, name))
        return true;
      if (up == "/" || up == top)
        return !is_standard_library(name);
    }
  });
}

const ModuleModel *ModuleCache::module_at(const fs::path &dir) const {
  return module_at_stem(normalized_dir(dir));
}

/// A package beside a module of the same name wins, as Python's path
/// finder looks for `name/__init__.py` before `name.py`.
const ModuleModel *ModuleCache::module_at_stem(const std::string &stem) const {
  for (std::string candidate : {stem + "/__init__.py", stem + ".py"})
    if (const ModuleModel *module = module_in(candidate))
      return module;
  return nullptr;
}

const ModuleModel *ModuleCache::module_in(const std::string &file) const {
  auto it = by_path_.find(file);
  if (it == by_path_.end())
    return load(file);
  if (!it->second)
    if (auto unread = unread_files_.find(file); unread != unread_files_.end())
      unread_asked_.push_back(unread->second);
  if (it->second) {
    ModuleUse &use = uses_.at(it->second);
    use.last_use = ++tick_;
    if (use.last_item != item_) {
      use.last_item = item_;
      ++use.items;
    }
  }
  return it->second; // null: known not to be loadable
}

std::optional<fs::file_type>
ModuleCache::entry_type(const std::string &dir, const std::string &name) const {
  auto it = entries_.find(dir);
  if (it == entries_.end()) {
    std::vector<ListedEntry> listed;
    if (!listings_ || !listings_->find(dir, listed)) {
      // A directory inside the project that its parent's listing lacks is
      // not opened: imports ask for many (`json/__init__.py` beside each
      // handler).
      bool absent = dir.size() > base_text_.size() &&
                    dir.compare(0, base_text_.size(), base_text_) == 0 &&
                    dir[base_text_.size()] == '/' &&
                    entry_type(parent_dir(dir), file_name(dir)) !=
                        fs::file_type::directory;
      std::error_code error;
      if (!absent)
        list_directory(dir, listed, error);
    }
    Listing listing;
    listing.installed = holds_installed_packages(listed);
    listing.site_packages =
        ("/" + dir + "/").find("/site-packages/") != std::string::npos;
    for (ListedEntry &entry : listed)
      listing.types.emplace(std::move(entry.name), entry.type);
    it = entries_.emplace(dir, std::move(listing)).first;
    consulted_.push_back(dir);
  }
  it->second.last_item = item_;
  auto entry = it->second.types.find(name);
  if (entry == it->second.types.end())
    return std::nullopt;
  bool is_symlink = false;
  fs::file_type type = type_of(dir + "/" + name, entry->second, is_symlink);
  if (it->second.site_packages ||
      (it->second.installed && type == fs::file_type::directory))
    return std::nullopt;
  return type;
}

SourceFilePtr ModuleCache::read_already(const std::string &file,
                                        const std::string &display) const {
  if (!read_files_ || (overlay_ && overlay_->count(file)))
    return nullptr;
  auto it = read_files_->find(file);
  // Only under the name this module gets here: one name per file in a run.
  if (it == read_files_->end() || it->second->path() != display)
    return nullptr;
  return it->second;
}

bool ModuleCache::exists(const std::string &file) const {
  // The overlay may hold a file that --fix created in memory only.
  return (overlay_ && overlay_->count(file)) ||
         entry_type(parent_dir(file), file_name(file)) ==
             fs::file_type::regular;
}

std::string ModuleCache::module_file_at_stem(const std::string &stem) const {
  for (std::string candidate : {stem + "/__init__.py", stem + ".py"})
    if (exists(candidate))
      return candidate;
  return "";
}

const ModuleModel *ModuleCache::load(const std::string &file) const {
  const ModuleModel *model = nullptr;
  if (exists(file)) {
    // Named relative to the base when inside it.
    std::string inside = base_text_ == "/" ? "/" : base_text_ + "/";
    std::string display = file.compare(0, inside.size(), inside) == 0
                              ? file.substr(inside.size())
                              : file;
    SourceFilePtr source = read_already(file, display);
    if (!source) {
      auto loaded = load_source(file, display, overlay_, max_file_size_);
      if (auto *read = std::get_if<SourceFilePtr>(&loaded)) {
        source = std::move(*read);
      } else if (unread_files_.emplace(file, display).second) {
        // Not a module without code: one whose code hoist cannot see.
        unread_.push_back(std::move(std::get<LoadError>(loaded)));
        unread_asked_.push_back(display);
      } else {
        unread_asked_.push_back(display);
      }
    }
    if (source) {
      std::string_view text = source->text();
      // A module that cannot lead to a construction, nor change the
      // environment or a file one reads (nor load a module by name, which
      // may be a handler's), an object it is handed or state its
      // importers read or hand it to them (`return DEFAULTS`), nor handle
      // the errors of code it wraps, nor end
      // the code that calls it (an `abort()` that raises: what follows
      // never runs), nor call what it is given (a decorator that runs the
      // handler when applied, a wrapper calling a hook), is kept as an empty
      // stub with its path (for relative lookups): not parsed. Nor one
      // whose objects compute what is read of them (a property), from
      // state anything may change, nor one that defines a class, whose
      // instances code may change. One
      // that declares names global is parsed: it may rebind at run time the
      // state a construction in its importers reads (`config.REGION`).
      bool stub = text.find("hoist:") == std::string_view::npos &&
                  text.find("global") == std::string_view::npos &&
                  !may_construct(text, parent_dir(file)) &&
                  !may_write_environment(text) && !may_write_files(text) &&
                  !may_load_by_name(text) &&
                  !may_change_objects(text) &&
                  !may_change_state_or_handle_errors(text) &&
                  !may_hand_out_state(text) &&
                  !may_compute_when_read(text) && !may_define_class(text) &&
                  !may_define_never_returning(text) &&
                  !may_call_what_it_is_given(text);
      ParsedModule parsed = parse_source(
          stub ? std::make_shared<SourceFile>(display, "") : source);
      model = parsed.model.get();
      if (parsed.python2)
        python2_files_.push_back(display);
      // A module loaded again after it was dropped is shared.
      bool again =
          !loaded_before_.insert(std::hash<std::string>{}(file)).second;
      uses_[model] = {++tick_, again ? 2u : 1u, item_, file};
      loaded_files_.push_back(file);
      modules_.push_back(std::move(parsed));
    }
  }
  by_path_[file] = model;
  return model;
}

const ModuleModel &ModuleCache::whole(const ModuleModel &module) const {
  if (!module.tree().file()->text().empty())
    return module;
  std::string file = directory_of(module) + "/" +
                     std::filesystem::path(module.path()).filename().string();
  auto kept = whole_.find(file);
  if (kept == whole_.end()) {
    auto loaded = load_source(file, module.path(), overlay_, max_file_size_);
    auto *source = std::get_if<SourceFilePtr>(&loaded);
    if (!source || (*source)->text().empty())
      return module;
    kept = whole_.emplace(file, parse_source(*source)).first;
  }
  return *kept->second.model;
}

void ModuleCache::with_module(
    const std::string &file,
    const std::function<void(const ModuleModel &)> &use) const {
  bool loaded = by_path_.count(file) > 0;
  const ModuleModel *model = module_in(file);
  if (!model)
    return;
  use(*model);
  if (loaded)
    return;
  // Loaded for this question only: dropped now, not at the next trim, so
  // that a question about thousands of files holds one tree at a time.
  auto it = std::find_if(
      modules_.begin(), modules_.end(),
      [&](const ParsedModule &module) { return module.model.get() == model; });
  released_suppressions_.insert(released_suppressions_.end(),
                                it->suppressions.begin(),
                                it->suppressions.end());
  by_path_.erase(file);
  uses_.erase(model);
  modules_.erase(it);
  ++modules_dropped_;
}

void ModuleCache::trim(std::size_t keep,
                       std::vector<Suppression> &suppressions) {
  suppressions.insert(suppressions.end(), released_suppressions_.begin(),
                      released_suppressions_.end());
  released_suppressions_.clear();
  // Directory listings only serve lookups close in time: those the last item
  // did not use go, with the missing modules learnt from them.
  if (entries_.size() > 4 * keep) {
    for (auto it = entries_.begin(); it != entries_.end();)
      it = it->second.last_item == item_ ? std::next(it) : entries_.erase(it);
    for (auto it = by_path_.begin(); it != by_path_.end();)
      it = it->second ? std::next(it) : by_path_.erase(it);
  }
  ++item_;
  // A trim is a pass over the modules: one when half again as many as kept
  // are loaded, not one per item.
  if (modules_.size() <= keep + keep / 2)
    return;
  // Modules used in more than one item rank above every module used in one.
  auto rank = [&](const ModuleModel *model) {
    const ModuleUse &use = uses_.at(model);
    return (use.items > 1 ? tick_ + 1 : 0) + use.last_use;
  };
  std::vector<std::size_t> ranks;
  for (const ParsedModule &module : modules_)
    ranks.push_back(rank(module.model.get()));
  std::nth_element(ranks.begin(), ranks.begin() + (ranks.size() - keep),
                   ranks.end());
  std::size_t threshold = ranks[ranks.size() - keep];
  std::deque<ParsedModule> kept;
  for (ParsedModule &module : modules_) {
    const ModuleModel *model = module.model.get();
    if (rank(model) >= threshold) {
      kept.push_back(std::move(module));
      continue;
    }
    suppressions.insert(suppressions.end(), module.suppressions.begin(),
                        module.suppressions.end());
    by_path_.erase(uses_.at(model).path);
    uses_.erase(model);
    ++modules_dropped_;
  }
  modules_ = std::move(kept);
}

std::string ModuleCache::directory_of(const ModuleModel &module) const {
  return parent_dir(absolute_path(base_text_, module.path()));
}

std::string ModuleCache::file_of(const ModuleModel &module) const {
  return absolute_path(base_text_, module.path());
}

bool ModuleCache::is_package(const ModuleModel &module) const {
  return fs::path(module.path()).filename() == "__init__.py";
}

bool ModuleCache::has_submodule(const ModuleModel &module,
                                const std::string &name) const {
  if (!is_package(module))
    return false;
  std::string dir = directory_of(module);
  return entry_type(dir, name + ".py") == fs::file_type::regular ||
         entry_type(dir, name) == fs::file_type::directory;
}

namespace {

/// The last name of each module `text` star-imports (`from a.helpers import
/// *` gives "helpers", `from . import *` gives ""): a scan of its text.
std::vector<std::string> star_imported(std::string_view text) {
  std::vector<std::string> names;
  constexpr std::string_view kImport = "import";
  for (std::size_t at = text.find(kImport); at != std::string_view::npos;
       at = text.find(kImport, at + kImport.size())) {
    std::size_t star = text.find_first_not_of(" \t", at + kImport.size());
    if (star == std::string_view::npos || star == at + kImport.size() ||
        text[star] != '*')
      continue;
    std::size_t line = text.rfind('\n', at);
    line = line == std::string_view::npos ? 0 : line + 1;
    std::string_view head = text.substr(line, at - line);
    std::size_t from = head.find_first_not_of(" \t");
    if (from == std::string_view::npos || head.substr(from, 5) != "from ")
      continue;
    std::string_view module = head.substr(from + 5);
    module = module.substr(0, module.find_last_not_of(" \t") + 1);
    module =
        module.substr(std::min(module.size(), module.find_first_not_of(" \t")));
    std::size_t dot = module.rfind('.');
    names.emplace_back(dot == std::string_view::npos ? module
                                                     : module.substr(dot + 1));
  }
  return names;
}

} // namespace

std::vector<const ModuleModel *>
ModuleCache::modules_spelling(const std::string &word) const {
  return modules_where(
      [&](std::string_view text) { return spells_word(text, word); });
}

std::vector<std::string>
ModuleCache::files_importing(const std::string &word) const {
  if (!import_words_) {
    std::vector<std::pair<std::string, std::string_view>> files;
    for_each_read([&](const std::string &path, const SourceFilePtr &file) {
      if (path.size() > 3 && path.compare(path.size() - 3, 3, ".py") == 0)
        files.emplace_back(path, file->text());
    });
    import_words_.emplace(std::move(files));
  }
  return import_words_->files_importing(word);
}

std::optional<bool>
ModuleCache::read_file_spells(const std::string &file,
                              const std::string &word) const {
  if (overlay_)
    if (auto fixed = overlay_->find(file); fixed != overlay_->end())
      return spells_word(fixed->second, word);
  for (const ReadFiles *files :
       {read_files_, unchecked_ ? &unchecked_->texts() : nullptr})
    if (files)
      if (auto read = files->find(file); read != files->end())
        return spells_word(read->second->text(), word);
  return std::nullopt;
}

std::vector<std::string> ModuleCache::files_loading_by_name() const {
  return files_where(may_load_by_name);
}

void ModuleCache::for_each_read(
    const std::function<void(const std::string &, const SourceFilePtr &)> &use)
    const {
  for (const ReadFiles *files :
       {read_files_, unchecked_ ? &unchecked_->texts() : nullptr})
    if (files)
      for (const auto &[path, file] : *files)
        use(path, file);
}

std::vector<std::string> ModuleCache::files_where(
    const std::function<bool(std::string_view)> &spells) const {
  std::vector<std::string> files;
  for_each_read([&](const std::string &path, const SourceFilePtr &file) {
    if (path.size() > 3 && path.compare(path.size() - 3, 3, ".py") == 0 &&
        spells(file->text()))
      files.push_back(path);
  });
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<const ModuleModel *> ModuleCache::modules_where(
    const std::function<bool(std::string_view)> &spells) const {
  std::vector<const ModuleModel *> modules;
  for (const std::string &file : files_where(spells))
    if (const ModuleModel *module = module_in(file))
      modules.push_back(module);
  return modules;
}

const std::vector<std::string> &ModuleCache::found_once(
    const std::string &key,
    const std::function<std::vector<std::string>()> &find) const {
  if (auto known = found_once_.find(key); known != found_once_.end())
    return known->second;
  return found_once_.emplace(key, find()).first->second;
}

const std::vector<std::string> &ModuleCache::import_paths(
    const std::string &file,
    const std::function<std::vector<std::string>()> &find) const {
  if (auto known = import_paths_.find(file); known != import_paths_.end())
    return known->second;
  return import_paths_.emplace(file, find()).first->second;
}

const NameImporters &
ModuleCache::name_importers(const std::string &name,
                            const std::function<NameImporters()> &make) const {
  if (auto known = name_importers_.find(name); known != name_importers_.end())
    return known->second;
  return name_importers_.emplace(name, make()).first->second;
}

bool ModuleCache::star_importer_spells(const ModuleModel &module,
                                       const std::string &name) const {
  if (!star_importers_) {
    star_importers_.emplace();
    for_each_read([&](const std::string &, const SourceFilePtr &file) {
      if (file->text().find("import") != std::string_view::npos)
        for (std::string &imported : star_imported(file->text()))
          star_importers_->emplace_back(std::move(imported), file);
    });
  }
  // The name a star import matches a module file by: its package's for an
  // `__init__.py`.
  auto own_name = [](const std::string &file) {
    fs::path path(file);
    return path.filename() == "__init__.py"
               ? path.parent_path().filename().string()
               : path.stem().string();
  };
  // A star importer passes the name on to its own star importers
  // (`from .app import *` in a package's `__init__.py`, then `from pkg
  // import *` in the handler's module).
  std::vector<std::string> passing{file_of(module)};
  std::set<std::string> seen{passing.front()};
  while (!passing.empty()) {
    std::string file = std::move(passing.back());
    passing.pop_back();
    std::string own = own_name(file);
    for (const auto &[imported, importer] : *star_importers_) {
      std::string path = absolute_path(base_text_, importer->path());
      if ((imported != own && !imported.empty()) || path == file)
        continue;
      if (spells_word(importer->text(), name))
        return true;
      if (seen.insert(path).second)
        passing.push_back(std::move(path));
    }
  }
  return false;
}

} // namespace hoist::python
