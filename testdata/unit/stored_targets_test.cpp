#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "python/module_model.h"
#include "python/stored_targets.h"

namespace hoist::python {
namespace {

constexpr const char *kCode = R"py(
def writes(event):
    Cfg.region, (CFG["k"], *rest) = event["r"], ("v", 1)
    for os.environ["R"] in event["rs"]:
        pass
    [None for Cfg.x in event["xs"]]
    with ctx() as Cfg.y:
        pass
    del CFG["k"], Cfg.region
    Cfg.n += 1
    x = (Cfg.read, CFG["read"])

A, B = "a", read()
P, *Q, Z = ["p", "q1", "q2", "z"]
C, D = pair()
for L in ("l1", "l2"):
    pass
for M in items():
    pass
)py";

std::vector<std::string> written(const SyntaxTree &tree,
                                 const FunctionInfo &function) {
  std::vector<std::string> out;
  for (TSNode target : function.written_targets)
    out.push_back(written_as(tree, target));
  return out;
}

TEST(StoredTargets, EveryTargetIsAWrite) {
  auto tree = SyntaxTree::parse(std::make_shared<SourceFile>("m.py", kCode));
  ModuleModel model(*tree);
  ASSERT_EQ(model.functions().size(), 1u);
  const FunctionInfo &function = model.functions()[0];
  EXPECT_EQ(written(*tree, function),
            (std::vector<std::string>{
                "Cfg.region = ...", "CFG[\"k\"] = ...", "for os.environ[\"R\"] in ...",
                "for Cfg.x in ...", "with ... as Cfg.y", "del CFG[\"k\"]",
                "del Cfg.region", "Cfg.n = ..."}));
  EXPECT_TRUE(function.bindings.others.count("rest"));
  // A setter runs for each but the deleted and augmented ones.
  for (TSNode target : function.written_targets) {
    TSNode statement = storing_statement(target);
    bool plain = !is(statement, "delete_statement") &&
                 !is(statement, "augmented_assignment");
    EXPECT_EQ(is_assignment_target(target), plain) << tree->text(target);
  }
}

TEST(StoredTargets, ModuleNamesKeepTheValuesTheyAreUnpackedFrom) {
  auto tree = SyntaxTree::parse(std::make_shared<SourceFile>("m.py", kCode));
  ModuleModel model(*tree);
  const ScopeBindings &names = model.bindings();
  auto value = [&](const std::string &name) -> std::vector<std::string> {
    std::vector<std::string> out;
    if (auto found = names.assignments.find(name);
        found != names.assignments.end())
      for (TSNode node : found->second)
        out.emplace_back(tree->text(node));
    return out;
  };
  EXPECT_EQ(value("A"), std::vector<std::string>{"\"a\""});
  EXPECT_EQ(value("B"), std::vector<std::string>{"read()"});
  EXPECT_EQ(value("P"), std::vector<std::string>{"\"p\""});
  EXPECT_EQ(value("Z"), std::vector<std::string>{"\"z\""});
  EXPECT_EQ(value("L"), (std::vector<std::string>{"\"l1\"", "\"l2\""}));
  for (const char *unknown : {"Q", "C", "D", "M"}) {
    EXPECT_TRUE(value(unknown).empty()) << unknown;
    EXPECT_TRUE(names.others.count(unknown)) << unknown;
  }
}

} // namespace
} // namespace hoist::python
