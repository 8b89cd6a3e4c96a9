#pragma once
#include <aws/s3/S3Client.h>
#include <memory>

namespace helpers {
inline std::shared_ptr<Aws::S3::S3Client> make_client() {
  return std::make_shared<Aws::S3::S3Client>();
}
} // namespace helpers
