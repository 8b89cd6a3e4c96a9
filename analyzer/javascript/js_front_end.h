#pragma once

#include "core/analysis_options.h"
#include "core/rule_registry.h"
#include "engine/front_end.h"

namespace hoist::javascript {

/// The JavaScript and TypeScript front-end (javascript::analyze), with
/// the context's rules, settings and buffers (kept by reference): applies
/// its files' `hoist: ignore` comments and, fixing, keeps a file's fixes only
/// while it parses with no more errors than before.
class JsFrontEnd : public engine::FrontEnd {
public:
  explicit JsFrontEnd(const engine::FrontEndContext &context)
      : analysis_(context.analysis), registry_(context.registry) {}

  /// TypeScript and JavaScript modules: UTF-8, as Node.js reads them,
  /// with `//` comments.
  static FileKinds file_kinds();
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
  /// `src/app.js`, `.mjs`, `.cjs` or `.ts` (compiled to it) for `src/app`.
  std::optional<HandlerModules> handler_modules() const override;
  /// A file of its own named alone is checked with the functions its
  /// project's deployment files configure, as Python's.
  bool checks_project_functions() const override { return true; }
  /// The project's CDK apps (under a cdk.json, naming aws-cdk) and
  /// serverless.ts files.
  std::vector<DiscoveredFile>
  project_cdk_app_files(const Discovery &project) const override;
  engine::FrontEndRun
  run(const engine::FrontEndRequest &request) const override;

private:
  const AnalysisOptions &analysis_;
  const RuleRegistry &registry_;
};

} // namespace hoist::javascript
