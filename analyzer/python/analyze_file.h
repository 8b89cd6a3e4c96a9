#pragma once

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/diagnostic.h"
#include "core/rule_registry.h"
#include "python/api_catalogue.h"
#include "python/check.h"
#include "python/handler_discovery.h"

namespace hoist::python {

struct AnalysisOptions {
  const RuleRegistry *registry = nullptr;
  const ApiCatalogue *catalogue = nullptr;
  HandlerOptions handlers;
  std::unordered_set<std::string> enabled_rules;
};

struct FileAnalysis {
  /// Set when the file could not be analyzed at all; nothing else is.
  std::optional<std::string> error;
  std::vector<Diagnostic> diagnostics;
  /// Where the parse first failed; the rest was still analyzed.
  std::optional<Location> syntax_error;
  std::vector<HandlerSpecMatch> handler_matches;
};

/// Parses one file and runs every check on it. Safe to call from several
/// threads at once: each thread parses with its own parser.
FileAnalysis analyze_file(SourceFilePtr file, const AnalysisOptions &options,
                          const std::vector<std::unique_ptr<Check>> &checks);

} // namespace hoist::python
