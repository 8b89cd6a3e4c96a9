#include <gtest/gtest.h>

#include "core/dockerfile.h"
#include "core/message_excerpt.h"

namespace hoist {
namespace {

TEST(Dockerfile, JoinsContinuationsAcrossCommentAndEmptyLines) {
  std::string text = "FROM x\nCMD \\\n  # a comment\n\n  [ \"app.handler\" ]\n"
                     "RUN a \\\n    b\n";
  ParsedDockerfile parsed = parse_dockerfile(text);
  ASSERT_EQ(parsed.instructions.size(), 3u);
  const DockerInstruction &cmd = parsed.instructions[1];
  EXPECT_EQ(cmd.keyword, "CMD");
  EXPECT_EQ(cmd.line, 2u);
  EXPECT_EQ(cmd.arguments, "[ \"app.handler\" ]");
  // Offsets map back to the continuation line.
  EXPECT_EQ(cmd.file_offset(0), text.find("[ \"app"));
  EXPECT_EQ(parsed.instructions[2].arguments, "a     b");
  auto words = exec_form(cmd.arguments);
  ASSERT_TRUE(words);
  ASSERT_EQ(words->size(), 1u);
  EXPECT_EQ((*words)[0].text, "app.handler");
  EXPECT_EQ(text.substr(cmd.file_offset((*words)[0].begin), 11), "app.handler");
}

TEST(Dockerfile, EscapeDirectiveAtTheTopOnly) {
  ParsedDockerfile parsed = parse_dockerfile(
      "# syntax=docker/dockerfile:1\n#  escape = `\nFROM x\nCMD [ `\n"
      "  \"a.b\" ]\nRUN dir c:\\\n");
  EXPECT_EQ(parsed.escape, '`');
  ASSERT_EQ(parsed.instructions.size(), 3u);
  EXPECT_EQ(parsed.instructions[1].arguments, "[   \"a.b\" ]");
  EXPECT_EQ(parsed.instructions[2].arguments, "dir c:\\"); // literal

  // After a blank line or an instruction, it is a comment.
  EXPECT_EQ(parse_dockerfile("\n# escape=`\nFROM x\n").escape, '\\');
  EXPECT_EQ(parse_dockerfile("FROM x\n# escape=`\n").escape, '\\');
  EXPECT_EQ(parse_dockerfile("# unknown=1\n# escape=`\n").escape, '\\');
}

TEST(Dockerfile, HeredocBodiesAreNotInstructions) {
  ParsedDockerfile parsed = parse_dockerfile(
      "FROM x\nRUN <<EOF\nCMD [\"not.this\"]\nEOF\nCMD [\"app.h\"]\n");
  ASSERT_EQ(parsed.instructions.size(), 3u);
  EXPECT_EQ(parsed.instructions[2].arguments, "[\"app.h\"]");
}

TEST(Dockerfile, ExecFormIsAJsonArrayOfStrings) {
  auto words = exec_form(R"([ "a\"b", "\u00e9" ])");
  ASSERT_TRUE(words);
  EXPECT_EQ((*words)[0].text, "a\"b");
  EXPECT_EQ((*words)[1].text, "\xC3\xA9");
  EXPECT_FALSE(exec_form("app.handler"));
  EXPECT_FALSE(exec_form("[ 'app.handler' ]"));
  EXPECT_FALSE(exec_form("[ \"app.handler\" "));
  EXPECT_FALSE(exec_form("[ \"a\" ] b"));
  EXPECT_TRUE(exec_form("[]"));
}

TEST(Dockerfile, ExpandsKnownVariables) {
  DockerVariables vars = {
      {"ROOT", "/var/task"}, {"EMPTY", ""}, {"BUILD_ARG", std::nullopt}};
  auto expand = [&](std::string_view text, bool complete = false) {
    return expand_words(text, vars, '\\', complete);
  };
  EXPECT_EQ(*expand("$ROOT/app ${ROOT}"),
            (std::vector<std::string>{"/var/task/app", "/var/task"}));
  EXPECT_EQ(*expand("${EMPTY:-src} ${EMPTY-src} ${ROOT:+set}"),
            (std::vector<std::string>{"src", "", "set"}));
  EXPECT_EQ(*expand("'$ROOT' \"a b\" c\\ d"),
            (std::vector<std::string>{"$ROOT", "a b", "c d"}));
  // Unknown values: an ARG without a default, or a name a base image may
  // set; a default written for them is the reading.
  EXPECT_FALSE(expand("$BUILD_ARG"));
  EXPECT_FALSE(expand("${BUILD_ARG:+x}"));
  EXPECT_FALSE(expand("$UNSET"));
  EXPECT_EQ(*expand("${BUILD_ARG:-src} ${UNSET:-lambda}"),
            (std::vector<std::string>{"src", "lambda"}));
  // ...which is empty when the base image's environment is known.
  EXPECT_EQ(*expand("${UNSET:-default}", true),
            (std::vector<std::string>{"default"}));
  EXPECT_FALSE(expand("${ROOT#/var}"));
}

TEST(Dockerfile, Names) {
  for (const char *name :
       {"Dockerfile", "dockerfile", "Dockerfile.lambda", "lambda.Dockerfile",
        "api.dockerfile", "Containerfile"})
    EXPECT_TRUE(is_dockerfile_name(name)) << name;
  for (const char *name :
       {"Dockerfile.dockerignore", "docker-compose.yml", "Dockerfiles",
        "README.Dockerfile.md", ".Dockerfile"})
    EXPECT_FALSE(is_dockerfile_name(name)) << name;
}

TEST(MessageExcerpt, ShortensLongValuesOnCharacterBoundaries) {
  EXPECT_EQ(message_excerpt("app.handler"), "app.handler");
  std::string long_value(1000, 'a');
  // At most the limit, the ellipsis included: "(990 more bytes)" read as a
  // bug (trial fresh27).
  EXPECT_EQ(message_excerpt(long_value, 10), "aaaaaaa...");
  // A two-byte character straddling the limit is left out whole.
  EXPECT_EQ(message_excerpt("abcdefghi\xC3\xA9xyz", 13), "abcdefghi...");
}

TEST(MessageExcerpt, QuotesOnOneLine) {
  // An anonymous function's source, quoted in a chain (trial fresh27:
  // hapkido-api-node's IIFE broke the one-line format).
  EXPECT_EQ(message_excerpt("(async () => {\n        await connectDB();\n"
                            "        await startServer();\n    })"),
            "(async () => { await connectDB(); await startServer(); })");
  EXPECT_EQ(message_excerpt("\n  a\t\tb  \n"), "a b");
  // Cut after the whitespace is made one: no space before the ellipsis.
  EXPECT_EQ(message_excerpt("abcd    \n\n    efghijk", 8), "abcd...");
  EXPECT_EQ(one_line("'f' calls '(() => {\n    run();\n  })' here"),
            "'f' calls '(() => { run(); })' here");
  EXPECT_EQ(one_line("no line breaks"), "no line breaks");
}

TEST(MessageExcerpt, PathsKeepTheirFileName) {
  EXPECT_EQ(path_excerpt("src/app.py"), "src/app.py");
  // A path a user must create is shown whole, however deep (trial: paths
  // of 80 bytes were cut in the middle of handler-not-found's message).
  std::string deep(300, 'd');
  EXPECT_EQ(path_excerpt(deep + "/lambda_function.py"),
            deep + "/lambda_function.py");
  std::string path = "owner__project-0123456789abcdef/owner__project-"
                     "0123456789abcdef/examples/homepage/install/arm64/"
                     "app/__init__.py";
  std::string shown = path_excerpt(path, 60);
  EXPECT_EQ(shown, "owner__project-01234...s/homepage/install/arm64/app/__init__.py");
  // A two-byte character at the tail's cut is kept whole.
  EXPECT_EQ(path_excerpt("abcdefgh/\xC3\xA9xyz.py", 10),
            "abc...\xC3\xA9xyz.py");
}

} // namespace
} // namespace hoist
