// Helpers in an anonymous namespace: both modes name them as the code
// spells them (anonymous_namespace.test).
#include <aws/core/Aws.h>
#include <aws/sqs/SQSClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <cstdlib>
#include <memory>

using namespace aws::lambda_runtime;

namespace {
std::shared_ptr<Aws::SQS::SQSClient> make_queue_client() {
  Aws::Client::ClientConfiguration config;
  const char *region = std::getenv("AWS_REGION");
  if (region) config.region = region;
  return std::make_shared<Aws::SQS::SQSClient>(config);
}

void enqueue(std::string const &body) {
  auto sqs = make_queue_client();
  (void)body;
}
} // namespace

invocation_response handler(invocation_request const &request) {
  enqueue(request.payload);
  return invocation_response::success("queued", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
}
