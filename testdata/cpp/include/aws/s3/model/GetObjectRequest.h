#pragma once
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace S3 {
namespace Model {
class GetObjectRequest {
public:
  GetObjectRequest &WithBucket(const Aws::String &bucket) { return *this; }
  GetObjectRequest &WithKey(const Aws::String &key) { return *this; }
};
class GetObjectOutcome {
public:
  bool IsSuccess() const;
};
} // namespace Model
} // namespace S3
} // namespace Aws
