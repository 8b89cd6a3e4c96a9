// The unused-suppression fix removes the directive and keeps what else its
// comment says, in either language's comment forms.
#include <gtest/gtest.h>

#include <memory>

#include "core/fix_applier.h"
#include "core/suppressions.h"

namespace hoist {
namespace {

/// `text` with the unused suppression in its only comment (which runs from
/// `comment_begin` to the end of the first line) removed by its fix.
std::string fixed(const std::string &text, std::size_t comment_begin) {
  auto file = std::make_shared<SourceFile>("t.cc", text);
  std::size_t comment_end = text.find('\n');
  std::vector<Suppression> suppressions =
      read_suppressions(file, {{comment_begin, comment_end}});
  EXPECT_EQ(suppressions.size(), 1u);
  std::vector<Diagnostic> unused = unused_suppressions(
      suppressions, {"client-in-handler"}, {"client-in-handler"},
      Severity::Warning);
  EXPECT_EQ(unused.size(), 1u);
  if (unused.size() != 1 || !unused[0].fix)
    return "<no fix>";
  return apply_edits(text, unused[0].fix->edits);
}

std::string fixed(const std::string &text) {
  std::size_t begin = text.find("//");
  if (begin == std::string::npos)
    begin = text.find("/*");
  if (begin == std::string::npos)
    begin = text.find('#');
  return fixed(text, begin);
}

TEST(SuppressionRemoval, AloneTheCommentGoes) {
  EXPECT_EQ(fixed("f();  // hoist: ignore[client-in-handler]\ng();\n"),
            "f();\ng();\n");
  EXPECT_EQ(fixed("f(); /* hoist: ignore */\n"), "f();\n");
  EXPECT_EQ(fixed("// hoist: ignore[client-in-handler]\ng();\n"), "g();\n");
}

TEST(SuppressionRemoval, OtherDirectivesStay) {
  EXPECT_EQ(fixed("f(); // NOLINT hoist: ignore[client-in-handler]\n"),
            "f(); // NOLINT\n");
  EXPECT_EQ(fixed("f(); /* keep hoist: ignore[client-in-handler] */\n"),
            "f(); /* keep */\n");
  EXPECT_EQ(fixed("x = 1  # hoist: ignore[client-in-handler]  # type: ignore\n"),
            "x = 1  # type: ignore\n");
  EXPECT_EQ(fixed("x = 1  # pragma: no cover  # hoist: ignore\n"),
            "x = 1  # pragma: no cover\n");
  EXPECT_EQ(fixed("x = 1  # hoist: ignore[client-in-handler]  keep this\n"),
            "x = 1  # keep this\n");
}

} // namespace
} // namespace hoist
