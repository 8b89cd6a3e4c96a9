#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>

#include "loopback_server.h"

namespace hoist::runtime {

/// Invocations that may wait for their turn behind the one running; more
/// are refused with 429 TooManyRequestsException, as Lambda refuses
/// invocations beyond a function's concurrency.
constexpr std::size_t kMaxWaitingInvocations = 512;

/// What the Runtime Interface Emulator's invoke endpoint answers.
struct InvokeReply {
  int status = 200;
  std::string body;
  std::string function_error; ///< X-Amz-Function-Error; empty on success
};
using InvokeFunction = std::function<InvokeReply(
    const std::string &event, const std::string &client_context)>;

/// The emulator's invoke endpoint,
/// `POST /2015-03-31/functions/{name}/invocations`, for local tools on
/// 127.0.0.1: a request whose Host is not that address (or localhost) and
/// port, or which carries an Origin (a web page's), or a content type only a
/// browser form sends, is refused before anything runs. Slow clients are
/// timed out; the Runtime API is served elsewhere, so they cannot starve it.
class InvokeEndpoint {
public:
  explicit InvokeEndpoint(InvokeFunction invoke,
                          std::size_t max_waiting = kMaxWaitingInvocations);
  InvokeEndpoint(const InvokeEndpoint &) = delete;
  InvokeEndpoint &operator=(const InvokeEndpoint &) = delete;

  bool start(int port, std::string &error);
  void stop();
  int port() const { return server_.port(); }
  std::string address() const;

private:
  HttpResponse handle(const HttpRequest &request);

  InvokeFunction invoke_;
  std::size_t max_waiting_;
  std::atomic<std::size_t> invoking_{0}; ///< running and waiting
  LoopbackServer server_;
};

} // namespace hoist::runtime
