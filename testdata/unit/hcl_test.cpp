#include <gtest/gtest.h>

#include "core/hcl.h"

namespace hoist {
namespace {

using Kind = HclValue::Kind;

std::string_view written(std::string_view text, const HclValue &value) {
  return text.substr(value.range.begin, value.range.end - value.range.begin);
}

TEST(Hcl, BlocksWithLabelsAndAttributes) {
  std::string text = "resource \"aws_lambda_function\" \"api\" {\n"
                     "  handler = \"index.handler\"\n"
                     "  timeout = 30\n"
                     "  publish = true\n"
                     "  environment {\n"
                     "    variables = { A = \"a\", \"B-2\" = 2 }\n"
                     "  }\n"
                     "}\n"
                     "locals { x = null }\n";
  HclFile file = parse_hcl(text);
  EXPECT_EQ(file.error, "");
  ASSERT_EQ(file.body.blocks.size(), 2u);
  const HclBlock &resource = file.body.blocks[0];
  EXPECT_EQ(resource.type, "resource");
  EXPECT_EQ(resource.labels,
            (std::vector<std::string>{"aws_lambda_function", "api"}));
  const HclValue *handler = resource.body.attribute("handler");
  ASSERT_TRUE(handler);
  EXPECT_EQ(handler->kind, Kind::String);
  EXPECT_EQ(handler->text, "index.handler");
  EXPECT_EQ(written(text, *handler), "\"index.handler\"");
  EXPECT_EQ(resource.body.attribute("timeout")->kind, Kind::Number);
  EXPECT_EQ(resource.body.attribute("publish")->text, "true");
  const HclBlock *environment = resource.body.block("environment");
  ASSERT_TRUE(environment);
  const HclValue *variables = environment->body.attribute("variables");
  ASSERT_TRUE(variables);
  ASSERT_EQ(variables->kind, Kind::Object);
  ASSERT_EQ(variables->members.size(), 2u);
  EXPECT_EQ(variables->member("A")->text, "a");
  EXPECT_EQ(variables->member("B-2")->text, "2");
  EXPECT_EQ(file.body.blocks[1].body.attribute("x")->kind, Kind::Null);
}

TEST(Hcl, TemplatesKeepTheirInterpolations) {
  HclFile file = parse_hcl("a = \"${path.module}/src\"\n"
                           "b = \"${var.name}\"\n"
                           "c = \"$${literal} \\\"q\\\"\"\n"
                           "d = \"x-${upper(var.y)}\"\n");
  EXPECT_EQ(file.error, "");
  const HclValue *a = file.body.attribute("a");
  ASSERT_EQ(a->kind, Kind::Template);
  ASSERT_EQ(a->parts.size(), 2u);
  EXPECT_EQ(a->parts[0].kind, Kind::Reference);
  EXPECT_EQ(a->parts[0].text, "path.module");
  EXPECT_EQ(a->parts[1].text, "/src");
  EXPECT_EQ(a->parts[1].range.begin, 19u);
  EXPECT_EQ(a->parts[1].range.end, 23u);
  // A string that is one interpolation is its expression.
  EXPECT_EQ(file.body.attribute("b")->kind, Kind::Reference);
  EXPECT_EQ(file.body.attribute("b")->text, "var.name");
  EXPECT_EQ(file.body.attribute("c")->kind, Kind::String);
  EXPECT_EQ(file.body.attribute("c")->text, "${literal} \"q\"");
  const HclValue *d = file.body.attribute("d");
  ASSERT_EQ(d->kind, Kind::Template);
  EXPECT_EQ(d->parts[1].kind, Kind::Unread);
  EXPECT_EQ(d->parts[1].why, "a function call");
}

TEST(Hcl, WhatItDoesNotEvaluateIsUnreadAndSkippedWhole) {
  std::string text =
      "a = lookup(var.m, \"k\", \"}\")\n"
      "b = var.x ? \"p.q\" : \"r.s\"\n"
      "h = \"${var.x}.handler\" == var.y\n"
      "c = [for s in var.list : upper(s)]\n"
      "d = {\n  for k, v in var.m : k => v\n}\n"
      "e = aws_instance.x[*].id\n"
      "f = jsonencode({\n  a = [1, 2] # ]\n  b = <<EOT\n}\nEOT\n})\n"
      "g = \"after\"\n";
  HclFile file = parse_hcl(text);
  EXPECT_EQ(file.error, "");
  EXPECT_EQ(file.body.attribute("a")->why, "a function call");
  EXPECT_EQ(written(text, *file.body.attribute("a")),
            "lookup(var.m, \"k\", \"}\")");
  EXPECT_EQ(file.body.attribute("b")->why, "a conditional");
  EXPECT_EQ(file.body.attribute("h")->why, "an expression with operators");
  EXPECT_EQ(file.body.attribute("c")->why, "a for expression");
  EXPECT_EQ(file.body.attribute("d")->why, "a for expression");
  EXPECT_EQ(file.body.attribute("e")->why, "a splat expression");
  EXPECT_EQ(file.body.attribute("f")->kind, Kind::Unread);
  ASSERT_TRUE(file.body.attribute("g"));
  EXPECT_EQ(file.body.attribute("g")->text, "after");
}

TEST(Hcl, ConversionsAreTheValueTheyMake) {
  std::string text = "a = toset([\"x\", \"y\", \"x\"])\n"
                     "b = merge({ p = 1 }, { q = 2 },\n  { p = 3 })\n"
                     "c = tomap(local.m)\n"
                     "d = merge(local.a, { q = 1 })\n"
                     "e = toset(keys(var.m))\n"
                     "f = merge()\n"
                     "g = \"after\"\n";
  HclFile file = parse_hcl(text);
  EXPECT_EQ(file.error, "");
  const HclValue *a = file.body.attribute("a");
  ASSERT_EQ(a->kind, Kind::List);
  ASSERT_EQ(a->items.size(), 2u); // a set holds "x" once
  EXPECT_EQ(a->items[1].text, "y");
  EXPECT_EQ(written(text, *a), "toset([\"x\", \"y\", \"x\"])");
  const HclValue *b = file.body.attribute("b");
  ASSERT_EQ(b->kind, Kind::Object);
  ASSERT_EQ(b->members.size(), 2u);
  EXPECT_EQ(b->member("p")->text, "3"); // the later wins
  EXPECT_EQ(b->member("q")->text, "2");
  EXPECT_EQ(file.body.attribute("c")->kind, Kind::Reference);
  EXPECT_EQ(file.body.attribute("c")->text, "local.m");
  // What is known only when Terraform runs is not merged.
  EXPECT_EQ(file.body.attribute("d")->why, "a function call");
  EXPECT_EQ(written(text, *file.body.attribute("d")),
            "merge(local.a, { q = 1 })");
  EXPECT_EQ(file.body.attribute("e")->why, "a function call");
  EXPECT_EQ(file.body.attribute("f")->why, "a function call");
  EXPECT_EQ(file.body.attribute("g")->text, "after");
}

TEST(Hcl, ListsOfObjectsAndReferences) {
  HclFile file = parse_hcl(
      "source_path = [\n  {\n    path = \"${path.module}/src\"\n"
      "    pip_requirements = true\n  },\n]\n"
      "layers = [aws_lambda_layer_version.deps.arn, "
      "\"arn:aws:lambda:us-east-1:1:layer:x:1\", var.l[\"a\"], local.m[0]]\n");
  EXPECT_EQ(file.error, "");
  const HclValue *source = file.body.attribute("source_path");
  ASSERT_EQ(source->kind, Kind::List);
  ASSERT_EQ(source->items.size(), 1u);
  ASSERT_EQ(source->items[0].kind, Kind::Object);
  EXPECT_EQ(source->items[0].member("path")->kind, Kind::Template);
  EXPECT_EQ(source->items[0].member("pip_requirements")->kind, Kind::Bool);
  const HclValue *layers = file.body.attribute("layers");
  ASSERT_EQ(layers->items.size(), 4u);
  EXPECT_EQ(layers->items[0].text, "aws_lambda_layer_version.deps.arn");
  EXPECT_EQ(layers->items[1].kind, Kind::String);
  EXPECT_EQ(layers->items[2].text, "var.l[\"a\"]");
  EXPECT_EQ(layers->items[3].text, "local.m[0]");
}

TEST(Hcl, CommentsAndHeredocs) {
  HclFile file = parse_hcl("# a comment\n// another\n/* a\nblock */\n"
                           "a = <<EOT\nline 1\nline 2\nEOT\n"
                           "b = <<-EOT\n    x\n      y\n    EOT\n"
                           "c = <<EOT\n${var.x}\nEOT\n"
                           "d = 1 # trailing\n");
  EXPECT_EQ(file.error, "");
  EXPECT_EQ(file.body.attribute("a")->text, "line 1\nline 2\n");
  EXPECT_EQ(file.body.attribute("b")->text, "x\n  y\n");
  EXPECT_EQ(file.body.attribute("c")->kind, Kind::Unread);
  EXPECT_EQ(file.body.attribute("d")->text, "1");
}

TEST(Hcl, OneLineBlocksAndLastAttributeWins) {
  HclFile file = parse_hcl("variable \"runtime\" { default = \"nodejs16.x\" }\n"
                           "variable \"empty\" {}\n");
  EXPECT_EQ(file.error, "");
  ASSERT_EQ(file.body.blocks.size(), 2u);
  EXPECT_EQ(file.body.blocks[0].body.attribute("default")->text, "nodejs16.x");
  EXPECT_TRUE(file.body.blocks[1].body.attributes.empty());
}

TEST(Hcl, SyntaxErrorsEndTheBodyReadSoFar) {
  HclFile file = parse_hcl("a = 1\n= oops\nb = 2\n");
  EXPECT_EQ(file.error, "expected an attribute or a block");
  EXPECT_EQ(file.error_at, 6u);
  EXPECT_TRUE(file.body.attribute("a"));
  EXPECT_FALSE(file.body.attribute("b"));
  EXPECT_NE(parse_hcl("block {\n a = 1\n").error, "");
  EXPECT_NE(parse_hcl("}\n").error, "");
}

TEST(Hcl, HostileInputIsBounded) {
  // Deep nesting of expressions and of blocks: unread, never a crash.
  std::string deep = "a = " + std::string(100000, '[') +
                     std::string(100000, ']') + "\nb = 2\n";
  HclFile file = parse_hcl(deep);
  EXPECT_EQ(file.error, "");
  EXPECT_EQ(file.body.attribute("b")->text, "2");
  std::string blocks;
  for (int i = 0; i < 100000; ++i)
    blocks += "b {\n";
  EXPECT_EQ(parse_hcl(blocks).error, "blocks are nested too deeply");
  std::string strings = "a = \"";
  for (int i = 0; i < 100000; ++i)
    strings += "${\"";
  EXPECT_EQ(parse_hcl(strings).body.attribute("a")->kind, Kind::Unread);
  // Unclosed things of every kind.
  for (const char *broken :
       {"a = \"", "a = [", "a = {", "a = <<EOT\n", "a = f(", "a = /*",
        "a = \"${", "a = \"\\", "a = [1,", "a = {b = ", "r \"x", "a = -"})
    parse_hcl(broken);
}

TEST(TerraformJson, BlocksAttributesAndTemplatesAsInHcl) {
  std::string text = "{\n"
                     "  \"//\": \"a comment\",\n"
                     "  \"resource\": {\"aws_lambda_function\": {\"api\": {\n"
                     "    \"handler\": \"index.handler\",\n"
                     "    \"filename\": \"${path.module}/api.zip\",\n"
                     "    \"timeout\": 30,\n"
                     "    \"environment\": {\"variables\": {\"A\": \"a\"}}\n"
                     "  }}},\n"
                     "  \"locals\": {\"name\": \"api\"}\n"
                     "}\n";
  HclFile file = parse_terraform_json(text);
  EXPECT_EQ(file.error, "");
  ASSERT_EQ(file.body.blocks.size(), 2u);
  const HclBlock &resource = file.body.blocks[0];
  EXPECT_EQ(resource.type, "resource");
  EXPECT_EQ(resource.labels,
            (std::vector<std::string>{"aws_lambda_function", "api"}));
  const HclValue *handler = resource.body.attribute("handler");
  ASSERT_TRUE(handler);
  EXPECT_EQ(handler->kind, Kind::String);
  EXPECT_EQ(written(text, *handler), "\"index.handler\"");
  const HclValue *filename = resource.body.attribute("filename");
  ASSERT_TRUE(filename);
  EXPECT_EQ(filename->kind, Kind::Template);
  ASSERT_EQ(filename->parts.size(), 2u);
  EXPECT_EQ(filename->parts[0].kind, Kind::Reference);
  EXPECT_EQ(filename->parts[0].text, "path.module");
  EXPECT_EQ(resource.body.attribute("timeout")->kind, Kind::Number);
  const HclBlock *environment = resource.body.block("environment");
  ASSERT_TRUE(environment);
  EXPECT_EQ(environment->body.attribute("variables")->kind, Kind::Object);
  EXPECT_EQ(file.body.blocks[1].type, "locals");
  EXPECT_EQ(file.body.blocks[1].body.attribute("name")->text, "api");
}

TEST(TerraformJson, TfvarsJsonSetsVariables) {
  HclFile file = parse_tfvars_json(
      "{\n  \"handler\": \"app.lambda_handler\",\n  \"fns\": {\"a\": [1, true]}\n}\n");
  EXPECT_EQ(file.error, "");
  const HclValue *handler = file.body.attribute("handler");
  ASSERT_TRUE(handler);
  EXPECT_EQ(handler->kind, Kind::String);
  EXPECT_EQ(handler->text, "app.lambda_handler");
  const HclValue *fns = file.body.attribute("fns");
  ASSERT_EQ(fns->kind, Kind::Object);
  EXPECT_EQ(fns->member("a")->items.size(), 2u);
  EXPECT_TRUE(file.body.blocks.empty());
  EXPECT_NE(parse_tfvars_json("[1]").error, "");
}

TEST(TerraformJson, NoObjectIsAnError) {
  EXPECT_NE(parse_terraform_json("[1, 2]").error, "");
  EXPECT_NE(parse_terraform_json("{\"resource\": ").error, "");
}

} // namespace
} // namespace hoist
