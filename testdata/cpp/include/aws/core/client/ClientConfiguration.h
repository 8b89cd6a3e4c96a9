#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace Client {
struct ClientConfiguration {
  ClientConfiguration();
  explicit ClientConfiguration(const char *profileName);
  Aws::String region;
  Aws::String endpointOverride;
  long requestTimeoutMs = 3000;
  long connectTimeoutMs = 1000;
  unsigned maxConnections = 25;
};
} // namespace Client
} // namespace Aws
