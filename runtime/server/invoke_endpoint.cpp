#include "invoke_endpoint.h"

#include <algorithm>
#include <cctype>
#include <regex>

#include <nlohmann/json.hpp>

namespace hoist::runtime {
namespace {

// A client that sends its request head slower than this, or idles longer
// between requests, is dropped; it cannot hold a connection for long.
constexpr ConnectionTimeouts kTimeouts{std::chrono::seconds(10),
                                       std::chrono::seconds(10),
                                       std::chrono::seconds(5)};
constexpr std::size_t kMaxConnections = 1024;

HttpResponse error_reply(int status, const std::string &type,
                         const std::string &message) {
  HttpResponse response;
  response.status = status;
  response.headers = {{"X-Amzn-ErrorType", type}};
  response.body =
      nlohmann::json{{"errorType", type}, {"errorMessage", message}}.dump(
          -1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

std::string lowercase(std::string text) {
  for (char &c : text)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
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

InvokeEndpoint::InvokeEndpoint(InvokeFunction invoke, std::size_t max_waiting)
    : invoke_(std::move(invoke)), max_waiting_(max_waiting),
      server_(ServerLimits{kMaxConnections, kTimeouts, kMaxPayloadBytes},
              [this](const HttpRequest &request, HttpConnection &) {
                return handle(request);
              }) {}

HttpResponse InvokeEndpoint::handle(const HttpRequest &request) {
  static const std::regex kInvocations(
      R"(/2015-03-31/functions/[^/]+/invocations)");
  if (!std::regex_match(request.path, kInvocations))
    return error_reply(404, "ResourceNotFoundException",
                       "no endpoint " + request.method + " " + request.path +
                           "; invoke with POST "
                           "/2015-03-31/functions/function/invocations");
  if (request.method != "POST")
    return error_reply(405, "MethodNotAllowed",
                       "invoke with POST, not " + request.method);
  // A web page can make the user's browser send a request here, or reach
  // it by DNS rebinding; browsers name the page in Origin and the host
  // they think they talk to in Host.
  if (request.has_header("Origin"))
    return error_reply(403, "AccessDeniedException",
                       "requests from web pages (with an 'Origin' header) "
                       "may not invoke the function");
  const std::string host = lowercase(request.header("Host"));
  const std::string port = ":" + std::to_string(server_.port());
  if (host != "127.0.0.1" + port && host != "localhost" + port)
    return error_reply(403, "AccessDeniedException",
                       "the Host must be 127.0.0.1" + port + " or localhost" +
                           port + ", not '" + request.header("Host") + "'");
  // The content types a page may post without asking first, other than the
  // form encoding curl -d uses.
  const std::string type = lowercase(request.header("Content-Type"));
  if (type.rfind("text/plain", 0) == 0 ||
      type.rfind("multipart/form-data", 0) == 0)
    return error_reply(415, "UnsupportedMediaTypeException",
                       "the content type '" + request.header("Content-Type") +
                           "' is refused (a browser form's); send the event "
                           "as application/json");
  if (request.body_too_large)
    return error_reply(413, "RequestEntityTooLargeException",
                       "Request must be smaller than " +
                           std::to_string(kMaxPayloadBytes) +
                           " bytes for the InvokeFunction operation");
  struct Count {
    std::atomic<std::size_t> &count;
    ~Count() { --count; }
  } counted{invoking_};
  if (++invoking_ > max_waiting_ + 1)
    return error_reply(429, "TooManyRequestsException",
                       "Rate Exceeded. (more than " +
                           std::to_string(max_waiting_) +
                           " invocations are waiting)");
  InvokeReply reply = invoke_(
      request.body, decode_client_context(request.header("X-Amz-Client-Context")));
  HttpResponse response;
  response.status = reply.status;
  if (!reply.function_error.empty())
    response.headers.emplace_back("X-Amz-Function-Error", reply.function_error);
  response.body = std::move(reply.body);
  return response;
}

bool InvokeEndpoint::start(int port, std::string &error) {
  return server_.start(port, error);
}

void InvokeEndpoint::stop() { server_.stop(); }

std::string InvokeEndpoint::address() const {
  return "127.0.0.1:" + std::to_string(server_.port());
}

} // namespace hoist::runtime
