// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// What a static local's initializer runs is built once, however it builds
// it: a constructor of the file's class, a function it calls, a lambda it
// calls there; a Meyers singleton; lazy set-up of a member of a file-scope
// object, under its null test or std::call_once with a member flag. Not
// reported (C++ trial 15 repros 02 and 07). A lambda a static only holds
// runs when it is called: what it builds is still reported.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/sqs/SQSClient.h>
#include <memory>
#include <mutex>

using namespace aws::lambda_runtime;

struct Deps {
  Aws::S3::S3Client s3;
  Deps() : s3(Aws::Client::ClientConfiguration()) {}
};

class Clients {
public:
  static Clients &instance() {
    static Clients clients;
    return clients;
  }
  Aws::S3::S3Client &s3() { return s3_; }

private:
  Clients() : s3_(Aws::Client::ClientConfiguration()) {}
  Aws::S3::S3Client s3_;
};

static std::shared_ptr<Aws::S3::S3Client> make_client() {
  Aws::Client::ClientConfiguration config;
  return Aws::MakeShared<Aws::S3::S3Client>("tag", config);
}

struct Context {
  std::unique_ptr<Aws::S3::S3Client> s3;
  std::once_flag once;
  std::unique_ptr<Aws::SQS::SQSClient> sqs;
};
static Context g_context;

static invocation_response my_handler(invocation_request const &request) {
  static Deps deps;
  Clients::instance().s3();
  static auto from_helper = make_client();
  static const std::shared_ptr<Aws::S3::S3Client> from_lambda = [] {
    Aws::Client::ClientConfiguration config;
    config.region = "us-east-1";
    return std::make_shared<Aws::S3::S3Client>(config);
  }();
  thread_local Deps per_thread;
  if (!g_context.s3) {
    g_context.s3 = std::make_unique<Aws::S3::S3Client>();
  }
  std::call_once(g_context.once, [] {
    g_context.sqs = std::make_unique<Aws::SQS::SQSClient>();
  });
  // Per invocation: the lambda runs on each call.
  static auto build = [] { return std::make_unique<Aws::SQS::SQSClient>(); };
  auto queue = build();
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-13]]:35: warning: 'Aws::SQS::SQSClient' builds {{.*}} [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-6]]:3: note: 'my_handler' is a Lambda handler: it is passed to aws::lambda_runtime::run_handler here
