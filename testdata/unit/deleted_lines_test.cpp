// A fix that deletes a statement's whole lines leaves no run of blank lines
// that was not there, nor a blank line opening or closing a block
// (apply_edits), in every language.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/fix_applier.h"

namespace hoist {
namespace {

/// `text` with the line holding `line` deleted, as a fix deletes one.
std::string without_line(const std::string &text, const std::string &line) {
  auto file = std::make_shared<SourceFile>("a.js", text);
  std::size_t begin = text.find(line);
  std::size_t end = text.find('\n', begin) + 1;
  begin = text.rfind('\n', begin) + 1;
  return apply_edits(text, {{file, {begin, end}, ""}});
}

TEST(DeletedLines, LeaveNoDoubleBlankLine) {
  EXPECT_EQ(without_line("a();\n\nconst s3 = x();\n\nb();\n", "s3"),
            "a();\n\nb();\n");
  EXPECT_EQ(without_line("    a()\n\n    s3 = x()\n\n    b()\n", "s3"),
            "    a()\n\n    b()\n");
}

TEST(DeletedLines, LeaveNoBlankLineOpeningOrClosingABlock) {
  EXPECT_EQ(without_line("f() {\n  const s3 = x();\n\n  b();\n}\n", "s3"),
            "f() {\n  b();\n}\n");
  EXPECT_EQ(without_line("def f():\n    s3 = x()\n\n    b()\n", "s3"),
            "def f():\n    b()\n");
  EXPECT_EQ(without_line("f() {\n  a();\n\n  const s3 = x();\n}\n", "s3"),
            "f() {\n  a();\n}\n");
  EXPECT_EQ(without_line("const s3 = x();\n\nb();\n", "s3"), "b();\n");
}

TEST(DeletedLines, KeepTheBlankLinesThatSeparateStatements) {
  EXPECT_EQ(without_line("a();\nconst s3 = x();\n\nb();\n", "s3"),
            "a();\n\nb();\n");
  EXPECT_EQ(without_line("a();\n\nconst s3 = x();\nb();\n", "s3"),
            "a();\n\nb();\n");
  EXPECT_EQ(without_line("a();\n\n\nconst s3 = x();\n\nb();\n", "s3"),
            "a();\n\n\nb();\n");
}

} // namespace
} // namespace hoist
