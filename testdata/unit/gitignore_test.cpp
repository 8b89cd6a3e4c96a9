#include <gtest/gtest.h>

#include <cstdlib>

#include "core/gitignore.h"
#include "scratch_dir.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

// What `git check-ignore` says of each case (checked with git 2.39).
TEST(Wildmatch, StarsQuestionMarksAndClasses) {
  EXPECT_TRUE(wildmatch("*.py", "app.py"));
  EXPECT_FALSE(wildmatch("*.py", "src/app.py")); // '*' stops at '/'
  EXPECT_TRUE(wildmatch("src/*.py", "src/app.py"));
  EXPECT_TRUE(wildmatch("ap?.py", "app.py"));
  EXPECT_FALSE(wildmatch("a?b", "a/b"));
  EXPECT_TRUE(wildmatch("[a-c]pp.py", "bpp.py"));
  EXPECT_FALSE(wildmatch("[!a-c]pp.py", "bpp.py"));
  EXPECT_TRUE(wildmatch("[^a-c]pp.py", "zpp.py"));
  EXPECT_TRUE(wildmatch("[[:digit:]]x", "7x"));
  EXPECT_TRUE(wildmatch("[]]", "]"));
  EXPECT_TRUE(wildmatch("[", "[")); // an unclosed class is literal
}

TEST(Wildmatch, DoubleStarsSpanDirectoriesOnlyAsWholeComponents) {
  EXPECT_TRUE(wildmatch("**/gen", "gen"));
  EXPECT_TRUE(wildmatch("**/gen", "a/b/gen"));
  EXPECT_TRUE(wildmatch("a/**/b", "a/b"));
  EXPECT_TRUE(wildmatch("a/**/b", "a/x/y/b"));
  EXPECT_FALSE(wildmatch("a/**/b", "a/x/c"));
  EXPECT_TRUE(wildmatch("out/**", "out/a/b.py"));
  EXPECT_FALSE(wildmatch("out/**", "out"));
  EXPECT_FALSE(wildmatch("a**b", "a/b")); // not a whole component: a '*'
  EXPECT_TRUE(wildmatch("a**b", "axyb"));
}

TEST(Wildmatch, BackslashEscapes) {
  EXPECT_TRUE(wildmatch("\\*.py", "*.py"));
  EXPECT_FALSE(wildmatch("\\*.py", "a.py"));
  EXPECT_TRUE(wildmatch("\\!keep", "!keep"));
}

TEST(GitignoreFile, LastMatchDecidesAndNegationReincludes) {
  GitignoreFile file("*.py\n!keep.py\n", "");
  EXPECT_EQ(file.match("gen.py", false), std::optional(true));
  EXPECT_EQ(file.match("src/keep.py", false), std::optional(false));
  EXPECT_EQ(file.match("README.md", false), std::nullopt);
  GitignoreFile reversed("!keep.py\n*.py\n", "");
  EXPECT_EQ(reversed.match("keep.py", false), std::optional(true));
}

TEST(GitignoreFile, SlashesAnchorAndTrailingSlashMeansDirectory) {
  GitignoreFile file("/top.py\ndeep/gen.py\nbuild/\n", "");
  EXPECT_EQ(file.match("top.py", false), std::optional(true));
  EXPECT_EQ(file.match("src/top.py", false), std::nullopt);
  EXPECT_EQ(file.match("deep/gen.py", false), std::optional(true));
  EXPECT_EQ(file.match("src/deep/gen.py", false), std::nullopt);
  EXPECT_EQ(file.match("src/build", true), std::optional(true));
  EXPECT_EQ(file.match("src/build", false), std::nullopt); // a file
}

TEST(GitignoreFile, CommentsBlankLinesSpacesAndEscapes) {
  GitignoreFile file("# a comment\n\n\\#hash.py\nspaced.py   \n"
                     "tail\\ \n\\!bang.py\r\n",
                     "");
  EXPECT_EQ(file.match("# a comment", false), std::nullopt);
  EXPECT_EQ(file.match("#hash.py", false), std::optional(true));
  EXPECT_EQ(file.match("spaced.py", false), std::optional(true));
  EXPECT_EQ(file.match("tail ", false), std::optional(true));
  EXPECT_EQ(file.match("!bang.py", false), std::optional(true));
}

TEST(GitignoreFile, PatternsAreRelativeToTheirDirectory) {
  GitignoreFile file("/local.py\nany.py\n", "sub");
  EXPECT_EQ(file.match("sub/local.py", false), std::optional(true));
  EXPECT_EQ(file.match("local.py", false), std::nullopt);
  EXPECT_EQ(file.match("sub/x/local.py", false), std::nullopt);
  EXPECT_EQ(file.match("sub/x/any.py", false), std::optional(true));
  EXPECT_EQ(file.match("subway/any.py", false), std::nullopt);
}

/// Points git's user configuration (HOME, XDG_CONFIG_HOME) into `root` while
/// it lives, so what the machine's user configured does not count.
class UserConfigIn {
public:
  explicit UserConfigIn(const fs::path &root) {
    const char *home = std::getenv("HOME");
    home_ = home ? home : "";
    ::setenv("HOME", root.c_str(), 1);
    ::setenv("XDG_CONFIG_HOME", (root / "xdg").c_str(), 1);
  }
  ~UserConfigIn() {
    ::setenv("HOME", home_.c_str(), 1);
    ::unsetenv("XDG_CONFIG_HOME");
  }

private:
  std::string home_;
};

TEST(IgnoreScope, InnerFilesOverrideOuterOnesAndTheRepositoryExcludes) {
  testing::ScratchDir scratch;
  const fs::path &root = scratch.path();
  scratch.write(".git/info/exclude", "local.py\nshared.py\n");
  scratch.write(".gitignore", "gen.py\n!shared.py\n");
  scratch.write("sub/.gitignore", "!gen.py\n");
  UserConfigIn user(root);
  scratch.write("xdg/git/ignore", "*.global\n");
  auto top = IgnoreScope::nested(IgnoreScope::repository(root),
                                 root / ".gitignore", "");
  auto sub = IgnoreScope::nested(top, root / "sub" / ".gitignore", "sub");
  EXPECT_TRUE(top->ignores("gen.py", false));
  EXPECT_FALSE(sub->ignores("sub/gen.py", false));
  EXPECT_TRUE(sub->ignores("sub/local.py", false));
  EXPECT_FALSE(top->ignores("shared.py", false)); // .gitignore beats exclude
  EXPECT_TRUE(top->ignores("x.global", false));
  EXPECT_EQ(IgnoreScope::nested(top, root / "none" / ".gitignore", "none"),
            top);
}

TEST(IgnoreScope, CoreExcludesFileFromTheRepositoryConfig) {
  testing::ScratchDir scratch;
  const fs::path &root = scratch.path();
  scratch.write(".git/config",
                "[core]\n\tbare = false\n\texcludesFile = \"" +
                    (root / "mine.ignore").string() + "\"\n");
  scratch.write("mine.ignore", "secret.py\n");
  UserConfigIn user(root);
  EXPECT_TRUE(IgnoreScope::repository(root)->ignores("a/secret.py", false));
}

TEST(IgnoreScope, AWorktreeFindsItsCommonDirectory) {
  testing::ScratchDir scratch;
  const fs::path &root = scratch.path();
  scratch.write("main/.git/info/exclude", "wt.py\n");
  scratch.write("main/.git/worktrees/wt/commondir", "../..\n");
  scratch.write("wt/.git", "gitdir: " +
                               (root / "main/.git/worktrees/wt").string() +
                               "\n");
  UserConfigIn user(root);
  EXPECT_EQ(find_repository_root(root / "wt" / "x.py"), root / "wt");
  EXPECT_TRUE(IgnoreScope::repository(root / "wt")->ignores("wt.py", false));
}

} // namespace
} // namespace hoist
