#include <gtest/gtest.h>

#include <filesystem>
#include <memory>

#include "engine/fix_loop.h"
#include "python/python_front_end.h"

namespace hoist::engine {
namespace {

namespace fs = std::filesystem;

/// A finding in `file` whose fix replaces `range` with `text`.
Diagnostic finding(const SourceFilePtr &file, TextRange range,
                   std::string text, std::string title) {
  Diagnostic diagnostic;
  diagnostic.rule_id = "client-in-handler";
  diagnostic.location = {file, range};
  diagnostic.fix = Fix{std::move(title), {{file, range, std::move(text)}},
                       Applicability::Safe, {}};
  return diagnostic;
}

// A fix whose result does not parse is never applied, whatever the analysis
// proposed: when a file's fixes together break its parse, the first that
// works on its own is kept, and one that breaks it is reported as dropped.
TEST(FixLoop, NeverAppliesAFixThatBreaksTheParse) {
  const std::string path = fs::absolute("app.py").lexically_normal().string();
  const std::string text = "def handler(event, context):\n    return 1\n";
  auto file = std::make_shared<SourceFile>(path, text);
  // Drops the '(' before the parameters; renames 'context'.
  std::vector<Diagnostic> first_pass = {
      finding(file, {11, 12}, "", "drop the parenthesis"),
      finding(file, {19, 26}, "ctx", "rename the parameter")};
  std::vector<Diagnostic> none;

  FixableFrontEnd front_end;
  front_end.analyze = [&](const Overlay &overlay)
      -> const std::vector<Diagnostic> & {
    return overlay.empty() ? first_pass : none;
  };
  front_end.errors = python::python_syntax_errors;

  FixOutcome outcome =
      fix_until_stable({{path, "app.py"}}, front_end, FixLevel::Safe);
  ASSERT_EQ(outcome.changed.count(path), 1u);
  EXPECT_EQ(outcome.changed.at(path).fixed,
            "def handler(event, ctx):\n    return 1\n");
  EXPECT_EQ(outcome.fixes_applied, 1u);
  ASSERT_EQ(outcome.notices.size(), 1u);
  EXPECT_EQ(outcome.notices[0].message,
            "fix 'drop the parenthesis' dropped: the fixed file would not "
            "parse");
}

// A fix dropped on the last analysis is taken off its finding: the report
// after --fix must not offer it again ("safe fix available", counted as
// fixable) for a file it could not be written to.
TEST(FixLoop, ADroppedFixIsNotOfferedAfterTheRun) {
  const std::string path = fs::absolute("app.py").lexically_normal().string();
  const std::string text = "def handler(event, context):\n    return 1\n";
  auto file = std::make_shared<SourceFile>(path, text);
  std::vector<Diagnostic> every_pass = {
      finding(file, {11, 12}, "", "drop the parenthesis")};

  FixableFrontEnd front_end;
  front_end.analyze = [&](const Overlay &) -> const std::vector<Diagnostic> & {
    return every_pass;
  };
  front_end.errors = python::python_syntax_errors;

  FixOutcome outcome =
      fix_until_stable({{path, "app.py"}}, front_end, FixLevel::Safe);
  EXPECT_TRUE(outcome.changed.empty());
  ASSERT_EQ(outcome.dropped.size(), 1u);
  withdraw_dropped_fixes(every_pass, outcome);
  ASSERT_EQ(every_pass.size(), 1u);
  EXPECT_FALSE(every_pass[0].fix.has_value());
}

} // namespace
} // namespace hoist::engine
