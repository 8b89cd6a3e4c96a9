#pragma once
#include <memory>
#include <string>
#include <string_view>

namespace tao::pq {
class connection final {
public:
  connection(const connection &) = delete;
  [[nodiscard]] static auto create(const std::string &connection_info)
      -> std::shared_ptr<connection>;
};
class connection_pool {
public:
  template <typename T = connection_pool>
  [[nodiscard]] static auto create(const std::string_view connection_info)
      -> std::shared_ptr<T>;
};
} // namespace tao::pq
