// Shapes the syntactic mode does not rewrite, where a parse would not show
// that the fixed file is wrong: a handler in a namespace, and run_handler as
// the body of a braceless 'else'.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

namespace orders {
invocation_response handle(invocation_request const &request) {
  Aws::S3::S3Client s3;
  return invocation_response::success("{}", "application/json");
}
} // namespace orders

static invocation_response plain(invocation_request const &request) {
  Aws::S3::S3Client other;
  return invocation_response::success("{}", "application/json");
}

int main(int argc, char **argv) {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  if (argc > 1) {
    run_handler(orders::handle);
  } else
    run_handler(plain);
  Aws::ShutdownAPI(options);
  return 0;
}
