#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <memory>
#include <string>
#include <utility>

using namespace aws::lambda_runtime;

// Braces initialize an aggregate member by member: no constructor runs.
// A member given an existing object copies it (no client built); one the
// list leaves out is built by its own initializer or by default, where it
// is declared, as an implicit constructor builds it (C++ trial 21).
struct Config {
  Aws::S3::S3Client client;
  std::string region;
};

struct Settings {
  Aws::Client::ClientConfiguration cfg;
  std::string region;
};

struct Defaults {
  Aws::Client::ClientConfiguration own{};
  int retries = 3;
};

struct Outer {
  Settings settings;
  int retries;
};

// Each left out in one way below.
struct Empty {
  Aws::Client::ClientConfiguration cfg;
};
struct RegionOnly {
  Aws::Client::ClientConfiguration cfg;
  std::string region;
};
struct Inner {
  Aws::Client::ClientConfiguration cfg;
};
struct Nesting {
  Inner inner;
  int retries;
};

static Aws::S3::S3Client &shared_client() {
  static Aws::S3::S3Client client;
  return client;
}

static invocation_response copies(invocation_request const &request) {
  Aws::Client::ClientConfiguration cfg;
  Aws::S3::S3Client made(cfg);
  Config copied{made, "eu"};
  Config moved{std::move(made), "eu"};
  Config returned{shared_client(), "eu"};
  Settings given{cfg, "eu"};
  Settings designated{.cfg = cfg};
  auto temporary = Settings{cfg};
  Settings copy_of_temporary = temporary;
  Outer nested{{cfg, "eu"}, 1};
  Aws::S3::S3Client braced_copy{made};
  auto copied_temporary = Aws::S3::S3Client{made};
  Settings from_copy{Aws::Client::ClientConfiguration{cfg}, "eu"};
  return invocation_response::success("ok", "text/plain");
}

static invocation_response left_out(invocation_request const &request) {
  Empty empty{};
  RegionOnly region_only{.region = "eu"};
  Defaults defaults{};
  Nesting nesting{};
  Settings braced_member{.cfg = {}};
  Config built{Aws::S3::S3Client(Aws::Client::ClientConfiguration()), "eu"};
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(copies);
  run_handler(left_out);
  Aws::ShutdownAPI(options);
  return 0;
}
