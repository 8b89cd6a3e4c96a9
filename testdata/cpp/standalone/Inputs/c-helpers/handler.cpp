#include <aws/lambda-runtime/runtime.h>
#include <sqlite3.h>
#include "db.h"

using namespace aws::lambda_runtime;

extern "C" sqlite3 *open_cache(const char *path) {
  sqlite3 *cache = nullptr;
  sqlite3_open(path, &cache);
  return cache;
}

static invocation_response my_handler(invocation_request const &request) {
  struct pg_conn *orders = open_db("dbname=orders");
  sqlite3 *cache = open_cache("/tmp/cache.db");
  return invocation_response::success("{}", "application/json");
}

int main() {
  run_handler(my_handler);
  return 0;
}
