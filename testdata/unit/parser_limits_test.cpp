#include <gtest/gtest.h>

#include <random>
#include <string>

#include "python/syntax_tree.h"

namespace hoist::python {
namespace {

/// The number of distinct indentation widths, measured character by
/// character as the tree-sitter scanner does: the reference the byte-search
/// version in exceeds_parser_limits must agree with.
std::size_t distinct_widths(std::string_view code) {
  std::vector<bool> seen(1 << 16);
  std::size_t distinct = 0, width = 0;
  bool at_line_start = true;
  for (char c : code) {
    if (!at_line_start) {
      at_line_start = c == '\n' || c == '\r';
      continue;
    }
    if (c == ' ') {
      ++width;
    } else if (c == '\t') {
      width += 8;
    } else if (c == '\f') {
      width = 0;
    } else {
      if (width > 0 && c != '\n' && c != '\r' && !seen[width]) {
        seen[width] = true;
        ++distinct;
      }
      at_line_start = c == '\n' || c == '\r';
      width = 0;
    }
  }
  return distinct;
}

TEST(ParserLimits, AgreesWithTheScannersCountOnAnyLineEndings) {
  std::mt19937 random(7);
  const char alphabet[] = {' ', ' ', ' ', '\t', '\f', '\n', '\r', 'x', 'x'};
  for (int round = 0; round < 2000; ++round) {
    std::string code;
    std::size_t length = random() % 4000;
    for (std::size_t i = 0; i < length; ++i)
      code += alphabet[random() % sizeof alphabet];
    // Enough distinct widths to cross the limit in some rounds.
    for (int i = 0; i < static_cast<int>(random() % 400); ++i)
      code += "\n" + std::string(static_cast<std::size_t>(i + 1), ' ') + "x";
    bool refused = exceeds_parser_limits(SourceFile("t.py", code)).has_value();
    EXPECT_EQ(refused, distinct_widths(code) > 300) << "round " << round;
  }
}

} // namespace
} // namespace hoist::python
