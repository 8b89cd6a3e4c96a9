#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/sqs/SQSClient.h>

using namespace aws::lambda_runtime;

// A class that declares no constructor, or defaults it, builds its members
// by its implicit one: each client member is built on every invocation
// that builds the object (C++ trial 15 repro 10).
struct Clients {
  Aws::S3::S3Client s3;
  Aws::SQS::SQSClient sqs{Aws::Client::ClientConfiguration()};
};

struct Defaulted {
  Defaulted() = default;
  Aws::S3::S3Client s3;
};

static invocation_response handler(invocation_request const &request) {
  Clients clients;
  Defaulted defaulted;
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
