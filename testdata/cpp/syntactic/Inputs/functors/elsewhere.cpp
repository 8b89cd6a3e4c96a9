#include <aws/lambda-runtime/runtime.h>
#include <app/handler.h>

using namespace aws::lambda_runtime;

// A functor whose class a header defines: the syntactic mode cannot see
// what it runs, and says so.
int main() {
  run_handler(app::Handler{});
  return 0;
}
