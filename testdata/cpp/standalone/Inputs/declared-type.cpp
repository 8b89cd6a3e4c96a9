// The handler spells the moved object's declared type, decltype(s3): as the
// handler's reference parameter, that type would be a reference, and the
// static_assert would fail.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <type_traits>
using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &req) {
  Aws::S3::S3Client s3;
  static_assert(!std::is_reference<decltype( s3 )>::value, "a value");
  return invocation_response::success(req.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
}
