// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// Where main() can take the moved code: not a switch's body, whose case
// labels after it would jump over the declaration; not under a parameter of
// main() that hides a name the code uses. A type deduced with `auto` is
// spelled as main() can name it: a class of an anonymous namespace without
// the `(anonymous namespace)::` Clang prints.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <memory>

using namespace aws::lambda_runtime;

namespace {
struct Release {
  void operator()(Aws::S3::S3Client *client) const { delete client; }
};
} // namespace

static const char *const profile = "orders";

static invocation_response in_case(invocation_request const &request) {
  Aws::S3::S3Client s3;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'Aws::S3::S3Client' builds {{.*}} of handler 'in_case'; {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+26]]:5: note: 'in_case' is a Lambda handler
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: no fix: run_handler is not called as a statement of its own in a block, where the objects could be declared before it
  return invocation_response::success(request.payload, "text/plain");
}

static invocation_response released(invocation_request const &request) {
  auto client = std::unique_ptr<Aws::S3::S3Client, Release>(new Aws::S3::S3Client());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'Aws::S3::S3Client' builds {{.*}} of handler 'released'; {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+21]]:5: note: 'released' is a Lambda handler
  return invocation_response::success(request.payload, "text/plain");
}

static invocation_response profiled(invocation_request const &request) {
  Aws::Client::ClientConfiguration config(profile);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'Aws::Client::ClientConfiguration' builds {{.*}} of handler 'profiled'; {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+18]]:5: note: 'profiled' is a Lambda handler
  // CHECK-MESSAGES: :[[@LINE-3]]:36: note: no fix: main() declares a 'profile' of its own, which would hide the 'profile' the moved code names
  return invocation_response::success(request.payload, "text/plain");
}

int main(int argc, char **profile) {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  switch (argc) {
  case 1:
    (void)profile;
    run_handler(in_case);
    break;
  case 2: {
    run_handler(released);
    break;
  }
  default: {
    run_handler(profiled);
  }
  }
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-FIXES: {{^}}static invocation_response released(invocation_request const &request, std::unique_ptr<Aws::S3::S3Client, Release> &client) {{{$}}
// CHECK-FIXES: {{^}}    auto client = std::unique_ptr<Aws::S3::S3Client, Release>(new Aws::S3::S3Client());{{$}}
// CHECK-FIXES-NEXT: {{^}}    run_handler([&client](invocation_request const & request) { return released(request, client); });{{$}}
