#include <gtest/gtest.h>

#include "core/yaml_document.h"

namespace hoist {
namespace {

YamlNode::Ptr load(std::string_view text) {
  auto loaded = load_yaml(text);
  if (auto *error = std::get_if<YamlError>(&loaded))
    ADD_FAILURE() << "line " << error->line << ": " << error->message;
  return std::get<YamlNode::Ptr>(loaded);
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
  EXPECT_TRUE(std::holds_alternative<YamlNode::Ptr>(load_yaml(nested)));
}

TEST(YamlDocument, EmptyTextIsANullDocument) {
  auto root = load("");
  EXPECT_EQ(root->kind, YamlNode::Kind::Null);
  EXPECT_EQ(load("# only a comment\n")->kind, YamlNode::Kind::Null);
}

} // namespace
} // namespace hoist
