// Functions the file declares and another translation unit, or a C file,
// defines: the handler's calls of them are not followed, in either mode.
#include <aws/lambda-runtime/runtime.h>
#include <string>

using namespace aws::lambda_runtime;

namespace app {
std::string compute(const std::string &payload); // defined in compute.cpp
}
extern "C" int audit(const char *payload); // defined in audit.c

static invocation_response my_handler(invocation_request const &request) {
  audit(request.payload.c_str());
  return invocation_response::success(app::compute(request.payload),
                                      "application/json");
}

int main() {
  run_handler(my_handler);
  return 0;
}
