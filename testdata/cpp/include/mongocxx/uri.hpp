#pragma once
#include <string>

namespace mongocxx {
inline namespace v_noabi {
class uri {
public:
  uri();
  explicit uri(std::string const &uri_string);
};
} // namespace v_noabi
} // namespace mongocxx
