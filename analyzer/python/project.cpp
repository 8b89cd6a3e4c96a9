#include "python/project.h"

namespace hoist::python {
namespace {

namespace fs = std::filesystem;

/// The ranges of the comments that may hold a suppression. Most files have
/// none, and a byte search proves it without walking the tree.
std::vector<TextRange> comment_ranges(const SyntaxTree &tree) {
  std::vector<TextRange> ranges;
  if (tree.file()->text().find("hoist:") == std::string_view::npos)
    return ranges;
  std::vector<TSNode> pending{tree.root()};
  while (!pending.empty()) {
    TSNode node = pending.back();
    pending.pop_back();
    if (is(node, "comment")) {
      ranges.push_back(tree.range(node));
      continue;
    }
    for (uint32_t i = ts_node_child_count(node); i-- > 0;)
      pending.push_back(ts_node_child(node, i));
  }
  return ranges;
}

} // namespace

ParsedModule parse_source(SourceFilePtr file) {
  ParsedModule parsed;
  parsed.file = file;
  parsed.tree = SyntaxTree::parse(file);
  if (auto error = parsed.tree->first_error())
    parsed.syntax_error = Location{file, parsed.tree->range(*error)};
  parsed.model = std::make_unique<ModuleModel>(*parsed.tree);
  parsed.suppressions = read_suppressions(file, comment_ranges(*parsed.tree));
  return parsed;
}

std::variant<ParsedModule, LoadError>
parse_module(const fs::path &path, const std::string &display_path,
             const Overlay *overlay) {
  SourceFilePtr file;
  auto replaced =
      overlay ? overlay->find(fs::absolute(path).lexically_normal().string())
              : Overlay::const_iterator{};
  if (overlay && replaced != overlay->end()) {
    file = std::make_shared<SourceFile>(display_path, replaced->second);
  } else {
    auto loaded = SourceFile::load(path, display_path);
    if (auto *error = std::get_if<LoadError>(&loaded))
      return std::move(*error);
    file = std::get<SourceFilePtr>(loaded);
  }
  if (auto refused = exceeds_parser_limits(*file))
    return LoadError{display_path, *refused};
  return parse_source(file);
}

Project::Project(const fs::path &base, const Overlay *overlay)
    : base_(base), overlay_(overlay) {}

const ModuleModel *Project::module_at(const fs::path &dir) const {
  fs::path stem = dir.lexically_normal();
  for (const fs::path &candidate :
       {fs::path(stem.string() + ".py"), stem / "__init__.py"}) {
    auto it = by_path_.find(candidate.string());
    if (it != by_path_.end()) {
      if (it->second)
        return it->second;
      continue; // known not to be loadable
    }
    if (const ModuleModel *loaded = load(candidate))
      return loaded;
  }
  return nullptr;
}

const ModuleModel *Project::load(const fs::path &file) const {
  std::error_code error;
  const ModuleModel *model = nullptr;
  if (fs::is_regular_file(file, error)) {
    fs::path relative = file.lexically_relative(base_);
    std::string display = !relative.empty() && *relative.begin() != ".."
                              ? relative.generic_string()
                              : file.generic_string();
    auto parsed = parse_module(file, display, overlay_);
    if (auto *module = std::get_if<ParsedModule>(&parsed)) {
      model = module->model.get();
      modules_.push_back(std::move(*module));
    }
  }
  by_path_[file.string()] = model;
  return model;
}

fs::path Project::directory_of(const ModuleModel &module) const {
  return (base_ / module.path()).lexically_normal().parent_path();
}

bool Project::is_package(const ModuleModel &module) const {
  return fs::path(module.path()).filename() == "__init__.py";
}

} // namespace hoist::python
