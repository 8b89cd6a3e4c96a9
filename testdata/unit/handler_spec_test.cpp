#include <gtest/gtest.h>

#include "python/handler_discovery.h"

namespace hoist::python {
namespace {

HandlerSpec parse_ok(const std::string &text) {
  std::string error;
  auto spec = HandlerSpec::parse(text, error);
  EXPECT_TRUE(spec) << error;
  return spec ? *spec : HandlerSpec{};
}

TEST(HandlerSpec, SplitsAtTheLastDot) {
  HandlerSpec spec = parse_ok("src/orders/app.lambda_handler");
  EXPECT_EQ(spec.function, "lambda_handler");
  EXPECT_EQ(spec.module_components,
            (std::vector<std::string>{"src", "orders", "app"}));
  HandlerSpec dotted = parse_ok("pkg.sub.mod.handler");
  EXPECT_EQ(dotted.module_components,
            (std::vector<std::string>{"pkg", "sub", "mod"}));
}

TEST(HandlerSpec, RejectsMalformedStrings) {
  for (const char *text :
       {"handler", ".handler", "app.", "app.1x", "app.a-b"}) {
    std::string error;
    EXPECT_FALSE(HandlerSpec::parse(text, error)) << text;
    EXPECT_NE(error.find("path/to/module.function"), std::string::npos);
  }
}

TEST(IsModuleFile, MatchesModuleFilesAndPackages) {
  HandlerSpec spec = parse_ok("orders/app.handler");
  EXPECT_TRUE(is_module_file(spec, "orders/app.py"));
  EXPECT_TRUE(is_module_file(spec, "services/src/orders/app.py"));
  EXPECT_TRUE(is_module_file(spec, "/abs/orders/app/__init__.py"));
  EXPECT_FALSE(is_module_file(spec, "app.py"));
  EXPECT_FALSE(is_module_file(spec, "other/app.py"));
  EXPECT_FALSE(is_module_file(spec, "orders/myapp.py"));
}

} // namespace
} // namespace hoist::python
