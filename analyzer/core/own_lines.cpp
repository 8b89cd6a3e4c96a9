#include "core/own_lines.h"

namespace hoist {

std::optional<std::pair<TextRange, std::string>>
own_lines(const SourceFile &file, TextRange range,
          std::string_view comment_start) {
  std::size_t first_line = file.position(range.begin).line;
  std::size_t last_line = file.position(range.end).line;
  std::size_t start = file.lines().line_start(first_line);
  std::string_view before = file.text().substr(start, range.begin - start);
  if (before.find_first_not_of(" \t") != std::string_view::npos)
    return std::nullopt;
  std::string_view last = file.lines().line_text(last_line);
  std::size_t last_start = file.lines().line_start(last_line);
  std::string_view after = last.substr(range.end - last_start);
  std::size_t text = after.find_first_not_of(" \t");
  std::string comment;
  if (text != std::string_view::npos) {
    if (after.substr(text, comment_start.size()) != comment_start)
      return std::nullopt; // `a = f(); b = 2`
    comment = std::string(after.substr(text));
  }
  std::size_t end = last_line < file.lines().line_count()
                        ? file.lines().line_start(last_line + 1)
                        : file.text().size();
  return std::make_pair(TextRange{start, end}, comment);
}

} // namespace hoist
