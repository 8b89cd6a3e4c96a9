// The main() fix moves a declaration whose type main() names otherwise: its
// own 'Config' hides the file's. The fixed file would not compile, so hoist
// check drops the fix (what the compile check is there for: the check
// itself does not tell).
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;
using Config = Aws::Client::ClientConfiguration;

static invocation_response my_handler(invocation_request const &request) {
  Config config;
  Aws::S3::S3Client client(config);
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  using Config = int; // main's own
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}
