// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// The idioms that build an object once although the handler runs on every
// invocation: a static or file-scope pointer set under its own null test,
// std::call_once with a static flag, a static local holding what new built.
// Not reported; the same code with an
// object or flag of the invocation's own still is.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <memory>
#include <mutex>

using namespace aws::lambda_runtime;

static std::shared_ptr<Aws::S3::S3Client> g_s3;
static Aws::S3::S3Client *g_raw = nullptr;
static std::once_flag g_once;
static Aws::S3::S3Client *g_reset = nullptr;

static Aws::S3::S3Client *make_raw() { return new Aws::S3::S3Client(); }

static invocation_response my_handler(invocation_request const &request) {
  // Per invocation: set under its null test, but reset every time.
  if (!g_reset) g_reset = new Aws::S3::S3Client();
  delete g_reset;
  g_reset = nullptr;
  // ok: a static local, set once
  static std::unique_ptr<Aws::S3::S3Client> client;
  if (!client) client = std::make_unique<Aws::S3::S3Client>();
  // ok: a file-scope pointer, set once, with what sets it up
  if (g_s3 == nullptr) {
    Aws::Client::ClientConfiguration config;
    g_s3 = Aws::MakeShared<Aws::S3::S3Client>("tag", config);
  }
  // ok: reset under its own null test
  static std::unique_ptr<Aws::S3::S3Client> reset;
  if (!reset)
    reset.reset(new Aws::S3::S3Client());
  // ok: std::call_once with a static flag, a helper called in it
  static std::once_flag once;
  static Aws::S3::S3Client *raw = nullptr;
  std::call_once(once, [] { raw = new Aws::S3::S3Client(); });
  std::call_once(g_once, [] { g_raw = make_raw(); });
  // ok: a static local that holds what 'new' built, once
  static Aws::S3::S3Client *held = new Aws::S3::S3Client();
  static auto &referred = *new Aws::S3::S3Client();
  static std::unique_ptr<Aws::S3::S3Client> owned(new Aws::S3::S3Client{});
  // Per invocation: the pointer is the invocation's own.
  std::unique_ptr<Aws::S3::S3Client> mine;
  if (!mine) mine = std::make_unique<Aws::S3::S3Client>();
  // Per invocation: the flag is the invocation's own.
  std::once_flag every;
  std::call_once(every, [] { raw = new Aws::S3::S3Client(); });
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-41]]:27: warning: 'Aws::S3::S3Client' builds {{.*}} [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-6]]:3: note: 'my_handler' is a Lambda handler: it is passed to aws::lambda_runtime::run_handler here
// CHECK-MESSAGES: :[[@LINE-43]]:27: note: no fix: it is assigned to 'g_reset', an object declared before it; {{.*}}
// CHECK-MESSAGES: :[[@LINE-18]]:21: warning: 'Aws::S3::S3Client' builds {{.*}} [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-9]]:3: note: 'my_handler' is a Lambda handler: it is passed to aws::lambda_runtime::run_handler here
// CHECK-MESSAGES: :[[@LINE-20]]:21: note: no fix: it is assigned to 'mine', an object declared before it; declare it in main() and pass it to the handler
// CHECK-MESSAGES: :[[@LINE-18]]:36: warning: 'Aws::S3::S3Client' builds {{.*}} [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-19]]:36: note: no fix: it is assigned to 'raw', an object declared before it; {{.*}}

