#pragma once

#include <functional>

#include "cli/options.h"
#include "output/report.h"

namespace hoist::cli {

/// Reads a check's report where hoist uses its findings itself (verify),
/// which may reword its notices before they are written (a scratch copy's
/// paths as the project's).
using ReportReader = std::function<void(Report &)>;

/// Runs `hoist check` and returns the exit status: 0 no findings, 1 findings,
/// 2 a usage error or a file that could not be analyzed. `read`, if given,
/// sees the report before it is written; the run is then not replayed from
/// the cache, which keeps only the report's text.
int run_check(const CheckOptions &options, const ReportReader &read = {});

} // namespace hoist::cli
