#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include <tree_sitter/api.h>

#include "core/source_file.h"
#include "core/text_range.h"
#include "treesitter/nodes.h"

namespace hoist::python {

/// A tree-sitter parse of one Python file. Node offsets are relative to the
/// code after any BOM; range() and text() translate them to file offsets.
class SyntaxTree {
public:
  /// Parses with a parser owned by the calling thread. A parse that needs
  /// more work than the file's size warrants (see treesitter::parse_work_limit) is
  /// abandoned: the tree is then an empty module's and too_slow() is true.
  static std::unique_ptr<SyntaxTree> parse(SourceFilePtr file);
  ~SyntaxTree();
  SyntaxTree(const SyntaxTree &) = delete;
  SyntaxTree &operator=(const SyntaxTree &) = delete;

  TSNode root() const { return ts_tree_root_node(tree_); }
  const SourceFilePtr &file() const { return file_; }
  TextRange range(TSNode node) const;
  std::string_view text(TSNode node) const;
  /// The first ERROR or MISSING node in source order, if the parse had
  /// errors; else the first place the grammar accepts and CPython refuses
  /// (refused_annotation).
  std::optional<TSNode> first_error() const;
  /// How many ERROR and MISSING nodes the parse has: a fix may not add any.
  std::size_t error_count() const;
  /// True when the parse was abandoned for taking too long.
  bool too_slow() const { return too_slow_; }

private:
  SyntaxTree(SourceFilePtr file, TSTree *tree, bool too_slow)
      : file_(std::move(file)), tree_(tree), too_slow_(too_slow) {}
  SourceFilePtr file_;
  TSTree *tree_;
  bool too_slow_;
};

/// Why `file` must not be given to the parser, or nothing. tree-sitter-python
/// 0.25.0 serializes its indentation stack into a 1024-byte buffer and writes
/// past it when the stack is about 500 levels deep; CPython refuses more than
/// 100 levels, so refusing such files loses no real code.
std::optional<std::string> exceeds_parser_limits(const SourceFile &file);

// The grammar-neutral helpers, used unqualified in the Python front-end.
using treesitter::ancestors;
using treesitter::FieldIds;
using treesitter::is;
using treesitter::kind;
using treesitter::named_children;
using treesitter::walk_named_descendants;

/// The Python grammar's id for a field name (0 for none).
TSFieldId field_id(std::string_view name);
inline TSNode field(TSNode node, std::string_view name) {
  return ts_node_child_by_field_id(node, field_id(name));
}
/// Every child (named or not) stored under field `name`.
std::vector<TSNode> fields(TSNode node, std::string_view name);
/// Skips parentheses around an expression.
TSNode unparenthesize(TSNode node);
/// True when `expression` breaks a line outside its own brackets, which
/// only the parentheses or the call around it make valid
/// (`(\n boto3\n .client("s3")\n)`): put alone (at module scope, after
/// `return`) it needs parentheses of its own.
bool breaks_lines_unbracketed(TSNode expression);
/// The name a call of `callee` calls by: an attribute's last name
/// (`functools.partial` gives "partial"), else `callee` as written.
std::string_view called_name(const SyntaxTree &tree, TSNode callee);
/// True for nodes that open a new scope: code inside does not run when the
/// enclosing statement runs (function and class bodies, lambdas).
inline bool opens_scope(std::string_view type) {
  return type == "function_definition" || type == "class_definition" ||
         type == "lambda";
}
inline bool opens_scope(TSNode node) { return opens_scope(kind(node)); }
/// The innermost function, class or lambda around `node`; a null node at
/// module level.
inline TSNode enclosing_scope(TSNode node) {
  for (TSNode up = ts_node_parent(node); !ts_node_is_null(up);
       up = ts_node_parent(up))
    if (opens_scope(up))
      return up;
  return {};
}

/// True for a string literal without interpolations: nothing inside it runs,
/// so walks need not enter it.
bool is_plain_string(TSNode node);

/// The value of a string literal without interpolations, or nothing.
std::optional<std::string> string_value(const SyntaxTree &tree, TSNode node);

} // namespace hoist::python
