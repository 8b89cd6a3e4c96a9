// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// The S3 transfer manager and the SDK's thread pool (issue 17):
// TransferManager::Create allocates its transfer buffers, and a
// PooledThreadExecutor starts its threads, on every invocation. Both are
// SDK objects, which move into main()'s block before run_handler safely;
// the transfer manager's configuration is no catalogued object and does not
// move, so neither does the manager built from it (a note says why).
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/transfer/TransferManager.h>

using namespace aws::lambda_runtime;

static invocation_response upload(invocation_request const &request) {
  auto executor = Aws::MakeShared<Aws::Utils::Threading::PooledThreadExecutor>("upload", 4);
  Aws::Transfer::TransferManagerConfiguration config(executor.get());
  auto transfer = Aws::Transfer::TransferManager::Create(config);
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(upload);
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-14]]:8: warning: 'Aws::Utils::Threading::PooledThreadExecutor' builds an SDK thread pool on every invocation of handler 'upload'; creating it starts its pool's threads, and destroying it joins them [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-13]]:8: warning: 'Aws::Transfer::TransferManager::Create' builds an S3 transfer manager on every invocation of handler 'upload'; creating it allocates its transfer buffers up front (transferBufferMaxHeapSize, 10 MB by default) [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-14]]:8: note: no fix: the declaration of 'transfer' uses 'config', which main() cannot see

// CHECK-FIXES: {{^}}static invocation_response upload(invocation_request const &request, std::shared_ptr<Aws::Utils::Threading::PooledThreadExecutor> &executor) {{{$}}
// CHECK-FIXES-NEXT: {{^}}  Aws::Transfer::TransferManagerConfiguration config(executor.get());
// CHECK-FIXES: {{^}}    auto executor = Aws::MakeShared<Aws::Utils::Threading::PooledThreadExecutor>("upload", 4);
