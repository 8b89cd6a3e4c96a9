// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// Credentials providers and std::make_unique count too; the provider and the
// client move to main() together.
#include <aws/core/Aws.h>
#include <aws/core/auth/AWSCredentialsProvider.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <memory>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  auto credentials = std::make_shared<Aws::Auth::DefaultAWSCredentialsProviderChain>();
  auto s3 = std::make_unique<Aws::S3::S3Client>(credentials);
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
}

// CHECK-MESSAGES: :[[@LINE-12]]:8: warning: 'Aws::Auth::DefaultAWSCredentialsProviderChain' builds an AWS credentials provider chain on every invocation of handler 'handler'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-12]]:8: warning: 'Aws::S3::S3Client' builds an AWS SDK client {{.*}}
// CHECK-MESSAGES: :[[@LINE-14]]:8: note: moved to main() by the fix of the first one here
// CHECK-FIXES: {{^}}static invocation_response handler(invocation_request const &request, std::shared_ptr<Aws::Auth::DefaultAWSCredentialsProviderChain> &credentials, std::unique_ptr<Aws::S3::S3Client> &s3) {{{$}}
// CHECK-FIXES: {{^}}  {
// CHECK-FIXES-NEXT: {{^}}    auto credentials = std::make_shared<Aws::Auth::DefaultAWSCredentialsProviderChain>();
// CHECK-FIXES-NEXT: {{^}}    auto s3 = std::make_unique<Aws::S3::S3Client>(credentials);
// CHECK-FIXES-NEXT: {{^}}    run_handler([&credentials, &s3](invocation_request const & request) { return handler(request, credentials, s3); });
// CHECK-FIXES-NEXT: {{^}}  }
