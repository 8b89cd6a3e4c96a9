#pragma once
#include <aws/core/client/ClientConfiguration.h>

namespace Aws {
namespace SQS {
class SQSClient {
public:
  explicit SQSClient(const Aws::Client::ClientConfiguration &clientConfiguration =
                         Aws::Client::ClientConfiguration());
  virtual ~SQSClient();
};
} // namespace SQS
} // namespace Aws
