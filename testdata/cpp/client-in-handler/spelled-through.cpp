// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// Code the main() fix cannot rewrite as text gets no fix, with a note that
// says why (clang-tidy applies a fix with no compile check): a client
// declared through a function-like macro, a handler defined through macros,
// a handler that is a function template's specialization.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

#define MAKE_S3(name) Aws::S3::S3Client name
static invocation_response by_macro(invocation_request const &request) {
  MAKE_S3(s3);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'Aws::S3::S3Client' builds {{.*}} of handler 'by_macro'; {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+30]]:5: note: 'by_macro' is a Lambda handler
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: no fix: 's3' is declared through the macro 'MAKE_S3', which the fix cannot move
  return invocation_response::success(request.payload, "text/plain");
}

#define HANDLER_BEGIN(name)                                                    \
  static invocation_response name(invocation_request const &request) {
#define HANDLER_END                                                            \
  return invocation_response::success(request.payload, "text/plain");         \
  }
HANDLER_BEGIN(macro_defined)
  Aws::S3::S3Client uploads;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'Aws::S3::S3Client' builds {{.*}} of handler 'macro_defined'; {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+19]]:5: note: 'macro_defined' is a Lambda handler
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: no fix: 'macro_defined' or the statement that passes it to run_handler is spelled through the macro 'HANDLER_BEGIN', which the fix cannot rewrite
HANDLER_END

template <typename Client>
static invocation_response generic(invocation_request const &request) {
  Client client;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'Aws::S3::S3Client' builds {{.*}} of handler 'generic'; {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+13]]:5: note: 'generic' is a Lambda handler
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: no fix: the handler is the template specialization 'generic<Aws::S3::S3Client>': the code to move is the template's, which every specialization shares
  return invocation_response::success(request.payload, "text/plain");
}

int main(int argc, char **) {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  if (argc == 1) {
    run_handler(by_macro);
  } else if (argc == 2) {
    run_handler(macro_defined);
  } else {
    run_handler(generic<Aws::S3::S3Client>);
  }
  Aws::ShutdownAPI(options);
  return 0;
}
