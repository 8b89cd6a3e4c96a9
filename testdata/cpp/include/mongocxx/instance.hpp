#pragma once

namespace mongocxx {
namespace v_noabi {
class instance {
public:
  instance();
  instance(instance &&other) noexcept;
  ~instance();
  instance(instance const &) = delete;
};
} // namespace v_noabi
using v_noabi::instance;
} // namespace mongocxx
