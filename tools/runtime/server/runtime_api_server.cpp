#include "runtime_api_server.h"

#include <chrono>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace hoist::runtime {
namespace {

constexpr const char *kApi = "/2018-06-01/runtime";
constexpr const char *kJson = "application/json";

// The Runtime API's error document for a request it refuses.
void refuse(httplib::Response &response, int status, const std::string &type,
            const std::string &message) {
  response.status = status;
  response.set_content(
      nlohmann::json{{"errorType", type}, {"errorMessage", message}}.dump(),
      kJson);
}

// The error type of a reported error: the header when present, else the
// document's errorType.
std::string error_type_of(const httplib::Request &request) {
  std::string type =
      request.get_header_value("Lambda-Runtime-Function-Error-Type");
  if (!type.empty())
    return type;
  auto document = nlohmann::json::parse(request.body, nullptr, false);
  if (document.is_object() && document.contains("errorType") &&
      document["errorType"].is_string())
    return document["errorType"].get<std::string>();
  return "Unhandled";
}

// The Invoke API carries the client context base64-encoded; the Runtime API
// hands it to the runtime as JSON. Text that is not base64 passes unchanged.
std::string decode_client_context(const std::string &text) {
  static const std::string kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : text) {
    if (c == '=')
      break;
    auto value = kAlphabet.find(c);
    if (value == std::string::npos)
      return text;
    buffer = (buffer << 6) | static_cast<unsigned>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xff);
    }
  }
  return out;
}

} // namespace

RuntimeApiServer::RuntimeApiServer(InvocationBroker &broker,
                                   InvokeEndpoint invoke)
    : broker_(broker), invoke_(std::move(invoke)),
      http_(std::make_unique<httplib::Server>()) {
  route();
}

RuntimeApiServer::~RuntimeApiServer() { stop(); }

void RuntimeApiServer::route() {
  // Responses over the limit are refused with the outcome Lambda gives;
  // much larger bodies are cut off by the server itself.
  http_->set_payload_max_length(8 * kMaxPayloadBytes);
  http_->set_keep_alive_max_count(1000000);
  http_->set_tcp_nodelay(true);

  http_->Get(std::string(kApi) + "/invocation/next",
             [this](const httplib::Request &, httplib::Response &response) {
               auto invocation = broker_.next();
               if (!invocation) {
                 refuse(response, 500, "Runtime.EnvironmentReset",
                        "the execution environment was reset");
                 return;
               }
               response.set_header("Lambda-Runtime-Aws-Request-Id",
                                   invocation->request_id);
               response.set_header("Lambda-Runtime-Deadline-Ms",
                                   std::to_string(invocation->deadline_ms));
               response.set_header("Lambda-Runtime-Invoked-Function-Arn",
                                   invocation->function_arn);
               response.set_header("Lambda-Runtime-Trace-Id",
                                   invocation->trace_id);
               if (!invocation->client_context.empty())
                 response.set_header("Lambda-Runtime-Client-Context",
                                     invocation->client_context);
               if (!invocation->cognito_identity.empty())
                 response.set_header("Lambda-Runtime-Cognito-Identity",
                                     invocation->cognito_identity);
               response.set_content(invocation->event, kJson);
             });

  http_->Post(
      std::string(kApi) + R"(/invocation/([^/]+)/response)",
      [this](const httplib::Request &request, httplib::Response &response) {
        const std::string id = request.matches[1];
        Outcome outcome{true, request.body, {}};
        int status = 202;
        if (request.body.size() > kMaxPayloadBytes) {
          outcome = {false,
                     nlohmann::json{
                         {"errorMessage",
                          "Response payload size exceeded maximum "
                          "allowed payload size (" +
                              std::to_string(kMaxPayloadBytes) + " bytes)."},
                         {"errorType", "Function.ResponseSizeTooLarge"}}
                         .dump(),
                     "Function.ResponseSizeTooLarge"};
          status = 413;
        }
        if (!broker_.complete(id, std::move(outcome))) {
          refuse(response, 400, "InvalidRequestID",
                 "no invocation in flight has request id " + id);
          return;
        }
        if (status == 413) {
          refuse(response, 413, "RequestEntityTooLarge",
                 "the response is larger than 6291456 bytes");
          return;
        }
        response.status = status;
        response.set_content(R"({"status":"OK"})", kJson);
      });

  http_->Post(
      std::string(kApi) + R"(/invocation/([^/]+)/error)",
      [this](const httplib::Request &request, httplib::Response &response) {
        const std::string id = request.matches[1];
        if (!broker_.complete(id,
                              {false, request.body, error_type_of(request)})) {
          refuse(response, 400, "InvalidRequestID",
                 "no invocation in flight has request id " + id);
          return;
        }
        response.status = 202;
        response.set_content(R"({"status":"OK"})", kJson);
      });

  http_->Post(
      std::string(kApi) + "/init/error",
      [this](const httplib::Request &request, httplib::Response &response) {
        broker_.init_error({false, request.body, error_type_of(request)});
        response.status = 202;
        response.set_content(R"({"status":"OK"})", kJson);
      });

  if (invoke_)
    http_->Post(
        "/2015-03-31/functions/function/invocations",
        [this](const httplib::Request &request, httplib::Response &response) {
          if (request.body.size() > kMaxPayloadBytes) {
            refuse(response, 413, "RequestEntityTooLargeException",
                   "Request must be smaller than " +
                       std::to_string(kMaxPayloadBytes) +
                       " bytes for the InvokeFunction operation");
            return;
          }
          InvokeReply reply =
              invoke_(request.body,
                      decode_client_context(
                          request.get_header_value("X-Amz-Client-Context")));
          response.status = reply.status;
          if (!reply.function_error.empty())
            response.set_header("X-Amz-Function-Error", reply.function_error);
          response.set_content(reply.body, kJson);
        });

  // For errors the server raises itself (no route, a body over its limit);
  // the routes' own refusals already carry their document.
  http_->set_error_handler([](const httplib::Request &request,
                              httplib::Response &response) {
    if (!response.body.empty())
      return;
    if (response.status == 404)
      refuse(response, 404, "NotFound",
             "no Runtime API endpoint " + request.method + " " + request.path);
    else if (response.status == 413)
      refuse(response, 413, "RequestEntityTooLarge",
             "the request body is too large");
    else
      refuse(response, response.status, "BadRequest",
             "the request could not be served");
  });
}

bool RuntimeApiServer::bind(int port, std::string &error) {
  // Loopback only: the runtime runs user code and must not be reachable.
  if (port == 0) {
    port_ = http_->bind_to_any_port("127.0.0.1");
    if (port_ > 0)
      return true;
  } else if (http_->bind_to_port("127.0.0.1", port)) {
    port_ = port;
    return true;
  }
  error = "cannot listen on 127.0.0.1:" + std::to_string(port) +
          " (is the port in use?)";
  return false;
}

bool RuntimeApiServer::start(int port, std::string &error) {
  if (!bind(port, error))
    return false;
  thread_ = std::thread([this] { http_->listen_after_bind(); });
  // stop() only ends a loop that is running: wait for it, so that a stop
  // right after start cannot leave the thread blocked in accept().
  while (!http_->is_running())
    std::this_thread::sleep_for(std::chrono::microseconds(100));
  return true;
}

void RuntimeApiServer::stop() {
  broker_.close();
  http_->stop();
  if (thread_.joinable())
    thread_.join();
}

std::string RuntimeApiServer::address() const {
  return "127.0.0.1:" + std::to_string(port_);
}

} // namespace hoist::runtime
