#include <aws/s3/S3Client.h>
#include "lambda_main.h"

static aws::lambda_runtime::invocation_response
archive(aws::lambda_runtime::invocation_request const &request) {
  Aws::S3::S3Client s3;
  return aws::lambda_runtime::invocation_response::success("{}", "application/json");
}

LAMBDA_MAIN(archive)
