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

  std::string language() const override { return "javascript"; }
  /// JavaScript and TypeScript modules (is_javascript_file).
  FileClaim claim() const override;
  std::string file_noun() const override {
    return "JavaScript or TypeScript file";
  }
  /// Node.js's: JavaScript, and TypeScript compiled to it.
  bool serves(HandlerLanguage runtime) const override {
    return runtime == HandlerLanguage::JavaScript;
  }
  FrontEndRun run(const FrontEndRequest &request) const override;

private:
  const AnalysisOptions &analysis_;
  const RuleRegistry &registry_;
};

} // namespace hoist::engine
