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

std::size_t entries(const fs::path &dir) {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

TEST(AtomicWrite, ReplacesContentAndKeepsMode) {
  testing::ScratchDir scratch;
  fs::path file = scratch.write("app.py", "old\n");
  ::chmod(file.c_str(), 0640);
  std::string error;
  ASSERT_TRUE(replace_file_atomically(file, "old\n", "new\n", error)) << error;
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
  EXPECT_FALSE(replace_file_atomically(file, "as read\n", "fixed\n", error));
  EXPECT_EQ(error, "it changed since hoist read it; not written");
  EXPECT_EQ(read(file), "edited meanwhile\n");
  EXPECT_EQ(entries(scratch.path()), 1u);
}

TEST(AtomicWrite, RefusesReadOnlyFiles) {
  testing::ScratchDir scratch;
  fs::path file = scratch.write("app.py", "old\n");
  ::chmod(file.c_str(), 0444);
  std::string error;
  EXPECT_FALSE(replace_file_atomically(file, "old\n", "new\n", error));
  EXPECT_EQ(read(file), "old\n");
}

TEST(AtomicWrite, ReportsAMissingFile) {
  testing::ScratchDir scratch;
  std::string error;
  EXPECT_FALSE(
      replace_file_atomically(scratch.path() / "gone.py", "", "new\n", error));
  EXPECT_FALSE(error.empty());
  EXPECT_EQ(entries(scratch.path()), 0u);
}

} // namespace
} // namespace hoist
