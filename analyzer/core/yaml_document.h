#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace hoist {

/// One node of a YAML document as libyaml reads it. An alias shares the node
/// its anchor names, so aliases that repeat aliases cannot multiply memory.
struct YamlNode {
  enum class Kind { Null, Scalar, Sequence, Mapping };
  using Ptr = std::shared_ptr<const YamlNode>;

  Kind kind = Kind::Null;
  std::string scalar; ///< a scalar's text
  /// "?" for a plain scalar without a tag, "!" for a quoted one, else the
  /// tag as written ("!Ref") or resolved ("tag:yaml.org,2002:str").
  std::string tag;
  std::size_t line = 0;                     ///< 0-based, where the node starts
  std::size_t column = 0;                   ///< 0-based, in bytes
  std::vector<Ptr> items;                   ///< a sequence's
  std::vector<std::pair<Ptr, Ptr>> entries; ///< a mapping's, in order

  bool is_map() const { return kind == Kind::Mapping; }
  bool is_scalar() const { return kind == Kind::Scalar; }
  /// A mapping's value under the scalar key `key`, or null when there is
  /// none or this is not a mapping. A key given twice keeps its last value
  /// (as CloudFormation reads it; YamlStream::duplicates has both).
  const YamlNode *get(std::string_view key) const;
};

struct YamlError {
  std::size_t line = 0;   ///< 0-based
  std::size_t column = 0; ///< 0-based, in bytes
  std::string message;
};

/// A scalar key given twice in one mapping: where each one is (0-based).
struct YamlDuplicateKey {
  std::string key;
  std::size_t first_line = 0, first_column = 0;
  std::size_t line = 0, column = 0;
};

/// Every document of a YAML stream (none for an empty one), and the keys
/// repeated within a mapping.
struct YamlStream {
  std::vector<YamlNode::Ptr> documents;
  std::vector<YamlDuplicateKey> duplicates;
};

/// `node` with its YAML merge keys applied (`<<: *defaults`, or a list of
/// aliases, the first one winning), as js-yaml and PyYAML apply them: the
/// mapping's own keys first, then the merged mappings' keys it lacks. Any
/// other node is returned as it is. Not deep: nested mappings keep theirs.
YamlNode::Ptr apply_merge_keys(const YamlNode::Ptr &node);

/// The documents of `text`, or the first syntax error. Documents nested
/// deeper than 1,000 levels are refused.
std::variant<YamlStream, YamlError> load_yaml(std::string_view text);

} // namespace hoist
