#pragma once
#include <memory>
#include <mongocxx/client.hpp>
#include <mongocxx/uri.hpp>

namespace mongocxx {
inline namespace v_noabi {
class pool {
public:
  explicit pool(uri const &mongodb_uri = mongocxx::v_noabi::uri());
  ~pool();
  using entry = std::unique_ptr<client>;
  entry acquire();
};
} // namespace v_noabi
} // namespace mongocxx
