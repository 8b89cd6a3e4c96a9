#include "core/handler_spec.h"

#include <algorithm>
#include <cctype>

#include "core/identifier_words.h"
#include "core/message_excerpt.h"
#include "core/paths.h"

namespace hoist {
namespace {

bool is_identifier(const std::string &text) {
  if (text.empty() || std::isdigit(static_cast<unsigned char>(text[0])))
    return false;
  return std::all_of(text.begin(), text.end(), is_identifier_byte);
}

} // namespace

std::optional<HandlerSpec> HandlerSpec::parse(const std::string &text,
                                              std::string &error) {
  auto dot = text.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == text.size()) {
    error = "handler '" + message_excerpt(text) +
            "' is not of the form 'path/to/module.function'";
    return std::nullopt;
  }
  HandlerSpec spec;
  spec.text = text;
  spec.function = text.substr(dot + 1);
  std::string module = text.substr(0, dot);
  std::replace(module.begin(), module.end(), '.', '/');
  spec.module_components = path_components(module);
  if (spec.module_components.empty() || !is_identifier(spec.function)) {
    error = "handler '" + message_excerpt(text) +
            "' is not of the form 'path/to/module.function'";
    return std::nullopt;
  }
  return spec;
}

std::string HandlerSpec::module_stem(const std::string &root) const {
  std::string dir = root;
  for (const std::string &component : module_components)
    dir += "/" + component;
  return normalized_dir(std::move(dir));
}

} // namespace hoist
