// The handler, defined after main(), reads names the file declares only
// between main() and it: moved into main(), they would be undeclared.
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const &req);

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}

static const char *kRegion = "eu-west-1";

invocation_response handler(invocation_request const &req) {
  Aws::Client::ClientConfiguration cfg;
  cfg.region = kRegion;
  Aws::S3::S3Client s3(cfg);
  return invocation_response::success("ok", "text/plain");
}
