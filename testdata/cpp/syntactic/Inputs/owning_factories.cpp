#include <aws/lambda-runtime/runtime.h>
#include <libpq-fe.h>
#include <tao/pq.hpp>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  auto pg = tao::pq::connection::create("dbname=orders");
  PGconn *raw = PQconnectdb("dbname=orders");
  PQfinish(raw);
  return invocation_response::success("{}", "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
