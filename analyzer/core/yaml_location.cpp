#include "core/yaml_location.h"

namespace hoist {

Location yaml_location(const SourceFilePtr &file, const YAML::Node &node) {
  YAML::Mark mark = node.Mark();
  const LineIndex &lines = file->lines();
  std::size_t line = static_cast<std::size_t>(mark.line) + 1;
  if (mark.line < 0 || line > lines.line_count())
    return {file, {0, 0}};
  std::size_t begin =
      lines.line_start(line) + static_cast<std::size_t>(mark.column);
  std::size_t end = lines.line_start(line) + lines.line_text(line).size();
  if (node.IsScalar()) {
    // The scalar's own text on that line, quoted or not.
    std::string_view rest = file->text().substr(begin, end - begin);
    std::size_t length = rest.find(node.Scalar());
    if (length != std::string_view::npos)
      end = begin + length + node.Scalar().size() +
            (length > 0 && (rest[0] == '"' || rest[0] == '\'') ? 1 : 0);
  }
  return {file, {begin, std::max(begin, end)}};
}

YAML::Node parse_yaml(const SourceFilePtr &file, DeploymentScan &out,
                      const char *what) {
  try {
    return YAML::Load(std::string(file->text()));
  } catch (const YAML::Exception &error) {
    out.errors.push_back(
        {file->path(), std::string("is not valid ") + what + " (line " +
                           std::to_string(error.mark.line + 1) +
                           "): " + error.msg});
    return YAML::Node();
  }
}

std::string yaml_string(const YAML::Node &node) {
  if (!node || !node.IsScalar() ||
      (node.Tag() != "?" && node.Tag() != "!" &&
       node.Tag() != "tag:yaml.org,2002:str" && !node.Tag().empty()))
    return "";
  return node.Scalar();
}

} // namespace hoist
