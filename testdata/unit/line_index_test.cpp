#include <gtest/gtest.h>

#include "core/source_file.h"

namespace hoist {
namespace {

TEST(LineIndex, MapsOffsetsAcrossLineEndings) {
  // LF, CRLF and a lone CR each end a line.
  LineIndex index("a\nbc\r\nd\re");
  EXPECT_EQ(index.line_count(), 4u);
  EXPECT_EQ(index.position(0).line, 1u);
  EXPECT_EQ(index.position(3).line, 2u);
  EXPECT_EQ(index.position(3).column, 2u);
  EXPECT_EQ(index.position(6).line, 3u);
  EXPECT_EQ(index.position(8).line, 4u);
  EXPECT_EQ(index.line_text(2), "bc");
  EXPECT_EQ(index.line_text(3), "d");
}

TEST(LineIndex, CountsColumnsInCodePoints) {
  LineIndex index("x = \"h\xC3\xA9llo\" + \xF0\x9F\x98\x80");
  // 'é' is two bytes but one column: the 'l' after it is byte 8, column 8.
  EXPECT_EQ(index.position(8).column, 8u);
  EXPECT_EQ(index.position(15).column, 15u); // the emoji
  EXPECT_EQ(index.position(19).column, 16u); // past the 4-byte emoji
}

TEST(LineIndex, ClampsOffsetsPastTheEnd) {
  LineIndex index("ab\n");
  EXPECT_EQ(index.position(100).line, 2u);
  EXPECT_EQ(index.position(100).column, 1u);
}

TEST(SourceFile, ByteOrderMarkIsNotAColumn) {
  SourceFile file("bom.py", "\xEF\xBB\xBFimport boto3\n");
  EXPECT_EQ(file.bom_length(), 3u);
  EXPECT_EQ(file.position(3).column, 1u);
  EXPECT_EQ(file.position(10).column, 8u);
}

} // namespace
} // namespace hoist
