// A helper of the file that reads the environment sets the configuration up
// (`config.region = env_or(...)`, a std::string temporary): the statement
// moves to main() with the objects, in both modes.
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <cstdlib>
#include <string>

using namespace aws::lambda_runtime;

static std::string env_or(const char *name, const char *fallback) {
  const char *value = std::getenv(name);
  return value ? std::string(value) : std::string(fallback);
}

static invocation_response handle_upload(invocation_request const &req) {
  Aws::Client::ClientConfiguration config;
  config.region = env_or("AWS_REGION", "us-east-1");
  config.connectTimeoutMs = 500;
  Aws::S3::S3Client s3(config);
  return invocation_response::success(req.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handle_upload);
  Aws::ShutdownAPI(options);
  return 0;
}
