#include "loopback_server.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <exception>

namespace hoist::runtime {
namespace {

// Refused clients are answered on their own small budget, quickly.
constexpr std::size_t kMaxRefusedAtOnce = 16;
constexpr ConnectionTimeouts kRefusedTimeouts{std::chrono::seconds(2),
                                              std::chrono::seconds(2),
                                              std::chrono::seconds(2)};

} // namespace

LoopbackServer::LoopbackServer(ServerLimits limits, RequestHandler handler,
                               Admission admission)
    : limits_(limits), handler_(std::move(handler)),
      admission_(std::move(admission)) {}

LoopbackServer::~LoopbackServer() { stop(); }

bool LoopbackServer::start(int port, std::string &error) {
  auto fail = [&](const std::string &why) {
    error = "cannot listen on 127.0.0.1:" + std::to_string(port) + " (" + why +
            ")";
    if (listener_ >= 0)
      ::close(listener_);
    listener_ = -1;
    return false;
  };
  listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (listener_ < 0)
    return fail(std::strerror(errno));
  int yes = 1;
  ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  // Loopback only: the runtime runs user code and must not be reachable.
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<uint16_t>(port));
  if (::bind(listener_, reinterpret_cast<sockaddr *>(&address), sizeof address))
    return fail(errno == EADDRINUSE ? "is the port in use?" : std::strerror(errno));
  if (::listen(listener_, SOMAXCONN))
    return fail(std::strerror(errno));
  socklen_t size = sizeof address;
  ::getsockname(listener_, reinterpret_cast<sockaddr *>(&address), &size);
  port_ = ntohs(address.sin_port);
  if (::pipe2(wake_, O_CLOEXEC))
    return fail(std::strerror(errno));
  acceptor_ = std::thread([this] { accept_loop(); });
  return true;
}

void LoopbackServer::accept_loop() {
  for (;;) {
    {
      // At the limit, wait for a connection to end: the others queue in the
      // backlog rather than being reset.
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] {
        return stopping_ || admitted_ < limits_.max_connections;
      });
      if (stopping_)
        return;
    }
    pollfd ready[2] = {{listener_, POLLIN, 0}, {wake_[0], POLLIN, 0}};
    if (::poll(ready, 2, -1) < 0 && errno != EINTR)
      return;
    if (ready[1].revents)
      return;
    if (!(ready[0].revents & POLLIN))
      continue;
    int fd = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0)
      continue;
    int yes = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    const bool admitted = !admission_.admits || admission_.admits(fd);
    std::lock_guard lock(mutex_);
    if (stopping_ || (!admitted && refused_ >= kMaxRefusedAtOnce)) {
      ::close(fd);
      continue;
    }
    ++(admitted ? admitted_ : refused_);
    ++threads_;
    std::thread([this, fd, admitted] { serve(fd, admitted); }).detach();
  }
}

void LoopbackServer::serve(int fd, bool admitted) {
  HttpConnection connection(fd, admitted ? limits_.timeouts : kRefusedTimeouts,
                            admitted ? limits_.max_body : 0);
  {
    std::lock_guard lock(mutex_);
    if (stopping_)
      connection.shut_down();
    open_.insert(&connection);
  }
  for (;;) {
    bool bad = false;
    auto request = connection.read_request(bad);
    if (!request) {
      if (bad) {
        HttpResponse response;
        response.status = 400;
        response.close = true;
        response.body =
            R"({"errorType":"BadRequest","errorMessage":"the request is not HTTP/1.1"})";
        connection.write(response);
      }
      break;
    }
    HttpResponse response;
    try {
      response = admitted ? handler_(*request, connection)
                          : admission_.refusal(*request, connection);
    } catch (const std::exception &error) {
      response.status = 500;
      response.close = true;
      response.body = R"({"errorType":"ServiceException","errorMessage":"the request failed"})";
    }
    if (!admitted || request->body_too_large ||
        request->header("Connection") == "close")
      response.close = true;
    if (!connection.write(response) || response.close)
      break;
  }
  std::lock_guard lock(mutex_);
  open_.erase(&connection);
  --(admitted ? admitted_ : refused_);
  --threads_;
  changed_.notify_all();
  // `connection` closes its socket as it goes out of scope, after the
  // count: stop() may return only once no thread touches this object.
}

void LoopbackServer::stop() {
  // A second caller returns only once the first has stopped everything.
  std::lock_guard stopping(stop_mutex_);
  {
    std::lock_guard lock(mutex_);
    if (stopping_ || listener_ < 0)
      return;
    stopping_ = true;
    for (HttpConnection *connection : open_)
      connection->shut_down();
    changed_.notify_all();
  }
  (void)!::write(wake_[1], "x", 1);
  if (acceptor_.joinable())
    acceptor_.join();
  {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return threads_ == 0; });
  }
  ::close(listener_);
  ::close(wake_[0]);
  ::close(wake_[1]);
  listener_ = -1;
}

} // namespace hoist::runtime
