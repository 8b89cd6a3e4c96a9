// The smallest front-end there can be, run by the engine as the real ones
// are (docs/adding-a-front-end.md walks through it): what the engine does
// for every front-end (routing the functions deployment files configure,
// per-file-ignores, the one fix loop, merging) holds for one it has never
// seen.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/file_kinds.h"
#include "engine/fix_loop.h"
#include "engine/front_end.h"
#include "python/python_front_end.h"
#include "rules/rule_ids.h"
#include "scratch_dir.h"
#include "setup/check_setup.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

/// A front-end for `.toy` files, run on Node.js, whose only construction
/// is the text `new Toy()`: reported as client-in-handler, with a safe fix
/// that uses the module's `TOY` instead. Nothing in core or the engine
/// knows `.toy`: the claim below is all discovery asks.
class ToyFrontEnd : public engine::FrontEnd {
public:
  /// `configured` receives the functions the engine routed to it.
  explicit ToyFrontEnd(std::vector<ConfiguredHandler> *configured)
      : configured_(configured) {}

  /// How core reads and names `.toy` files: registered with the class, it
  /// fills the process's table of file kinds before anything is read.
  static FileKinds file_kinds() {
    FileKind toy;
    toy.matches = is_toy_file;
    toy.source_name = "Toy source";
    toy.line_comment = "#";
    return {toy};
  }
  std::string language() const override { return "toy"; }
  FileClaim claim() const override { return {language(), is_toy_file}; }
  std::string file_noun() const override { return "Toy file"; }
  bool serves(HandlerLanguage runtime) const override {
    return runtime == HandlerLanguage::JavaScript;
  }
  /// `src/app.toy` for the handler `src/app.handler`.
  std::optional<HandlerModules> handler_modules() const override {
    return HandlerModules{HandlerLanguage::JavaScript,
                          [](const std::string &module) {
                            return std::vector<std::string>{module + ".toy"};
                          }};
  }

  engine::FrontEndRun
  run(const engine::FrontEndRequest &request) const override {
    *configured_ = request.configured().checked;
    engine::FrontEndRun run;
    // The findings of the files as `overlay` has them (the fix loop's
    // fixed texts), else as the disk does.
    auto analyze =
        [&](const Overlay &overlay) -> const std::vector<Diagnostic> & {
      run.diagnostics.clear();
      for (const DiscoveredFile &file : request.files) {
        std::string absolute = fs::absolute(file.path).lexically_normal();
        auto buffer = overlay.find(absolute);
        auto source = std::make_shared<SourceFile>(
            file.display_path,
            buffer != overlay.end() ? buffer->second : read(file.path));
        const std::string_view text = source->text();
        for (std::size_t at = text.find("new Toy()");
             at != std::string_view::npos;
             at = text.find("new Toy()", at + 1)) {
          TextRange range{at, at + 9};
          Diagnostic finding{rules::kClientInHandler,
                             Severity::Warning,
                             {source, range},
                             "a Toy client built on every invocation"};
          finding.fix = Fix{"Use the module's TOY",
                            {{source, range, "TOY"}},
                            Applicability::Safe};
          if (!request.ignored(finding))
            run.diagnostics.push_back(std::move(finding));
        }
      }
      return run.diagnostics;
    };
    if (request.fixing) {
      engine::FixableFrontEnd fixable;
      fixable.analyze = analyze;
      fixable.errors = [](const std::string &, const std::string &) {
        return std::size_t{0};
      };
      static_cast<engine::FixOutcome &>(run) =
          engine::fix_until_stable(request.files, fixable, *request.fixing);
    } else {
      analyze({});
    }
    run.files_checked = request.files.size();
    return run;
  }

private:
  static bool is_toy_file(std::string_view name) {
    return extension_of(name) == ".toy";
  }

  static std::string read(const std::string &path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }

  std::vector<ConfiguredHandler> *configured_;
};

class ExampleFrontEnd : public ::testing::Test {
protected:
  /// A SAM template's function whose handler is src/app.toy's, and the
  /// line that puts it on Node.js.
  static constexpr const char *kOrders =
      R"(AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Orders:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Handler: app.handler
)";
  static constexpr const char *kOnNode = "      Runtime: nodejs20.x\n";

  void SetUp() override {
    dir_.write("template.yaml", std::string(kOrders) + kOnNode);
    dir_.write("src/app.toy", "exports.handler = async () => {\n"
                              "  const toy = new Toy();\n"
                              "  return toy.play();\n"
                              "};\n");
    request_.paths = {dir_.path().string()};
  }

  /// Runs a session of the Python front-end and the toy (or the toy alone,
  /// without `with_python`), fixing at `fixing`'s level if given; -v's
  /// notes go to `verbose_notes`.
  Report check(std::optional<FixLevel> fixing,
               engine::SessionRun *kept = nullptr, bool with_python = true,
               std::ostream *verbose_notes = nullptr) {
    std::string error;
    std::unique_ptr<setup::CheckSetup> setup =
        setup::CheckSetup::create(request_, error);
    EXPECT_TRUE(setup) << error;
    engine::FrontEnds front_ends;
    if (with_python)
      front_ends.push_back(std::make_unique<python::PythonFrontEnd>(
          setup->front_end_context()));
    front_ends.push_back(std::make_unique<ToyFrontEnd>(&configured_));
    Discovery discovery = setup->discover(front_ends);
    setup->prepare(discovery);
    engine::Session session = setup->session();
    engine::SessionRun run = fixing
                                 ? session.fix(discovery, *fixing, front_ends)
                                 : session.analyze(discovery, front_ends);
    Report report = session.report(run, discovery, verbose_notes);
    if (kept)
      *kept = std::move(run);
    return report;
  }

  testing::ScratchDir dir_;
  engine::CheckRequest request_;
  std::vector<ConfiguredHandler> configured_;
};

TEST_F(ExampleFrontEnd, ItsFindingsAreReportedWithTheFunctionsRoutedToIt) {
  Report report = check(std::nullopt);
  ASSERT_EQ(report.diagnostics.size(), 1u);
  const Diagnostic &finding = report.diagnostics[0];
  EXPECT_EQ(finding.rule_id, rules::kClientInHandler);
  EXPECT_EQ(fs::path(finding.location.file->path()).filename(), "app.toy");
  EXPECT_EQ(finding.location.file->position(finding.location.range.begin).line,
            2u);
  // The engine read the template and handed the Node.js function to the
  // front-end that serves Node.js.
  ASSERT_EQ(configured_.size(), 1u);
  EXPECT_EQ(configured_[0].handler, "app.handler");
  EXPECT_EQ(configured_[0].language, HandlerLanguage::JavaScript);
}

// A function whose runtime no file states runs on the runtime of the
// front-end whose module file its handler names: the toy's answer, which
// nothing in core knows.
TEST_F(ExampleFrontEnd, ItsModuleFilesSettleAFunctionWithoutARuntime) {
  dir_.write("template.yaml", kOrders);
  check(std::nullopt);
  ASSERT_EQ(configured_.size(), 1u);
  EXPECT_EQ(configured_[0].handler, "app.handler");
  EXPECT_EQ(configured_[0].language, HandlerLanguage::JavaScript);
  // With no module file of the toy's there, its runtime stays unknown: the
  // function is routed to no front-end, and -v names the runtimes whose
  // module files were looked for: Python's, and the toy's Node.js.
  fs::rename(dir_.path() / "src" / "app.toy", dir_.path() / "src" / "app.txt");
  configured_.clear();
  std::ostringstream notes;
  check(std::nullopt, nullptr, true, &notes);
  EXPECT_TRUE(configured_.empty());
  EXPECT_NE(notes.str().find("its handler names no Python or Node.js module"),
            std::string::npos)
      << notes.str();
}

TEST_F(ExampleFrontEnd, TheEngineReadsTheDeploymentFilesForItAlone) {
  dir_.write("template.yaml", std::string(kOrders) + kOnNode + R"(  Billing:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: billing/
      Handler: billing.handler
      Runtime: ruby3.2
)");
  dir_.write("billing/billing.rb", "def handler(event:, context:) end\n");
  std::ostringstream notes;
  Report report = check(std::nullopt, nullptr, false, &notes);
  EXPECT_EQ(report.diagnostics.size(), 1u);
  ASSERT_EQ(configured_.size(), 1u);
  EXPECT_EQ(configured_[0].handler, "app.handler");
  // No front-end checks Ruby: -v says so, at the function, naming the
  // runtime the front-end run serves.
  EXPECT_NE(notes.str().find(
                "its runtime 'ruby3.2' is not one hoist checks (Node.js)"),
            std::string::npos)
      << notes.str();
  // The template counts among the files checked, with app.toy.
  EXPECT_EQ(report.files_checked, 2u);
}

// Its file kinds tell core how its files are named and commented; the
// process's table holds the registered front-ends' kinds alone, which no
// test's front-end changes.
TEST_F(ExampleFrontEnd,
       ItsFileKindsNameItsFilesAndLeaveTheRegisteredTableAlone) {
  const FileKinds kinds = ToyFrontEnd::file_kinds();
  const FileKind *toy = file_kind_of("src/app.toy", kinds);
  ASSERT_NE(toy, nullptr);
  EXPECT_EQ(toy->source_name, "Toy source");
  EXPECT_EQ(toy->line_comment, "#");
  EXPECT_EQ(file_kind_of("src/app.py", kinds), nullptr);
  EXPECT_EQ(file_kind_of("src/app.toy"), nullptr);
  const FileKind *python = file_kind_of("src/app.py");
  ASSERT_NE(python, nullptr);
  EXPECT_EQ(python->source_name, "Python source");
}

TEST_F(ExampleFrontEnd, ItsFixesGoThroughTheFixLoop) {
  engine::SessionRun run;
  Report report = check(FixLevel::Safe, &run);
  EXPECT_EQ(run.fixes_applied, 1u);
  ASSERT_EQ(run.changed.size(), 1u);
  const engine::ChangedFile &changed = run.changed.begin()->second;
  EXPECT_NE(changed.original.find("new Toy()"), std::string::npos);
  EXPECT_EQ(changed.fixed.find("new Toy()"), std::string::npos);
  EXPECT_NE(changed.fixed.find("const toy = TOY;"), std::string::npos);
  // The last analysis is of the fixed text: nothing is left to report.
  EXPECT_TRUE(report.diagnostics.empty());
}

TEST_F(ExampleFrontEnd, PerFileIgnoresApplyToIt) {
  dir_.write(
      "hoist.toml",
      "per-file-ignores = { \"src/*.toy\" = [\"client-in-handler\"] }\n");
  engine::SessionRun run;
  Report report = check(FixLevel::Safe, &run);
  EXPECT_TRUE(report.diagnostics.empty());
  // Ignored before fixes are chosen: nothing was changed either.
  EXPECT_TRUE(run.changed.empty());
}

} // namespace
} // namespace hoist
