#include <gtest/gtest.h>

#include <string>

#include "core/utf8.h"

namespace hoist {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_FALSE(find_invalid_utf8("plain ascii"));
  EXPECT_FALSE(find_invalid_utf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));
  EXPECT_FALSE(find_invalid_utf8(""));
}

TEST(Utf8, FindsTheFirstBadByte) {
  EXPECT_EQ(find_invalid_utf8("ab\xFF"), 2u);            // never valid
  EXPECT_EQ(find_invalid_utf8("a\xC0\xAF"), 1u);         // overlong '/'
  EXPECT_EQ(find_invalid_utf8("\xED\xA0\x80"), 0u);      // surrogate
  EXPECT_EQ(find_invalid_utf8("x\xF4\x90\x80\x80"), 1u); // past U+10FFFF
  EXPECT_EQ(find_invalid_utf8("ok\xE2\x82"), 2u);        // truncated
  EXPECT_EQ(find_invalid_utf8("latin-1 caf\xE9!"), 11u);
}

// ASCII is checked eight bytes at a time: a bad byte or a sequence at any
// offset around those words is still found or accepted.
TEST(Utf8, EveryOffsetInLongAsciiRuns) {
  for (std::size_t at = 0; at < 20; ++at) {
    std::string text(24, 'a');
    EXPECT_EQ(find_invalid_utf8(text.substr(0, at) + "\xFF" + text), at);
    EXPECT_EQ(find_invalid_utf8(text.substr(0, at) + "\xE2\x82" + text), at);
    EXPECT_FALSE(find_invalid_utf8(text.substr(0, at) + "\xE2\x82\xAC" + text))
        << at;
  }
}

TEST(Utf8, CountsAndRepairs) {
  EXPECT_EQ(count_code_points("\xC3\xA9t\xC3\xA9"), 3u);
  EXPECT_EQ(count_code_points("a\xFF"
                              "b"),
            3u);
  EXPECT_EQ(to_valid_utf8("a\xFF"
                          "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_FALSE(find_invalid_utf8(to_valid_utf8("\xC0\xAF\xED\xA0\x80")));
}

} // namespace
} // namespace hoist
