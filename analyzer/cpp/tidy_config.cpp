#include "cpp/tidy_config.h"

#include <algorithm>
#include <set>

#include "core/yaml_document.h"
#include "cpp/check_glob.h"

namespace hoist::cpp {
namespace {

namespace fs = std::filesystem;

// The keys clang-tidy 14 reads; newer releases add more (SystemHeaders,
// ExcludeHeaderFilter, ...), which it rejects.
const std::set<std::string, std::less<>> kKnownKeys = {
    "Checks",      "WarningsAsErrors", "HeaderFilterRegex",
    "AnalyzeTemporaryDtors", "FormatStyle", "User", "CheckOptions",
    "ExtraArgs",   "ExtraArgsBefore",  "InheritParentConfig", "UseColor"};

std::string trimmed(std::string text) {
  const char *blank = " \t\r\n";
  text.erase(0, text.find_first_not_of(blank));
  text.erase(text.find_last_not_of(blank) + 1);
  return text;
}

// Checks: a comma-separated string (or, as newer releases allow, a list).
void add_globs(const YamlNode &node, std::vector<std::string> &globs) {
  auto split = [&](const std::string &text) {
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t comma = text.find_first_of(",\n", start);
      std::string glob = trimmed(text.substr(
          start, comma == std::string::npos ? std::string::npos
                                            : comma - start));
      if (!glob.empty())
        globs.push_back(glob);
      if (comma == std::string::npos)
        break;
      start = comma + 1;
    }
  };
  if (node.is_scalar())
    split(node.scalar);
  for (const YamlNode::Ptr &item : node.items)
    if (item->is_scalar())
      split(item->scalar);
}

bool strings(const YamlNode &node, std::vector<std::string> &out) {
  if (node.kind != YamlNode::Kind::Sequence)
    return false;
  for (const YamlNode::Ptr &item : node.items)
    if (item->is_scalar())
      out.push_back(item->scalar);
  return true;
}

// CheckOptions: a list of {key, value} (clang-tidy 14) or a mapping.
bool check_options(const YamlNode &node,
                   std::map<std::string, std::string> &out) {
  if (node.is_map()) {
    for (const auto &[key, value] : node.entries)
      if (key->is_scalar() && value->is_scalar())
        out[key->scalar] = value->scalar;
    return true;
  }
  if (node.kind != YamlNode::Kind::Sequence)
    return false;
  for (const YamlNode::Ptr &item : node.items) {
    const YamlNode *key = item->get("key");
    const YamlNode *value = item->get("value");
    if (key && value && key->is_scalar() && value->is_scalar())
      out[key->scalar] = value->scalar;
  }
  return true;
}

std::string display(const fs::path &file) {
  std::string relative =
      file.lexically_relative(fs::current_path()).generic_string();
  return relative.empty() || relative.rfind("..", 0) == 0
             ? file.generic_string()
             : relative;
}

} // namespace

bool TidyConfig::names_awslambda_checks() const {
  return std::any_of(checks.begin(), checks.end(), [](const std::string &glob) {
    return glob.find("awslambda") != std::string::npos;
  });
}

bool TidyConfig::enables(const std::string &name, bool enabled) const {
  for (auto glob = checks.rbegin(); glob != checks.rend(); ++glob) {
    bool negative = !glob->empty() && glob->front() == '-';
    if (matches_check_glob(std::string_view(*glob).substr(negative ? 1 : 0),
                           name))
      return !negative;
  }
  return enabled;
}

const TidyConfigs::File *TidyConfigs::read(const fs::path &path) {
  auto [entry, inserted] = files_.try_emplace(path);
  if (!inserted)
    return entry->second ? &*entry->second : nullptr;
  auto loaded = SourceFile::load(path, display(path));
  if (auto *error = std::get_if<LoadError>(&loaded)) {
    notices_.push_back({Severity::Warning, error->path, std::nullopt,
                        error->message + "; its C++ settings were not read"});
    return nullptr;
  }
  const SourceFilePtr file = std::get<SourceFilePtr>(loaded);
  auto parsed = load_yaml(file->text());
  auto at = [&](std::size_t line, std::size_t column) {
    std::size_t offset = file->lines().line_start(line + 1) + column;
    return Location{file, {offset, offset}};
  };
  if (auto *error = std::get_if<YamlError>(&parsed)) {
    notices_.push_back({Severity::Warning, file->path(),
                        at(error->line, error->column),
                        error->message + "; its C++ settings were not read"});
    return nullptr;
  }
  File out;
  std::vector<std::string> problems;
  std::optional<Location> first;
  auto problem = [&](const YamlNode &node, std::string what) {
    if (!first)
      first = at(node.line, node.column);
    problems.push_back(std::move(what));
  };
  const auto &documents = std::get<YamlStream>(parsed).documents;
  if (!documents.empty() && documents.front()->is_map()) {
    for (const auto &[key, value] : documents.front()->entries) {
      const std::string &name = key->scalar;
      if (!kKnownKeys.count(name)) {
        problem(*key, "'" + name + "'");
        continue;
      }
      bool ok = true;
      if (name == "Checks")
        add_globs(*value, out.own.checks);
      else if (name == "CheckOptions")
        ok = check_options(*value, out.own.check_options);
      else if (name == "ExtraArgs")
        ok = strings(*value, out.own.extra_args);
      else if (name == "ExtraArgsBefore")
        ok = strings(*value, out.own.extra_args_before);
      else if (name == "InheritParentConfig")
        out.inherit = value->is_scalar() && (value->scalar == "true" ||
                                             value->scalar == "True" ||
                                             value->scalar == "TRUE");
      if (!ok)
        problem(*value, "'" + name + "' (not the kind of value it takes)");
    }
  }
  if (!problems.empty()) {
    std::string list;
    for (const std::string &item : problems)
      list += (list.empty() ? "" : ", ") + item;
    notices_.push_back(
        {Severity::Warning, file->path(), first,
         "clang-tidy 14 does not read " + list +
             "; hoist ignores " + (problems.size() == 1 ? "it" : "them") +
             " and reads the rest"});
  }
  return &*(entry->second = std::move(out));
}

std::shared_ptr<const TidyConfig>
TidyConfigs::for_directory(const fs::path &dir) {
  if (auto found = dirs_.find(dir); found != dirs_.end())
    return found->second;
  std::shared_ptr<const TidyConfig> config;
  const fs::path parent = dir.parent_path();
  std::error_code error;
  const File *file = nullptr;
  if (fs::is_regular_file(dir / ".clang-tidy", error))
    file = read(dir / ".clang-tidy");
  if (!file) {
    // None here (or unreadable): the nearest above applies.
    config = parent == dir ? std::make_shared<TidyConfig>()
                           : for_directory(parent);
  } else if (!file->inherit || parent == dir) {
    config = std::make_shared<TidyConfig>(file->own);
  } else {
    TidyConfig merged = *for_directory(parent);
    merged.checks.insert(merged.checks.end(), file->own.checks.begin(),
                         file->own.checks.end());
    for (const auto &[key, value] : file->own.check_options)
      merged.check_options[key] = value;
    merged.extra_args.insert(merged.extra_args.end(),
                             file->own.extra_args.begin(),
                             file->own.extra_args.end());
    merged.extra_args_before.insert(merged.extra_args_before.end(),
                                    file->own.extra_args_before.begin(),
                                    file->own.extra_args_before.end());
    config = std::make_shared<TidyConfig>(std::move(merged));
  }
  return dirs_[dir] = config;
}

const TidyConfig &TidyConfigs::for_file(const fs::path &source) {
  return *for_directory(fs::absolute(source).lexically_normal().parent_path());
}

} // namespace hoist::cpp
