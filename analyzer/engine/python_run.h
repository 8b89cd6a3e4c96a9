#pragma once

#include <cstddef>
#include <string>

#include "core/analysis_options.h"
#include "engine/front_end.h"
#include "python/analyze_project.h"
#include "python/api_catalogue.h"

namespace hoist::engine {

/// The Python front-end (python::analyze_project) with `options` and
/// `catalogue` (kept by reference). It runs first: the functions Python CDK
/// apps give other runtimes are its run's configured_for_others. Fixing,
/// the fix loop keeps a file's fixes only while it parses with no more
/// errors than before; a Python 2 file is never fixed.
class PythonFrontEnd : public FrontEnd {
public:
  PythonFrontEnd(const AnalysisOptions &options,
                 const python::ApiCatalogue &catalogue)
      : options_(options), catalogue_(catalogue) {}

  Language language() const override { return Language::Python; }
  FrontEndRun run(const FrontEndRequest &request) const override;

private:
  const AnalysisOptions &options_;
  const python::ApiCatalogue &catalogue_;
};

/// The Python front-end's FixableFrontEnd::errors: tree-sitter's syntax
/// errors in `text`.
std::size_t python_syntax_errors(const std::string &path,
                                 const std::string &text);

} // namespace hoist::engine
