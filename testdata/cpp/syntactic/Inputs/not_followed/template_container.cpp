// An object of a class template of the file, specialized with catalogued
// classes (a small dependency-injection container that builds each type it
// lists): the syntactic mode does not instantiate it, and says so. Clang
// finds the configuration and the client it builds.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <memory>
#include <tuple>
using namespace aws::lambda_runtime;

template <class... Services> struct container {
  std::tuple<std::shared_ptr<Services>...> items{
      std::make_shared<Services>()...};
};

static invocation_response my_handler(invocation_request const &request) {
  container<Aws::Client::ClientConfiguration, Aws::S3::S3Client> services;
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
}
