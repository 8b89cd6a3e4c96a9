#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/sqs/SQSClient.h>
#include <functional>
using namespace aws::lambda_runtime;

class Service {
public:
  invocation_response operator()(invocation_request const &req) {
    Aws::SQS::SQSClient sqs;
    ++calls_;
    return invocation_response::success("ok", "text/plain");
  }
private:
  int calls_ = 0;
};

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  Service svc;
  run_handler(std::ref(svc));
  Aws::ShutdownAPI(options);
}
