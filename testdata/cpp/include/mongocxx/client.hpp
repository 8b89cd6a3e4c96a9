#pragma once
#include <mongocxx/uri.hpp>

namespace mongocxx {
inline namespace v_noabi {
namespace options {
class client {
public:
  client();
};
} // namespace options
class client {
public:
  client() noexcept;
  client(mongocxx::v_noabi::uri const &mongodb_uri,
         options::client const &options = options::client());
  client(client &&) noexcept;
  ~client();
};
} // namespace v_noabi
} // namespace mongocxx
