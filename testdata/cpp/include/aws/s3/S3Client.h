#pragma once
#include <memory>

#include <aws/core/auth/AWSCredentialsProvider.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/s3/model/GetObjectRequest.h>

namespace Aws {
namespace S3 {
// SDK >= 1.11: each service's own configuration, built as its base is.
struct S3ClientConfiguration : Aws::Client::ClientConfiguration {
  S3ClientConfiguration();
  bool useVirtualAddressing = true;
};

class S3Client {
public:
  explicit S3Client(const Aws::Client::ClientConfiguration &clientConfiguration =
                        Aws::Client::ClientConfiguration());
  explicit S3Client(const Aws::S3::S3ClientConfiguration &clientConfiguration);
  S3Client(const std::shared_ptr<Aws::Auth::AWSCredentialsProvider> &credentialsProvider,
           const Aws::Client::ClientConfiguration &clientConfiguration =
               Aws::Client::ClientConfiguration());
  virtual ~S3Client();
  Model::GetObjectOutcome GetObject(const Model::GetObjectRequest &request) const;
  // (AWSClient's: points the client at another endpoint.)
  void OverrideEndpoint(const Aws::String &endpoint);
};
} // namespace S3
} // namespace Aws
