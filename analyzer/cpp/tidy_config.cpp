#include "cpp/tidy_config.h"

#include <algorithm>

#include "cpp/check_glob.h"

namespace hoist::cpp {
namespace {

namespace fs = std::filesystem;

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
  TidyFileReading reading;
  reader_(file->text(), reading);
  auto at = [&](std::size_t offset) {
    offset = std::min(offset, file->text().size());
    return Location{file, {offset, offset}};
  };
  if (reading.error) {
    notices_.push_back(
        {Severity::Warning, file->path(), at(reading.error->first),
         reading.error->second + "; its C++ settings were not read"});
    return nullptr;
  }
  if (!reading.ignored.empty()) {
    std::string list;
    for (const auto &[offset, what] : reading.ignored)
      list += (list.empty() ? "" : ", ") + what;
    notices_.push_back(
        {Severity::Warning, file->path(), at(reading.ignored.front().first),
         "clang-tidy 14 does not read " + list + "; hoist ignores " +
             (reading.ignored.size() == 1 ? "it" : "them") +
             " and reads the rest"});
  }
  return &*(entry->second = File{reading.inherit, std::move(reading.own)});
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
    config =
        parent == dir ? std::make_shared<TidyConfig>() : for_directory(parent);
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
