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
  EXPECT_EQ(error.message,
            "is not valid UTF-8 (byte 0xE9 at line 2, column 9), and declares "
            "no other encoding (PEP 263: '# -*- coding: latin-1 -*-'); "
            "skipped");
}

TEST_F(SourceFileLoad, DecodesByItsCodingDeclaration) {
  // PEP 263, on the first line or on the second after a comment line.
  auto latin = SourceFile::load(
      write("latin.py", "# -*- coding: latin-1 -*-\ny = 'caf\xE9'\n"),
      "latin.py");
  ASSERT_TRUE(std::holds_alternative<SourceFilePtr>(latin));
  const auto &file = std::get<SourceFilePtr>(latin);
  EXPECT_EQ(file->encoding(), SourceEncoding::Latin1);
  EXPECT_EQ(file->lines().line_text(2), "y = 'caf\xC3\xA9'");
  // Columns count characters, as in a UTF-8 file.
  EXPECT_EQ(file->position(file->text().find("'\n")).column, 10u);
  auto windows = SourceFile::load(
      write("cp.py", "#!/usr/bin/env python\n# vim: set fileencoding=cp1252 "
                     ":\nq = '\x93x\x94'\n"),
      "cp.py");
  ASSERT_TRUE(std::holds_alternative<SourceFilePtr>(windows));
  EXPECT_EQ(std::get<SourceFilePtr>(windows)->encoding(),
            SourceEncoding::Cp1252);
  EXPECT_EQ(std::get<SourceFilePtr>(windows)->lines().line_text(3),
            "q = '\xE2\x80\x9Cx\xE2\x80\x9D'");
  // A declaration after code on the first line does not count.
  auto late = SourceFile::load(
      write("late.py", "x = 1\n# coding: latin-1\ny = 'caf\xE9'\n"),
      "late.py");
  EXPECT_TRUE(std::holds_alternative<LoadError>(late));
}

TEST_F(SourceFileLoad, InvalidInTheDeclaredEncodingIsAnError) {
  // 0x81 is no character in cp1252; 0xE9 none in ASCII.
  auto cp = SourceFile::load(
      write("cp.py", "# coding=cp1252\nx = '\x81'\n"), "cp.py");
  ASSERT_TRUE(std::holds_alternative<LoadError>(cp));
  EXPECT_EQ(std::get<LoadError>(cp).message,
            "is not valid cp1252, the encoding it declares (byte 0x81 at "
            "line 2, column 6); skipped");
  auto ascii = SourceFile::load(
      write("a.py", "# coding: ascii\nx = '\xE9'\n"), "a.py");
  EXPECT_TRUE(std::holds_alternative<LoadError>(ascii));
  auto unknown = SourceFile::load(
      write("jp.py", "# coding: shift_jis\nx = '\x82\xA0'\n"), "jp.py");
  ASSERT_TRUE(std::holds_alternative<LoadError>(unknown));
  EXPECT_NE(std::get<LoadError>(unknown).message.find(
                "declares the encoding 'shift_jis', which hoist does not read"),
            std::string::npos);
  // An encoding hoist does not know, in an ASCII file: the same text.
  auto plain = SourceFile::load(
      write("plain.py", "# coding: shift_jis\nx = 1\n"), "plain.py");
  EXPECT_TRUE(std::holds_alternative<SourceFilePtr>(plain));
}

// Each file is read as its front-end's kind says: a coding declaration is
// Python's, a C++ file's bytes are Clang's, and a file of no front-end's
// kind (a .clang-tidy file) is UTF-8.
TEST_F(SourceFileLoad, ReadsAsItsFileKindSays) {
  const std::string latin = "# coding: latin-1\nx = 'caf\xE9'\n";
  EXPECT_TRUE(std::holds_alternative<SourceFilePtr>(
      SourceFile::load(write("latin.py", latin), "latin.py")));
  auto cpp = SourceFile::load(write("latin.cpp", latin), "latin.cpp");
  ASSERT_TRUE(std::holds_alternative<SourceFilePtr>(cpp));
  EXPECT_EQ(std::get<SourceFilePtr>(cpp)->text(), latin);
  auto js = SourceFile::load(write("latin.mjs", latin), "latin.mjs");
  ASSERT_TRUE(std::holds_alternative<LoadError>(js));
  EXPECT_EQ(std::get<LoadError>(js).message,
            "is not valid UTF-8 (byte 0xE9 at line 2, column 9); Node.js "
            "reads JavaScript source as UTF-8 only: save it as UTF-8; "
            "skipped");
  auto other = SourceFile::load(write(".clang-tidy", latin), ".clang-tidy");
  ASSERT_TRUE(std::holds_alternative<LoadError>(other));
  EXPECT_EQ(std::get<LoadError>(other).message,
            "is not valid UTF-8 (byte 0xE9 at line 2, column 9); hoist reads "
            "source code as UTF-8 only: save it as UTF-8; skipped");
  auto binary =
      SourceFile::load(write("bin.ts", std::string("a\0b", 3)), "bin.ts");
  ASSERT_TRUE(std::holds_alternative<LoadError>(binary));
  EXPECT_EQ(std::get<LoadError>(binary).message,
            "looks binary (NUL byte at offset 1); TypeScript source cannot "
            "contain NUL bytes, skipped");
}

TEST(SourceEncoding, EncodesBackWhatItDecoded) {
  std::string bytes;
  for (int byte = 1; byte < 256; ++byte)
    bytes += static_cast<char>(byte);
  for (SourceEncoding encoding :
       {SourceEncoding::Latin1, SourceEncoding::Cp1252}) {
    std::string valid;
    for (char byte : bytes)
      if (encoding == SourceEncoding::Latin1 ||
          std::string_view("\x81\x8D\x8F\x90\x9D").find(byte) ==
              std::string_view::npos)
        valid += byte;
    auto decoded = decode_source(valid, encoding);
    ASSERT_TRUE(std::holds_alternative<std::string>(decoded));
    auto encoded = encode_source(std::get<std::string>(decoded), encoding);
    ASSERT_TRUE(std::holds_alternative<std::string>(encoded));
    EXPECT_EQ(std::get<std::string>(encoded), valid);
  }
  // A character the encoding cannot hold: where it is.
  auto euro = encode_source("x = '\xE2\x82\xAC'", SourceEncoding::Latin1);
  ASSERT_TRUE(std::holds_alternative<std::size_t>(euro));
  EXPECT_EQ(std::get<std::size_t>(euro), 5u);
  EXPECT_TRUE(std::holds_alternative<std::string>(
      encode_source("x = '\xE2\x82\xAC'", SourceEncoding::Cp1252)));
}

TEST(SourceEncoding, NamesAsPythonReadsThem) {
  EXPECT_EQ(encoding_named("ISO-8859-1"), SourceEncoding::Latin1);
  EXPECT_EQ(encoding_named("latin1"), SourceEncoding::Latin1);
  EXPECT_EQ(encoding_named("iso_8859_1"), SourceEncoding::Latin1);
  EXPECT_EQ(encoding_named("Windows-1252"), SourceEncoding::Cp1252);
  EXPECT_EQ(encoding_named("utf8"), SourceEncoding::Utf8);
  EXPECT_EQ(encoding_named("utf-8-unix"), SourceEncoding::Utf8);
  EXPECT_EQ(encoding_named("shift_jis"), std::nullopt);
  EXPECT_EQ(declared_encoding_name("#!/bin/python\n# -*- coding: utf-8 -*-\n"),
            "utf-8");
  EXPECT_EQ(declared_encoding_name("# coding latin-1\n"), std::nullopt);
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
  EXPECT_EQ(read_file(write("large.py", large), error, kDefaultMaxFileSize),
            large);
  std::string status =
      *read_file("/proc/self/status", error, kDefaultMaxFileSize);
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
