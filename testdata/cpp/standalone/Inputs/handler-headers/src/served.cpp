#include <aws/dynamodb/DynamoDBClient.h>
#include <app/serve.h>

static app::Response orders(app::Request const &request) {
  Aws::DynamoDB::DynamoDBClient db;
  return app::Response::success("{}", "application/json");
}

int main() { return app::serve(orders); }
