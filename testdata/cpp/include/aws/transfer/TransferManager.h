#pragma once
#include <memory>
#include <aws/core/utils/threading/Executor.h>
#include <aws/s3/S3Client.h>

namespace Aws {
namespace Transfer {
struct TransferManagerConfiguration {
  TransferManagerConfiguration(Aws::Utils::Threading::Executor *executor);
  std::shared_ptr<Aws::S3::S3Client> s3Client;
  Aws::Utils::Threading::Executor *transferExecutor = nullptr;
};
class TransferManager : public std::enable_shared_from_this<TransferManager> {
public:
  static std::shared_ptr<TransferManager>
  Create(const TransferManagerConfiguration &config);
  ~TransferManager();
};
} // namespace Transfer
} // namespace Aws
