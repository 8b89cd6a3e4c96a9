// RUN: %check-clang-tidy %s awslambda-connection-in-handler %t -- --fix-notes
// Database connections and HTTP handles per invocation. A connection object
// moves to main() by a fix on a note (unsafe: applied with --fix-notes); a C
// handle the handler releases itself gets no fix.
#include <aws/lambda-runtime/runtime.h>
#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <mysql.h>
#include <pqxx/pqxx>
#include <sqlite3.h>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  pqxx::connection db("dbname=orders");
  CURL *curl = curl_easy_init();
  curl_easy_cleanup(curl);
  PGconn *pg = PQconnectdb("dbname=orders");
  PQfinish(pg);
  MYSQL *my = mysql_init(nullptr);
  mysql_real_connect(my, "db", "u", "p", "orders", 3306, nullptr, 0);
  mysql_close(my);
  sqlite3 *lite = nullptr;
  sqlite3_open("/tmp/orders.db", &lite);
  sqlite3_close(lite);
  redisContext *redis = redisConnect("127.0.0.1", 6379);
  redisFree(redis);
  return invocation_response::success("{}", "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-21]]:20: warning: 'pqxx::connection' builds a PostgreSQL connection on every invocation of handler 'handler'; each connection costs a TCP, TLS and authentication round trip{{.*}} [awslambda-connection-in-handler]
// CHECK-MESSAGES: :[[@LINE-22]]:20: note: unsafe fix: 'pqxx::connection': a connection built once, at INIT, can go stale between invocations{{.*}}
// CHECK-MESSAGES: :[[@LINE-22]]:9: warning: 'curl_easy_init' builds a curl handle with its own connection cache {{.*}}
// CHECK-MESSAGES: :[[@LINE-23]]:9: note: no fix: the handle it returns is released by hand; create and release it in main() instead
// CHECK-MESSAGES: :[[@LINE-22]]:11: warning: 'PQconnectdb' builds a PostgreSQL connection {{.*}}
// CHECK-MESSAGES: :[[@LINE-21]]:10: warning: 'mysql_init' builds a MySQL connection handle {{.*}}
// CHECK-MESSAGES: :[[@LINE-21]]:3: warning: 'mysql_real_connect' builds a MySQL connection {{.*}}
// CHECK-MESSAGES: :[[@LINE-19]]:3: warning: 'sqlite3_open' builds an SQLite connection {{.*}}
// CHECK-MESSAGES: :[[@LINE-18]]:17: warning: 'redisConnect' builds a Redis connection {{.*}}

// CHECK-FIXES: {{^}}static invocation_response handler(invocation_request const &request, pqxx::connection &db) {{{$}}
// CHECK-FIXES: {{^}}  pqxx::connection db("dbname=orders");
// CHECK-FIXES-NEXT: {{^}}  run_handler([&db](invocation_request const & request) { return handler(request, db); });
