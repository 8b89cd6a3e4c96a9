// No handler here: the syntactic mode does not even parse it.
#include <aws/s3/S3Client.h>
void upload() { Aws::S3::S3Client client; }
