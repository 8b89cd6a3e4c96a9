#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <memory>
#include <vector>

using namespace aws::lambda_runtime;

// Copies the invocation drops again (a local, a local container, a helper's
// parameter) keep the fix: nothing outlives the invocation.
static std::size_t count_of(std::shared_ptr<Aws::S3::S3Client> client) { return client ? 1 : 0; }

static invocation_response handler(invocation_request const &request) {
  auto client = std::make_shared<Aws::S3::S3Client>();
  std::vector<std::shared_ptr<Aws::S3::S3Client>> batch;
  batch.push_back(client);
  auto copy = client;
  return invocation_response::success(std::to_string(batch.size() + count_of(copy)), "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
