// What the moved code names must be declared before main()'s run_handler:
// a function defined after main() (declared nowhere before it) and a macro
// defined after it give no fix, rather than one that does not compile.
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

static Aws::Client::ClientConfiguration archive_config() {
  return Aws::Client::ClientConfiguration();
}

static invocation_response my_handler(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
  config.region = ORDERS_REGION;
  Aws::S3::S3Client client(config);
  Aws::S3::S3Client archive(archive_config());
  return invocation_response::success(request.payload, "text/plain");
}
