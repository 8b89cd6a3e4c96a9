#include "cpp/handler_headers.h"

#include <deque>
#include <set>

#include "core/source_file.h"
#include "cpp/syntactic_check.h"

namespace hoist::cpp {
namespace {

namespace fs = std::filesystem;

// The search path a compile command gives its includes: its -iquote and -I
// directories (relative ones are the command's directory's), and the files
// its -include options name.
struct UserIncludes {
  std::vector<fs::path> quoted, angled, forced;
};

UserIncludes user_includes(
    const std::vector<clang::tooling::CompileCommand> &commands) {
  UserIncludes includes;
  for (const clang::tooling::CompileCommand &command : commands) {
    const fs::path directory(command.Directory);
    const std::vector<std::string> &arguments = command.CommandLine;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
      const std::string &argument = arguments[i];
      auto value = [&](const std::string &option) -> std::optional<fs::path> {
        if (argument == option && i + 1 < arguments.size())
          return directory / arguments[++i];
        if (argument.size() > option.size() &&
            argument.compare(0, option.size(), option) == 0)
          return directory / argument.substr(option.size());
        return std::nullopt;
      };
      if (auto path = value("-iquote"))
        includes.quoted.push_back(*path);
      else if (auto path = value("-include"))
        includes.forced.push_back(*path);
      else if (auto path = value("--include-directory="))
        includes.angled.push_back(*path);
      else if (auto path = value("-I"))
        includes.angled.push_back(*path);
    }
  }
  return includes;
}

} // namespace

std::vector<HandlerHeaders::Include>
HandlerHeaders::includes_of(std::string_view text) {
  std::vector<Include> found;
  std::size_t at = 0;
  auto skip_blanks = [&] {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t'))
      ++at;
  };
  while (at < text.size()) {
    skip_blanks();
    if (at < text.size() && text[at] == '#') {
      ++at;
      skip_blanks();
      if (text.compare(at, 7, "include") == 0) {
        at += 7;
        if (text.compare(at, 5, "_next") == 0)
          at += 5;
        skip_blanks();
        if (at < text.size() && (text[at] == '"' || text[at] == '<')) {
          const char close = text[at] == '"' ? '"' : '>';
          const std::size_t end = text.find(close, at + 1);
          const std::size_t line_end = text.find('\n', at);
          if (end != std::string_view::npos && end < line_end)
            found.push_back(
                {std::string(text.substr(at + 1, end - at - 1)), close == '"'});
        }
      }
    }
    at = text.find('\n', at);
    if (at == std::string_view::npos)
      break;
    ++at;
  }
  return found;
}

const HandlerHeaders::Header *HandlerHeaders::read(const fs::path &path) {
  auto [known, added] = headers_.try_emplace(path);
  if (!added)
    return known->second ? &*known->second : nullptr;
  std::string text;
  if (auto fixed = overlay_.find(path.string()); fixed != overlay_.end()) {
    text = fixed->second;
  } else {
    std::error_code error;
    if (!fs::is_regular_file(path, error))
      return nullptr;
    std::string unread;
    auto bytes = read_file(path, unread, max_size_);
    if (!bytes)
      return nullptr;
    text = std::move(*bytes);
  }
  known->second = Header{may_hold_cpp_handler(text), includes_of(text)};
  return &*known->second;
}

bool HandlerHeaders::can_give_handler(
    const fs::path &file,
    const std::vector<clang::tooling::CompileCommand> &commands) {
  const UserIncludes search = user_includes(commands);
  // Breadth first from the file itself, whose own text named neither.
  std::deque<fs::path> queue(search.forced.begin(), search.forced.end());
  std::set<fs::path> seen;
  auto visit = [&](const fs::path &includer) {
    const Header *header = read(includer);
    if (!header)
      return;
    for (const Include &include : header->includes) {
      std::vector<fs::path> candidates;
      if (include.quoted) {
        candidates.push_back(includer.parent_path() / include.name);
        for (const fs::path &directory : search.quoted)
          candidates.push_back(directory / include.name);
      }
      for (const fs::path &directory : search.angled)
        candidates.push_back(directory / include.name);
      for (const fs::path &candidate : candidates) {
        std::error_code error;
        if (fs::is_regular_file(candidate, error)) {
          queue.push_back(candidate.lexically_normal());
          break;
        }
      }
    }
  };
  visit(file);
  while (!queue.empty()) {
    const fs::path header = queue.front();
    queue.pop_front();
    if (!seen.insert(header).second)
      continue;
    const Header *read_header = read(header);
    if (!read_header)
      continue;
    if (read_header->names_handler)
      return true;
    visit(header);
  }
  return false;
}

} // namespace hoist::cpp
