// The handler is declared before main() and defined after it: the
// declaration takes the new parameter too.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &req, Aws::S3::S3Client &client);

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  {
    Aws::S3::S3Client client;
    run_handler([&client](invocation_request const & req) { return my_handler(req, client); });
  }
  Aws::ShutdownAPI(options);
  return 0;
}

static invocation_response my_handler(invocation_request const &req, Aws::S3::S3Client &client) {
  client.GetObject(Aws::S3::Model::GetObjectRequest());
  return invocation_response::success("ok", "text/plain");
}
