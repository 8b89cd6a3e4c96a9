#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace Auth {
class AWSCredentials {
public:
  AWSCredentials();
  AWSCredentials(const Aws::String &accessKeyId, const Aws::String &secretKey);
};

class AWSCredentialsProvider {
public:
  virtual ~AWSCredentialsProvider() = default;
  virtual AWSCredentials GetAWSCredentials() = 0;
};

class SimpleAWSCredentialsProvider : public AWSCredentialsProvider {
public:
  SimpleAWSCredentialsProvider(const Aws::String &accessKeyId, const Aws::String &secretKey);
  AWSCredentials GetAWSCredentials() override;
};

class EnvironmentAWSCredentialsProvider : public AWSCredentialsProvider {
public:
  AWSCredentials GetAWSCredentials() override;
};

class DefaultAWSCredentialsProviderChain : public AWSCredentialsProvider {
public:
  DefaultAWSCredentialsProviderChain();
  AWSCredentials GetAWSCredentials() override;
};
} // namespace Auth
} // namespace Aws
