// What the syntactic mode cannot follow is said: a call into a project
// header (it reads none), a macro of the file (it expands none).
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include "helpers.h"

using namespace aws::lambda_runtime;

#define MAKE_S3(name) Aws::S3::S3Client name

static invocation_response my_handler(invocation_request const &request) {
  auto client = helpers::make_client();
  MAKE_S3(archive);
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  run_handler(my_handler);
  return 0;
}
