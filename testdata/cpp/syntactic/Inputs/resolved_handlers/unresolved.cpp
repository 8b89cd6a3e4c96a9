#include <aws/lambda-runtime/runtime.h>
#include <functional>
using namespace aws::lambda_runtime;

using Handler = std::function<invocation_response(invocation_request const &)>;
Handler handler_from_elsewhere(); // defined in another translation unit

static void serve(Handler const &f) {
  run_handler(f);
}

int main() { serve(handler_from_elsewhere()); }
