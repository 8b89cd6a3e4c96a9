#pragma once

#include <functional>
#include <string>
#include <sys/types.h>
#include <vector>

#include "invocation_broker.h"
#include "loopback_server.h"

namespace hoist::runtime {

/// The processes allowed to use the Runtime API: the environment's own.
using Consumers = std::function<std::vector<pid_t>()>;
/// Where the server reports what it refused.
using Warn = std::function<void(const std::string &)>;

/// The Lambda Runtime API (2018-06-01), served on an ephemeral loopback port
/// to the execution environment's processes only: a connection whose client
/// socket no consumer holds open is refused (403, and a warning), before it
/// can take a thread or read a byte of an event.
class RuntimeApiServer {
public:
  RuntimeApiServer(InvocationBroker &broker, Consumers consumers, Warn warn);
  RuntimeApiServer(const RuntimeApiServer &) = delete;
  RuntimeApiServer &operator=(const RuntimeApiServer &) = delete;

  /// Binds 127.0.0.1 on a free port and serves on a thread.
  bool start(std::string &error);
  void stop();
  int port() const { return server_.port(); }
  /// host:port, the value of AWS_LAMBDA_RUNTIME_API.
  std::string address() const;

private:
  HttpResponse handle(const HttpRequest &request, HttpConnection &connection);
  HttpResponse next(HttpConnection &connection);
  bool from_consumer(int fd) const;

  InvocationBroker &broker_;
  Consumers consumers_;
  Warn warn_;
  LoopbackServer server_;
};

} // namespace hoist::runtime
