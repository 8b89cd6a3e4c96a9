#pragma once
#include <aws/dynamodb/DynamoDBClient.h>
#include <curl/curl.h>
#include <memory>
namespace app {
std::shared_ptr<Aws::DynamoDB::DynamoDBClient> make_ddb();
CURL *http();
inline Aws::Client::ClientConfiguration base_config() {
  Aws::Client::ClientConfiguration c;
  c.requestTimeoutMs = 2500;
  return c;
}
} // namespace app
