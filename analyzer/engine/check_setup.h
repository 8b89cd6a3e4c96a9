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
#include "python/api_catalogue.h"

namespace hoist::engine {

/// What a check needs before it runs, made from a request and the
/// configuration file that applies to it: the rules and the catalogue, the
/// rules chosen, the handlers, roots and filters. `hoist check` and
/// `hoist server` both start here. It holds pointers into itself: not
/// copied, not moved.
struct CheckSetup {
  /// From `request` (kept by reference: it must outlive the setup). Returns
  /// null with `error` set when the rules, the catalogue or the
  /// configuration cannot be read, or the request names what they do not
  /// know.
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

  /// The front-ends a session runs, Python's first (it reads the
  /// deployment files): one line each registers a language. `before` is
  /// called as the C++ front-end starts (it may take a while to load).
  FrontEnds front_ends(std::function<void()> before = {}) const;

  Session session() const {
    return Session(config, registry, analysis, data_dir,
                   memo && !only_given_handlers ? &memo->deployment : nullptr);
  }

  const CheckRequest &request;
  RuleRegistry registry;
  python::ApiCatalogue catalogue;
  Config config;
  AnalysisOptions analysis;
  /// The rules the configuration file alone chooses: a C++ file's
  /// .clang-tidy refines them before the request has its say (cpp_run.h).
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

private:
  CheckSetup(const CheckRequest &request, RuleRegistry registry,
             python::ApiCatalogue catalogue)
      : request(request), registry(std::move(registry)),
        catalogue(std::move(catalogue)) {}
};

} // namespace hoist::engine
