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

} // namespace
} // namespace hoist
