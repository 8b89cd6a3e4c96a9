#include <gtest/gtest.h>

#include "core/yaml_document.h"

namespace hoist {
namespace {

YamlStream load_stream(std::string_view text) {
  auto loaded = load_yaml(text);
  if (auto *error = std::get_if<YamlError>(&loaded)) {
    ADD_FAILURE() << "line " << error->line << ": " << error->message;
    return {};
  }
  return std::get<YamlStream>(std::move(loaded));
}

/// The first document, or a Null node when there is none.
YamlNode::Ptr load(std::string_view text) {
  YamlStream stream = load_stream(text);
  return stream.documents.empty() ? std::make_shared<YamlNode>()
                                  : stream.documents.front();
}

TEST(YamlDocument, ReadsMappingsSequencesAndScalarsWithPositions) {
  auto root = load("Resources:\n  Fn:\n    Handler: app.handler\n"
                   "    Layers: [a, b]\n");
  ASSERT_TRUE(root->is_map());
  const YamlNode *fn = root->get("Resources")->get("Fn");
  ASSERT_NE(fn, nullptr);
  const YamlNode *handler = fn->get("Handler");
  ASSERT_NE(handler, nullptr);
  EXPECT_EQ(handler->scalar, "app.handler");
  EXPECT_EQ(handler->line, 2u);
  EXPECT_EQ(handler->column, 13u);
  EXPECT_EQ(fn->get("Layers")->items.size(), 2u);
  EXPECT_EQ(fn->get("Missing"), nullptr);
}

TEST(YamlDocument, MergeKeysGiveTheMappingsOwnKeysFirstThenTheFirstSources) {
  auto root = load("a: &a {handler: a.main, timeout: 3}\n"
                   "b: &b {handler: b.main, memory: 128, <<: *a}\n"
                   "own: {<<: *a, handler: own.main}\n"
                   "listed: {<<: [*b, *a]}\n");
  YamlNode::Ptr own = apply_merge_keys(
      std::shared_ptr<const YamlNode>(root, root->get("own")));
  EXPECT_EQ(own->get("handler")->scalar, "own.main");
  EXPECT_EQ(own->get("timeout")->scalar, "3");
  EXPECT_EQ(own->get("<<"), nullptr);
  YamlNode::Ptr listed = apply_merge_keys(
      std::shared_ptr<const YamlNode>(root, root->get("listed")));
  EXPECT_EQ(listed->get("handler")->scalar, "b.main");
  EXPECT_EQ(listed->get("memory")->scalar, "128");
  EXPECT_EQ(listed->get("timeout")->scalar, "3"); // b's own merge key
  // Without a merge key, the node itself.
  EXPECT_EQ(apply_merge_keys(root).get(), root.get());
}

TEST(YamlDocument, TagsAndNullsAsYamlReadsThem) {
  auto root = load("a: plain\nb: 'quoted'\nc: !Ref Thing\nd: !!str 12\n"
                   "e:\nf: ~\ng: null\nh: 'null'\n");
  EXPECT_EQ(root->get("a")->tag, "?");
  EXPECT_EQ(root->get("b")->tag, "!");
  EXPECT_EQ(root->get("c")->tag, "!Ref");
  EXPECT_EQ(root->get("d")->tag, "tag:yaml.org,2002:str");
  for (const char *key : {"e", "f", "g"}) {
    ASSERT_NE(root->get(key), nullptr) << key; // present, though null
    EXPECT_EQ(root->get(key)->kind, YamlNode::Kind::Null) << key;
  }
  EXPECT_TRUE(root->get("h")->is_scalar());
}

TEST(YamlDocument, AliasesShareTheirAnchorsNode) {
  // Ten levels of doubling would be 1,024 copies; shared, it is ten nodes.
  std::string text = "a0: &a0 [x]\n";
  for (int i = 1; i <= 10; ++i)
    text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [*a" +
            std::to_string(i - 1) + ", *a" + std::to_string(i - 1) + "]\n";
  auto root = load(text);
  const YamlNode *last = root->get("a10");
  ASSERT_EQ(last->items.size(), 2u);
  EXPECT_EQ(last->items[0].get(), last->items[1].get());
}

TEST(YamlDocument, JsonIsYamlToo) {
  auto root = load("{\n\t\"Resources\": {\"Fn\": {\"Type\": "
                   "\"AWS::Serverless::Function\"}}\n}\n");
  EXPECT_EQ(root->get("Resources")->get("Fn")->get("Type")->scalar,
            "AWS::Serverless::Function");
}

TEST(YamlDocument, SyntaxErrorsNameTheirLine) {
  auto loaded = load_yaml("a: 1\nb: [1, 2\nc: 3\n");
  ASSERT_TRUE(std::holds_alternative<YamlError>(loaded));
  EXPECT_GE(std::get<YamlError>(loaded).line, 1u);
  EXPECT_FALSE(std::get<YamlError>(loaded).message.empty());
  auto alias = load_yaml("a: *nowhere\n");
  ASSERT_TRUE(std::holds_alternative<YamlError>(alias));
}

TEST(YamlDocument, DeepNestingIsRefusedNotACrash) {
  std::string deep(100000, '[');
  auto loaded = load_yaml(deep);
  ASSERT_TRUE(std::holds_alternative<YamlError>(loaded));
  std::string nested(900, '[');
  nested += std::string(900, ']');
  EXPECT_TRUE(std::holds_alternative<YamlStream>(load_yaml(nested)));
}

TEST(YamlDocument, EmptyTextHasNoDocument) {
  EXPECT_TRUE(load_stream("").documents.empty());
  EXPECT_TRUE(load_stream("# only a comment\n").documents.empty());
}

TEST(YamlDocument, ReadsEveryDocumentOfAStream) {
  YamlStream stream = load_stream("a: &x 1\n---\nb: 2\n---\n- c\n");
  ASSERT_EQ(stream.documents.size(), 3u);
  EXPECT_EQ(stream.documents[1]->get("b")->scalar, "2");
  EXPECT_EQ(stream.documents[2]->kind, YamlNode::Kind::Sequence);
  // Anchors belong to their document.
  EXPECT_TRUE(std::holds_alternative<YamlError>(load_yaml("a: &x 1\n---\nb: *x\n")));
}

TEST(YamlDocument, ARepeatedKeyKeepsItsLastValueAndIsNamed) {
  YamlStream stream = load_stream("Fn:\n  Handler: a.first\n  Runtime: x\n"
                                  "  Handler: b.last\n");
  const YamlNode *fn = stream.documents.at(0)->get("Fn");
  ASSERT_EQ(fn->entries.size(), 2u);
  EXPECT_EQ(fn->get("Handler")->scalar, "b.last");
  ASSERT_EQ(stream.duplicates.size(), 1u);
  const YamlDuplicateKey &duplicate = stream.duplicates[0];
  EXPECT_EQ(duplicate.key, "Handler");
  EXPECT_EQ(duplicate.first_line, 1u);
  EXPECT_EQ(duplicate.line, 3u);
  EXPECT_EQ(duplicate.column, 2u);
}

} // namespace
} // namespace hoist
