// NOLINT comments and check globs, read as clang-tidy reads them.
#include <gtest/gtest.h>

#include "cpp/check_glob.h"
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

} // namespace
} // namespace hoist::cpp
