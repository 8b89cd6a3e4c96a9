#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include "clients.h"

using namespace aws::lambda_runtime;

// A class of a project header, built in the handler: Clang follows its
// constructors into the header; the syntactic mode reads no header and
// says so (it said "No problems found").
static invocation_response handler(invocation_request const &request) {
  Clients clients;
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
