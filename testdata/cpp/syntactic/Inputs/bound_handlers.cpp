// A member function is the handler when run_handler is given it bound with
// std::bind; a lambda that calls a method is the handler itself, which
// calls the method. Each mode names them and says why there is no fix in
// the same words.
#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <functional>

using namespace aws::lambda_runtime;

class App {
public:
  invocation_response handle(invocation_request const &request) {
    Aws::DynamoDB::DynamoDBClient table;
    return invocation_response::success(request.payload, "text/plain");
  }
};

class Handler {
public:
  invocation_response serve(invocation_request const &request) {
    Aws::S3::S3Client s3;
    return invocation_response::success(request.payload, "text/plain");
  }
};

int main(int argc, char **) {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  if (argc == 1) {
    App app;
    run_handler(std::bind(&App::handle, &app, std::placeholders::_1));
  } else {
    Handler handler;
    run_handler([&handler](invocation_request const &request) {
      return handler.serve(request);
    });
  }
  Aws::ShutdownAPI(options);
  return 0;
}
