#include <aws/lambda-runtime/runtime.h>
#include <hiredis/hiredis.h>
#include <string>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  redisContext *cache = redisConnect("cache.internal", 6379);
  redisFree(cache);
  std::string host = request.payload;
  redisContext *tenant = redisConnect(host.c_str(), 6379);
  redisFree(tenant);
  const char *shared = "cache.internal";
  redisContext *named = redisConnect(shared, 6379);
  redisFree(named);
  return invocation_response::success("{}", "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
