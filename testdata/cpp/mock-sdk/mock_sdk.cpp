// Definitions for the mock AWS SDK for C++ headers (testdata/cpp/include), so
// that a handler written against the SDK links and runs under hoist's
// reference runtime. The real SDK cannot be used here (nothing may reach
// AWS); each constructor only reports itself to the runtime's construction
// log, which is what `hoist verify` counts.
#include <aws/core/Aws.h>
#include <aws/core/auth/AWSCredentialsProvider.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/s3/S3Client.h>
#include <aws/sqs/SQSClient.h>
#include <hoist/construction_log.h>

namespace Aws {

void InitAPI(const SDKOptions &) { hoist_record_construction("Aws::InitAPI"); }
void ShutdownAPI(const SDKOptions &) { hoist_record_construction("Aws::ShutdownAPI"); }

namespace Client {
ClientConfiguration::ClientConfiguration() {
  hoist_record_construction("Aws::Client::ClientConfiguration");
  region = "us-east-1";
}
ClientConfiguration::ClientConfiguration(const char *) : ClientConfiguration() {}
} // namespace Client

namespace Auth {
AWSCredentials::AWSCredentials() = default;
AWSCredentials::AWSCredentials(const Aws::String &, const Aws::String &) {}
SimpleAWSCredentialsProvider::SimpleAWSCredentialsProvider(const Aws::String &,
                                                           const Aws::String &) {
  hoist_record_construction("Aws::Auth::SimpleAWSCredentialsProvider");
}
AWSCredentials SimpleAWSCredentialsProvider::GetAWSCredentials() { return {}; }
AWSCredentials EnvironmentAWSCredentialsProvider::GetAWSCredentials() { return {}; }
DefaultAWSCredentialsProviderChain::DefaultAWSCredentialsProviderChain() {
  hoist_record_construction("Aws::Auth::DefaultAWSCredentialsProviderChain");
}
AWSCredentials DefaultAWSCredentialsProviderChain::GetAWSCredentials() { return {}; }
} // namespace Auth

namespace S3 {
// (Its base constructor records an Aws::Client::ClientConfiguration too.)
S3ClientConfiguration::S3ClientConfiguration() {
  hoist_record_construction("Aws::S3::S3ClientConfiguration");
}
S3Client::S3Client(const Aws::Client::ClientConfiguration &) {
  hoist_record_construction("Aws::S3::S3Client");
}
S3Client::S3Client(const Aws::S3::S3ClientConfiguration &) {
  hoist_record_construction("Aws::S3::S3Client");
}
S3Client::S3Client(const std::shared_ptr<Aws::Auth::AWSCredentialsProvider> &,
                   const Aws::Client::ClientConfiguration &) {
  hoist_record_construction("Aws::S3::S3Client");
}
S3Client::~S3Client() = default;
Model::GetObjectOutcome S3Client::GetObject(const Model::GetObjectRequest &) const {
  return {};
}
namespace Model {
bool GetObjectOutcome::IsSuccess() const { return true; }
} // namespace Model
} // namespace S3

namespace DynamoDB {
DynamoDBClient::DynamoDBClient(const Aws::Client::ClientConfiguration &) {
  hoist_record_construction("Aws::DynamoDB::DynamoDBClient");
}
DynamoDBClient::~DynamoDBClient() = default;
} // namespace DynamoDB

namespace SQS {
SQSClient::SQSClient(const Aws::Client::ClientConfiguration &) {
  hoist_record_construction("Aws::SQS::SQSClient");
}
SQSClient::~SQSClient() = default;
} // namespace SQS

} // namespace Aws
