#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <memory>
using namespace aws::lambda_runtime;

struct Registry {
  template <class T> std::shared_ptr<T> get() { return std::make_shared<T>(); }
};

template <class R> static void work(R &reg) {
  auto cfg = reg.template get<Aws::Client::ClientConfiguration>();
  (void)cfg;
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  {
    auto h = [](auto req) {
      Registry reg;
      work(reg);
      Aws::S3::S3Client s3;
      return invocation_response::success(req.payload, "text/plain");
    };
    run_handler(h);
  }
  Aws::ShutdownAPI(options);
}
