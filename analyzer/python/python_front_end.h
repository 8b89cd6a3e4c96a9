#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "core/analysis_options.h"
#include "engine/front_end.h"
#include "python/analyze_project.h"
#include "python/api_catalogue.h"

namespace hoist::python {

/// The Python front-end (analyze_project) with `options` and `catalogue`.
/// It runs first: the functions Python CDK apps give other runtimes are its
/// run's configured_for_others. Fixing, the fix loop keeps a file's fixes
/// only while it parses with no more errors than before; a Python 2 file is
/// never fixed.
class PythonFrontEnd : public engine::FrontEnd {
public:
  /// As registered: its catalogue is rules/catalogue.json's Python entries
  /// and the configuration's constructors. Throws engine::SetupError when
  /// the catalogue cannot be read or refuses a constructor.
  explicit PythonFrontEnd(const engine::FrontEndContext &context);
  /// With `options` (kept by reference) and `catalogue`.
  PythonFrontEnd(const hoist::AnalysisOptions &options,
                 std::shared_ptr<const ApiCatalogue> catalogue)
      : options_(options), catalogue_(std::move(catalogue)) {}

  /// `.py` files: UTF-8 unless a PEP 263 declaration names another
  /// encoding, with `#` comments.
  static FileKinds file_kinds();
  std::string language() const override { return kLanguage; }
  /// `.py` files.
  FileClaim claim() const override;
  std::string file_noun() const override { return "Python file"; }
  bool serves(HandlerLanguage runtime) const override {
    return runtime == HandlerLanguage::Python;
  }
  /// `src/app.py`, else `src/app/__init__.py`, for `src/app` (or
  /// `src.app`).
  std::optional<HandlerModules> handler_modules() const override;
  /// The handlers of a named file's project are checked with it.
  bool checks_project_functions() const override { return true; }
  /// The project's Python CDK apps, read for their stacks' handlers.
  std::vector<DiscoveredFile>
  project_cdk_app_files(const Discovery &project) const override;
  /// As Lambda's Python runtime imports the handler's module
  /// (check_handler_module).
  bool finds_handler(
      const std::string &handler, const std::string &task_root,
      const std::vector<std::pair<std::string, std::string>> &environment,
      const std::string &also_looked_for, std::string &error) const override;
  /// Keeps the files that changed, and those that mention a changed
  /// module's name (they may import it).
  void keep_changed(const std::set<std::filesystem::path> &changed,
                    std::vector<DiscoveredFile> &files) const override;
  /// Every module it reads beyond its files is a loaded file, and every
  /// directory an import looked in a consulted one.
  bool cacheable() const override { return true; }
  engine::FrontEndRun
  run(const engine::FrontEndRequest &request) const override;

  static constexpr const char *kLanguage = "python";

private:
  const hoist::AnalysisOptions &options_;
  std::shared_ptr<const ApiCatalogue> catalogue_;
};

/// The Python front-end's FixableFrontEnd::errors: tree-sitter's syntax
/// errors in `text`.
std::size_t python_syntax_errors(const std::string &path,
                                 const std::string &text);

} // namespace hoist::python
