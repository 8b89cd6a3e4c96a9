// RUN: %check-clang-tidy %s awslambda-connection-in-handler %t
// More of the C libraries' connect calls (C++ trial 18 repro 15): hiredis
// 1.x's redisConnectWithOptions and redisConnectUnix, libpq's PQsetdbLogin,
// curl's multi handle.
#include <aws/lambda-runtime/runtime.h>
#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  CURLM *multi = curl_multi_init();
  redisContext *local = redisConnectUnix("/tmp/redis.sock");
  redisContext *remote = redisConnectWithOptions(nullptr);
  PGconn *pg = PQsetdbLogin("db", "5432", nullptr, nullptr, "app", "u", "p");
  return invocation_response::success("{}", "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-12]]:10: warning: 'curl_multi_init' builds a curl multi handle with its own connection cache {{.*}}
// CHECK-MESSAGES: :[[@LINE-12]]:17: warning: 'redisConnectUnix' builds a Redis connection {{.*}}
// CHECK-MESSAGES: :[[@LINE-12]]:17: warning: 'redisConnectWithOptions' builds a Redis connection {{.*}}
// CHECK-MESSAGES: :[[@LINE-12]]:11: warning: 'PQsetdbLogin' builds a PostgreSQL connection {{.*}}
