#include "core/yaml_location.h"

#include <algorithm>

namespace hoist {

Location yaml_location(const SourceFilePtr &file, const YamlNode &node) {
  const LineIndex &lines = file->lines();
  std::size_t line = node.line + 1;
  if (line > lines.line_count())
    return {file, {0, 0}};
  std::size_t begin = lines.line_start(line) + node.column;
  std::size_t end = lines.line_start(line) + lines.line_text(line).size();
  if (node.is_scalar()) {
    // The scalar's own text on that line, quoted or not.
    std::string_view rest = file->text().substr(begin, end - begin);
    std::size_t length = rest.find(node.scalar);
    if (length != std::string_view::npos)
      end = begin + length + node.scalar.size() +
            (length > 0 && (rest[0] == '"' || rest[0] == '\'') ? 1 : 0);
  }
  return {file, {begin, std::max(begin, end)}};
}

YamlNode::Ptr parse_yaml(const SourceFilePtr &file, DeploymentScan &out,
                         const char *what) {
  auto loaded = load_yaml(file->text());
  if (auto *error = std::get_if<YamlError>(&loaded)) {
    LoadError failure{file->path(),
                      std::string("is not valid ") + what + ": " +
                          error->message};
    const LineIndex &lines = file->lines();
    if (error->line + 1 <= lines.line_count()) {
      std::size_t line = error->line + 1;
      std::size_t at = lines.line_start(line) +
                       std::min(error->column, lines.line_text(line).size());
      failure.location = Location{file, {at, at}};
    }
    out.errors.push_back(std::move(failure));
    return nullptr;
  }
  return std::get<YamlNode::Ptr>(loaded);
}

std::string yaml_string(const YamlNode *node) {
  if (!node || !node->is_scalar() ||
      (node->tag != "?" && node->tag != "!" &&
       node->tag != "tag:yaml.org,2002:str" && !node->tag.empty()))
    return "";
  return node->scalar;
}

} // namespace hoist
