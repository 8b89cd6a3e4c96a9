#pragma once
// mongocxx 3.x: the ABI namespace is inline (4.x makes it a plain one, with
// using-declarations in mongocxx::; the catalogue names both).

namespace mongocxx {
inline namespace v_noabi {
class instance {
public:
  instance();
  instance(instance &&other) noexcept;
  ~instance();
  instance(instance const &) = delete;
};
} // namespace v_noabi
} // namespace mongocxx
