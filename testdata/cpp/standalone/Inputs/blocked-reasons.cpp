// Each finding gets the reason that holds for it: an object built in an
// `if` or a loop cannot move, and the reason one object's fix is blocked
// names that object.
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &req) {
  if (req.payload.empty()) {
    Aws::S3::S3Client early;
    return invocation_response::failure("empty", "Input");
  }
  const char *profile = "default";
  Aws::Client::ClientConfiguration cfg(profile);
  Aws::S3::S3Client client;
  for (int i = 0; i < 3; ++i) {
    Aws::S3::S3Client retry(cfg);
  }
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}
