#include "python/analyze_project.h"

#include <algorithm>
#include <tuple>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <malloc.h>
#include <mutex>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/move_append.h"
#include "core/parallel_for.h"
#include "core/reaching_handlers.h"
#include "core/serverless_packaging.h"
#include "core/source_place.h"
#include "python/cdk_app.h"
#include "python/check.h"
#include "python/emptied_state.h"
#include "python/fresh_instances.h"
#include "python/handler_discovery.h"
#include "python/handler_prefilter.h"
#include "python/module_imports.h"
#include "python/python_front_end.h"
#include "python/reachability.h"
#include "python/unchecked_files.h"
#include "rules/rule_ids.h"
#include "treesitter/bounded_parse.h"

namespace hoist::python {
namespace {

namespace fs = std::filesystem;

// Imported modules each thread keeps parsed between work items: enough for a
// project's shared helpers, bounded so memory does not grow with the project.
constexpr std::size_t kModulesKept = 64;

// The first pass keeps the files it read, up to this many bytes of text, for
// the second pass and for imports, which read the rest again.
constexpr std::size_t kReadTextBytes = 16 << 20;

/// True when `dir` is one of `roots` or inside one (all absolute and
/// normalized).
bool is_within_any(std::string dir,
                   const std::unordered_set<std::string> &roots) {
  if (roots.empty())
    return false;
  for (;; dir = parent_dir(dir)) {
    if (roots.count(dir))
      return true;
    if (dir == "/")
      return false;
  }
}

/// The stem (path without `.py`) a module's file answers to as a handler
/// module: `a/b.py` and `a/b/__init__.py` are both `a/b`. `absolute` is
/// normalized.
std::string stem_of(const std::string &absolute) {
  std::string name = file_name(absolute);
  if (name == "__init__.py")
    return parent_dir(absolute);
  return absolute.substr(0, absolute.size() - extension_of(name).size());
}

/// The Python files of the projects of the paths named that are not
/// checked.
const std::vector<DiscoveredFile> &
project_sources(const AnalysisOptions &options) {
  static const std::vector<DiscoveredFile> kNone;
  auto own = options.project_sources.find(PythonFrontEnd::kLanguage);
  return own == options.project_sources.end() ? kNone : own->second;
}

/// The note that names where a construction outside the paths checked is,
/// on the finding reported at the call that leads to it.
constexpr const char *kOutsideCheckedPaths =
    "the construction is here, outside the paths checked";

/// The same note for a construction in a file inside them that is not
/// checked (excluded, .gitignore'd): --fix does not write it either.
constexpr const char *kInFileNotChecked =
    "the construction is here, in a file not checked (excluded)";

/// Where the construction a finding reports is: its place, or for one
/// reported at a call that leads to it (keep_within_checked_paths), the
/// place its note names: one call may lead to several.
const Location &construction_place(const Diagnostic &diagnostic) {
  for (const Note &note : diagnostic.notes)
    if (note.message == kOutsideCheckedPaths ||
        note.message == kInFileNotChecked)
      return note.location;
  return diagnostic.location;
}

bool same_place(const Diagnostic &a, const Diagnostic &b) {
  const Location &a_built = construction_place(a);
  const Location &b_built = construction_place(b);
  return a.rule_id == b.rule_id &&
         a.location.file->path() == b.location.file->path() &&
         a.location.range == b.location.range &&
         a_built.file->path() == b_built.file->path() &&
         a_built.range == b_built.range;
}

/// Orders findings of one rule at one place by where their constructions
/// are, so that those of one construction come together.
bool built_first(const Diagnostic &a, const Diagnostic &b) {
  const Location &x = construction_place(a);
  const Location &y = construction_place(b);
  return std::tie(x.file->path(), x.range.begin) <
         std::tie(y.file->path(), y.range.begin);
}

/// Of two findings of one rule at one place, true when `a`'s explanation
/// (the handler, then the calls that reach it) comes first in file order.
bool explained_first(const Diagnostic &a, const Diagnostic &b) {
  return std::lexicographical_compare(
      a.notes.begin(), a.notes.end(), b.notes.begin(), b.notes.end(),
      [](const Note &x, const Note &y) {
        return std::tie(x.location.file->path(), x.location.range.begin,
                        x.message) < std::tie(y.location.file->path(),
                                              y.location.range.begin,
                                              y.message);
      });
}

/// What one analysis thread finds; merged at the end.
struct Findings {
  std::vector<Diagnostic> diagnostics;
  std::vector<LoadError> errors;
  std::vector<LoadError> skipped;
  std::vector<Location> syntax_errors;
  std::vector<Python2Code> python2_code;
  std::vector<HandlerSpecMatch> handler_matches;
  std::vector<Suppression> suppressions;
  std::vector<ConfiguredHandler> cdk_handlers;
  /// Said with -v of configured functions (a handler module that may come
  /// from a layer).
  std::vector<DeploymentNotice> notes;
  /// The configured handlers found and checked, at their handler strings.
  std::vector<CheckedFunction> configured_checked;
  /// From the CDK apps of the projects of the paths named.
  std::vector<ConfiguredHandler> project_cdk_handlers;
  std::size_t files = 0;
  HoistFixMemo hoist_fixes;
};

class ProjectAnalyzer {
public:
  ProjectAnalyzer(const AnalysisOptions &options, const fs::path &base)
      : options_(options), base_(base), base_text_(normalized_dir(base)),
        checks_(make_checks()),
        // HOIST_NO_PREFILTER=1 parses every file: the tests compare both ways
        // to show that the byte scan loses no finding.
        prefilter_(!std::getenv("HOIST_NO_PREFILTER")),
        // HOIST_SHOW_HANDLERS=1 lists every handler on stderr with why it is
        // one: what the ecosystem check reads to see what heuristics find.
        show_handlers_(std::getenv("HOIST_SHOW_HANDLERS") != nullptr),
        jobs_(options.jobs ? options.jobs : default_jobs()),
        unchecked_(project_sources(options), base_text_, options.overlay,
                   options.max_file_size, kReadTextBytes) {
    for (const fs::path &root : options.roots)
      configured_roots_.push_back(normalized_dir(base / root));
    for (const std::string &handler : options.catalogue->deployed_handlers()) {
      std::string error;
      if (std::optional<HandlerSpec> spec = HandlerSpec::parse(handler, error))
        deployed_.push_back(std::move(*spec));
    }
    for (const std::string &path : options.checked_paths)
      checked_roots_.push_back(absolute_path(base_text_, path));
    for (unsigned i = 0; i < jobs_; ++i) {
      module_caches_.push_back(std::make_unique<ModuleCache>(
          base, options.overlay, options.catalogue->root_modules(),
          &read_files_, options.listings, &unchecked_, options.max_file_size));
      findings_.emplace_back();
    }
  }

  ProjectAnalysis run(const std::vector<DiscoveredFile> &files) {
    // 1. Read every file; keep those that may define a handler (a byte scan
    //    proves most do not); read CDK apps for their handlers.
    // Texts stay for phase 2 up to a bound, beyond which files are read
    // again: holding them all would make memory grow with the repository.
    std::vector<char> kept(files.size(), 0);
    std::vector<SourceFilePtr> texts(files.size());
    std::vector<std::string> absolute(files.size());
    std::atomic<std::size_t> text_bytes{0};
    std::atomic<std::size_t> done{0};
    static const std::vector<DiscoveredFile> kNone;
    auto own_cdk =
        options_.project_cdk_app_files.find(PythonFrontEnd::kLanguage);
    const std::vector<DiscoveredFile> &project_cdk =
        own_cdk == options_.project_cdk_app_files.end() ? kNone
                                                        : own_cdk->second;
    std::size_t all_configuring = project_cdk.size();
    parallel_for(
        all_configuring + files.size(), jobs_,
        [&](std::size_t i, unsigned worker) {
          if (i < all_configuring) {
            read_project_cdk_app(project_cdk[i], worker);
            return;
          }
          std::size_t file = i - all_configuring;
          bool may_define_handler = false;
          SourceFilePtr text = read(files[file], worker, may_define_handler);
          kept[file] = may_define_handler;
          if (text && (text_bytes += text->text().size()) <= kReadTextBytes) {
            texts[file] = std::move(text);
            absolute[file] = absolute_path(base_text_, files[file].path);
          }
          report_progress("reading", ++done, files.size());
        });
    for (const DiscoveredFile &file : files)
      checked_files_.insert(absolute_path(base_text_, file.path));
    for (std::size_t i = 0; i < files.size(); ++i)
      if (texts[i])
        read_files_.emplace(std::move(absolute[i]), texts[i]);
    // The functions configured for the Python runtime (their reading ran
    // beside this one).
    const ConfiguredFunctions none;
    const ConfiguredFunctions &configured =
        options_.configured ? (*options_.configured)() : none;
    add_configured(configured.checked);
    add_project_configured(configured, files);
    // The deployment files' trees are gone now. Built without mimalloc
    // (sanitizer builds), glibc keeps freed memory in its arenas: hand it back
    // before phase 2 allocates from the threads' own. Under mimalloc, which
    // returns memory itself, this finds nothing to do.
    ::malloc_trim(0);
    done = 0;
    for (Findings &found : findings_) {
      add_configured(found.cdk_handlers);
      add_configured(found.project_cdk_handlers, true);
    }
    // A configured handler's module is analyzed whole whatever the byte scan
    // said: loaded on demand, one that cannot lead to a construction is an
    // empty stub, where its handler (`def main(e, c)`, `app = Chalice(...)`)
    // would look missing.
    for (std::size_t i = 0; i < files.size(); ++i)
      if (!kept[i] && configured_by_stem_.count(stem_of(
                          absolute_path(base_text_, files[i].path))))
        kept[i] = 1;
    std::size_t to_analyze =
        static_cast<std::size_t>(std::count(kept.begin(), kept.end(), 1));
    // 2. Analyze each kept file (with the configured handlers it defines),
    //    then each configured handler whose module was not among them,
    //    dropping syntax trees as it goes: memory stays bounded by what the
    //    threads hold at once.
    parallel_for(kept.size(), jobs_, [&](std::size_t i, unsigned worker) {
      if (!kept[i])
        return;
      const std::size_t first = begin_item(worker);
      analyze_file(texts[i] ? texts[i] : reread(files[i], worker), worker);
      end_item(worker, first);
      report_progress("analyzing", ++done, to_analyze);
      // Nothing refers to loaded modules between items.
      module_caches_[worker]->trim(kModulesKept,
                                   findings_[worker].suppressions);
    });
    std::vector<const std::vector<const ConfiguredHandler *> *> remaining;
    for (const auto &[stem, entries] : configured_by_stem_)
      if (!analyzed_stems_.count(stem) && checked_stems_.count(stem))
        remaining.push_back(&entries);
    parallel_for(remaining.size(), jobs_, [&](std::size_t i, unsigned worker) {
      const std::size_t first = begin_item(worker);
      analyze_configured_module(*remaining[i], nullptr, worker);
      end_item(worker, first);
      module_caches_[worker]->trim(kModulesKept,
                                   findings_[worker].suppressions);
    });
    return merge();
  }

private:
  /// Starts a work item of `worker`'s: returns where its findings begin.
  std::size_t begin_item(unsigned worker) {
    module_caches_[worker]->take_unread_asked(); // asked before, not by it
    return findings_[worker].diagnostics.size();
  }

  /// Ends the work item whose findings begin at `first`: when an import it
  /// followed names a module hoist could not read (above max-file-size, not
  /// text), that module's code may do anything (write the environment or
  /// the state a construction reads, rebind what a fix moves), so no fix of
  /// the item keeps behaviour for sure: its safe fixes become unsafe, and
  /// say why.
  void end_item(unsigned worker, std::size_t first) {
    std::vector<std::string> unread =
        module_caches_[worker]->take_unread_asked();
    if (unread.empty())
      return;
    std::sort(unread.begin(), unread.end());
    unread.erase(std::unique(unread.begin(), unread.end()), unread.end());
    std::string named;
    for (const std::string &path : unread)
      named += (named.empty() ? "'" : ", '") + path + "'";
    const std::string because =
        "hoist could not read " + named +
        (unread.size() == 1 ? ", a module" : ", modules") +
        " the handler's code imports (see the warning): what that code "
        "does is unknown, and it may change what the fix moves";
    std::vector<Diagnostic> &diagnostics = findings_[worker].diagnostics;
    for (std::size_t i = first; i < diagnostics.size(); ++i)
      if (std::optional<Fix> &fix = diagnostics[i].fix;
          fix && fix->applicability == Applicability::Safe) {
        fix->applicability = Applicability::Unsafe;
        fix->unsafe_because = because;
      }
  }

  /// True when `entry`'s handler module (at `stem`) is not in its code and
  /// may come from a layer hoist cannot read: a wrapper (Datadog's, IOpipe's)
  /// that calls the code's own handler, which an environment variable names.
  /// The code is then checked with the handlers its names suggest.
  static bool wrapped_by_layer(const ConfiguredHandler &entry,
                               const std::optional<std::string> &stem) {
    if (entry.unread_layers.empty() || !stem || stem->empty())
      return false;
    std::error_code ignored;
    return !fs::exists(*stem + ".py", ignored) &&
           !fs::exists(*stem + "/__init__.py", ignored);
  }

  /// Takes the Python handlers among `entries`, and hands the others to
  /// the engine. `project_only`: from the project of a file named on the
  /// command line, for the files checked only.
  void add_configured(const std::vector<ConfiguredHandler> &entries,
                      bool project_only = false) {
    for (const ConfiguredHandler &entry : entries) {
      if (entry.language != HandlerLanguage::Python) {
        if (!project_only)
          configured_for_others_.push_back(entry);
        continue;
      }
      configured_.push_back(entry); // a deque: earlier addresses stay valid
      auto stem = configured_module_stem(entry);
      if (!wrapped_by_layer(entry, stem))
        code_roots_.insert(normalized_dir(entry.code_root));
      configured_by_stem_[stem ? *stem : ""].push_back(&configured_.back());
      if (!project_only)
        checked_stems_.insert(stem ? *stem : "");
    }
  }

  /// Takes the Python handlers of the project deployment files whose
  /// modules are among `files` or configured by the deployment files
  /// checked, and every one's code root.
  void add_project_configured(const ConfiguredFunctions &configured,
                              const std::vector<DiscoveredFile> &files) {
    std::unordered_set<std::string> checked = checked_stems_;
    for (const DiscoveredFile &file : files)
      checked.insert(stem_of(absolute_path(base_text_, file.path)));
    for (const ProjectHandler *handler : configured.project)
      if (!wrapped_by_layer(*handler->entry, handler->module_stem))
        code_roots_.insert(handler->code_root);
    for (const ProjectHandler *handler :
         configured.project_answered_by(checked)) {
      configured_.push_back(*handler->entry);
      configured_by_stem_[handler->module_stem].push_back(&configured_.back());
    }
  }

  /// Reads one file: null when it cannot be analyzed. `may_define_handler`
  /// says whether phase 2 analyzes it.
  SourceFilePtr read(const DiscoveredFile &discovered, unsigned worker,
                     bool &may_define_handler) {
    Findings &found = findings_[worker];
    auto loaded = load_source(discovered.path, discovered.display_path,
                              options_.overlay, options_.max_file_size);
    if (auto *error = std::get_if<LoadError>(&loaded)) {
      (error->skipped ? found.skipped : found.errors)
          .push_back(std::move(*error));
      return nullptr;
    }
    SourceFilePtr file = std::get<SourceFilePtr>(loaded);
    ++found.files;
    // A configured handler's module the scan skips is analyzed afterwards,
    // loaded on demand like an import.
    // A framework's deployed module (Chalice's app.py) holds a handler that
    // is neither a function nor named like one.
    may_define_handler =
        !prefilter_ ||
        may_matter(file->text(), file->path(), options_.handlers) ||
        std::any_of(deployed_.begin(), deployed_.end(),
                    [&](const HandlerSpec &spec) {
                      return is_module_file(spec, file->path());
                    });
    if (may_define_handler)
      read_cdk_app(file, worker, found.cdk_handlers, &found.notes);
    return file;
  }

  /// Adds to `into` the handlers that `file` defines when it is part of a
  /// CDK app: a test building a stack to assert on its template deploys
  /// nothing.
  void read_cdk_app(const SourceFilePtr &file, unsigned worker,
                    std::vector<ConfiguredHandler> &into,
                    std::vector<DeploymentNotice> *unread = nullptr) {
    if (file->text().find("aws_cdk") == std::string_view::npos ||
        is_test_file(below_checked_root(absolute_path(base_text_, file->path()))))
      return;
    ParsedModule parsed = parse_source(file);
    // The app's own modules (`import infrastructure.constants`) are found
    // as its handlers' imports are: from its directory up to the project.
    ModuleCache &cache = *module_caches_[worker];
    NameResolver resolver(
        cache, *options_.catalogue,
        import_roots(cache, parent_dir(absolute_path(base_text_, file->path()))));
    for (ConfiguredHandler &handler :
         cdk_handlers(resolver, *parsed.model, unread))
      into.push_back(std::move(handler));
  }

  /// Reads a file of the CDK app of a named path's project, for its
  /// handlers only: it is not among the files checked.
  void read_project_cdk_app(const DiscoveredFile &discovered,
                            unsigned worker) {
    auto loaded = load_source(discovered.path, discovered.display_path,
                              options_.overlay, options_.max_file_size);
    if (auto *file = std::get_if<SourceFilePtr>(&loaded))
      read_cdk_app(*file, worker, findings_[worker].project_cdk_handlers);
  }

  void report_progress(const char *what, std::size_t done, std::size_t total) {
    if (options_.progress)
      options_.progress(what, done, total);
  }

  /// Phase 2 reads a kept file again (from the page cache) when phase 1 did
  /// not keep its text.
  SourceFilePtr reread(const DiscoveredFile &discovered, unsigned worker) {
    auto loaded = load_source(discovered.path, discovered.display_path,
                              options_.overlay, options_.max_file_size);
    if (auto *error = std::get_if<LoadError>(&loaded)) {
      findings_[worker].errors.push_back(std::move(*error)); // it vanished
      return nullptr;
    }
    return std::get<SourceFilePtr>(loaded);
  }

  void analyze_file(const SourceFilePtr &file, unsigned worker) {
    if (!file)
      return;
    Findings &found = findings_[worker];
    ParsedModule parsed = parse_source(file);
    if (parsed.tree->too_slow()) {
      found.errors.push_back(
          {file->path(),
           "not analyzed: too slow to parse (tree-sitter-python takes time "
           "quadratic in the length of some comment runs, and hoist stopped "
           "it after " +
               std::to_string(treesitter::parse_work_limit(file->text().size())) +
               " bytes of lexing); shorten the file's long runs of comment "
               "lines, or exclude it"});
      return;
    }
    if (parsed.syntax_error)
      found.syntax_errors.push_back(*parsed.syntax_error);
    if (parsed.python2)
      found.python2_code.push_back(*parsed.python2);
    found.suppressions.insert(found.suppressions.end(),
                              parsed.suppressions.begin(),
                              parsed.suppressions.end());
    const ModuleModel &module = *parsed.model;
    ModuleCache &cache = *module_caches_[worker];
    std::string absolute = absolute_path(base_text_, file->path());
    std::string dir = parent_dir(absolute);
    std::string stem = stem_of(absolute);
    if (auto it = configured_by_stem_.find(stem);
        it != configured_by_stem_.end()) {
      {
        std::lock_guard<std::mutex> lock(analyzed_mutex_);
        analyzed_stems_.insert(stem);
      }
      if (analyze_configured_module(it->second, &module, worker))
        return;
    }
    // Deployment configuration is the truth under its code roots.
    if (options_.handlers.specs.empty() && is_within_any(dir, code_roots_))
      return;
    NameResolver resolver(cache, *options_.catalogue, import_roots(cache, dir));
    for (const Handler &handler :
         find_handlers(resolver, module, below_checked_root(absolute),
                       options_.handlers, found.handler_matches))
      run_checks(resolver, handler, found);
  }

  /// Checks the handlers `entries` configure in one module (when null, in
  /// the module loaded on demand). A module where none of them is found
  /// (misspelt, renamed) still runs in Lambda once the name is right: its
  /// functions that handler discovery would find without configuration are
  /// checked as handlers. True when that was done.
  bool analyze_configured_module(
      const std::vector<const ConfiguredHandler *> &entries,
      const ModuleModel *module, unsigned worker) {
    const ModuleModel *without_handler = nullptr;
    const ConfiguredHandler *missing = nullptr;
    bool any_found = false;
    for (const ConfiguredHandler *entry : entries) {
      // Each function that loads the module runs its module-level code.
      std::vector<std::string> shared_with;
      for (const ConfiguredHandler *other : entries)
        if (other->handler != entry->handler)
          shared_with.push_back("'" + other->handler +
                                "', the handler of " + other->origin);
      ConfiguredLookup lookup =
          analyze_configured(*entry, module, worker, std::move(shared_with));
      any_found = any_found || lookup.handler.has_value();
      if (lookup.module_without_handler) {
        without_handler = lookup.module_without_handler;
        missing = entry;
      }
    }
    if (any_found || !without_handler || !options_.handlers.specs.empty())
      return false;
    analyze_without_handler(*without_handler, *missing, worker);
    return true;
  }

  void analyze_without_handler(const ModuleModel &module,
                               const ConfiguredHandler &missing,
                               unsigned worker) {
    Findings &found = findings_[worker];
    std::string absolute = absolute_path(base_text_, module.path());
    NameResolver resolver(
        *module_caches_[worker], *options_.catalogue,
        configured_import_roots(*module_caches_[worker], missing));
    std::vector<HandlerSpecMatch> unused;
    for (Handler &handler :
         find_handlers(resolver, module, below_checked_root(absolute),
                       options_.handlers, unused)) {
      handler.reason += " (the handler configured for this module, '" +
                        missing.handler + "', is missing)";
      run_checks(resolver, handler, found);
    }
  }

  /// True when the file `path` (as reports name it) is one of the paths
  /// checked or inside one.
  bool within_checked_paths(const std::string &path) const {
    std::string absolute = absolute_path(base_text_, path);
    return std::any_of(checked_roots_.begin(), checked_roots_.end(),
                       [&](const std::string &root) {
                         return absolute.compare(0, root.size(), root) == 0 &&
                                (absolute.size() == root.size() ||
                                 root == "/" || absolute[root.size()] == '/');
                       });
  }

  /// True when the file `path` (as reports name it) is one of the files
  /// checked: inside the paths checked, and not excluded from them.
  bool is_checked_file(const std::string &path) const {
    return within_checked_paths(path) &&
           checked_files_.count(absolute_path(base_text_, path));
  }

  /// Findings are reported in the files checked, as a linter's are: one in
  /// a module outside them (a helper in another directory the handler
  /// imports, a layer's code, a file excluded) is reported at the last call
  /// inside them that leads to it, with a note where the construction is,
  /// and without a fix (--fix writes only the files checked). A suppression
  /// at the construction still applies. One that no call inside them leads
  /// to is not reported.
  void keep_within_checked_paths(std::vector<Diagnostic> &diagnostics) const {
    if (checked_roots_.empty())
      return;
    // Constructions only: a handler-not-found finding is in the deployment
    // file that configures a handler checked, wherever it is.
    auto outside = [&](const Diagnostic &diagnostic) {
      return diagnostic.subject &&
             !is_checked_file(diagnostic.location.file->path());
    };
    for (Diagnostic &diagnostic : diagnostics) {
      if (!outside(diagnostic))
        continue;
      auto call = std::find_if(
          diagnostic.call_path.rbegin(), diagnostic.call_path.rend(),
          [&](const Location &at) { return is_checked_file(at.file->path()); });
      if (call == diagnostic.call_path.rend())
        continue;
      Location construction = diagnostic.location;
      diagnostic.location = *call;
      // One call may lead to several constructions: each is its own
      // finding there, and says which it is.
      const bool excluded = within_checked_paths(construction.file->path());
      diagnostic.message +=
          " (built at '" + source_place(*construction.file, construction.range.begin) +
          (excluded ? "', in a file not checked)" : "', outside the paths checked)");
      diagnostic.notes.push_back(
          {construction, excluded ? kInFileNotChecked : kOutsideCheckedPaths});
      diagnostic.call_path.push_back(construction);
      diagnostic.fix.reset();
    }
    diagnostics.erase(
        std::remove_if(diagnostics.begin(), diagnostics.end(), outside),
        diagnostics.end());
  }

  /// `absolute` (normalized) below the deepest checked path that holds it,
  /// however that path was spelled; its name alone when it was named itself
  /// or lies under none (then below the base, if there).
  std::string below_checked_root(const std::string &absolute) const {
    auto holds = [&](const std::string &root) {
      return absolute.size() > root.size() &&
             absolute.compare(0, root.size(), root) == 0 &&
             (root == "/" || absolute[root.size()] == '/');
    };
    const std::string *deepest = nullptr;
    for (const std::string &root : checked_roots_) {
      if (root == absolute)
        return file_name(absolute);
      if (holds(root) && (!deepest || root.size() > deepest->size()))
        deepest = &root;
    }
    if (!deepest && holds(base_text_))
      deepest = &base_text_;
    if (!deepest)
      return file_name(absolute);
    return absolute.substr(*deepest == "/" ? 1 : deepest->size() + 1);
  }

  /// Checks the handler `entry` configures in `module` (when null, in its
  /// module loaded on demand), or reports it not found. `shared_with`: the
  /// handlers other functions configure in the same module.
  ConfiguredLookup analyze_configured(const ConfiguredHandler &entry,
                                      const ModuleModel *module,
                                      unsigned worker,
                                      std::vector<std::string> shared_with) {
    Findings &found = findings_[worker];
    NameResolver resolver(
        *module_caches_[worker], *options_.catalogue,
        configured_import_roots(*module_caches_[worker], entry));
    ConfiguredLookup lookup =
        find_configured_handler(resolver, entry, base_, module);
    if (lookup.handler) {
      // Its code is checked (and counted) when its module is among the
      // files checked; findings elsewhere are not reported.
      const std::string &module = lookup.handler->location.file->path();
      if (checked_roots_.empty() || within_checked_paths(module))
        found.configured_checked.emplace_back(entry);
      else
        found.notes.push_back({Severity::Warning, entry.where,
                               code_not_among_checked(entry, module), true});
      lookup.handler->module_shared_with = std::move(shared_with);
      lookup.handler->environment = &entry.environment;
      for (const ConfiguredHandler &other : configured_)
        if (&other != &entry &&
            (other.language == HandlerLanguage::Python ||
             other.language == HandlerLanguage::Unknown))
          lookup.handler->other_functions.push_back(
              {other.origin, &other.environment,
               configured_module_stem(other) == configured_module_stem(entry)});
      run_checks(resolver, *lookup.handler, found);
    } else if (!lookup.may_come_from_layer.empty()) {
      found.notes.push_back({Severity::Warning, entry.where,
                             lookup.may_come_from_layer, true});
    } else if (!lookup.problem.empty() &&
             options_.enabled_rules.count(rules::kHandlerNotFound))
      found.diagnostics.push_back(
          handler_not_found(entry, lookup.problem, *options_.registry));
    return lookup;
  }

  /// What the serverless.yml configuring `entry`, if one does, packages
  /// from above its service (packaged_from_above), read once per file.
  static std::vector<std::string>
  packaged_from_above_of(const ModuleCache &cache,
                         const ConfiguredHandler &entry) {
    const SourceFile &file = *entry.where.file;
    const std::string name = fs::path(file.path()).filename().string();
    if (name != "serverless.yml" && name != "serverless.yaml")
      return {};
    const fs::path absolute = fs::absolute(file.path()).lexically_normal();
    return cache.found_once("packaged from above\n" + absolute.string(), [&] {
      std::vector<std::string> dirs;
      for (const fs::path &dir :
           packaged_from_above(file.text(), absolute.parent_path()))
        dirs.push_back(normalized_dir(dir));
      return dirs;
    });
  }

  /// Where absolute imports are looked up for a configured handler: its code
  /// root first, then the directories its PYTHONPATH names, then its layers'
  /// (/opt/python at run time), then the roots
  /// and parents any handler gets (a layer's code is often a parent
  /// directory's package in the repository).
  std::vector<std::string>
  configured_import_roots(const ModuleCache &cache,
                          const ConfiguredHandler &entry) const {
    std::string code_root = normalized_dir(entry.code_root);
    std::vector<std::string> first = {code_root};
    // A directory the packaging copies in from higher up the repository
    // (serverless.yml's `include: ../shared/libs/**` for `PYTHONPATH:
    // shared/libs`) is found where it is, from a parent of the code root
    // inside the trees checked, or one holding what the packaging names:
    // a check of one service, or of one file, finds it as one of the whole
    // repository does.
    auto inside = [](const std::string &dir, const std::string &root) {
      return dir == root || dir.rfind(root == "/" ? root : root + "/", 0) == 0;
    };
    const std::vector<std::string> packaged = packaged_from_above_of(cache, entry);
    auto checked = [&](const std::string &dir) {
      return std::any_of(checked_roots_.begin(), checked_roots_.end(),
                         [&](const std::string &root) {
                           return inside(dir, root);
                         }) ||
             std::any_of(packaged.begin(), packaged.end(),
                         [&](const std::string &from) {
                           return inside(from, dir);
                         });
    };
    for (const std::string &dir : python_path_dirs(entry)) {
      std::string under = dir;
      std::error_code ignored;
      const std::string relative =
          dir.rfind(code_root + "/", 0) == 0 ? dir.substr(code_root.size() + 1) : "";
      for (std::string parent = code_root;
           !relative.empty() && !fs::is_directory(under, ignored) &&
           parent != "/" && checked(parent_dir(parent));) {
        parent = parent_dir(parent);
        under = parent + "/" + relative;
      }
      if (!fs::is_directory(under, ignored))
        under = dir;
      if (!std::count(first.begin(), first.end(), under))
        first.push_back(under);
    }
    for (const fs::path &layer : entry.layer_roots)
      first.push_back(normalized_dir(layer));
    std::vector<std::string> roots = import_roots(cache, code_root);
    roots.erase(std::remove_if(roots.begin(), roots.end(),
                               [&](const std::string &root) {
                                 return std::count(first.begin(), first.end(),
                                                   root) > 0;
                               }),
                roots.end());
    roots.insert(roots.begin(), first.begin(), first.end());
    return roots;
  }

  /// Where absolute imports are looked up for a handler in `dir` (absolute,
  /// normalized): the configured roots, then `dir` and each parent up to the
  /// root of its project (project_root_of), wherever hoist runs.
  std::vector<std::string> import_roots(const ModuleCache &cache,
                                        std::string dir) const {
    std::vector<std::string> roots = configured_roots_;
    const std::string top = project_root_of(cache, dir);
    std::string inside = top == "/" ? "/" : top + "/";
    while (true) {
      roots.push_back(dir);
      if (dir == "/" || dir.compare(0, inside.size(), inside) != 0)
        break; // the project's root itself, or outside it
      dir = parent_dir(dir);
    }
    return roots;
  }

  void run_checks(const NameResolver &resolver, const Handler &handler,
                  Findings &found) {
    if (show_handlers_) {
      // One write per line, so that threads' lines do not interleave.
      Position at =
          handler.location.file->position(handler.location.range.begin);
      std::fprintf(stderr, "%s:%zu:%zu: handler '%s': %s\n",
                   handler.location.file->path().c_str(), at.line, at.column,
                   handler.name.c_str(), handler.reason.c_str());
    }
    auto walk = [&](const EmptiedState &emptied) {
      return handler.function
                 ? reachable_functions(resolver, *handler.function_module,
                                       *handler.function, handler.receiver,
                                       emptied)
                 : reachable_from_router(resolver, handler.router,
                                         *handler.module, emptied);
    };
    // A lazy cache every invocation empties again caches nothing: what it
    // guards, and what that calls, runs on every invocation too. A library
    // object as the handler runs routes, none on every invocation, so none
    // empties module state every invocation; but what a route keeps on an
    // instance it makes is made again each time it runs.
    auto emptied_by = [&](const std::vector<ReachedFunction> &reached,
                          const EmptiedState &known) {
      if (handler.function)
        return emptied_every_invocation(resolver, reached, known);
      EmptiedState fresh;
      add_fresh_instances(resolver, reached, known, fresh);
      return fresh;
    };
    std::vector<ReachedFunction> reached = walk(EmptiedState());
    EmptiedState emptied = emptied_by(reached, EmptiedState());
    // What the next walk enters may make more instances anew (a lazy
    // `self.helper = Helper()` on one): walk again while it finds more.
    std::size_t known = 0;
    for (int again = 0; again < 3 && emptied.size() > known &&
                        enters_more(resolver, reached, emptied);
         ++again) {
      known = emptied.size();
      reached = walk(emptied);
      emptied = emptied_by(reached, emptied);
    }
    CheckContext context(resolver, handler, reached, emptied,
                         *options_.registry, options_.enabled_rules,
                         options_.settings, found.diagnostics);
    context.hoist_fixes = &found.hoist_fixes;
    for (const auto &check : checks_)
      check->run(context);
  }

  ProjectAnalysis merge() {
    ProjectAnalysis result;
    result.configured_for_others = std::move(configured_for_others_);
    for (Findings &found : findings_) {
      move_append(result.diagnostics, found.diagnostics);
      move_append(result.errors, found.errors);
      move_append(result.skipped, found.skipped);
      move_append(result.syntax_errors, found.syntax_errors);
      move_append(result.python2_code, found.python2_code);
      move_append(result.handler_matches, found.handler_matches);
      move_append(result.suppressions, found.suppressions);
      move_append(result.notes, found.notes);
      move_append(result.configured_checked, found.configured_checked);
      result.files_checked += found.files;
    }
    std::sort(result.notes.begin(), result.notes.end(),
              [](const DeploymentNotice &a, const DeploymentNotice &b) {
                return std::tie(a.where.file->path(), a.where.range.begin,
                                a.message) <
                       std::tie(b.where.file->path(), b.where.range.begin,
                                b.message);
              });
    result.notes.erase(std::unique(result.notes.begin(), result.notes.end(),
                                   [](const DeploymentNotice &a,
                                      const DeploymentNotice &b) {
                                     return a.message == b.message &&
                                            a.where.range.begin ==
                                                b.where.range.begin;
                                   }),
                       result.notes.end());
    // Modules loaded for imports may suppress what is reported in them; a
    // module several threads loaded, or one loaded again after a trim,
    // counts once (else its unused suppression is reported once per copy,
    // as many times as the threads' timing made copies).
    std::set<std::pair<std::string, std::size_t>> seen;
    result.suppressions.erase(
        std::remove_if(result.suppressions.begin(), result.suppressions.end(),
                       [&](const Suppression &suppression) {
                         return !seen
                                     .insert({suppression.comment.file->path(),
                                              suppression.comment.range.begin})
                                     .second;
                       }),
        result.suppressions.end());
    std::set<std::string> loaded;
    for (const auto &cache : module_caches_)
      loaded.insert(cache->loaded_files().begin(), cache->loaded_files().end());
    // Imported modules that could not be read are warned about as a file
    // checked that is skipped is: once, whichever threads met them.
    std::set<std::string> warned;
    for (const LoadError &error : result.skipped)
      warned.insert(error.path);
    for (const LoadError &error : result.errors)
      warned.insert(error.path);
    for (const auto &cache : module_caches_)
      for (const LoadError &error : cache->unread_modules())
        if (warned.insert(error.path).second) {
          LoadError warning = error;
          warning.skipped = true; // imported, not checked: not an error
          warning.message +=
              " (imported by a handler's code: its fixes are unsafe)";
          result.skipped.push_back(std::move(warning));
        }
    result.loaded_files.assign(loaded.begin(), loaded.end());
    for (const Python2Code &code : result.python2_code)
      result.python2_files.insert(code.where.file->path());
    for (const auto &cache : module_caches_)
      result.python2_files.insert(cache->python2_files().begin(),
                                  cache->python2_files().end());
    std::set<std::string> consulted;
    for (const auto &cache : module_caches_)
      consulted.insert(cache->consulted_directories().begin(),
                       cache->consulted_directories().end());
    result.consulted_directories.assign(consulted.begin(), consulted.end());
    for (const auto &cache : module_caches_)
      for (const ParsedModule &module : cache->modules())
        for (const Suppression &suppression : module.suppressions)
          if (seen.insert({suppression.comment.file->path(),
                           suppression.comment.range.begin})
                  .second)
            result.suppressions.push_back(suppression);
    auto by_place = [](const Location &a, const Location &b) {
      return std::tie(a.file->path(), a.range.begin) <
             std::tie(b.file->path(), b.range.begin);
    };
    std::sort(result.syntax_errors.begin(), result.syntax_errors.end(),
              by_place);
    std::sort(result.python2_code.begin(), result.python2_code.end(),
              [&](const Python2Code &a, const Python2Code &b) {
                return by_place(a.where, b.where);
              });
    std::sort(
        result.errors.begin(), result.errors.end(),
        [](const LoadError &a, const LoadError &b) { return a.path < b.path; });
    keep_within_checked_paths(result.diagnostics);
    // One finding per place and rule, even when several handlers reach it:
    // the handler whose way there allows the least fix explains it (a safe
    // fix for one handler moves the object for all of them), then the first
    // in file order, whichever thread found it.
    std::sort(result.diagnostics.begin(), result.diagnostics.end(),
              [](const Diagnostic &a, const Diagnostic &b) {
                if (diagnostic_order(a, b))
                  return true;
                if (diagnostic_order(b, a))
                  return false;
                if (built_first(a, b) || built_first(b, a))
                  return built_first(a, b);
                if (fix_level(a) != fix_level(b))
                  return fix_level(a) < fix_level(b);
                return explained_first(a, b);
              });
    // The others are named in its message and listed in JSON and SARIF.
    std::vector<Diagnostic> kept;
    for (Diagnostic &diagnostic : result.diagnostics)
      if (!kept.empty() && same_place(kept.back(), diagnostic))
        add_reaching_handlers(kept.back(), diagnostic);
      else
        kept.push_back(std::move(diagnostic));
    for (Diagnostic &diagnostic : kept)
      name_other_handlers(diagnostic);
    result.diagnostics = std::move(kept);
    return result;
  }

  const AnalysisOptions &options_;
  fs::path base_;
  std::string base_text_; ///< base_, normalized
  /// The configured roots (--root), absolute and normalized.
  std::vector<std::string> configured_roots_;
  /// The paths given to check, absolute and normalized.
  std::vector<std::string> checked_roots_;
  /// The files checked (those discovered in them), absolute and normalized.
  std::unordered_set<std::string> checked_files_;
  std::vector<std::unique_ptr<Check>> checks_;
  bool prefilter_;
  bool show_handlers_;
  /// Where frameworks deploy a handler no configuration names
  /// (ApiCatalogue::deployed_handlers).
  std::vector<HandlerSpec> deployed_;
  unsigned jobs_;
  ReadFiles read_files_; ///< filled between phases 1 and 2
  UncheckedFiles unchecked_;
  std::vector<std::unique_ptr<ModuleCache>> module_caches_;
  std::vector<Findings> findings_;
  std::unordered_set<std::string> code_roots_;
  std::deque<ConfiguredHandler> configured_; // stable addresses
  std::vector<ConfiguredHandler> configured_for_others_;
  std::unordered_map<std::string, std::vector<const ConfiguredHandler *>>
      configured_by_stem_;
  std::mutex analyzed_mutex_;
  std::unordered_set<std::string> analyzed_stems_;
  /// Module stems that deployment files among those checked configure:
  /// those that only a named file's project configures are analyzed only
  /// when the module is among the files checked.
  std::unordered_set<std::string> checked_stems_;
};

} // namespace

ProjectAnalysis analyze_project(const std::vector<DiscoveredFile> &files,
                                const AnalysisOptions &options,
                                const fs::path &base) {
  return ProjectAnalyzer(options, base).run(files);
}

} // namespace hoist::python
