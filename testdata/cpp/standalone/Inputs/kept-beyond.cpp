#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <memory>
#include <set>
#include <vector>

using namespace aws::lambda_runtime;

// Each invocation keeps the client it built in state that outlives it (a
// global, a static local): built once in main(), every invocation would keep
// the same client, and what counts or watches them would see one.
static std::weak_ptr<Aws::S3::S3Client> g_previous;
static std::vector<std::shared_ptr<Aws::S3::S3Client>> g_kept;

static invocation_response watched(invocation_request const &request) {
  auto client = std::make_shared<Aws::S3::S3Client>();
  const bool alive = !g_previous.expired();
  g_previous = client;
  return invocation_response::success(alive ? "alive" : "expired", "text/plain");
}

static invocation_response counted(invocation_request const &request) {
  auto client = std::make_shared<Aws::S3::S3Client>();
  static std::set<const Aws::S3::S3Client *> seen;
  seen.insert(client.get());
  g_kept.push_back(client);
  return invocation_response::success(std::to_string(seen.size()), "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  if (std::getenv("COUNTED")) {
    run_handler(counted);
  } else {
    run_handler(watched);
  }
  Aws::ShutdownAPI(options);
  return 0;
}
