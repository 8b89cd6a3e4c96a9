#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hoist::runtime {

/// Lambda's limit on an invocation's request and response payloads.
constexpr std::size_t kMaxPayloadBytes = 6 * 1024 * 1024;

/// How long a connection may take: a client that sends its request slower
/// than this (slowloris) or idles longer between requests is dropped. Zero:
/// no limit (the runtime's own connection idles while the handler runs).
struct ConnectionTimeouts {
  std::chrono::milliseconds head{0};       ///< the whole request line and headers
  std::chrono::milliseconds body_idle{0};  ///< between reads of the body
  std::chrono::milliseconds keep_alive{0}; ///< idle between requests
};

struct HttpRequest {
  std::string method;
  std::string path; ///< without the query
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  /// The body was longer than the limit and was read and dropped.
  bool body_too_large = false;
  /// The value of `name` (case-insensitive); empty when absent.
  std::string header(const std::string &name) const;
  bool has_header(const std::string &name) const;
};

struct HttpResponse {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string content_type = "application/json";
  bool close = false; ///< end the connection after this response
  /// Called once the response was written (true) or could not be (false).
  std::function<void(bool written)> delivered;
};

/// One accepted TCP connection on loopback: reads HTTP/1.1 requests
/// (Content-Length or chunked bodies, `Expect: 100-continue`) and writes
/// responses, each bounded by the timeouts.
class HttpConnection {
public:
  HttpConnection(int fd, ConnectionTimeouts timeouts, std::size_t max_body);
  ~HttpConnection();
  HttpConnection(const HttpConnection &) = delete;
  HttpConnection &operator=(const HttpConnection &) = delete;

  /// The next request; nothing when the client closed, timed out or sent
  /// something that is not HTTP (then `bad` is set and a 400 is due).
  std::optional<HttpRequest> read_request(bool &bad);
  bool write(const HttpResponse &response);
  /// Whether the client has closed its side (or reset), without blocking.
  bool peer_closed() const;
  /// Unblocks a read or write in progress: the connection ends.
  void shut_down();
  int fd() const { return fd_; }

private:
  bool fill(std::chrono::steady_clock::time_point deadline);
  bool read_line(std::string &line, std::size_t limit,
                 std::chrono::steady_clock::time_point deadline);
  bool read_body(HttpRequest &request, std::size_t length);
  bool read_chunked(HttpRequest &request);
  bool send_all(const std::string &data);

  int fd_;
  ConnectionTimeouts timeouts_;
  std::size_t max_body_;
  std::string buffer_;
  std::size_t start_ = 0; ///< unread data begins here
  bool first_request_ = true;
};

} // namespace hoist::runtime
