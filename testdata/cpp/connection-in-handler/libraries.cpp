// RUN: %check-clang-tidy %s awslambda-connection-in-handler %t -- --fix-notes
// The C++ client libraries' connections (issue 17): redis-plus-plus,
// SQLiteCpp, cpp-httplib, MySQL Connector/C++ (the JDBC-style driver's
// connect and the X DevAPI), taopq and mongocxx, as their headers name them.
// Each is a connection: its fix (moving it into main()) is unsafe, on a
// note (applied here with --fix-notes), also for an object a catalogued call
// returns (`auto pg = tao::pq::connection::create(...)`).
#include <aws/lambda-runtime/runtime.h>
#include <SQLiteCpp/SQLiteCpp.h>
#include <cppconn/driver.h>
#include <httplib.h>
#include <mongocxx/client.hpp>
#include <mongocxx/pool.hpp>
#include <mysql_driver.h>
#include <mysqlx/xdevapi.h>
#include <sw/redis++/redis++.h>
#include <tao/pq.hpp>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  sw::redis::Redis redis("tcp://127.0.0.1:6379");
  auto cluster = std::make_unique<sw::redis::RedisCluster>("tcp://127.0.0.1:7000");
  SQLite::Database db("/tmp/orders.db", SQLite::OPEN_READWRITE);
  httplib::Client http("http://example.com");
  httplib::SSLClient https("example.com", 443);
  return invocation_response::success("{}", "application/json");
}

// A pointer a call returns is released by hand: no fix.
static invocation_response by_call(invocation_request const &request) {
  sql::mysql::MySQL_Driver *driver = sql::mysql::get_mysql_driver_instance();
  std::unique_ptr<sql::Connection> my(driver->connect("tcp://db:3306", "u", "p"));
  sql::Connection *any = get_driver_instance()->connect("tcp://db:3306", "u", "p");
  mysqlx::Session session("mysqlx://u:p@db:33060/orders");
  auto pooled = mysqlx::getClient("mysqlx://u:p@db:33060/orders");
  auto pg = tao::pq::connection::create("dbname=orders");
  auto pg_pool = tao::pq::connection_pool::create("dbname=orders");
  mongocxx::client mongo{mongocxx::uri{"mongodb://db:27017"}};
  mongocxx::pool mongo_pool{mongocxx::uri{}};
  return invocation_response::success("{}", "application/json");
}

int main() {
  run_handler(handler);
  run_handler(by_call);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-28]]:20: warning: 'sw::redis::Redis' builds a Redis connection pool (redis-plus-plus) on every invocation of handler 'handler'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-29]]:20: note: unsafe fix: {{.*}}
// CHECK-MESSAGES: :[[@LINE-29]]:8: warning: 'sw::redis::RedisCluster' builds a Redis Cluster connection pool (redis-plus-plus) on every invocation of handler 'handler'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-31]]:20: note: moved to main() by the fix of the first one here
// CHECK-MESSAGES: :[[@LINE-30]]:20: warning: 'SQLite::Database' builds an SQLite connection (SQLiteCpp) on every invocation of handler 'handler'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-33]]:20: note: moved to main() by the fix of the first one here
// CHECK-MESSAGES: :[[@LINE-31]]:19: warning: 'httplib::Client' builds an HTTP client with its own keep-alive connection (cpp-httplib) on every invocation of handler 'handler'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-35]]:20: note: moved to main() by the fix of the first one here
// CHECK-MESSAGES: :[[@LINE-32]]:22: warning: 'httplib::SSLClient' builds an HTTPS client with its own TLS context and keep-alive connection (cpp-httplib) on every invocation of handler 'handler'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-37]]:20: note: moved to main() by the fix of the first one here
// CHECK-MESSAGES: :[[@LINE-27]]:39: warning: 'sql::mysql::MySQL_Driver::connect' builds a MySQL connection (MySQL Connector/C++) on every invocation of handler 'by_call'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-28]]:39: note: no fix: the handle it returns is released by hand; create and release it in main() instead
// CHECK-MESSAGES: :[[@LINE-28]]:20: warning: 'sql::Driver::connect' builds a MySQL connection (MySQL Connector/C++) on every invocation of handler 'by_call'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-29]]:20: note: no fix: the handle it returns is released by hand; create and release it in main() instead
// CHECK-MESSAGES: :[[@LINE-29]]:19: warning: 'mysqlx::Session' builds a MySQL X DevAPI session (MySQL Connector/C++) on every invocation of handler 'by_call'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-30]]:19: note: unsafe fix: {{.*}}
// CHECK-MESSAGES: :[[@LINE-30]]:8: warning: 'mysqlx::getClient' builds a MySQL X DevAPI session pool (MySQL Connector/C++) on every invocation of handler 'by_call'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-32]]:19: note: moved to main() by the fix of the first one here
// CHECK-MESSAGES: :[[@LINE-31]]:8: warning: 'tao::pq::connection::create' builds a PostgreSQL connection (taopq) on every invocation of handler 'by_call'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-34]]:19: note: moved to main() by the fix of the first one here
// CHECK-MESSAGES: :[[@LINE-32]]:8: warning: 'tao::pq::connection_pool::create' builds a PostgreSQL connection pool (taopq) on every invocation of handler 'by_call'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-36]]:19: note: moved to main() by the fix of the first one here
// CHECK-MESSAGES: :[[@LINE-33]]:20: warning: 'mongocxx::client' builds a MongoDB client with its own connections (mongocxx) on every invocation of handler 'by_call'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-38]]:19: note: moved to main() by the fix of the first one here
// CHECK-MESSAGES: :[[@LINE-34]]:18: warning: 'mongocxx::pool' builds a MongoDB connection pool (mongocxx) on every invocation of handler 'by_call'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-40]]:19: note: moved to main() by the fix of the first one here
