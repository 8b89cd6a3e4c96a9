#include "app/clients.h"
namespace app {
std::shared_ptr<Aws::DynamoDB::DynamoDBClient> make_ddb() {
  return std::make_shared<Aws::DynamoDB::DynamoDBClient>(base_config());
}
CURL *http() { return curl_easy_init(); }
} // namespace app
