#include <aws/lambda-runtime/runtime.h>
#include <curl/curl.h>
using namespace aws::lambda_runtime;
// The file's own function named like hiredis's redisConnect: not a Redis
// connection. curl's handle is the library's.
static int redisConnect(const char *host, int port) { return host[0] + port; }
static invocation_response handler(invocation_request const &req) {
  const int shard = redisConnect("cache", 6379);
  CURL *curl = curl_easy_init();
  curl_easy_cleanup(curl);
  return invocation_response::success(req.payload, shard ? "text/plain" : "");
}
int main() {
  run_handler(handler);
  return 0;
}
