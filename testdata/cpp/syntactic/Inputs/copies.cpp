// Copying or moving a client the handler is given builds no new one: Clang
// sees a copy or move constructor. Only 'fresh' and 'configured' (from a
// moved configuration) are built here, and the configuration. Nor does
// copying what a pointer points to, or what a function returns a reference
// to, or moving a constructor's parameter into a member (C++ trial 15
// repro 13).
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <utility>

using namespace aws::lambda_runtime;

struct Clients {
  Aws::S3::S3Client s3;
};

static Aws::S3::S3Client *g_s3 = nullptr;
static Aws::S3::S3Client &get() { return *g_s3; }

struct Repo {
  explicit Repo(Aws::S3::S3Client &&client) : s3(std::move(client)) {}
  Aws::S3::S3Client s3;
};

invocation_response handler(invocation_request const &req,
                            Aws::S3::S3Client &shared, Clients &clients) {
  Aws::S3::S3Client moved = std::move(shared);
  Aws::S3::S3Client copied(clients.s3);
  Aws::S3::S3Client assigned = clients.s3;
  Aws::S3::S3Client fresh;
  Aws::S3::S3Client again(fresh);
  Aws::Client::ClientConfiguration config;
  Aws::S3::S3Client configured = std::move(config);
  Aws::S3::S3Client pointed_to = *g_s3;
  Aws::S3::S3Client returned = get();
  Repo repo(std::move(fresh));
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  {
    Aws::S3::S3Client s3;
    Clients clients;
    run_handler([&](invocation_request const &req) {
      return handler(req, s3, clients);
    });
  }
  Aws::ShutdownAPI(options);
  return 0;
}
