#pragma once

#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "engine/front_end.h"

namespace hoist::cpp {

/// The C++ front-end: checks the C++ files with the enabled C++ rules,
/// with Clang where there is a compilation database or flags, else (and for
/// a file Clang cannot get past a missing header in) syntactically. Fixing,
/// the fix loop keeps a file's fixes only while it compiles (or, checked
/// syntactically, parses) with no more errors than before.
///
/// A file's rules (docs/clang-tidy.md): `configured` (hoist's configuration
/// file alone), then the Checks of the .clang-tidy files that apply to it,
/// then the request's select and ignore; `enabled` (every layer but
/// .clang-tidy) when its .clang-tidy names no awslambda check. Files are
/// read from the request's buffers when they hold them. All are the
/// context's, kept by reference; its `before_slow_start` is called as a run
/// starts.
class CppFrontEnd : public engine::FrontEnd {
public:
  explicit CppFrontEnd(const engine::FrontEndContext &context)
      : request_(context.request), configured_(context.configured_rules),
        enabled_(context.analysis.enabled_rules),
        max_file_size_(context.analysis.max_file_size),
        before_(context.before_slow_start) {}

  /// C++ sources and headers: their bytes as they are, as Clang reads
  /// them, with `//` comments; clang-tidy's findings.
  static FileKinds file_kinds();
  std::string language() const override { return "cpp"; }
  /// C++ sources; headers are checked through the sources that include
  /// them.
  FileClaim claim() const override;
  std::string file_noun() const override { return "C++ file"; }
  /// A C++ function runs on a custom runtime, as the executable it is
  /// built into: its code is checked as the files given, not routed.
  bool serves(HandlerLanguage) const override { return false; }
  /// Keeps the sources that changed; all of them when anything else C++
  /// changed (a header, or the compilation database, can change any).
  void keep_changed(const std::set<std::filesystem::path> &changed,
                    std::vector<DiscoveredFile> &files) const override;
  engine::FrontEndRun
  run(const engine::FrontEndRequest &request) const override;

private:
  const engine::CheckRequest &request_;
  const std::unordered_set<std::string> &configured_;
  const std::unordered_set<std::string> &enabled_;
  std::uintmax_t max_file_size_;
  const std::function<void()> &before_;
};

} // namespace hoist::cpp
