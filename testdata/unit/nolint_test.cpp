// NOLINT comments and check globs, read as clang-tidy reads them.
#include <gtest/gtest.h>

#include "cpp/check_glob.h"
#include "cpp/cpp_comments.h"
#include "cpp/nolint.h"

namespace hoist::cpp {
namespace {

TEST(CheckGlob, StarMatchesAnyRun) {
  EXPECT_TRUE(matches_check_glob("*", "awslambda-client-in-handler"));
  EXPECT_TRUE(matches_check_glob("awslambda-*", "awslambda-client-in-handler"));
  EXPECT_TRUE(matches_check_glob("*-in-*", "awslambda-client-in-handler"));
  EXPECT_FALSE(matches_check_glob("awslambda-*", "bugprone-use-after-move"));
  EXPECT_FALSE(matches_check_glob("awslambda-client", "awslambda-client-in-handler"));
  EXPECT_TRUE(matches_check_glob("a*b*c", "aXbYbZc"));
  EXPECT_FALSE(matches_check_glob("a*b*c", "aXbYbZ"));
}

std::size_t offset_of(const std::string &text, const std::string &what) {
  return text.find(what);
}

TEST(Nolint, EachForm) {
  const std::string text = "a; // NOLINT(awslambda-sdk-init-in-handler)\n"
                           "// NOLINTNEXTLINE\n"
                           "b;\n"
                           "c;\n"
                           "/* NOLINTBEGIN(client-in-handler) */\n"
                           "d;\n"
                           "// NOLINTEND(client-in-handler)\n"
                           "e; // NOLINT()\n"
                           "// NOLINTBEGIN(awslambda-*)\n"
                           "f;\n";
  NolintDirectives nolint(text);
  EXPECT_TRUE(nolint.silences(offset_of(text, "a;"), "sdk-init-in-handler"));
  EXPECT_FALSE(nolint.silences(offset_of(text, "a;"), "client-in-handler"));
  EXPECT_TRUE(nolint.silences(offset_of(text, "b;"), "client-in-handler"));
  EXPECT_FALSE(nolint.silences(offset_of(text, "c;"), "client-in-handler"));
  EXPECT_TRUE(nolint.silences(offset_of(text, "d;"), "client-in-handler"));
  EXPECT_FALSE(nolint.silences(offset_of(text, "d;"), "handler-signature"));
  EXPECT_FALSE(nolint.silences(offset_of(text, "e;"), "client-in-handler"));
  // A BEGIN never ended runs to the end of the file.
  EXPECT_TRUE(nolint.silences(offset_of(text, "f;"), "handler-signature"));
}

TEST(CppComments, NotInsideLiterals) {
  const std::string text =
      "a = \"// no\"; // one\n"
      "b = '/'; c = 1'000'000; /* two */\n"
      "d = R\"x(/* no */ )\" // no)x\"; // three\n"
      "e = u8'a'; f = \"\\\"/* no\"; // four";
  std::vector<std::string> found;
  for (const TextRange &range : cpp_comment_ranges(text))
    found.push_back(text.substr(range.begin, range.end - range.begin));
  EXPECT_EQ(found, (std::vector<std::string>{"// one", "/* two */",
                                             "// three", "// four"}));
}

TEST(Nolint, HoistIgnoreCommentsOnlyKeepFixesAway) {
  const std::string text = "a; // hoist: ignore[client-in-handler]\n"
                           "b; /* hoist: ignore */\n"
                           "c; const char *s = \"// hoist: ignore\";\n"
                           "d; // hoist: ignored\n";
  NolintDirectives directives(text);
  // Findings are hoist check's to suppress, not the front-end's.
  EXPECT_FALSE(directives.silences(offset_of(text, "a;"), "client-in-handler"));
  EXPECT_TRUE(directives.leaves(offset_of(text, "a;"), "client-in-handler"));
  EXPECT_FALSE(
      directives.leaves(offset_of(text, "a;"), "connection-in-handler"));
  EXPECT_TRUE(directives.leaves(offset_of(text, "b;"), "connection-in-handler"));
  EXPECT_FALSE(directives.leaves(offset_of(text, "c;"), "client-in-handler"));
  EXPECT_FALSE(directives.leaves(offset_of(text, "d;"), "client-in-handler"));

  const std::string file_wide = "a;\n// hoist: ignore-file[awslambda-client-in-handler]\nb;\n";
  NolintDirectives whole(file_wide);
  EXPECT_TRUE(whole.leaves(offset_of(file_wide, "a;"), "client-in-handler"));
  EXPECT_TRUE(whole.leaves(offset_of(file_wide, "b;"), "client-in-handler"));
  EXPECT_FALSE(whole.leaves(offset_of(file_wide, "b;"), "sdk-init-in-handler"));
}

} // namespace
} // namespace hoist::cpp
