#include "core/yaml_document.h"

#include <unordered_map>

#include <yaml.h>

namespace hoist {
namespace {

constexpr std::size_t kMaxDepth = 1000;

/// Plain scalars that YAML reads as null.
bool is_null_text(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" ||
         text == "NULL";
}

/// Builds nodes from libyaml's events, document by document.
class Builder {
public:
  explicit Builder(std::string_view text) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_input_string(
        &parser_, reinterpret_cast<const unsigned char *>(text.data()),
        text.size());
  }
  ~Builder() { yaml_parser_delete(&parser_); }
  Builder(const Builder &) = delete;
  Builder &operator=(const Builder &) = delete;

  std::variant<YamlStream, YamlError> stream() {
    // STREAM-START, then (DOCUMENT-START node DOCUMENT-END)* STREAM-END.
    Event event;
    if (!next(event))
      return error_;
    while (true) {
      if (!next(event))
        return error_;
      if (event.get().type != YAML_DOCUMENT_START_EVENT)
        break;
      if (!next(event))
        return error_;
      YamlNode::Ptr root = node(event, 0);
      if (!root || !next(event)) // DOCUMENT-END
        return error_;
      stream_.documents.push_back(std::move(root));
      anchors_.clear(); // anchors do not cross documents
    }
    return std::move(stream_);
  }

private:
  /// An event that frees itself.
  class Event {
  public:
    Event() = default;
    ~Event() { clear(); }
    Event(const Event &) = delete;
    Event &operator=(const Event &) = delete;
    yaml_event_t &get() { return event_; }
    void clear() {
      if (held_)
        yaml_event_delete(&event_);
      held_ = false;
    }
    void hold() { held_ = true; }

  private:
    yaml_event_t event_{};
    bool held_ = false;
  };

  bool next(Event &event) {
    event.clear();
    if (!yaml_parser_parse(&parser_, &event.get())) {
      std::string message = parser_.problem ? parser_.problem : "unreadable YAML";
      // "while scanning a quoted scalar": where the unfinished thing began.
      if (parser_.context)
        message += std::string(" ") + parser_.context + " that starts at " +
                   std::to_string(parser_.context_mark.line + 1) + ":" +
                   std::to_string(parser_.context_mark.column + 1);
      error_ = {parser_.problem_mark.line, parser_.problem_mark.column,
                std::move(message)};
      return false;
    }
    event.hold();
    return true;
  }

  bool fail(const yaml_mark_t &mark, std::string message) {
    error_ = {mark.line, mark.column, std::move(message)};
    return false;
  }

  /// The node `event` starts (its events read up to its end), or null with
  /// error_ set.
  YamlNode::Ptr node(Event &event, std::size_t depth) {
    const yaml_event_t &start = event.get();
    if (depth > kMaxDepth) {
      fail(start.start_mark, "nested more than 1000 levels deep");
      return nullptr;
    }
    if (start.type == YAML_ALIAS_EVENT) {
      auto found = anchors_.find(
          reinterpret_cast<const char *>(start.data.alias.anchor));
      if (found == anchors_.end()) {
        fail(start.start_mark, "unknown anchor");
        return nullptr;
      }
      return found->second;
    }
    auto made = std::make_shared<YamlNode>();
    made->line = start.start_mark.line;
    made->column = start.start_mark.column;
    const yaml_char_t *anchor = nullptr;
    const yaml_char_t *tag = nullptr;
    if (start.type == YAML_SCALAR_EVENT) {
      const auto &scalar = start.data.scalar;
      anchor = scalar.anchor;
      tag = scalar.tag;
      made->scalar.assign(reinterpret_cast<const char *>(scalar.value),
                          scalar.length);
      bool plain = scalar.style == YAML_PLAIN_SCALAR_STYLE;
      made->kind = !tag && plain && is_null_text(made->scalar)
                       ? YamlNode::Kind::Null
                       : YamlNode::Kind::Scalar;
      if (!tag)
        made->tag = plain ? "?" : "!";
    } else if (start.type == YAML_SEQUENCE_START_EVENT ||
               start.type == YAML_MAPPING_START_EVENT) {
      bool mapping = start.type == YAML_MAPPING_START_EVENT;
      anchor = mapping ? start.data.mapping_start.anchor
                       : start.data.sequence_start.anchor;
      tag = mapping ? start.data.mapping_start.tag
                    : start.data.sequence_start.tag;
      made->kind = mapping ? YamlNode::Kind::Mapping : YamlNode::Kind::Sequence;
      if (tag)
        made->tag = reinterpret_cast<const char *>(tag);
      std::string anchor_name =
          anchor ? reinterpret_cast<const char *>(anchor) : "";
      auto end = mapping ? YAML_MAPPING_END_EVENT : YAML_SEQUENCE_END_EVENT;
      Event child;
      std::unordered_map<std::string_view, std::size_t> keys;
      while (true) {
        if (!next(child))
          return nullptr;
        if (child.get().type == end)
          break;
        YamlNode::Ptr first = node(child, depth + 1);
        if (!first)
          return nullptr;
        if (!mapping) {
          made->items.push_back(std::move(first));
          continue;
        }
        if (!next(child))
          return nullptr;
        YamlNode::Ptr value = node(child, depth + 1);
        if (!value)
          return nullptr;
        add_entry(*made, std::move(first), std::move(value), keys);
      }
      if (!anchor_name.empty())
        anchors_[anchor_name] = made;
      return made;
    } else {
      fail(start.start_mark, "unexpected YAML event");
      return nullptr;
    }
    if (tag)
      made->tag = reinterpret_cast<const char *>(tag);
    if (anchor)
      anchors_[reinterpret_cast<const char *>(anchor)] = made;
    return made;
  }

  /// Adds a mapping entry; a scalar key given before keeps its first place
  /// and takes the new value. `keys` indexes the mapping's scalar keys.
  void add_entry(YamlNode &mapping, YamlNode::Ptr key, YamlNode::Ptr value,
                 std::unordered_map<std::string_view, std::size_t> &keys) {
    if (key->is_scalar()) {
      auto [at, added] = keys.emplace(key->scalar, mapping.entries.size());
      if (!added) {
        auto &[name, old] = mapping.entries[at->second];
        stream_.duplicates.push_back(
            {key->scalar, name->line, name->column, key->line, key->column});
        old = std::move(value);
        return;
      }
    }
    mapping.entries.emplace_back(std::move(key), std::move(value));
  }

  yaml_parser_t parser_;
  YamlError error_;
  YamlStream stream_;
  std::unordered_map<std::string, YamlNode::Ptr> anchors_;
};

} // namespace

const YamlNode *YamlNode::get(std::string_view key) const {
  for (const auto &[name, value] : entries)
    if (name->kind == Kind::Scalar && name->scalar == key)
      return value.get();
  return nullptr;
}

YamlNode::Ptr apply_merge_keys(const YamlNode::Ptr &node) {
  if (!node || !node->is_map() || !node->get("<<"))
    return node;
  auto merged = std::make_shared<YamlNode>(*node);
  merged->entries.clear();
  auto has = [&](const YamlNode &key) {
    return key.is_scalar() && merged->get(key.scalar);
  };
  for (const auto &[key, value] : node->entries)
    if (!(key->is_scalar() && key->scalar == "<<"))
      merged->entries.emplace_back(key, value);
  const YamlNode &sources = *node->get("<<");
  std::vector<YamlNode::Ptr> maps;
  if (sources.is_map())
    maps.push_back(std::shared_ptr<const YamlNode>(node, &sources));
  else if (sources.kind == YamlNode::Kind::Sequence)
    maps = sources.items;
  for (const YamlNode::Ptr &source : maps) {
    YamlNode::Ptr applied = apply_merge_keys(source);
    if (!applied || !applied->is_map())
      continue;
    for (const auto &[key, value] : applied->entries)
      if (!has(*key))
        merged->entries.emplace_back(key, value);
  }
  return merged;
}

std::variant<YamlStream, YamlError> load_yaml(std::string_view text) {
  return Builder(text).stream();
}

} // namespace hoist
