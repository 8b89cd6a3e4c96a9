#include "cpp/enclosing_conditional.h"

#include <vector>

namespace hoist::cpp {
namespace {

/// The directive of the line [begin, end): its name (`ifdef`) and its
/// argument, or an empty name when the line is no directive.
std::pair<std::string_view, std::string_view>
directive_of(std::string_view line) {
  std::size_t hash = line.find_first_not_of(" \t");
  if (hash == std::string_view::npos || line[hash] != '#')
    return {};
  std::size_t name = line.find_first_not_of(" \t", hash + 1);
  if (name == std::string_view::npos)
    return {};
  std::size_t name_end = line.find_first_of(" \t(\r", name);
  std::string_view directive = line.substr(name, name_end - name);
  std::string_view argument;
  if (name_end != std::string_view::npos) {
    std::size_t start = line.find_first_not_of(" \t", name_end);
    if (start != std::string_view::npos) {
      argument = line.substr(start);
      argument = argument.substr(0, argument.find_first_of(" \t\r/"));
    }
  }
  return {directive, argument};
}

struct Open {
  std::string line; // the opening directive, as written
  bool guard = false;
};

} // namespace

std::string enclosing_conditional(std::string_view text, std::size_t offset) {
  std::vector<Open> open;
  bool after_ifndef = false; // the previous directive line opened `#ifndef`
  std::string_view ifndef_name;
  for (std::size_t at = 0; at < text.size() && at <= offset;) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos)
      end = text.size();
    std::string_view line = text.substr(at, end - at);
    auto [directive, argument] = directive_of(line);
    if (directive == "if" || directive == "ifdef" || directive == "ifndef") {
      std::string written(line);
      if (!written.empty() && written.back() == '\r')
        written.pop_back();
      open.push_back({written.substr(written.find('#')), false});
      after_ifndef = directive == "ifndef";
      ifndef_name = argument;
    } else if (directive == "define" && after_ifndef && !open.empty() &&
               argument == ifndef_name) {
      open.back().guard = true;
      after_ifndef = false;
    } else if (directive == "endif") {
      if (!open.empty())
        open.pop_back();
      after_ifndef = false;
    } else if (!directive.empty() ||
               line.find_first_not_of(" \t\r") != std::string_view::npos) {
      after_ifndef = false;
    }
    at = end + 1;
  }
  for (auto it = open.rbegin(); it != open.rend(); ++it)
    if (!it->guard)
      return it->line;
  return "";
}

} // namespace hoist::cpp
