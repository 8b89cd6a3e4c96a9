#pragma once
#include <memory>
#include <utility>

namespace Aws {
template <typename T, typename... ArgTypes>
std::shared_ptr<T> MakeShared(const char *allocationTag, ArgTypes &&...args) {
  return std::make_shared<T>(std::forward<ArgTypes>(args)...);
}
template <typename T, typename... ArgTypes>
T *New(const char *allocationTag, ArgTypes &&...args) {
  return new T(std::forward<ArgTypes>(args)...);
}
} // namespace Aws
