#include <gtest/gtest.h>

#include "python/handler_prefilter.h"

namespace hoist::python {
namespace {

bool matters(const std::string &text, HandlerOptions options = {}) {
  return may_matter(text, "pkg/mod.py", options);
}

TEST(Prefilter, KeepsFilesWithHandlerCandidates) {
  EXPECT_TRUE(matters("def lambda_handler(event, context):\n    pass\n"));
  EXPECT_TRUE(matters("async def orders_handler(e, c): ...\n"));
  EXPECT_TRUE(matters("def process(event, context):\n    pass\n"));
  EXPECT_TRUE(matters("def process(\n    evt,\n    ctx,\n):\n    pass\n"));
  EXPECT_TRUE(matters("handler = App().handle\n"));
  EXPECT_TRUE(matters("x = 1  # hoist: ignore[client-in-handler]\n"));
  EXPECT_TRUE(matters("from aws_cdk import aws_lambda\n"));
  // Too involved to read: kept.
  EXPECT_TRUE(
      matters("def process(event: dict[str, int], context):\n    pass\n"));
}

TEST(Prefilter, SkipsFilesThatCannotDefineAHandler) {
  EXPECT_FALSE(matters(
      "import boto3\n\ndef make_client():\n    return boto3.client('s3')\n"));
  EXPECT_FALSE(matters("def process(payload, meta):\n    pass\n"));
  EXPECT_FALSE(matters("class Handler:\n    pass\n"));
  EXPECT_FALSE(matters("predef handler\n"));
  EXPECT_FALSE(matters(""));
}

TEST(Prefilter, FollowsTheConfiguredPatternsAndHandlerStrings) {
  HandlerOptions options;
  options.name_patterns = {"entry_*"};
  EXPECT_TRUE(matters("def entry_point(a, b):\n    pass\n", options));
  EXPECT_FALSE(matters("def lambda_handler(a, b):\n    pass\n", options));
  std::string error;
  options.specs.push_back(*HandlerSpec::parse("pkg/mod.run", error));
  EXPECT_TRUE(matters("def run(a, b):\n    pass\n", options));
}

} // namespace
} // namespace hoist::python
