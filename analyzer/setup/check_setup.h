#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/analysis_options.h"
#include "core/config.h"
#include "core/file_discovery.h"
#include "core/rule_registry.h"
#include "engine/check_request.h"
#include "engine/project_memo.h"
#include "engine/session.h"

namespace hoist::setup {

using engine::CheckRequest;
using engine::FrontEnds;
using engine::ProjectMemo;

/// The limit every read of the check `request` asks for is bounded by: its
/// --max-file-size, else the configuration's max-file-size, else the
/// default. (A configuration that cannot be read gives the default here;
/// CheckSetup::create reports it.)
std::uintmax_t max_file_size_of(const CheckRequest &request);

/// What a check needs before it runs, made from a request and the
/// configuration file that applies to it: the rules, the rules chosen, the
/// handlers, roots and filters, and the front-ends registered, made for
/// them. `hoist check` and `hoist server` both start here. It holds
/// pointers into itself: not copied, not moved.
struct CheckSetup {
  /// From `request` (kept by reference: it must outlive the setup). Returns
  /// null with `error` set when the rules, the catalogue or the
  /// configuration cannot be read, or the request names what they do not
  /// know (a front-end refuses the configuration: engine::SetupError).
  static std::unique_ptr<CheckSetup> create(const CheckRequest &request,
                                            std::string &error);

  /// The files the request names that `front_ends` claim, with the
  /// deployment files of the projects they belong to; `previous` as for
  /// discover_files.
  Discovery discover(const FrontEnds &front_ends,
                     const ListedDirectories *previous = nullptr) const;

  /// Makes `analysis` read the deployment files and listings of
  /// `discovery` (which must outlive the runs), and only the trees the
  /// request names.
  void prepare(const Discovery &discovery);

  /// What a front-end is made from: this setup's request, configuration,
  /// rules and options (for a front-end made outside the registration, as
  /// tests do).
  engine::FrontEndContext front_end_context() const {
    return {request,    config,   registry,         analysis,
            configured, data_dir, before_slow_start};
  }

  engine::Session session() const {
    return engine::Session(config, registry, analysis, data_dir,
                           memo && !only_given_handlers ? &memo->deployment
                                                        : nullptr);
  }

  const CheckRequest &request;
  RuleRegistry registry;
  Config config;
  AnalysisOptions analysis;
  /// The rules the configuration file alone chooses: a C++ file's
  /// .clang-tidy refines them before the request has its say (cpp/cpp_front_end.h).
  std::unordered_set<std::string> configured;
  /// The request's and the configuration's exclude globs, relative to
  /// `exclude_base`.
  std::vector<std::string> exclude;
  std::filesystem::path exclude_base;
  DiscoveryFilters filters;
  /// What the caller keeps of the projects between checks (hoist
  /// server's), used and filled by discover and the runs; none: all is
  /// read afresh.
  ProjectMemo *memo = nullptr;
  /// Only the request's handlers are handlers (verify's).
  bool only_given_handlers = false;
  std::filesystem::path data_dir;
  /// Called as a front-end starts a run that takes a while to load (the
  /// command line's progress line ends there).
  std::function<void()> before_slow_start;
  /// The registered front-ends (register_front_ends), in the order a
  /// session runs them.
  FrontEnds front_ends;

private:
  CheckSetup(const CheckRequest &request, RuleRegistry registry)
      : request(request), registry(std::move(registry)) {}
};

} // namespace hoist::setup
