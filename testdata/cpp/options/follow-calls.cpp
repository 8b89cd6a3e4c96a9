// RUN: %check-clang-tidy %s awslambda-client-in-handler %t -- \
// RUN:   --config="{CheckOptions: [{key: awslambda-client-in-handler.FollowCalls, value: 'false'}, {key: awslambda-client-in-handler.ExtraClasses, value: 'orders::Catalog'}]}"
// Options come from .clang-tidy CheckOptions: FollowCalls=false reports only
// the handler's own body; ExtraClasses adds classes to report.
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

namespace orders {
struct Catalog {
  Catalog();
};
} // namespace orders

using namespace aws::lambda_runtime;

static void helper() { Aws::S3::S3Client not_followed; }

static invocation_response handler(invocation_request const &request) {
  helper();
  orders::Catalog catalog;
  return invocation_response::success("{}", "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-9]]:19: warning: 'orders::Catalog' builds an 'orders::Catalog' on every invocation of handler 'handler'; it is expensive to build (configured with ExtraClasses) [awslambda-client-in-handler]
