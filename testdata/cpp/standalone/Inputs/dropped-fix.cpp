// The main() fix moves a statement that uses a macro defined after main():
// the fixed file would not compile, so hoist check drops the fix.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &request);

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}

#define ORDERS_REGION "eu-west-1"

static invocation_response my_handler(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
  config.region = ORDERS_REGION;
  Aws::S3::S3Client client(config);
  return invocation_response::success(request.payload, "text/plain");
}
