#pragma once

#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/file_discovery.h"
#include "core/fix_applier.h"
#include "core/suppressions.h"
#include "engine/check_request.h"
#include "engine/session.h"
#include "output/report.h"

namespace hoist::engine {

/// Checks `files` with the enabled C++ rules: with Clang where there is a
/// compilation database or flags, else (and for a file Clang cannot get
/// past a missing header in) syntactically. With `fixing`, the fix loop
/// applies the applicable fixes, keeping a file's fixes only while it
/// compiles (or, checked syntactically, parses) with no more errors than
/// before; `report_suppressions` adds its findings to each analysis before
/// fixes are chosen, as the Python files' are. Nothing is written.
///
/// A file's rules (docs/clang-tidy.md): `configured` (hoist's configuration
/// file alone), then the Checks of the .clang-tidy files that apply to it,
/// then the request's select and ignore; `enabled` (every layer but
/// .clang-tidy) when its .clang-tidy names no awslambda check. Files are
/// read from the request's buffers when they hold them.
CppRun run_cpp_check(const std::vector<DiscoveredFile> &files,
              const CheckRequest &request,
              const std::unordered_set<std::string> &configured,
              const std::unordered_set<std::string> &enabled,
              std::optional<FixLevel> fixing,
              const ReportSuppressions &report_suppressions);

} // namespace hoist::engine
