#include "http_connection.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hoist::runtime {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kMaxLine = 8192;
constexpr std::size_t kMaxHeaders = 100;
// The body is taken in pieces of this size from the socket.
constexpr std::size_t kReadSize = std::size_t{64} * 1024;

bool same_name(const std::string &a, const std::string &b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string trimmed(const std::string &text) {
  auto begin = text.find_first_not_of(" \t");
  if (begin == std::string::npos)
    return {};
  return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}

Clock::time_point deadline_after(std::chrono::milliseconds timeout) {
  return timeout.count() > 0 ? Clock::now() + timeout : Clock::time_point::max();
}

const char *reason(int status) {
  switch (status) {
  case 100:
    return "Continue";
  case 200:
    return "OK";
  case 202:
    return "Accepted";
  case 400:
    return "Bad Request";
  case 403:
    return "Forbidden";
  case 404:
    return "Not Found";
  case 405:
    return "Method Not Allowed";
  case 408:
    return "Request Timeout";
  case 413:
    return "Payload Too Large";
  case 415:
    return "Unsupported Media Type";
  case 429:
    return "Too Many Requests";
  case 500:
    return "Internal Server Error";
  }
  return "Status";
}

} // namespace

std::string HttpRequest::header(const std::string &name) const {
  for (const auto &[key, value] : headers)
    if (same_name(key, name))
      return value;
  return {};
}

bool HttpRequest::has_header(const std::string &name) const {
  return std::any_of(headers.begin(), headers.end(),
                     [&](const auto &entry) { return same_name(entry.first, name); });
}

HttpConnection::HttpConnection(int fd, ConnectionTimeouts timeouts,
                               std::size_t max_body)
    : fd_(fd), timeouts_(timeouts), max_body_(max_body) {}

HttpConnection::~HttpConnection() { ::close(fd_); }

bool HttpConnection::fill(Clock::time_point deadline) {
  if (start_ > 0 && start_ == buffer_.size()) {
    buffer_.clear();
    start_ = 0;
  }
  for (;;) {
    int wait_ms = -1;
    if (deadline != Clock::time_point::max()) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - Clock::now());
      if (left.count() <= 0)
        return false;
      wait_ms = static_cast<int>(std::min<long long>(left.count(), 1 << 30));
    }
    pollfd ready{fd_, POLLIN, 0};
    int polled = ::poll(&ready, 1, wait_ms);
    if (polled < 0 && errno == EINTR)
      continue;
    if (polled <= 0)
      return false;
    char chunk[kReadSize];
    ssize_t got = ::recv(fd_, chunk, sizeof chunk, 0);
    if (got < 0 && errno == EINTR)
      continue;
    if (got <= 0)
      return false;
    buffer_.append(chunk, static_cast<std::size_t>(got));
    return true;
  }
}

bool HttpConnection::read_line(std::string &line, std::size_t limit,
                               Clock::time_point deadline) {
  for (;;) {
    auto end = buffer_.find('\n', start_);
    if (end != std::string::npos) {
      line = buffer_.substr(start_, end - start_);
      if (!line.empty() && line.back() == '\r')
        line.pop_back();
      start_ = end + 1;
      return true;
    }
    if (buffer_.size() - start_ > limit || !fill(deadline))
      return false;
  }
}

std::optional<HttpRequest> HttpConnection::read_request(bool &bad) {
  bad = false;
  // Idle until the first byte: the keep-alive timeout (the head timeout for
  // a new connection); from then on the whole head has its own deadline.
  auto idle = first_request_ ? timeouts_.head : timeouts_.keep_alive;
  first_request_ = false;
  if (start_ == buffer_.size() && !fill(deadline_after(idle)))
    return std::nullopt;
  const auto head_deadline = deadline_after(timeouts_.head);
  HttpRequest request;
  std::string line;
  do { // a stray empty line before a request is allowed
    if (!read_line(line, kMaxLine, head_deadline))
      return std::nullopt;
  } while (line.empty());
  auto first_space = line.find(' ');
  auto second_space = line.rfind(' ');
  if (first_space == std::string::npos || second_space == first_space ||
      line.compare(second_space + 1, 5, "HTTP/") != 0) {
    bad = true;
    return std::nullopt;
  }
  request.method = line.substr(0, first_space);
  std::string target = line.substr(first_space + 1, second_space - first_space - 1);
  request.path = target.substr(0, target.find('?'));
  for (;;) {
    if (!read_line(line, kMaxLine, head_deadline))
      return std::nullopt;
    if (line.empty())
      break;
    auto colon = line.find(':');
    if (colon == std::string::npos || request.headers.size() >= kMaxHeaders) {
      bad = true;
      return std::nullopt;
    }
    request.headers.emplace_back(trimmed(line.substr(0, colon)),
                                 trimmed(line.substr(colon + 1)));
  }

  const bool chunked =
      request.header("Transfer-Encoding").find("chunked") != std::string::npos;
  std::size_t length = 0;
  if (!chunked && request.has_header("Content-Length")) {
    const std::string text = request.header("Content-Length");
    char *end = nullptr;
    errno = 0;
    unsigned long long value = std::strtoull(text.c_str(), &end, 10);
    if (text.empty() || *end || errno || text[0] == '-') {
      bad = true;
      return std::nullopt;
    }
    length = static_cast<std::size_t>(value);
  }
  if (same_name(request.header("Expect"), "100-continue") &&
      (chunked || length > 0)) {
    // A body over the limit is refused before the client sends it.
    if (!chunked && length > max_body_) {
      request.body_too_large = true;
      return request;
    }
    if (!send_all("HTTP/1.1 100 Continue\r\n\r\n"))
      return std::nullopt;
  }
  if (chunked ? !read_chunked(request) : !read_body(request, length))
    return std::nullopt;
  return request;
}

bool HttpConnection::read_body(HttpRequest &request, std::size_t length) {
  request.body_too_large = length > max_body_;
  if (!request.body_too_large)
    request.body.reserve(length);
  std::size_t left = length;
  while (left > 0) {
    if (start_ == buffer_.size() &&
        !fill(deadline_after(timeouts_.body_idle)))
      return false;
    std::size_t take = std::min(left, buffer_.size() - start_);
    if (!request.body_too_large)
      request.body.append(buffer_, start_, take);
    start_ += take;
    left -= take;
  }
  return true;
}

bool HttpConnection::read_chunked(HttpRequest &request) {
  std::string line;
  for (;;) {
    if (!read_line(line, kMaxLine, deadline_after(timeouts_.body_idle)))
      return false;
    char *end = nullptr;
    unsigned long long size = std::strtoull(line.c_str(), &end, 16);
    if (end == line.c_str())
      return false;
    if (size == 0)
      break;
    HttpRequest part;
    if (!read_body(part, static_cast<std::size_t>(size)))
      return false;
    if (!request.body_too_large &&
        (part.body_too_large || request.body.size() + part.body.size() > max_body_)) {
      request.body_too_large = true;
      request.body.clear();
    }
    if (!request.body_too_large)
      request.body += part.body;
    if (!read_line(line, kMaxLine, deadline_after(timeouts_.body_idle)))
      return false;
  }
  // Trailers, up to the empty line.
  do {
    if (!read_line(line, kMaxLine, deadline_after(timeouts_.body_idle)))
      return false;
  } while (!line.empty());
  return true;
}

bool HttpConnection::send_all(const std::string &data) {
  std::size_t sent = 0;
  while (sent < data.size()) {
    ssize_t wrote =
        ::send(fd_, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (wrote < 0 && errno == EINTR)
      continue;
    if (wrote <= 0)
      return false;
    sent += static_cast<std::size_t>(wrote);
  }
  return true;
}

bool HttpConnection::write(const HttpResponse &response) {
  std::string head = "HTTP/1.1 " + std::to_string(response.status) + " " +
                     reason(response.status) + "\r\n";
  for (const auto &[name, value] : response.headers)
    head.append(name).append(": ").append(value).append("\r\n");
  head += "Content-Type: " + response.content_type + "\r\n";
  head += "Content-Length: " + std::to_string(response.body.size()) + "\r\n";
  if (response.close)
    head += "Connection: close\r\n";
  head += "\r\n";
  bool written = send_all(head) && send_all(response.body);
  if (response.delivered)
    response.delivered(written);
  return written;
}

bool HttpConnection::peer_closed() const {
  pollfd state{fd_, POLLRDHUP, 0};
  return ::poll(&state, 1, 0) > 0 &&
         (state.revents & (POLLRDHUP | POLLHUP | POLLERR | POLLNVAL));
}

void HttpConnection::shut_down() { ::shutdown(fd_, SHUT_RDWR); }

} // namespace hoist::runtime
