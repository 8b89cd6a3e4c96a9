// The main() fix moves a declaration to a place a goto in main() jumps
// over (main() calls no Aws::ShutdownAPI after it, so the objects get no
// block of their own). The fixed file would not compile, so hoist check
// drops the fix (what the compile check is there for: the check itself
// does not tell).
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
  Aws::S3::S3Client client(config);
  return invocation_response::success(request.payload, "text/plain");
}

int main(int argc, char **) {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  if (argc > 1)
    goto done;
  run_handler(my_handler);
done:
  return 0;
}
