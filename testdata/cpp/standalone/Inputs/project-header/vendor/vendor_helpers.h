#pragma once
#include <aws/sqs/SQSClient.h>

inline void vendor_count() { Aws::SQS::SQSClient vendored; }
