// A function template the handler calls with a catalogued class: the
// syntactic mode does not instantiate it.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <memory>

using namespace aws::lambda_runtime;

template <typename Client> std::shared_ptr<Client> build() {
  return std::make_shared<Client>();
}

static invocation_response my_handler(invocation_request const &request) {
  auto s3 = build<Aws::S3::S3Client>();
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  run_handler(my_handler);
  return 0;
}
