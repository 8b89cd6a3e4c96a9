#pragma once
#include <aws/s3/S3Client.h>

struct Clients {
  Aws::S3::S3Client s3;
};
