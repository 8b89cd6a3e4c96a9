#pragma once
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>

// main() around the handler it is given, under the SDK's set-up.
#define LAMBDA_MAIN(handler)                                                   \
  int main() {                                                                 \
    Aws::SDKOptions options;                                                   \
    Aws::InitAPI(options);                                                     \
    aws::lambda_runtime::run_handler(handler);                                 \
    Aws::ShutdownAPI(options);                                                 \
    return 0;                                                                  \
  }
