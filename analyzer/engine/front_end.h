#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/analysis_options.h"
#include "core/config.h"
#include "core/configured_functions.h"
#include "core/deployment.h"
#include "core/diagnostic.h"
#include "core/file_discovery.h"
#include "core/file_kinds.h"
#include "core/file_notice.h"
#include "core/fix_applier.h"
#include "core/handler_spec.h"
#include "core/rule_registry.h"
#include "core/suppressions.h"
#include "engine/check_request.h"
#include "engine/fix_loop.h"

namespace hoist::engine {

/// Adds to a front-end's findings what one file's `hoist: ignore` comments
/// (applied to them already) say of themselves, judged by `rules`, those
/// that run on the file: the unused-suppression findings, whose fixes remove
/// the comments.
using ReportSuppressions =
    std::function<void(const std::vector<Suppression> &suppressions,
                       const std::unordered_set<std::string> &rules,
                       std::vector<Diagnostic> &diagnostics)>;

/// True for a finding the configuration's per-file-ignores drop.
using IgnoredForFile = std::function<bool(const Diagnostic &diagnostic)>;

/// The functions the deployment configuration gives a front-end's runtime:
/// waits, when first called, for the engine to finish reading the
/// deployment files (it reads them while the front-end reads its files).
using ConfiguredFor = std::function<const ConfiguredFunctions &()>;

/// What the engine asks of a front-end: its language's files, checked with
/// the session's rules and catalogue, through the fix loop at `fixing`'s
/// level, if any.
struct FrontEndRequest {
  const std::vector<DiscoveredFile> &files;
  /// The functions configured for its runtime, by the deployment files and
  /// by the front-ends run before it (FrontEndRun::configured_for_others).
  const ConfiguredFor &configured;
  std::optional<FixLevel> fixing;
  const ReportSuppressions &report_suppressions;
  /// A front-end may drop these before fixes are chosen; the session drops
  /// them from what it reports in any case.
  const IgnoredForFile &ignored;
};

/// What a front-end found, and what its fixes changed (in memory; nothing
/// is written).
struct FrontEndRun : FixOutcome {
  /// With the files' suppressions applied and reported.
  std::vector<Diagnostic> diagnostics;
  std::vector<LoadError> errors;  ///< files that could not be analyzed
  std::vector<LoadError> skipped; ///< files over the size limit
  /// Where a file stops parsing, in the front-end's words (what its
  /// grammar may refuse of valid code): analyzed only in part.
  std::vector<FileNotice> partly_parsed;
  /// What reading deployment files found to say, at its place.
  std::vector<DeploymentNotice> deployment_notices;
  /// Functions its files configure (CDK apps in its language) that run on
  /// another language's runtime: the session hands them to that language's
  /// front-end, if it runs later, or says that no front-end checks them.
  std::vector<ConfiguredHandler> configured_for_others;
  /// The --handler strings its files answered.
  std::vector<HandlerSpecMatch> handler_matches;
  /// The configured functions whose handler it found and checked.
  std::vector<CheckedFunction> configured_checked;
  /// Files read besides those asked for (imported modules; absolute
  /// paths), and directories whose entries lookups consulted: what a cached
  /// run must watch.
  std::vector<std::string> loaded_files;
  std::vector<std::string> consulted_directories;
  std::size_t files_checked = 0;
  /// Of files_checked, the deployment files read (the session's own).
  std::size_t deployment_files_checked = 0;
};

/// What a registered front-end is made from: the check's request, its
/// configuration, rules and options. Kept by reference: all outlive the
/// front-end.
struct FrontEndContext {
  const CheckRequest &request;
  const Config &config;
  const RuleRegistry &registry;
  /// The rules chosen, the handlers, roots, settings and buffers.
  const AnalysisOptions &analysis;
  /// The rules the configuration file alone chooses (C++'s .clang-tidy
  /// files refine them before the request has its say).
  const std::unordered_set<std::string> &configured_rules;
  /// Where rules/ is (the registry's and the catalogue's directory).
  const std::filesystem::path &data_dir;
  /// Called as a front-end starts a run that takes a while to load (the
  /// C++ one's Clang), so that a progress line can end first; may be empty.
  const std::function<void()> &before_slow_start;
};

/// Thrown by a front-end's constructor when the configuration asks what it
/// cannot do (a constructor its catalogue refuses): the check does not
/// start, and says `what()`.
struct SetupError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// A language hoist checks. A Session reads the deployment files and runs
/// each registered front-end over the files it claims, in order, routing
/// the functions configured for each runtime to the front-end that serves
/// it. The set of languages is open: the engine and core know a front-end
/// only by what it answers here.
class FrontEnd {
public:
  virtual ~FrontEnd() = default;
  /// How its files are read and spoken of (core/file_kinds.h): asked of
  /// the class, once per process, before anything is read
  /// (FrontEndRegistration), since core reads and names files where no
  /// front-end is at hand. A front-end hides this with its own; none by
  /// default: its files read as UTF-8 "source code", with no suppression
  /// comment offered.
  static FileKinds file_kinds() { return {}; }
  /// Its language's id ("python"), unique among the front-ends: discovery
  /// keeps the files it claims under it (Discovery::of).
  virtual std::string language() const = 0;
  /// Which files it checks, by name (FileClaim::language is language()).
  virtual FileClaim claim() const = 0;
  /// What -v calls one of its files ("Python file").
  virtual std::string file_noun() const = 0;
  /// True when it checks the functions configured for `runtime`: the
  /// engine routes them to the first front-end that serves their runtime.
  virtual bool serves(HandlerLanguage runtime) const = 0;
  /// How the runtime it serves finds a handler's module: the files a
  /// handler string's module part names. A function whose runtime no file
  /// states runs on it when that file is there. None by default (no
  /// guess).
  virtual std::optional<HandlerModules> handler_modules() const {
    return std::nullopt;
  }
  /// True when it checks the functions the deployment files of a named
  /// file's project configure (FrontEndRequest::configured's `project`):
  /// a file of its own named alone (pre-commit's `hoist check app.py`)
  /// makes setup look for that project's deployment files. False by
  /// default.
  virtual bool checks_project_functions() const { return false; }
  /// Of what a walk of such a project found (`project`), the files of its
  /// language that configure functions without being checked (a CDK app's
  /// stacks): setup hands them back to it among
  /// AnalysisOptions::project_cdk_app_files, under language(). None by
  /// default.
  virtual std::vector<DiscoveredFile>
  project_cdk_app_files(const Discovery & /*project*/) const {
    return {};
  }
  /// Before `hoist verify` runs a function on the runtime it serves:
  /// whether that runtime finds the module `handler` names under
  /// `task_root` (as the user spelled it), with the function's `environment`
  /// (a PYTHONPATH), and the function in it; false, with `error` saying
  /// what the runtime would fail with, naming what it looked for and, after
  /// it, `also_looked_for` (verify's: another runtime's files). True by
  /// default: the runtime tells when it runs.
  virtual bool finds_handler(
      const std::string & /*handler*/, const std::string & /*task_root*/,
      const std::vector<std::pair<std::string, std::string>> & /*environment*/,
      const std::string & /*also_looked_for*/, std::string & /*error*/) const {
    return true;
  }
  /// --changed-since: drops from `files` (its own) those whose findings
  /// cannot have changed, given the `changed` files (absolute, normal);
  /// keeps them all by default.
  virtual void keep_changed(const std::set<std::filesystem::path> & /*changed*/,
                            std::vector<DiscoveredFile> & /*files*/) const {}
  /// True when its findings depend on nothing but the files it is given,
  /// the files it reports loading and the directories it reports
  /// consulting (FrontEndRun::loaded_files, consulted_directories), so
  /// that `--cache` can key a run on them.
  virtual bool cacheable() const { return false; }
  virtual FrontEndRun run(const FrontEndRequest &request) const = 0;
};

/// How setup registers a front-end class (setup/registered_front_ends.cpp,
/// one line each: `registration<ruby::RubyFrontEnd>()`): its file kinds,
/// asked before anything is read, and how to make one for a check.
struct FrontEndRegistration {
  FileKinds (*file_kinds)();
  std::unique_ptr<FrontEnd> (*make)(const FrontEndContext &context);
};

template <class Language> FrontEndRegistration registration() {
  return {&Language::file_kinds,
          [](const FrontEndContext &context) -> std::unique_ptr<FrontEnd> {
            return std::make_unique<Language>(context);
          }};
}

} // namespace hoist::engine
