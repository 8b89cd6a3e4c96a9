#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "python/syntax_tree.h"

namespace hoist::python {
namespace {

/// Named descendants in source order, found by recursion over every child:
/// what the cursor walk must visit.
std::vector<std::string> recursive(const SyntaxTree &tree, TSNode root) {
  std::vector<std::string> out;
  std::function<void(TSNode)> descend = [&](TSNode node) {
    for (uint32_t i = 0; i < ts_node_child_count(node); ++i) {
      TSNode child = ts_node_child(node, i);
      if (ts_node_is_named(child))
        out.push_back(std::string(kind(child)) + "@" +
                      std::to_string(tree.range(child).begin));
      descend(child);
    }
  };
  descend(root);
  return out;
}

std::vector<std::string> walked(const SyntaxTree &tree, TSNode root) {
  std::vector<std::string> out;
  walk_named_descendants(root, [&](TSNode node) {
    out.push_back(std::string(kind(node)) + "@" +
                  std::to_string(tree.range(node).begin));
    return true;
  });
  return out;
}

// The walk counts each level's siblings instead of stepping past the last
// one: it must still visit exactly what recursion does, in broken code too.
TEST(SyntaxWalk, VisitsEveryNamedDescendantInSourceOrder) {
  const char *sources[] = {
      "import boto3\n\n@decorator(x)\ndef handler(event, context=f(1)):\n"
      "    client = boto3.client('s3')\n    return {'a': [1, (2, 3)], "
      "**k}\n",
      "class A(Base, metaclass=M):\n    def m(self):\n        self.x = "
      "f\"{a!r:>{w}}\" 'b'\n        with open(p) as f, g:\n            "
      "pass\n",
      "def broken(:\n    x = [1, 2\n    if y\n        return\n",
      "x = lambda a, *b, **c: (yield)\nmatch p:\n    case [1, *r]: pass\n",
      "",
  };
  for (const char *source : sources) {
    auto file = std::make_shared<SourceFile>("t.py", source);
    auto tree = SyntaxTree::parse(file);
    EXPECT_EQ(walked(*tree, tree->root()), recursive(*tree, tree->root()))
        << source;
    // From an inner node too: the walk stops at its end.
    TSNode first = ts_node_named_child(tree->root(), 0);
    if (!ts_node_is_null(first))
      EXPECT_EQ(walked(*tree, first), recursive(*tree, first)) << source;
  }
}

TEST(SyntaxWalk, SkipsTheChildrenOfNodesNotEntered) {
  auto file = std::make_shared<SourceFile>(
      "t.py", "def f():\n    a = g(1)\nb = h(2)\n");
  auto tree = SyntaxTree::parse(file);
  std::vector<std::string> calls;
  walk_named_descendants(tree->root(), [&](TSNode node) {
    if (kind(node) == "call")
      calls.push_back(std::string(tree->text(node)));
    return kind(node) != "function_definition";
  });
  EXPECT_EQ(calls, std::vector<std::string>{"h(2)"});
}

// One walk down from the root gives what asking for parents one by one does.
TEST(SyntaxWalk, AncestorsAreTheParentsNearestFirst) {
  auto file = std::make_shared<SourceFile>(
      "t.py", "def f(event):\n    for x in y:\n        if x:\n"
              "            c = make(x, [k(1)])\n");
  auto tree = SyntaxTree::parse(file);
  walk_named_descendants(tree->root(), [&](TSNode node) {
    std::vector<TSNode> parents;
    for (TSNode up = ts_node_parent(node); !ts_node_is_null(up);
         up = ts_node_parent(up))
      parents.push_back(up);
    std::vector<TSNode> chain = ancestors(node);
    EXPECT_EQ(chain.size(), parents.size()) << kind(node);
    for (std::size_t i = 0; i < std::min(chain.size(), parents.size()); ++i)
      EXPECT_TRUE(ts_node_eq(chain[i], parents[i])) << kind(node) << " " << i;
    return true;
  });
  EXPECT_TRUE(ancestors(tree->root()).empty());
}

// Within a node, the chain stops there: the same nodes as from the root, cut.
TEST(SyntaxWalk, AncestorsWithinANodeStopAtIt) {
  auto file = std::make_shared<SourceFile>(
      "t.py", "x = 1\n\ndef f(event):\n    if event:\n        g(h(1))\n");
  auto tree = SyntaxTree::parse(file);
  TSNode function = ts_node_named_child(tree->root(), 1);
  ASSERT_EQ(kind(function), "function_definition");
  walk_named_descendants(function, [&](TSNode node) {
    std::vector<TSNode> all = ancestors(node);
    std::vector<TSNode> within = ancestors(node, function);
    EXPECT_TRUE(ts_node_eq(within.back(), function)) << kind(node);
    EXPECT_EQ(within.size(), all.size() - 1) << kind(node); // not the module
    for (std::size_t i = 0; i < std::min(within.size(), all.size()); ++i)
      EXPECT_TRUE(ts_node_eq(within[i], all[i])) << kind(node) << " " << i;
    return true;
  });
}

} // namespace
} // namespace hoist::python
