#pragma once
#include <string>

namespace mongocxx {
namespace v_noabi {
class uri {
public:
  uri();
  explicit uri(std::string const &uri_string);
};
} // namespace v_noabi
using v_noabi::uri;
} // namespace mongocxx
