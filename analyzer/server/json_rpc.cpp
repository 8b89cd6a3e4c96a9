#include "server/json_rpc.h"

#include <cctype>
#include <cstdlib>

namespace hoist::server {
namespace {

// Far more than any source file an editor sends: a corrupt header cannot
// make the server allocate without bound.
constexpr std::size_t kMaxMessageBytes = 256u << 20;

std::string lower(std::string text) {
  for (char &c : text)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

} // namespace

std::optional<std::string> JsonRpcConnection::read(std::string &framing_error) {
  framing_error.clear();
  std::optional<std::size_t> length;
  std::string line;
  bool any_header = false;
  while (std::getline(in_, line)) {
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
    unsigned long long parsed = std::strtoull(value.c_str(), &end, 10);
    while (end && std::isspace(static_cast<unsigned char>(*end)))
      ++end;
    if (value.find_first_not_of(" \t") == std::string::npos || !end ||
        *end != '\0' || parsed > kMaxMessageBytes)
      framing_error = "bad Content-Length header '" + line + "'";
    else
      length = parsed;
  }
  if (!any_header)
    return std::nullopt; // end of input
  if (!length) {
    if (framing_error.empty())
      framing_error = "a message without a Content-Length header";
    return std::string();
  }
  std::string body(*length, '\0');
  in_.read(body.data(), static_cast<std::streamsize>(*length));
  if (static_cast<std::size_t>(in_.gcount()) != *length)
    return std::nullopt; // the input ended inside a message
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
