#include "core/yaml_location.h"

#include <algorithm>

namespace hoist {
namespace {

/// The place at 0-based `line` and `column`, `length` bytes long, clipped to
/// its line.
Location location_at(const SourceFilePtr &file, std::size_t line,
                     std::size_t column, std::size_t length) {
  const LineIndex &lines = file->lines();
  if (line + 1 > lines.line_count())
    return {file, {0, 0}};
  std::size_t start = lines.line_start(line + 1);
  std::size_t end = start + lines.line_text(line + 1).size();
  std::size_t begin = std::min(start + column, end);
  // `length` may be npos (to the end of the line): compare, do not add.
  return {file, {begin, length < end - begin ? begin + length : end}};
}

} // namespace

Location yaml_location(const SourceFilePtr &file, const YamlNode &node) {
  Location at = location_at(file, node.line, node.column, std::string::npos);
  if (node.is_scalar() && at.range.end > at.range.begin) {
    // The scalar's own text on that line, quoted or not.
    std::string_view rest = file->slice(at.range);
    std::size_t length = rest.find(node.scalar);
    if (length != std::string_view::npos)
      at.range.end =
          at.range.begin + length + node.scalar.size() +
          (length > 0 && (rest[0] == '"' || rest[0] == '\'') ? 1 : 0);
  }
  return at;
}

std::optional<YamlStream> parse_yaml(const SourceFilePtr &file,
                                     DeploymentScan &out, const char *what,
                                     bool needed, const std::string &why) {
  auto loaded = load_yaml(file->text());
  if (auto *error = std::get_if<YamlError>(&loaded)) {
    out.notices.push_back(
        {needed ? Severity::Error : Severity::Warning,
         location_at(file, error->line, error->column, 0),
         "'" + file->path() + "' is not valid " + what + ": " +
             error->message +
             (needed          ? "; its functions are not checked (a file "
                                "that is no deployment file, such as a build "
                                "log, can be left out with --extend-exclude)"
              : why.empty() ? ""
                            : "; " + why)});
    return std::nullopt;
  }
  return std::get<YamlStream>(std::move(loaded));
}

void report_duplicate_key(const SourceFilePtr &file,
                          const YamlDuplicateKey &duplicate,
                          const char *consequence, DeploymentScan &out) {
  out.notices.push_back(
      {Severity::Warning,
       location_at(file, duplicate.line, duplicate.column, duplicate.key.size()),
       "'" + duplicate.key + "' is given twice in one mapping (first at " +
           std::to_string(duplicate.first_line + 1) + ":" +
           std::to_string(duplicate.first_column + 1) + "); " + consequence});
}

std::string yaml_string(const YamlNode *node) {
  if (!node || !node->is_scalar() ||
      (node->tag != "?" && node->tag != "!" &&
       node->tag.rfind("tag:yaml.org,2002:", 0) != 0))
    return "";
  return node->scalar;
}

bool is_intrinsic(const YamlNode *node) {
  if (!node)
    return false;
  if (!node->tag.empty() && node->tag[0] == '!' && node->tag != "!")
    return true;
  if (!node->is_map() || node->entries.size() != 1)
    return false;
  const YamlNode &key = *node->entries.front().first;
  return key.is_scalar() &&
         (key.scalar == "Ref" || key.scalar.rfind("Fn::", 0) == 0);
}

std::string ref_target(const YamlNode &node) {
  if (node.is_scalar() && node.tag == "!Ref")
    return node.scalar;
  return node.is_map() && node.entries.size() == 1 ? yaml_string(node.get("Ref"))
                                                   : "";
}

std::string intrinsic_name(const YamlNode &node) {
  if (!node.tag.empty() && node.tag[0] == '!' && node.tag != "!")
    return node.tag;
  return node.is_map() && !node.entries.empty()
             ? node.entries.front().first->scalar
             : "";
}

} // namespace hoist
