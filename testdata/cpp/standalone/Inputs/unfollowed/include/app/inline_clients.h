#pragma once
#include <aws/s3/S3Client.h>
namespace app {
inline Aws::S3::S3Client make_s3() { return Aws::S3::S3Client(); }
}
