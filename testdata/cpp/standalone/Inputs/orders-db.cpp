// A C++ Lambda function that opens a PostgreSQL connection per invocation.
#include <aws/lambda-runtime/runtime.h>
#include <pqxx/pqxx>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  pqxx::connection db("dbname=orders");
  return invocation_response::success("{}", "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
