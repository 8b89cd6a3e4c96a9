// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// A standard container's element given one existing object of its class
// copies or moves it (`by_region.emplace("eu-west-1", config)`): nothing is
// built there, only where `config` is. Given anything else, or nothing, the
// container builds the element (C++ trial 24 repro 09).
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/lambda-runtime/runtime.h>
#include <map>
#include <string>
#include <utility>
#include <vector>

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
  std::map<std::string, Aws::Client::ClientConfiguration> by_region;
  by_region.emplace("eu-west-1", config);
  by_region.emplace_hint(by_region.end(), "eu-north-1", config);
  std::vector<Aws::Client::ClientConfiguration> all;
  all.emplace_back(config);
  all.resize(3, config);
  all.emplace(all.begin(), std::move(config));
  by_region.try_emplace("us-east-1", "orders");
  all.emplace_back();
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-21]]:36: warning: 'Aws::Client::ClientConfiguration' builds {{.*}} [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-6]]:3: note: 'my_handler' is a Lambda handler: it is passed to aws::lambda_runtime::run_handler here
// CHECK-MESSAGES: :[[@LINE-15]]:3: warning: 'Aws::Client::ClientConfiguration' builds {{.*}} [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-16]]:3: note: no fix: it is an element a standard container builds
// CHECK-MESSAGES: :[[@LINE-16]]:3: warning: 'Aws::Client::ClientConfiguration' builds {{.*}} [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-17]]:3: note: no fix: it is an element a standard container builds
