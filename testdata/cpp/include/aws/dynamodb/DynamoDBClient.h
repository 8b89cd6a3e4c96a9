#pragma once
#include <aws/core/client/ClientConfiguration.h>

namespace Aws {
namespace DynamoDB {
class DynamoDBClient {
public:
  explicit DynamoDBClient(const Aws::Client::ClientConfiguration &clientConfiguration =
                              Aws::Client::ClientConfiguration());
  virtual ~DynamoDBClient();
};
} // namespace DynamoDB
} // namespace Aws
