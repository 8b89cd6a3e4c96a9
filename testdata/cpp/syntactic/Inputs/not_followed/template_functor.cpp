#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
using namespace aws::lambda_runtime;

template <class Store> class Handler {
public:
  invocation_response operator()(invocation_request const &req) {
    Store s;
    (void)s;
    return invocation_response::success("ok", "text/plain");
  }
};

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(Handler<Aws::S3::S3Client>{});
  Aws::ShutdownAPI(options);
}
