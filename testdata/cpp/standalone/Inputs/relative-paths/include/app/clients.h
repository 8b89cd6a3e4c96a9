// A helper of the project's own, found through a relative include path.
#pragma once
#include <aws/s3/S3Client.h>

namespace app {
inline Aws::S3::S3Client make_s3() { return Aws::S3::S3Client(); }
} // namespace app
