#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

// make_config() is defined after main(), which cannot call it: the client
// built from it stays in the handler.
static invocation_response my_handler(invocation_request const &request);

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}

static Aws::Client::ClientConfiguration make_config() {
  Aws::Client::ClientConfiguration config;
  config.region = "eu-west-1";
  return config;
}

static invocation_response my_handler(invocation_request const &request) {
  Aws::S3::S3Client client(make_config());
  return invocation_response::success(request.payload, "text/plain");
}
