#include "server/document_analysis.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "core/config.h"
#include "setup/check_setup.h"

namespace hoist::server {
namespace {

namespace fs = std::filesystem;

std::string absolute_of(const std::string &path) {
  return fs::absolute(path).lexically_normal().string();
}

/// A finding is said where it is, and also, in each other document whose
/// code leads to it (a handler calling a helper module), at the last call
/// there on the way: so a handler's diagnostics change when a helper's
/// text does. The copy has no fix; a suppression comment on that call
/// silences the finding too.
void add_at_calls(const Diagnostic &finding, DocumentAnalysis &out) {
  std::set<std::string> files{absolute_of(finding.location.file->path())};
  for (auto call = finding.call_path.rbegin();
       call != finding.call_path.rend(); ++call) {
    std::string file = absolute_of(call->file->path());
    if (!files.insert(file).second)
      continue;
    Diagnostic copy = finding;
    copy.location = *call;
    copy.fix.reset();
    copy.notes.insert(copy.notes.begin(),
                      {finding.location, "the finding is here"});
    out.findings[file].push_back(std::move(copy));
  }
}

} // namespace

DocumentAnalysis analyze_documents(const Overlay &documents,
                                   const ServerSettings &settings,
                                   ProjectMemos *memos) {
  DocumentAnalysis out;
  // One check per configuration file (none is one group too): each runs
  // with its own settings, as `hoist check` from there would.
  std::map<std::string, std::vector<std::string>> groups;
  for (const auto &[path, text] : documents) {
    std::optional<fs::path> config = find_config(path);
    groups[config ? config->string() : std::string()].push_back(path);
  }
  for (const auto &[config, paths] : groups) {
    engine::CheckRequest request;
    request.paths = paths;
    request.buffers = documents;
    request.select = settings.select;
    request.extend_select = settings.extend_select;
    request.ignore = settings.ignore;
    std::string error;
    std::unique_ptr<setup::CheckSetup> setup =
        setup::CheckSetup::create(request, error);
    if (!setup) {
      out.problems.push_back(error);
      continue;
    }
    if (memos)
      setup->memo = &(*memos)[config];
    const engine::FrontEnds &front_ends = setup->front_ends;
    Discovery discovery = setup->discover(front_ends);
    // Documents of other kinds (a README, a template) are not checked, and
    // that is no error.
    discovery.errors.clear();
    setup->prepare(discovery);
    engine::Session session = setup->session();
    engine::SessionRun run = session.analyze(discovery, front_ends);
    Report report = session.report(run, discovery, nullptr);
    for (Diagnostic &diagnostic : report.diagnostics) {
      add_at_calls(diagnostic, out);
      out.findings[absolute_of(diagnostic.location.file->path())].push_back(
          std::move(diagnostic));
    }
    for (FileNotice &notice : report.notices)
      if (notice.location)
        out.notices[absolute_of(notice.location->file->path())].push_back(
            std::move(notice));
  }
  // Each document's findings in report order, the copies among them.
  for (auto &[path, findings] : out.findings)
    std::sort(findings.begin(), findings.end(), diagnostic_order);
  return out;
}

} // namespace hoist::server
