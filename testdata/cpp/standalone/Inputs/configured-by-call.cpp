// A call before the construction may write the global it reads
// (load_settings sets g_region): no safe fix.
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <cstdlib>

using namespace aws::lambda_runtime;

const char *g_region = "us-east-1";

static void load_settings() { g_region = std::getenv("AWS_REGION"); }

static invocation_response my_handler(invocation_request const &req) {
  load_settings();
  Aws::Client::ClientConfiguration config(g_region);
  Aws::S3::S3Client client(config);
  client.GetObject(Aws::S3::Model::GetObjectRequest());
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}
