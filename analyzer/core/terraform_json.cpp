// Terraform's JSON syntax (.tf.json), read into the HCL model so that the
// Terraform reader sees one module whichever syntax its files use: the
// top-level object's `resource`, `data`, `module`, `variable`, `locals`,
// `output` and `provider` keys become blocks, their objects bodies; and the
// variables a .tfvars.json sets.
#include <string>

#include "core/hcl.h"
#include "core/line_index.h"
#include "core/yaml_document.h"

namespace hoist {
namespace {

/// JSON objects nested deeper than this are left Unread.
constexpr int kMaxDepth = 32;

class JsonReader {
public:
  explicit JsonReader(std::string_view text) : text_(text), lines_(text) {}

  /// A .tfvars.json's variables: one attribute per key.
  HclFile settings(const YamlNode &root) {
    HclFile file;
    for (const auto &[key, content] : root.entries)
      if (key->is_scalar())
        file.body.attributes.push_back({key->scalar, value(*content, 1)});
    return file;
  }

  HclFile read(const YamlNode &root) {
    HclFile file;
    for (const auto &[key, content] : root.entries) {
      if (!key->is_scalar() || !content->is_map())
        continue;
      const std::string &type = key->scalar;
      if (type == "resource" || type == "data") {
        for (const auto &[kind, named] : content->entries)
          if (kind->is_scalar() && named->is_map())
            for (const auto &[name, body] : named->entries)
              add_blocks(file.body, type, {kind->scalar, name->scalar}, *key,
                         *body);
      } else if (type == "module" || type == "variable" || type == "output" ||
                 type == "provider") {
        for (const auto &[name, body] : content->entries)
          add_blocks(file.body, type, {name->scalar}, *key, *body);
      } else if (type == "locals") {
        add_blocks(file.body, type, {}, *key, *content);
      }
    }
    return file;
  }

private:
  std::size_t offset(const YamlNode &node) const {
    return lines_.line_start(node.line + 1) + node.column;
  }

  /// A block per object `body` is (an array of objects is several).
  void add_blocks(HclBody &into, const std::string &type,
                  std::vector<std::string> labels, const YamlNode &at,
                  const YamlNode &body) {
    if (body.kind == YamlNode::Kind::Sequence) {
      for (const YamlNode::Ptr &item : body.items)
        add_blocks(into, type, labels, at, *item);
      return;
    }
    if (!body.is_map())
      return;
    HclBlock &block = into.blocks.emplace_back();
    block.type = type;
    block.labels = std::move(labels);
    block.range = {offset(at), offset(at) + 1};
    read_body(body, block.body, 0);
  }

  void read_body(const YamlNode &node, HclBody &body, int depth) {
    for (const auto &[key, item] : node.entries) {
      if (!key->is_scalar() || key->scalar == "//") // a comment
        continue;
      body.attributes.push_back({key->scalar, value(*item, depth + 1)});
      if (item->is_map() && depth < kMaxDepth)
        add_blocks(body, key->scalar, {}, *key, *item);
    }
  }

  HclValue value(const YamlNode &node, int depth) {
    const std::size_t at = offset(node);
    HclValue value;
    value.range = {at, at + 1};
    if (depth > kMaxDepth) {
      value.why = "nested too deeply";
      return value;
    }
    switch (node.kind) {
    case YamlNode::Kind::Null:
      value.kind = HclValue::Kind::Null;
      break;
    case YamlNode::Kind::Scalar:
      if (at < text_.size() && text_[at] == '"')
        return parse_hcl_string(text_, at);
      value.range.end = at + node.scalar.size();
      value.text = node.scalar;
      value.kind = node.scalar == "true" || node.scalar == "false"
                       ? HclValue::Kind::Bool
                   : node.scalar == "null" ? HclValue::Kind::Null
                                           : HclValue::Kind::Number;
      break;
    case YamlNode::Kind::Sequence:
      value.kind = HclValue::Kind::List;
      for (const YamlNode::Ptr &item : node.items)
        value.items.push_back(this->value(*item, depth + 1));
      break;
    case YamlNode::Kind::Mapping:
      value.kind = HclValue::Kind::Object;
      for (const auto &[key, item] : node.entries)
        if (key->is_scalar())
          value.members.emplace_back(key->scalar, this->value(*item, depth + 1));
      break;
    }
    return value;
  }

  std::string_view text_;
  LineIndex lines_;
};

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// The top-level object of a JSON file, or nothing with `file`'s error set.
const YamlNode *json_object(std::string_view text,
                            std::variant<YamlStream, YamlError> &loaded,
                            HclFile &file) {
  loaded = load_yaml(text);
  if (auto *error = std::get_if<YamlError>(&loaded)) {
    file.error = error->message;
    LineIndex lines(text);
    if (error->line < lines.line_count())
      file.error_at = lines.line_start(error->line + 1) + error->column;
    return nullptr;
  }
  const auto &documents = std::get<YamlStream>(loaded).documents;
  if (documents.empty() || !documents.front()->is_map()) {
    file.error = "the file is no JSON object";
    return nullptr;
  }
  return documents.front().get();
}

} // namespace

HclFile parse_tfvars_json(std::string_view text) {
  std::variant<YamlStream, YamlError> loaded;
  HclFile file;
  const YamlNode *root = json_object(text, loaded, file);
  return root ? JsonReader(text).settings(*root) : file;
}

HclFile parse_terraform_json(std::string_view text) {
  std::variant<YamlStream, YamlError> loaded;
  HclFile file;
  const YamlNode *root = json_object(text, loaded, file);
  return root ? JsonReader(text).read(*root) : file;
}

bool is_terraform_file_name(std::string_view name) {
  return ends_with(name, ".tf") || ends_with(name, ".tf.json");
}

HclFile parse_terraform_file(std::string_view name, std::string_view text) {
  return ends_with(name, ".tf.json") ? parse_terraform_json(text)
                                     : parse_hcl(text);
}

} // namespace hoist
