// The handler names its client through an alias declared in its own
// namespace: main() cannot see 's3', so the check offers no fix (the plugin
// and hoist check alike), rather than one that does not compile.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

namespace svc {
namespace s3 = Aws::S3;
invocation_response handle(invocation_request const &request) {
  s3::S3Client client;
  return invocation_response::success(request.payload, "text/plain");
}
} // namespace svc

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(svc::handle);
  Aws::ShutdownAPI(options);
  return 0;
}
