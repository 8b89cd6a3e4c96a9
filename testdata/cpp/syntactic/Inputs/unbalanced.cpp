// Preprocessor conditionals whose branches each close a block: tree-sitter
// reads both branches, the braces do not balance, and the code after them
// is not seen. The file is named as analyzed only in part.
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  if (request.payload.empty()) {
#if defined(LOCAL)
    return invocation_response::failure("local", "empty");
  }
#else
    return invocation_response::failure("remote", "empty");
  }
#endif
  Aws::S3::S3Client after;
  return invocation_response::success("ok", "text/plain");
}

int main() {
  run_handler(handler);
  return 0;
}
