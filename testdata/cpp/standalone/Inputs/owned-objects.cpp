// Objects held by a smart pointer, whether from a factory (in C++11 too,
// where `auto c = f();` copies a temporary the compiler may elide) or from
// `new` the pointer deletes, move to main() as declared objects do.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <memory>

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &req) {
  auto shared = Aws::MakeShared<Aws::S3::S3Client>("tag");
  auto made = std::make_shared<Aws::S3::S3Client>();
  std::unique_ptr<Aws::S3::S3Client> owned(new Aws::S3::S3Client());
  shared->GetObject(Aws::S3::Model::GetObjectRequest());
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}
