// Valid preprocessor spellings tree-sitter-cpp's grammar trips on are
// respelled for the parse, every byte a node's text is read from kept at
// its offset, and the file parses without an error.
#include <gtest/gtest.h>

#include "cpp/grammar_respelling.h"
#include "cpp/syntactic_check.h"

namespace hoist::cpp {
namespace {

constexpr const char *kHandler = "int handler(int request) { return 0; }\n";

TEST(GrammarRespelling, BlanksEndingADirectiveMovePastItsLine) {
  const std::string text = std::string("#include <a.h> \t\n") + kHandler;
  const auto respelled = respelled_for_grammar(text);
  ASSERT_TRUE(respelled);
  EXPECT_EQ(*respelled, std::string("#include <a.h>\n \t") + kHandler);
  EXPECT_EQ(cpp_syntax_errors(text), 0u);
}

TEST(GrammarRespelling, CrLfAndTheLastLine) {
  EXPECT_EQ(*respelled_for_grammar("#include \"a.h\" \r\nint a;\r\n"),
            "#include \"a.h\"\r\n int a;\r\n");
  EXPECT_EQ(*respelled_for_grammar("int a;\n#include <a.h>  "),
            "int a;\n#include <a.h>\n ");
}

TEST(GrammarRespelling, ADefineKeepsItsOwnLine) {
  // `#define X ` would take `#endif` for its value, leaving #ifndef open.
  const std::string text =
      std::string("#ifndef X \n#define X \n#endif \n") + kHandler;
  EXPECT_EQ(cpp_syntax_errors(text), 0u);
}

TEST(GrammarRespelling, NullDirectiveAndHasInclude) {
  EXPECT_EQ(*respelled_for_grammar("  #\nint a;\n"), "   \nint a;\n");
  const std::string text =
      std::string("#if __has_include(<a.h>) && __has_include(\"b.h\")\n"
                  "#endif\n") +
      kHandler;
  EXPECT_EQ(respelled_for_grammar(text)->substr(0, 48),
            "#if __has_include(     ) && __has_include(     )");
  EXPECT_EQ(cpp_syntax_errors(text), 0u);
}

TEST(GrammarRespelling, OtherTextIsParsedAsItIs) {
  EXPECT_FALSE(respelled_for_grammar(std::string("#include <a.h> // x\n") +
                                     "int f() { return 1; } \n"));
  // A continued directive keeps its backslash at the end of the line.
  EXPECT_FALSE(respelled_for_grammar("#define X \\\n  1\n"));
}

} // namespace
} // namespace hoist::cpp
