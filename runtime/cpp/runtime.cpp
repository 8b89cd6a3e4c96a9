#include "aws/lambda-runtime/runtime.h"
#include "hoist/construction_log.h"

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace aws {
namespace lambda_runtime {
namespace {

constexpr const char *kApi = "/2018-06-01/runtime";

std::string error_document(std::string const &message, std::string const &type) {
  return nlohmann::json{{"errorMessage", message},
                        {"errorType", type},
                        {"stackTrace", nlohmann::json::array()}}
      .dump();
}

// Reports what cannot go on (no Runtime API, a refused INIT) and ends the
// process, as aws-lambda-cpp does.
[[noreturn]] void give_up(std::string const &why) {
  std::fprintf(stderr, "[ERROR] aws-lambda-runtime: %s\n", why.c_str());
  std::exit(1);
}

// The invocation in flight, for the construction log; empty during INIT.
std::mutex phase_mutex;
std::string current_request_id;

void set_phase(const std::string &request_id) {
  std::lock_guard<std::mutex> lock(phase_mutex);
  current_request_id = request_id;
}

} // namespace

invocation_response invocation_response::success(std::string const &payload,
                                                 std::string const &content_type) {
  return {payload, content_type, true};
}

invocation_response invocation_response::failure(std::string const &error_message,
                                                 std::string const &error_type) {
  return {error_document(error_message, error_type), "application/json", false};
}

void run_handler(
    std::function<invocation_response(invocation_request const &)> const &handler) {
  const char *address = std::getenv("AWS_LAMBDA_RUNTIME_API");
  if (!address || !*address)
    give_up("AWS_LAMBDA_RUNTIME_API is not set; run under a Lambda runtime");
  httplib::Client api(std::string("http://") + address);
  api.set_keep_alive(true);
  api.set_tcp_nodelay(true);
  // /next waits for the next event for as long as the environment lives.
  api.set_read_timeout(24 * 60 * 60, 0);

  for (;;) {
    auto next = api.Get((std::string(kApi) + "/invocation/next").c_str());
    if (!next || next->status != 200)
      give_up("GET /invocation/next failed" +
              (next ? " with HTTP " + std::to_string(next->status) : std::string()));
    invocation_request request;
    request.payload = next->body;
    request.request_id = next->get_header_value("Lambda-Runtime-Aws-Request-Id");
    request.xray_trace_id = next->get_header_value("Lambda-Runtime-Trace-Id");
    request.client_context = next->get_header_value("Lambda-Runtime-Client-Context");
    request.cognito_identity = next->get_header_value("Lambda-Runtime-Cognito-Identity");
    request.function_arn = next->get_header_value("Lambda-Runtime-Invoked-Function-Arn");
    const std::string deadline = next->get_header_value("Lambda-Runtime-Deadline-Ms");
    request.deadline = std::chrono::system_clock::time_point(
        std::chrono::milliseconds(std::strtoll(deadline.c_str(), nullptr, 10)));
    if (!request.xray_trace_id.empty())
      setenv("_X_AMZN_TRACE_ID", request.xray_trace_id.c_str(), 1);
    set_phase(request.request_id);

    invocation_response response = handler(request);
    const std::string base = std::string(kApi) + "/invocation/" + request.request_id;
    if (response.is_success()) {
      api.Post((base + "/response").c_str(), response.get_payload(),
               response.get_content_type().c_str());
    } else {
      std::string type = "Unhandled";
      auto document = nlohmann::json::parse(response.get_payload(), nullptr, false);
      if (document.is_object() && document.contains("errorType") &&
          document["errorType"].is_string())
        type = document["errorType"].get<std::string>();
      httplib::Headers headers = {{"Lambda-Runtime-Function-Error-Type", type}};
      api.Post((base + "/error").c_str(), headers, response.get_payload(),
               "application/json");
    }
  }
}

} // namespace lambda_runtime
} // namespace aws

extern "C" void hoist_record_construction(const char *api) {
  const char *log = std::getenv("HOIST_CONSTRUCTION_LOG");
  if (!log || !*log || !api)
    return;
  std::string request_id;
  {
    std::lock_guard<std::mutex> lock(aws::lambda_runtime::phase_mutex);
    request_id = aws::lambda_runtime::current_request_id;
  }
  nlohmann::json entry = {{"api", api},
                          {"phase", request_id.empty() ? "init" : "invoke"},
                          {"request_id", request_id.empty() ? nlohmann::json() : nlohmann::json(request_id)},
                          {"file", ""},
                          {"line", 0},
                          {"function", ""}};
  // One line per construction, appended at once: a process that dies keeps
  // what it recorded.
  if (std::FILE *out = std::fopen(log, "a")) {
    std::fputs((entry.dump() + "\n").c_str(), out);
    std::fclose(out);
  }
}
