#include "server/json_rpc.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <vector>

namespace hoist::server {
namespace {

// The largest message a client has reason to send is a document's whole
// text (didOpen, a full didChange). hoist reads files of up to 10 MiB by
// default (--max-file-size), and JSON escaping at worst multiplies text by
// six (a control byte is `\u0000`): 64 MiB holds such a document however
// it is escaped, and a Content-Length above it is refused before anything
// is allocated for it.
constexpr std::size_t kMaxMessageBytes = 64u << 20;
// A header is `Content-Length: 123` or `Content-Type: ...`, a few dozen
// bytes: a line longer than this is not LSP framing, and reading on for its
// end would hold whatever the client sends.
constexpr std::size_t kMaxHeaderLine = 4096;
// The body is read in pieces this large, so that a Content-Length the
// input does not hold allocates no more than what arrives.
constexpr std::size_t kReadChunk = 1u << 20;

std::string lower(std::string text) {
  for (char &c : text)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

} // namespace

JsonRpcConnection::Line JsonRpcConnection::read_line(std::string &line) {
  line.clear();
  char c;
  while (in_.get(c)) {
    if (c == '\n')
      return Line::Read;
    if (line.size() == kMaxHeaderLine)
      return Line::TooLong;
    line += c;
  }
  return line.empty() ? Line::End : Line::Read;
}

std::optional<std::string> JsonRpcConnection::read(std::string &framing_error) {
  framing_error.clear();
  if (lost_)
    return std::nullopt;
  std::optional<std::size_t> length;
  // A length the frame gives but over the limit: its body is skipped, and
  // reading goes on at the next frame.
  std::optional<unsigned long long> refused;
  std::string line;
  bool any_header = false;
  while (true) {
    Line read = read_line(line);
    if (read == Line::End)
      break;
    if (read == Line::TooLong) {
      // No way back to a frame's start: answered, then the input is over.
      framing_error = "a header line longer than " +
                      std::to_string(kMaxHeaderLine) +
                      " bytes; this is not LSP framing, and the server stops "
                      "reading";
      lost_ = true;
      return std::string();
    }
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    if (line.empty()) {
      if (any_header)
        break;
      continue; // blank lines between messages
    }
    any_header = true;
    std::size_t colon = line.find(':');
    if (colon == std::string::npos)
      continue;
    if (lower(line.substr(0, colon)) != "content-length")
      continue; // Content-Type and any other header
    std::string value = line.substr(colon + 1);
    char *end = nullptr;
    errno = 0;
    unsigned long long parsed = std::strtoull(value.c_str(), &end, 10);
    while (end && std::isspace(static_cast<unsigned char>(*end)))
      ++end;
    const bool digits = value.find_first_not_of(" \t") != std::string::npos &&
                        value.find('-') == std::string::npos && end &&
                        *end == '\0' && errno != ERANGE;
    if (!digits) {
      framing_error = "bad Content-Length header '" + line + "'";
    } else if (parsed > kMaxMessageBytes) {
      framing_error = "a message of " + std::to_string(parsed) +
                      " bytes, above the server's limit of " +
                      std::to_string(kMaxMessageBytes) + " bytes; skipped";
      refused = parsed;
    } else {
      length = parsed;
    }
  }
  if (!any_header)
    return std::nullopt; // end of input
  if (refused && !length) {
    // Read past, never held: the next frame starts after it. (Not
    // istream::ignore, which peeks at the byte after the last one it
    // takes, and so waits for the client's next message.)
    std::vector<char> discarded(kReadChunk);
    for (unsigned long long left = *refused; left > 0;) {
      std::streamsize chunk = static_cast<std::streamsize>(
          std::min<unsigned long long>(left, kReadChunk));
      in_.read(discarded.data(), chunk);
      if (in_.gcount() != chunk) {
        lost_ = true; // the input ended inside it
        break;
      }
      left -= static_cast<unsigned long long>(chunk);
    }
    return std::string();
  }
  if (!length) {
    if (framing_error.empty())
      framing_error = "a message without a Content-Length header";
    return std::string();
  }
  std::string body;
  while (body.size() < *length) {
    std::size_t used = body.size();
    std::size_t chunk = std::min(*length - used, kReadChunk);
    body.resize(used + chunk);
    in_.read(body.data() + used, static_cast<std::streamsize>(chunk));
    if (static_cast<std::size_t>(in_.gcount()) != chunk)
      return std::nullopt; // the input ended inside a message
  }
  return body;
}

void JsonRpcConnection::send(const nlohmann::json &message) {
  // Invalid UTF-8 in a text is replaced, not thrown on.
  std::string body =
      message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::lock_guard<std::mutex> lock(write_mutex_);
  out_ << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out_.flush();
}

void JsonRpcConnection::respond(const nlohmann::json &id,
                                nlohmann::json result) {
  send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void JsonRpcConnection::respond_error(const nlohmann::json &id, RpcError code,
                                      const std::string &message) {
  send({{"jsonrpc", "2.0"},
        {"id", id},
        {"error", {{"code", static_cast<int>(code)}, {"message", message}}}});
}

void JsonRpcConnection::notify(const std::string &method,
                               nlohmann::json params) {
  send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
}

} // namespace hoist::server
