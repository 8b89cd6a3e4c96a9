#pragma once

#include <istream>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

namespace hoist::server {

/// JSON-RPC 2.0 error codes (LSP 3.17 adds its own above them).
enum class RpcError {
  ParseError = -32700,
  InvalidRequest = -32600,
  MethodNotFound = -32601,
  InvalidParams = -32602,
  InternalError = -32603,
  ServerNotInitialized = -32002,
  RequestCancelled = -32800,
};

/// The base protocol of LSP over a pair of streams: messages framed by a
/// `Content-Length` header. Writes may come from several threads.
class JsonRpcConnection {
public:
  /// Unties `in` from any output stream: std::cin flushes std::cout before
  /// each read, which from the reading thread would race the writes of
  /// another one (duplicated and torn messages).
  JsonRpcConnection(std::istream &in, std::ostream &out) : in_(in), out_(out) {
    in_.tie(nullptr);
  }

  /// The next message's body; nothing at the end of the input. A frame
  /// without a usable Content-Length, or with one above the server's limit
  /// (its body is read past, never held), sets `framing_error` and returns
  /// an empty body: the caller answers it, and reading goes on at the next
  /// header. A header line longer than a header can be (a few KiB) does too,
  /// and then the input is over: nothing after it can be framed.
  std::optional<std::string> read(std::string &framing_error);

  void send(const nlohmann::json &message);
  void respond(const nlohmann::json &id, nlohmann::json result);
  void respond_error(const nlohmann::json &id, RpcError code,
                     const std::string &message);
  void notify(const std::string &method, nlohmann::json params);

private:
  enum class Line { Read, End, TooLong };
  /// The next line, without its '\n', and no longer than a header line
  /// may be.
  Line read_line(std::string &line);

  std::istream &in_;
  bool lost_ = false; ///< framing lost: the input is over
  std::ostream &out_;
  std::mutex write_mutex_;
};

} // namespace hoist::server
