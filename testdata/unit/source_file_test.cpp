#include <gtest/gtest.h>

#include "core/source_file.h"
#include "scratch_dir.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

class SourceFileLoad : public ::testing::Test {
protected:
  fs::path write(const std::string &name, const std::string &bytes) {
    return scratch_.write(name, bytes);
  }
  testing::ScratchDir scratch_;
};

TEST_F(SourceFileLoad, ReadsUtf8WithBomAndCrlf) {
  auto loaded = SourceFile::load(
      write("ok.py", "\xEF\xBB\xBFx = 1\r\ny = 2\r\n"), "ok.py");
  ASSERT_TRUE(std::holds_alternative<SourceFilePtr>(loaded));
  const auto &file = std::get<SourceFilePtr>(loaded);
  EXPECT_EQ(file->bom_length(), 3u);
  EXPECT_EQ(file->lines().line_text(2), "y = 2");
}

TEST_F(SourceFileLoad, RejectsBinaryNamingTheOffset) {
  auto loaded =
      SourceFile::load(write("bin.py", std::string("ab\0cd", 5)), "bin.py");
  ASSERT_TRUE(std::holds_alternative<LoadError>(loaded));
  EXPECT_NE(std::get<LoadError>(loaded).message.find("NUL byte at offset 2"),
            std::string::npos);
}

TEST_F(SourceFileLoad, RejectsInvalidUtf8NamingLineAndColumn) {
  auto loaded =
      SourceFile::load(write("latin.py", "x = 1\ny = 'caf\xE9'\n"), "latin.py");
  ASSERT_TRUE(std::holds_alternative<LoadError>(loaded));
  const LoadError &error = std::get<LoadError>(loaded);
  EXPECT_EQ(error.path, "latin.py");
  EXPECT_NE(error.message.find("byte 0xE9 at line 2, column 9"),
            std::string::npos)
      << error.message;
}

TEST_F(SourceFileLoad, EmptyFileIsFine) {
  auto loaded = SourceFile::load(write("empty.py", ""), "empty.py");
  ASSERT_TRUE(std::holds_alternative<SourceFilePtr>(loaded));
  EXPECT_EQ(std::get<SourceFilePtr>(loaded)->lines().line_count(), 1u);
}

TEST_F(SourceFileLoad, DirectoryIsAnError) {
  auto loaded = SourceFile::load(scratch_.path(), "dir");
  ASSERT_TRUE(std::holds_alternative<LoadError>(loaded));
  EXPECT_EQ(std::get<LoadError>(loaded).message, "is a directory");
}

TEST_F(SourceFileLoad, AboveTheSizeLimitIsSkippedNotAnError) {
  fs::path file = write("big.py", std::string(100, 'x'));
  auto loaded = SourceFile::load(file, "big.py", 99);
  ASSERT_TRUE(std::holds_alternative<LoadError>(loaded));
  const LoadError &error = std::get<LoadError>(loaded);
  EXPECT_TRUE(error.skipped);
  EXPECT_EQ(error.message,
            "is 100 bytes, above the limit of 99 bytes (max-file-size); not read");
  EXPECT_TRUE(std::holds_alternative<SourceFilePtr>(
      SourceFile::load(file, "big.py", 100)));
}

// A regular file is read with one read of its size plus one byte; files that
// are larger than a read buffer, or whose size stat does not give, are read
// whole all the same.
TEST_F(SourceFileLoad, ReadsWholeFilesOfAnySize) {
  std::string large;
  for (int i = 0; large.size() < (1 << 18); ++i)
    large += "x_" + std::to_string(i) + " = " + std::to_string(i) + "\n";
  std::string error;
  EXPECT_EQ(read_file(write("large.py", large), error), large);
  std::string status = *read_file("/proc/self/status", error);
  EXPECT_NE(status.find("Name:"), std::string::npos);
  EXPECT_GT(status.size(), 100u); // stat says 0 bytes
}

TEST_F(SourceFileLoad, LineIndexIsBuiltOnFirstUse) {
  auto loaded =
      SourceFile::load(write("lines.py", "a = 1\nb = 2\n"), "lines.py");
  ASSERT_TRUE(std::holds_alternative<SourceFilePtr>(loaded));
  const auto &file = std::get<SourceFilePtr>(loaded);
  EXPECT_EQ(file->position(6).line, 2u);
  EXPECT_EQ(&file->lines(), &file->lines());
  EXPECT_EQ(file->lines().line_count(), 3u);
}

} // namespace
} // namespace hoist
