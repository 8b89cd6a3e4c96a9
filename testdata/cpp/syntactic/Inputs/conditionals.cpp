// Preprocessor conditionals: code compiled out whatever the flags is not
// checked; code the build's flags decide is reported with a note and no fix.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

#define HAVE_CACHE

#if 0
static Aws::S3::S3Client *old_helper() { return new Aws::S3::S3Client(); }
#endif

static invocation_response my_handler(invocation_request const &request) {
#if 0
  Aws::S3::S3Client old;
  old_helper();
#elif 1
  int kept = 0;
#else
  Aws::S3::S3Client never;
#endif
#ifndef HAVE_CACHE
  Aws::S3::S3Client uncached;
#endif
#ifdef USE_S3
  Aws::S3::S3Client maybe;
#else
  Aws::S3::S3Client otherwise;
#endif
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}
