// The clang-tidy module `awslambda`: one check per C++ rule. Linked into the
// plugin (libhoist-tidy.so, loaded by clang-tidy --load) and into `hoist`.
#include <clang-tidy/ClangTidyModule.h>
#include <clang-tidy/ClangTidyModuleRegistry.h>

#include "cpp/lambda_rule_check.h"
#include "rules/rule_ids.h"

namespace hoist::cpp {
namespace {

class AwsLambdaModule : public clang::tidy::ClangTidyModule {
public:
  void
  addCheckFactories(clang::tidy::ClangTidyCheckFactories &factories) override {
    for (const char *rule : rules::kCppRules)
      factories.registerCheckFactory(
          std::string("awslambda-") + rule,
          [rule](llvm::StringRef name, clang::tidy::ClangTidyContext *context) {
            return std::make_unique<LambdaRuleCheck>(name, context, rule);
          });
  }
};

clang::tidy::ClangTidyModuleRegistry::Add<AwsLambdaModule>
    registration("awslambda-module",
                 "Per-invocation initialization in AWS Lambda handlers");

} // namespace

// Referenced by `hoist` so that a static link keeps the registration.
volatile int AwsLambdaModuleAnchorSource = 0;

} // namespace hoist::cpp
