#include "runtime_api_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <regex>
#include <sys/socket.h>

#include <nlohmann/json.hpp>

#include "peer_socket.h"

namespace hoist::runtime {
namespace {

constexpr const char *kApi = "/2018-06-01/runtime";

// The Runtime API's error document for a request it refuses.
HttpResponse refusal(int status, const std::string &type,
                     const std::string &message) {
  HttpResponse response;
  response.status = status;
  response.body =
      nlohmann::json{{"errorType", type}, {"errorMessage", message}}.dump(
          -1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

HttpResponse accepted() {
  HttpResponse response;
  response.status = 202;
  response.body = R"({"status":"OK"})";
  return response;
}

// The error type of a reported error: the header when present, else the
// document's errorType.
std::string error_type_of(const HttpRequest &request) {
  std::string type = request.header("Lambda-Runtime-Function-Error-Type");
  if (!type.empty())
    return type;
  auto document = nlohmann::json::parse(request.body, nullptr, false);
  if (document.is_object() && document.contains("errorType") &&
      document["errorType"].is_string())
    return document["errorType"].get<std::string>();
  return "Unhandled";
}

std::string peer_of(int fd) {
  sockaddr_in peer{};
  socklen_t size = sizeof peer;
  if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &size))
    return "a closed connection";
  return "127.0.0.1:" + std::to_string(ntohs(peer.sin_port));
}

} // namespace

RuntimeApiServer::RuntimeApiServer(InvocationBroker &broker,
                                   Consumers consumers, Warn warn)
    : broker_(broker), consumers_(std::move(consumers)),
      warn_(std::move(warn)),
      // The runtime's connections idle while the handler runs (up to the
      // function timeout) and carry responses of any size to be judged.
      server_(ServerLimits{64, ConnectionTimeouts{}, kMaxPayloadBytes},
              [this](const HttpRequest &request, HttpConnection &connection) {
                return handle(request, connection);
              },
              Admission{[this](int fd) { return from_consumer(fd); },
                        [this](const HttpRequest &request,
                               HttpConnection &connection) {
                          warn_("refused " + request.method + " " +
                                request.path + " from " +
                                peer_of(connection.fd()) +
                                ": not a process of the execution "
                                "environment");
                          return refusal(403, "AccessDeniedException",
                                         "the Runtime API serves only the "
                                         "execution environment's processes");
                        }}) {}

bool RuntimeApiServer::from_consumer(int fd) const {
  const unsigned long inode = peer_socket_inode(fd);
  if (inode == 0)
    return false;
  for (pid_t pid : consumers_())
    if (holds_socket(pid, inode))
      return true;
  return false;
}

HttpResponse RuntimeApiServer::next(HttpConnection &connection) {
  auto invocation =
      broker_.next([&connection] { return connection.peer_closed(); });
  if (!invocation) {
    HttpResponse response = refusal(500, "Runtime.EnvironmentReset",
                                     "the execution environment was reset");
    response.close = true;
    return response;
  }
  HttpResponse response;
  const std::string id = invocation->request_id;
  if (connection.peer_closed()) {
    // Gone between taking the event and answering: the event waits for
    // the next /next.
    broker_.requeue(id);
    response.close = true;
    return response;
  }
  response.headers = {
      {"Lambda-Runtime-Aws-Request-Id", id},
      {"Lambda-Runtime-Deadline-Ms", std::to_string(invocation->deadline_ms)},
      {"Lambda-Runtime-Invoked-Function-Arn", invocation->function_arn},
      {"Lambda-Runtime-Trace-Id", invocation->trace_id}};
  if (!invocation->client_context.empty())
    response.headers.emplace_back("Lambda-Runtime-Client-Context",
                                  invocation->client_context);
  if (!invocation->cognito_identity.empty())
    response.headers.emplace_back("Lambda-Runtime-Cognito-Identity",
                                  invocation->cognito_identity);
  response.body = std::move(invocation->event);
  response.delivered = [this, id](bool written) {
    if (!written)
      broker_.requeue(id);
  };
  return response;
}

HttpResponse RuntimeApiServer::handle(const HttpRequest &request,
                                      HttpConnection &connection) {
  static const std::regex kInvocation(
      R"(/2018-06-01/runtime/invocation/([^/]+)/(response|error))");
  const std::string api = kApi;
  std::smatch match;
  if (request.method == "GET" && request.path == api + "/invocation/next")
    return next(connection);
  if (request.method == "POST" &&
      std::regex_match(request.path, match, kInvocation)) {
    const std::string id = match[1];
    const bool response = match[2] == "response";
    Outcome outcome{response, request.body,
                    response ? std::string() : error_type_of(request)};
    if (request.body_too_large) {
      outcome = {false,
                 nlohmann::json{{"errorMessage",
                                 "Response payload size exceeded maximum "
                                 "allowed payload size (" +
                                     std::to_string(kMaxPayloadBytes) +
                                     " bytes)."},
                                {"errorType", "Function.ResponseSizeTooLarge"}}
                     .dump(),
                 "Function.ResponseSizeTooLarge"};
    }
    if (!broker_.complete(id, std::move(outcome)))
      return refusal(400, "InvalidRequestID",
                     "no invocation in flight has request id " + id);
    if (request.body_too_large)
      return refusal(413, "RequestEntityTooLarge",
                     "the response is larger than " +
                         std::to_string(kMaxPayloadBytes) + " bytes");
    return accepted();
  }
  if (request.method == "POST" && request.path == api + "/init/error") {
    if (!broker_.init_error({false, request.body, error_type_of(request)}))
      return refusal(403, "InvalidStateTransition",
                     "an init error is accepted during INIT only, once");
    return accepted();
  }
  return refusal(404, "NotFound",
                 "no Runtime API endpoint " + request.method + " " +
                     request.path);
}

bool RuntimeApiServer::start(std::string &error) {
  return server_.start(0, error);
}

void RuntimeApiServer::stop() {
  broker_.close();
  server_.stop();
}

std::string RuntimeApiServer::address() const {
  return "127.0.0.1:" + std::to_string(server_.port());
}

} // namespace hoist::runtime
