#include "cpp/lambda_runtime_api.h"

#include <algorithm>
#include <array>

namespace hoist::cpp {

bool lambda_runtime_api(std::string_view qualified) {
  // aws-lambda-cpp's headers (runtime.h, outcome.h, version.h, logging.h,
  // http/response.h), in its releases from 0.1 on.
  static constexpr std::array<std::string_view, 18> kDeclared{
      "aws::lambda_runtime::invocation_request",
      "aws::lambda_runtime::invocation_response",
      "aws::lambda_runtime::no_result",
      "aws::lambda_runtime::runtime",
      "aws::lambda_runtime::outcome",
      "aws::lambda_runtime::run_handler",
      "aws::lambda_runtime::handler_t",
      "aws::lambda_runtime::get_version",
      "aws::lambda_runtime::get_version_major",
      "aws::lambda_runtime::get_version_minor",
      "aws::lambda_runtime::get_version_patch",
      "aws::logging::verbosity",
      "aws::logging::log",
      "aws::logging::log_error",
      "aws::logging::log_info",
      "aws::logging::log_debug",
      "aws::http::response",
      "aws::http::response_code"};
  return std::any_of(kDeclared.begin(), kDeclared.end(),
                     [&](std::string_view declared) {
                       return qualified.substr(0, declared.size()) == declared &&
                              (qualified.size() == declared.size() ||
                               qualified.substr(declared.size(), 2) == "::");
                     });
}

} // namespace hoist::cpp
