#pragma once

#include "core/analysis_options.h"
#include "core/rule_registry.h"
#include "engine/front_end.h"

namespace hoist::engine {

/// The JavaScript and TypeScript front-end (javascript::analyze), with
/// `analysis`'s rules, settings and buffers (kept by reference): applies
/// its files' `hoist: ignore` comments and, fixing, keeps a file's fixes only
/// while it parses with no more errors than before.
class JsFrontEnd : public FrontEnd {
public:
  JsFrontEnd(const AnalysisOptions &analysis, const RuleRegistry &registry)
      : analysis_(analysis), registry_(registry) {}

  Language language() const override { return Language::JavaScript; }
  FrontEndRun run(const FrontEndRequest &request) const override;

private:
  const AnalysisOptions &analysis_;
  const RuleRegistry &registry_;
};

} // namespace hoist::engine
