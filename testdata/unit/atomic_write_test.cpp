#include <gtest/gtest.h>

#include <sys/stat.h>

#include "core/atomic_write.h"
#include "scratch_dir.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path &path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<fs::path> roots(const testing::ScratchDir &scratch) {
  return {fs::canonical(scratch.path())};
}

std::size_t entries(const fs::path &dir) {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

TEST(AtomicWrite, ReplacesContentAndKeepsMode) {
  testing::ScratchDir scratch;
  fs::path file = scratch.write("app.py", "old\n");
  ::chmod(file.c_str(), 0640);
  std::string error;
  ASSERT_TRUE(
      replace_file_atomically(file, roots(scratch), "old\n", "new\n", error))
      << error;
  EXPECT_EQ(read(file), "new\n");
  struct stat info;
  ::stat(file.c_str(), &info);
  EXPECT_EQ(info.st_mode & 07777, 0640u);
  EXPECT_EQ(entries(scratch.path()), 1u); // no temporary file left
}

TEST(AtomicWrite, RefusesAFileThatChangedSinceItWasRead) {
  testing::ScratchDir scratch;
  fs::path file = scratch.write("app.py", "edited meanwhile\n");
  std::string error;
  EXPECT_FALSE(replace_file_atomically(file, roots(scratch), "as read\n",
                                       "fixed\n", error));
  EXPECT_EQ(error, "it changed since hoist read it; not written");
  EXPECT_EQ(read(file), "edited meanwhile\n");
  EXPECT_EQ(entries(scratch.path()), 1u);
}

TEST(AtomicWrite, RefusesReadOnlyFiles) {
  testing::ScratchDir scratch;
  fs::path file = scratch.write("app.py", "old\n");
  ::chmod(file.c_str(), 0444);
  std::string error;
  EXPECT_FALSE(
      replace_file_atomically(file, roots(scratch), "old\n", "new\n", error));
  EXPECT_EQ(read(file), "old\n");
}

TEST(AtomicWrite, ReportsAMissingFile) {
  testing::ScratchDir scratch;
  std::string error;
  EXPECT_FALSE(replace_file_atomically(scratch.path() / "gone.py",
                                       roots(scratch), "", "new\n", error));
  EXPECT_FALSE(error.empty());
  EXPECT_EQ(entries(scratch.path()), 0u);
}

TEST(AtomicWrite, WritesALinkInsideTheRootsAtItsTarget) {
  testing::ScratchDir scratch;
  fs::path target = scratch.write("real.py", "old\n");
  fs::create_symlink("real.py", scratch.path() / "link.py");
  std::string error;
  ASSERT_TRUE(replace_file_atomically(scratch.path() / "link.py",
                                      roots(scratch), "old\n", "new\n", error))
      << error;
  EXPECT_TRUE(fs::is_symlink(scratch.path() / "link.py"));
  EXPECT_EQ(read(target), "new\n");
}

TEST(AtomicWrite, RefusesALinkLeadingOutsideTheRoots) {
  testing::ScratchDir scratch;
  fs::path outside = scratch.write("outside/app.py", "old\n");
  fs::create_directories(scratch.path() / "tree");
  fs::create_symlink(outside, scratch.path() / "tree" / "app.py");
  std::string error;
  EXPECT_FALSE(replace_file_atomically(scratch.path() / "tree" / "app.py",
                                       {fs::canonical(scratch.path() / "tree")},
                                       "old\n", "new\n", error));
  EXPECT_NE(error.find("outside the paths checked"), std::string::npos)
      << error;
  EXPECT_EQ(read(outside), "old\n");
}

TEST(AtomicWrite, RefusesAFileWithSeveralHardLinks) {
  testing::ScratchDir scratch;
  fs::path file = scratch.write("app.py", "old\n");
  fs::create_hard_link(file, scratch.path() / "copy.py");
  std::string error;
  EXPECT_FALSE(
      replace_file_atomically(file, roots(scratch), "old\n", "new\n", error));
  EXPECT_NE(error.find("2 hard links"), std::string::npos) << error;
  EXPECT_EQ(read(scratch.path() / "copy.py"), "old\n");
}

} // namespace
} // namespace hoist
