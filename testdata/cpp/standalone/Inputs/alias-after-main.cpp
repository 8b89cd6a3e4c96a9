// A declaration whose type is an alias declared after main(): main() cannot
// name it, so the check gives no fix (and the plugin writes none).
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

using OrdersConfig = Aws::Client::ClientConfiguration;

static invocation_response my_handler(invocation_request const &request) {
  OrdersConfig config;
  Aws::S3::S3Client client(config);
  return invocation_response::success(request.payload, "text/plain");
}
