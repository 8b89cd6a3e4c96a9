// hoist's C++ runtime library: aws-lambda-cpp's public API
// (aws/lambda-runtime/runtime.h), written here, over the Lambda Runtime API,
// so a handler written for aws-lambda-cpp compiles unchanged and runs under
// hoist's reference runtime (or any Runtime API).
#pragma once

#include <chrono>
#include <functional>
#include <string>

namespace aws {
namespace lambda_runtime {

struct invocation_request {
  /// The event, as the caller sent it (JSON).
  std::string payload;
  std::string request_id;
  /// X-Ray trace id (Lambda-Runtime-Trace-Id).
  std::string xray_trace_id;
  /// The client context, JSON (mobile SDK callers); empty when none.
  std::string client_context;
  /// The Cognito identity, JSON; empty when none.
  std::string cognito_identity;
  std::string function_arn;
  std::chrono::time_point<std::chrono::system_clock> deadline;

  /// Time left before the function times out.
  std::chrono::milliseconds get_time_remaining() const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::system_clock::now());
  }
};

class invocation_response {
public:
  invocation_response(std::string const &payload, std::string const &content_type,
                      bool success)
      : m_payload(payload), m_content_type(content_type), m_success(success) {}

  /// A successful invocation's result.
  static invocation_response success(std::string const &payload,
                                     std::string const &content_type);
  /// A failed invocation: reported as {"errorMessage", "errorType", ...}.
  static invocation_response failure(std::string const &error_message,
                                     std::string const &error_type);

  std::string const &get_payload() const { return m_payload; }
  std::string const &get_content_type() const { return m_content_type; }
  bool is_success() const { return m_success; }

private:
  std::string m_payload;
  std::string m_content_type;
  bool m_success;
};

/// Serves invocations from AWS_LAMBDA_RUNTIME_API until the process ends:
/// for each event, calls `handler` and posts what it returns.
void run_handler(
    std::function<invocation_response(invocation_request const &)> const &handler);

} // namespace lambda_runtime
} // namespace aws
