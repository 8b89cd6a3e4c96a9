// A handler that is a function template's specialization, given a
// catalogued class: the syntactic mode does not instantiate it.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

template <typename Client>
static invocation_response generic(invocation_request const &request) {
  Client client;
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  run_handler(generic<Aws::S3::S3Client>);
  return 0;
}
