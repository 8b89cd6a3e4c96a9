#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/file_notice.h"

namespace hoist::cpp {

/// What the `.clang-tidy` files that apply to one C++ file say, read as
/// clang-tidy 14 reads them: the nearest one in the file's directory or
/// above, then its parent's while a file says `InheritParentConfig: true`.
struct TidyConfig {
  /// The Checks globs in the order clang-tidy applies them (the outermost
  /// file's first; the last glob that matches a check decides).
  std::vector<std::string> checks;
  /// CheckOptions, the nearest file's value winning.
  std::map<std::string, std::string> check_options;
  std::vector<std::string> extra_args, extra_args_before;

  /// Whether a Checks glob names an awslambda check ("awslambda-*",
  /// "-awslambda-client-in-handler"). A file whose globs never do was
  /// written for other checks, and leaves hoist's rule selection alone.
  bool names_awslambda_checks() const;
  /// Whether the Checks turn clang-tidy's check `name` on (`enabled`: its
  /// state before them) or off.
  bool enables(const std::string &name, bool enabled) const;
};

/// What one .clang-tidy file says, read by clang-tidy 14's own parser
/// (cpp/tidy_file_reader.cpp, in the C++ module, which links it).
struct TidyFileReading {
  bool inherit = false;
  TidyConfig own;
  /// The entries clang-tidy 14 rejects, which hoist leaves out to read the
  /// rest: where each starts (a byte offset) and how it is named ("'Key'",
  /// or "'Key' (not the kind of value it takes)").
  std::vector<std::pair<std::size_t, std::string>> ignored;
  /// Why nothing of the file can be read (not YAML, not a mapping), and
  /// where.
  std::optional<std::pair<std::size_t, std::string>> error;
};

/// Reads one .clang-tidy file's text.
using ReadTidyFile = void(std::string_view text, TidyFileReading &out);
/// The C++ module's reader, for hoist to find with dlsym.
constexpr const char *kReadTidyFileSymbol = "hoist_read_tidy_file";

/// The .clang-tidy files of one run, each read once.
class TidyConfigs {
public:
  explicit TidyConfigs(std::function<ReadTidyFile> reader)
      : reader_(std::move(reader)) {}
  /// The configuration for `source`; empty when no .clang-tidy applies.
  const TidyConfig &for_file(const std::filesystem::path &source);
  /// One warning per file read with keys clang-tidy 14 does not know or
  /// values of the wrong kind (what is known is still read), or that cannot
  /// be read at all.
  std::vector<FileNotice> take_notices() { return std::move(notices_); }

private:
  struct File {
    bool inherit = false;
    TidyConfig own;
  };
  const File *read(const std::filesystem::path &file);
  std::shared_ptr<const TidyConfig>
  for_directory(const std::filesystem::path &dir);

  std::function<ReadTidyFile> reader_;
  std::map<std::filesystem::path, std::optional<File>> files_;
  std::map<std::filesystem::path, std::shared_ptr<const TidyConfig>> dirs_;
  std::vector<FileNotice> notices_;
};

} // namespace hoist::cpp
