#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <fstream>
#include <iterator>
#include <string>
using namespace aws::lambda_runtime;
static std::string slurp(const char *path) {
  std::ifstream f(path);
  return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}
static int g_n = 0;
static invocation_response handler(invocation_request const &req) {
  std::ofstream("/tmp/hoist-t21-region") << (g_n++ % 2 ? "eu-west-1" : "us-east-1");
  Aws::Client::ClientConfiguration cfg;
  cfg.region = slurp("/tmp/hoist-t21-region");
  Aws::S3::S3Client s3(cfg);
  return invocation_response::success(cfg.region, "text/plain");
}
int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
