#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <memory>
#include <utility>

using namespace aws::lambda_runtime;

void consume(std::unique_ptr<Aws::S3::S3Client> client);

// The handler hands its client on, and ends another: built once in main(),
// the second invocation would get empty pointers.
static invocation_response my_handler(invocation_request const &request) {
  auto client = std::make_unique<Aws::S3::S3Client>();
  consume(std::move(client));
  auto other = std::make_unique<Aws::S3::S3Client>();
  other.reset();
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}
