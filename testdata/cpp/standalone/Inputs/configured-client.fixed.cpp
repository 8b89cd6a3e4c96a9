// aws-lambda-cpp's examples set the client's configuration up before they
// build it: those statements move to main() with the objects, in their place.
#include <aws/core/Aws.h>
#include <aws/core/auth/AWSCredentialsProvider.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <cstdlib>

using namespace aws::lambda_runtime;
char const TAG[] = "LAMBDA_ALLOC";

static invocation_response my_handler(invocation_request const &req, Aws::Client::ClientConfiguration &config, std::shared_ptr<Aws::Auth::EnvironmentAWSCredentialsProvider> &credentials, Aws::S3::S3Client &client) {
  Aws::S3::Model::GetObjectRequest request;
  auto outcome = client.GetObject(request);
  return invocation_response::success(req.payload, "application/json");
}

int main() {
  using namespace Aws;
  SDKOptions options;
  InitAPI(options);
  {
    Aws::Client::ClientConfiguration config;
    config.region = std::getenv("AWS_REGION");
    config.requestTimeoutMs = 10000;
    auto credentials = Aws::MakeShared<Aws::Auth::EnvironmentAWSCredentialsProvider>(TAG);
    Aws::S3::S3Client client(credentials, config);
    run_handler([&config, &credentials, &client](invocation_request const & req) { return my_handler(req, config, credentials, client); });
  }
  ShutdownAPI(options);
  return 0;
}
