// The configuration depends on the request: the statement that sets it up
// cannot move to main(), so the objects cannot either.
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &req) {
  Aws::Client::ClientConfiguration config;
  config.endpointOverride = req.payload;
  Aws::S3::S3Client client(config);
  client.GetObject(Aws::S3::Model::GetObjectRequest());
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}
