#include "python/handler_prefilter.h"

#include "core/identifier_words.h"
#include "python/text_lines.h"

#include <cctype>
#include <fnmatch.h>

namespace hoist::python {
namespace {

bool matches_any(const std::string &name, const HandlerOptions &options) {
  for (const std::string &pattern : options.name_patterns)
    if (fnmatch(pattern.c_str(), name.c_str(), 0) == 0)
      return true;
  return false;
}

/// The parameter names of a `def` whose parameter list starts at `open`
/// (just after '('), or false when the list is too involved to read here.
bool parameter_names(std::string_view text, std::size_t open,
                     std::vector<std::string> &names) {
  std::size_t close = text.find(')', open);
  if (close == std::string_view::npos)
    return false;
  std::string_view list = text.substr(open, close - open);
  if (list.find_first_of("([{'\"#") != std::string_view::npos)
    return false; // defaults or annotations with brackets, strings, comments
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = list.find(',', start);
    std::string_view item = list.substr(start, comma == std::string_view::npos
                                                   ? std::string_view::npos
                                                   : comma - start);
    std::size_t b = 0;
    while (b < item.size() && std::isspace(static_cast<unsigned char>(item[b])))
      ++b;
    std::size_t e = b;
    while (e < item.size() &&
           (is_identifier_byte(item[e]) || item[e] == '*' || item[e] == '/'))
      ++e;
    if (e > b)
      names.emplace_back(item.substr(b, e - b));
    if (comma == std::string_view::npos)
      break;
    start = comma + 1;
  }
  return true;
}

bool handler_shaped(const std::vector<std::string> &names) {
  auto any_of = [](const std::string &name,
                   std::initializer_list<const char *> options) {
    for (const char *option : options)
      if (name == option)
        return true;
    return false;
  };
  return names.size() == 2 && any_of(names[0], {"event", "evt", "_event"}) &&
         any_of(names[1], {"context", "ctx", "_context", "_"});
}

/// The identifier that starts at `at`.
std::string name_at(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && is_identifier_byte(text[end]))
    ++end;
  return std::string(text.substr(at, end - at));
}

} // namespace

bool may_matter(std::string_view text, const std::string &path,
                const HandlerOptions &options) {
  if (text.find("hoist:") != std::string_view::npos ||
      text.find("aws_cdk") != std::string_view::npos)
    return true;
  for (const HandlerSpec &spec : options.specs)
    if (is_module_file(spec, path))
      return true;
  // Every `def name(`: a handler by its name or by its parameters.
  for (std::size_t at = text.find("def "); at != std::string_view::npos;
       at = text.find("def ", at + 4)) {
    if (at > 0 && is_identifier_byte(text[at - 1]))
      continue; // "undef ", "predef "
    std::size_t name_start = text.find_first_not_of(" \t", at + 4);
    if (name_start == std::string_view::npos)
      break;
    std::string name = name_at(text, name_start);
    if (name.empty())
      continue;
    if (matches_any(name, options))
      return true;
    std::size_t open = name_start + name.size();
    // Shaped parameters start with `event`, `evt` or `_event`.
    std::size_t first = text.find_first_not_of(" \t\r\n", open + 1);
    bool event_first =
        first != std::string_view::npos && (text.compare(first, 2, "ev") == 0 ||
                                            text.compare(first, 3, "_ev") == 0);
    if (open < text.size() && text[open] == '(' && event_first) {
      std::vector<std::string> names;
      if (!parameter_names(text, open + 1, names) || handler_shaped(names))
        return true;
    }
  }
  // A module-level `name = ...` a pattern matches (`handler = App().handle`).
  return any_line(text, [&](std::string_view line, std::size_t indent) {
    if (indent > 0 || !is_identifier_byte(line[0]))
      return false;
    std::string name = name_at(line, 0);
    std::size_t after = line.find_first_not_of(" \t", name.size());
    return after < line.size() && (line[after] == '=' || line[after] == ':') &&
           matches_any(name, options);
  });
}

} // namespace hoist::python
