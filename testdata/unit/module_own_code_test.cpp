#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "python/module_edits.h"

namespace hoist::python {
namespace {

constexpr const char *kHandler = R"py(import boto3

def handler(event, context):
    return boto3.client("s3").meta.region_name

)py";

/// The text of the first module-level statement of `handler` + `rest` that
/// may run the module's own code (a warm-up call of the handler), or "".
std::string first_own_code(const std::string &rest) {
  auto tree = SyntaxTree::parse(
      std::make_shared<SourceFile>("m.py", std::string(kHandler) + rest));
  ModuleModel model(*tree);
  TSNode statement = ModuleEdits(model).first_own_code();
  return ts_node_is_null(statement) ? "" : std::string(tree->text(statement));
}

// Trial 12's warm-up calls (repros 24-31): each one runs the handler at
// INIT, so new module-level code must come before it.
TEST(ModuleOwnCode, SeesTheHandlerCalledThroughWhatMayHoldIt) {
  EXPECT_EQ(first_own_code("lambda_handler = handler\n"
                           "WARM = lambda_handler({}, None)\n"),
            "WARM = lambda_handler({}, None)");
  EXPECT_EQ(first_own_code("_warm = lambda: handler({}, None)\n"
                           "WARM = _warm()\n"),
            "WARM = _warm()");
  EXPECT_EQ(first_own_code("for h in [handler]:\n    h({}, None)\n"),
            "for h in [handler]:\n    h({}, None)");
  EXPECT_EQ(first_own_code("import functools\n"
                           "WARM = functools.partial(handler, {}, None)()\n"),
            "WARM = functools.partial(handler, {}, None)()");
  EXPECT_EQ(first_own_code("WARM = list(map(lambda e: handler(e, None), [{}]))\n"),
            "WARM = list(map(lambda e: handler(e, None), [{}]))");
  EXPECT_EQ(first_own_code("def describe(x=handler({}, None)):\n    return x\n"),
            "def describe(x=handler({}, None)):\n    return x");
  EXPECT_EQ(first_own_code("globals()['handler']({}, None)\n"),
            "globals()['handler']({}, None)");
  EXPECT_EQ(first_own_code("import threading\n"
                           "threading.Thread(target=handler, args=({}, None)).start()\n"),
            "threading.Thread(target=handler, args=({}, None)).start()");
  EXPECT_EQ(first_own_code("class Warm:\n    WARM = handler({}, None)\n"),
            "class Warm:\n    WARM = handler({}, None)");
  EXPECT_EQ(first_own_code("def warm(cls):\n    cls.handle({}, None)\n"
                           "    print('warmed')\n    return cls\n\n"
                           "@warm\nclass Api:\n    handle = staticmethod(handler)\n"),
            "@warm\nclass Api:\n    handle = staticmethod(handler)");
}

TEST(ModuleOwnCode, LeavesCodeThatRunsNoneOfItsOwn) {
  // A decorator that only records what it decorates, an alias never called,
  // a library object's method, a decorator factory's call.
  EXPECT_EQ(first_own_code("HANDLERS = []\n\n"
                           "def route(fn):\n    HANDLERS.append(fn)\n"
                           "    return fn\n\n"
                           "@route\ndef other(event, context):\n"
                           "    return None\n\n"
                           "lambda_handler = handler\n"
                           "import logging\n"
                           "logging.getLogger().setLevel('INFO')\n"),
            "");
}

} // namespace
} // namespace hoist::python
