#pragma once

#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "invocation_broker.h"

namespace httplib {
class Server;
}

namespace hoist::runtime {

/// Lambda's limit on an invocation's request and response payloads.
constexpr std::size_t kMaxPayloadBytes = 6 * 1024 * 1024;

/// What the Runtime Interface Emulator's invoke endpoint answers.
struct InvokeReply {
  int status = 200;
  std::string body;
  std::string function_error; ///< X-Amz-Function-Error; empty on success
};
using InvokeEndpoint = std::function<InvokeReply(
    const std::string &event, const std::string &client_context)>;

/// The Lambda Runtime API (2018-06-01) served to a runtime process over
/// loopback only, and, when given, the emulator's invoke endpoint
/// `POST /2015-03-31/functions/function/invocations`.
class RuntimeApiServer {
public:
  RuntimeApiServer(InvocationBroker &broker, InvokeEndpoint invoke = {});
  ~RuntimeApiServer();
  RuntimeApiServer(const RuntimeApiServer &) = delete;
  RuntimeApiServer &operator=(const RuntimeApiServer &) = delete;

  /// Binds 127.0.0.1:`port` (0: any free port) and serves on a thread.
  /// Returns false, with `error` set, when the port cannot be bound.
  bool start(int port, std::string &error);
  void stop();
  int port() const { return port_; }
  /// host:port, the value of AWS_LAMBDA_RUNTIME_API.
  std::string address() const;

private:
  bool bind(int port, std::string &error);
  void route();

  InvocationBroker &broker_;
  InvokeEndpoint invoke_;
  std::unique_ptr<httplib::Server> http_;
  std::thread thread_;
  int port_ = 0;
};

} // namespace hoist::runtime
