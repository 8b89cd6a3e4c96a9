static invocation_response handler(invocation_request const &req) {
  Aws::S3::S3Client s3;
  return invocation_response::success("ok", "text/plain");
}
