#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <memory>
#include <string>
#include <vector>

using namespace aws::lambda_runtime;

// Forms of construction both modes find, at the same places (C++ trial
// 21): braces a function returns, a loop's range, a condition's
// declaration, a reference bound to a temporary, a member's own initializer.
struct Settings {
  Aws::Client::ClientConfiguration cfg;
};

static Aws::Client::ClientConfiguration make_config() { return {}; }

static Settings make_settings() { return {}; }

static Aws::S3::S3Client &shared_client() {
  static Aws::S3::S3Client client;
  return client;
}

struct Archive {
  Archive() {}
  std::shared_ptr<Aws::S3::S3Client> s3 = std::make_shared<Aws::S3::S3Client>();
};

static invocation_response handler(invocation_request const &request) {
  auto config = make_config();
  auto settings = make_settings();
  for (auto &client : std::vector<Aws::S3::S3Client>(2))
    client.GetObject({});
  if (auto owned = std::make_unique<Aws::S3::S3Client>())
    owned->GetObject({});
  auto &&bound = Aws::S3::S3Client();
  Archive archive;
  // A copy of an existing client, spelled as a temporary: none built.
  auto copy = Aws::S3::S3Client(shared_client());
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
