#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "python/module_model.h"

namespace hoist::python {
namespace {

// Calls, assignment expressions, comprehensions and yields tucked inside
// the expressions whose walk the model skips when their text shows none.
constexpr const char *kCode = R"py(
import boto3

def tucked(items, d, obj):
    a = {"k": [x for x in items], "n": obj.attr}
    b = d[(y := 1)]
    c = obj.attr.method(1).other
    e = not (yield)
    f = {"k": v, "z": w.x, "call": d["a"](2)}
    g = -obj.x if obj.y else lambda q=boto3.client("s3"): q
    h = (obj.a, obj.b(), items[0])
    return a, b, c, e, f, g, h

def plain(event, context):
    return {"statusCode": 200, "body": event["body"], "n": context.x}
)py";

/// The calls in `root`'s scope by plain recursion over every child, in
/// source order: what the model's walk must find.
std::vector<uint32_t> calls_by_recursion(const SyntaxTree &tree, TSNode root) {
  std::vector<uint32_t> out;
  std::function<void(TSNode)> descend = [&](TSNode node) {
    for (uint32_t i = 0; i < ts_node_child_count(node); ++i) {
      TSNode child = ts_node_child(node, i);
      if (is(child, "call"))
        out.push_back(tree.range(child).begin);
      if (is(child, "function_definition") || is(child, "class_definition"))
        continue;
      if (is(child, "lambda")) { // only its defaults run here
        if (TSNode parameters = field(child, "parameters");
            !ts_node_is_null(parameters))
          descend(parameters);
        continue;
      }
      descend(child);
    }
  };
  descend(root);
  return out;
}

TEST(ModuleModel, FindsWhatTheExpressionsItSkipsCannotHold) {
  auto tree = SyntaxTree::parse(std::make_shared<SourceFile>("m.py", kCode));
  ModuleModel model(*tree);
  ASSERT_EQ(model.functions().size(), 2u);
  for (const FunctionInfo &function : model.functions()) {
    std::vector<uint32_t> calls;
    for (TSNode call : function.calls)
      calls.push_back(tree->range(call).begin);
    EXPECT_EQ(calls, calls_by_recursion(*tree, function.body)) << function.name;
  }
  const FunctionInfo &tucked = model.functions()[0];
  EXPECT_EQ(tucked.calls.size(), 4u); // method(1), ["a"](2), client, b()
  EXPECT_TRUE(tucked.is_generator);
  EXPECT_TRUE(tucked.bindings.assignments.count("y"));
  EXPECT_TRUE(tucked.bindings.others.count("x"));
  const FunctionInfo &plain = model.functions()[1];
  EXPECT_TRUE(plain.calls.empty());
  EXPECT_FALSE(plain.is_generator);
}

} // namespace
} // namespace hoist::python
