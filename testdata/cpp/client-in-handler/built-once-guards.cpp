// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// More ways of building a client once (issue 17): a guard that returns the
// client while it is set (`if (g_client) return *g_client;`), the `else` of
// a test that it is set, a smart pointer's `get()` compared with null, a
// std::optional's `has_value()` and `emplace(...)`. What runs while it is
// null, and what it calls, is built once: not reported. A client of the
// invocation's own, or one reset after use, is still built every time.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <memory>
#include <optional>

using namespace aws::lambda_runtime;

static Aws::Client::ClientConfiguration make_config() {
  Aws::Client::ClientConfiguration config;
  config.region = "us-east-1";
  return config;
}

static std::unique_ptr<Aws::S3::S3Client> g_client;
static Aws::S3::S3Client &shared_client() {
  if (g_client)
    return *g_client;
  g_client = std::make_unique<Aws::S3::S3Client>(make_config());
  return *g_client;
}

static Aws::S3::S3Client *g_raw = nullptr;
static Aws::S3::S3Client *raw_client() {
  if (g_raw != nullptr) {
    return g_raw;
  }
  g_raw = new Aws::S3::S3Client(make_config());
  return g_raw;
}

static invocation_response my_handler(invocation_request const &request) {
  shared_client();
  raw_client();
  static std::shared_ptr<Aws::S3::S3Client> shared;
  if (shared.get() == nullptr)
    shared = std::make_shared<Aws::S3::S3Client>(make_config());
  static std::optional<Aws::S3::S3Client> optional;
  if (!optional.has_value())
    optional.emplace(make_config());
  static Aws::S3::S3Client *branch = nullptr;
  if (branch != nullptr) {
  } else {
    branch = new Aws::S3::S3Client(make_config());
  }
  return invocation_response::success("{}", "application/json");
}

static invocation_response per_invocation(invocation_request const &request) {
  // The invocation's own: its guard holds on no later invocation.
  std::unique_ptr<Aws::S3::S3Client> local;
  if (local)
    return invocation_response::success("{}", "application/json");
  local = std::make_unique<Aws::S3::S3Client>();
  // Reset after use: built again next time.
  static std::optional<Aws::S3::S3Client> reset;
  if (!reset.has_value())
    reset.emplace();
  reset.reset();
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  run_handler(per_invocation);
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-18]]:11: warning: 'Aws::S3::S3Client' builds an AWS SDK client on every invocation of handler 'per_invocation'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-15]]:5: warning: 'Aws::S3::S3Client' builds an AWS SDK client on every invocation of handler 'per_invocation'; {{.*}}
