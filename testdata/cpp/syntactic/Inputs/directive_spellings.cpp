// Valid preprocessor spellings tree-sitter-cpp's grammar trips on: blanks
// after an #include's name (a tab too) or a #define's, a null directive,
// __has_include. The file parses whole: the client is found, and moved.
#include <aws/core/Aws.h> 
#include <aws/lambda-runtime/runtime.h>	
#include <aws/s3/S3Client.h>
#
#define ORDERS_HANDLER 
#if __has_include(<aws/s3/S3Client.h>)
#define ORDERS_HAVE_S3 1
#endif 

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &request) {
  Aws::S3::S3Client client;
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}
