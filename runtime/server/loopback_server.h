#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include "http_connection.h"

namespace hoist::runtime {

/// What a server accepts, and how much of it at once.
struct ServerLimits {
  /// Connections served at once; more wait in the listen backlog until one
  /// ends (they are not refused).
  std::size_t max_connections = 1024;
  ConnectionTimeouts timeouts;
  std::size_t max_body = kMaxPayloadBytes;
};

/// Decides at accept time whether a connection is served; a refused one is
/// answered 403 with `refusal` (on a small budget of its own, so refused
/// clients never take the place of admitted ones) and closed.
struct Admission {
  std::function<bool(int fd)> admits;
  std::function<HttpResponse(const HttpRequest &, HttpConnection &)> refusal;
};

using RequestHandler =
    std::function<HttpResponse(const HttpRequest &, HttpConnection &)>;

/// An HTTP/1.1 server on 127.0.0.1 only, one thread per connection, with a
/// listen backlog of SOMAXCONN so bursts of clients wait instead of being
/// reset.
class LoopbackServer {
public:
  LoopbackServer(ServerLimits limits, RequestHandler handler,
                 Admission admission = {});
  ~LoopbackServer();
  LoopbackServer(const LoopbackServer &) = delete;
  LoopbackServer &operator=(const LoopbackServer &) = delete;

  /// Binds 127.0.0.1:`port` (0: any free port) and accepts on a thread.
  bool start(int port, std::string &error);
  /// Stops accepting, ends every connection, and waits for their threads.
  void stop();
  int port() const { return port_; }

private:
  void accept_loop();
  void serve(int fd, bool admitted);

  ServerLimits limits_;
  RequestHandler handler_;
  Admission admission_;
  int listener_ = -1;
  int wake_[2] = {-1, -1}; ///< a pipe that ends accept_loop's poll
  int port_ = 0;
  std::thread acceptor_;
  std::mutex stop_mutex_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::set<HttpConnection *> open_;
  std::size_t admitted_ = 0;
  std::size_t refused_ = 0;
  std::size_t threads_ = 0;
  bool stopping_ = false;
};

} // namespace hoist::runtime
