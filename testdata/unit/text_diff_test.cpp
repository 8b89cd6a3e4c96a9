#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "core/fix_applier.h"
#include "core/text_diff.h"

namespace hoist {
namespace {

/// Applies a unified diff produced by unified_diff to `before`.
std::string patch(const std::string &before, const std::string &diff) {
  std::vector<std::string> lines;
  std::stringstream in(before);
  for (std::string line; std::getline(in, line);)
    lines.push_back(line + "\n");
  if (!before.empty() && before.back() != '\n')
    lines.back().pop_back();
  std::vector<std::string> out;
  std::size_t at = 0;
  std::stringstream hunks(diff);
  std::string line;
  std::getline(hunks, line); // ---
  std::getline(hunks, line); // +++
  while (std::getline(hunks, line)) {
    if (line.rfind("@@", 0) == 0) {
      std::size_t start = std::stoul(line.substr(4));
      std::size_t first = start == 0 ? 0 : start - 1;
      while (at < first)
        out.push_back(lines[at++]);
      continue;
    }
    if (line == "\\ No newline at end of file") {
      out.back().pop_back();
      continue;
    }
    if (line[0] == ' ')
      out.push_back(lines[at++]);
    else if (line[0] == '-')
      ++at;
    else if (line[0] == '+')
      out.push_back(line.substr(1) + "\n");
  }
  while (at < lines.size())
    out.push_back(lines[at++]);
  std::string result;
  for (const std::string &piece : out)
    result += piece;
  return result;
}

TEST(UnifiedDiff, EqualTextsHaveNoDiff) {
  EXPECT_EQ(unified_diff("a\nb\n", "a\nb\n", "x.py"), "");
}

TEST(UnifiedDiff, ShowsContextAndCounts) {
  std::string diff = unified_diff("1\n2\n3\n4\n5\n6\n7\n8\n",
                                  "1\n2\n3\n4\nfive\n6\n7\n8\n", "x.py");
  EXPECT_EQ(diff, "--- a/x.py\n+++ b/x.py\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n"
                  "+five\n 6\n 7\n 8\n");
}

TEST(UnifiedDiff, RandomEditsRoundTrip) {
  std::mt19937 random(7);
  for (int round = 0; round < 200; ++round) {
    std::string before, after;
    int lines = static_cast<int>(random() % 30);
    for (int i = 0; i < lines; ++i) {
      std::string line = "l" + std::to_string(random() % 6) + "\n";
      before += line;
      int what = static_cast<int>(random() % 5);
      if (what == 0)
        continue; // removed
      after += what == 1 ? "new" + std::to_string(i) + "\n" : line;
      if (what == 2)
        after += "added\n";
    }
    if (random() % 3 == 0 && !after.empty())
      after.pop_back(); // no final newline
    std::string diff = unified_diff(before, after, "f.py");
    EXPECT_EQ(patch(before, diff), after) << diff;
  }
}

TEST(ApplyEdits, AppliesNonOverlappingEditsInAnyOrder) {
  auto file = std::make_shared<SourceFile>("a.py", "abcdef");
  std::vector<Edit> edits = {
      {file, {4, 5}, "E"}, {file, {0, 0}, ">"}, {file, {1, 3}, ""}};
  EXPECT_EQ(apply_edits(file->text(), edits), ">adEf");
}

TEST(ChooseFixes, SkipsOverlapsAndUnsafeAtSafeLevel) {
  auto file = std::make_shared<SourceFile>("a.py", "0123456789");
  auto diagnostic = [&](std::size_t begin, std::size_t end,
                        Applicability level) {
    Diagnostic d;
    d.location = {file, {begin, end}};
    Fix fix;
    fix.applicability = level;
    fix.edits.push_back({file, {begin, end}, "x"});
    d.fix = fix;
    return d;
  };
  std::vector<Diagnostic> diagnostics = {
      diagnostic(0, 3, Applicability::Safe),
      diagnostic(2, 5, Applicability::Safe),
      diagnostic(6, 7, Applicability::Unsafe),
      diagnostic(8, 9, Applicability::Display)};
  EXPECT_EQ(choose_fixes(diagnostics, *file, FixLevel::Safe).size(), 1u);
  EXPECT_EQ(choose_fixes(diagnostics, *file, FixLevel::Unsafe).size(), 2u);
}

TEST(LineBeforeEdit, MapsKeptAndAddedLinesBack) {
  // A fix that adds a line near the top and removes one further down, as a
  // hoist does: findings after it are reported on the user's lines.
  std::string before = "import boto3\ndef handler(event, context):\n"
                       "    s3 = boto3.client('s3')\n    db = connect()\n"
                       "    return 1\n";
  std::string after = "import boto3\ns3 = boto3.client('s3')\n"
                      "def handler(event, context):\n    db = connect()\n"
                      "    return 1\n";
  EXPECT_EQ(line_before_edit(before, after, 1), 1u);
  EXPECT_EQ(line_before_edit(before, after, 2), 2u); // added before 'def'
  EXPECT_EQ(line_before_edit(before, after, 3), 2u); // def handler
  EXPECT_EQ(line_before_edit(before, after, 4), 4u); // db = connect()
  EXPECT_EQ(line_before_edit(before, after, 5), 5u);
  EXPECT_EQ(line_before_edit(before, before, 4), 4u);
}

} // namespace
} // namespace hoist
