#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "core/source_file.h"
#include "core/text_range.h"

namespace hoist::javascript {

/// Which tree-sitter grammar reads a file: JavaScript (with JSX) for .js
/// .mjs .cjs .jsx, TypeScript for .ts .mts .cts, TSX for .tsx.
enum class Dialect { JavaScript, TypeScript, Tsx };

Dialect dialect_of(std::string_view path);

/// A tree-sitter parse of one JavaScript or TypeScript file. Node offsets
/// are relative to the code after any BOM; range() and text() translate.
class JsTree {
public:
  /// Parses with a parser owned by the calling thread, bounded (see
  /// treesitter::bounded_parse).
  static std::unique_ptr<JsTree> parse(SourceFilePtr file);
  ~JsTree();
  JsTree(const JsTree &) = delete;
  JsTree &operator=(const JsTree &) = delete;

  TSNode root() const { return ts_tree_root_node(tree_); }
  const SourceFilePtr &file() const { return file_; }
  /// An absent node (a null one: a field the code does not have) is empty.
  TextRange range(TSNode node) const;
  std::string_view text(TSNode node) const;
  /// The ranges of the file's comments (for `hoist: ignore` comments).
  std::vector<TextRange> comment_ranges() const;
  /// True when the parse was abandoned for taking too long (see
  /// treesitter::bounded_parse): the tree is then an empty module's.
  bool too_slow() const { return too_slow_; }

private:
  JsTree(SourceFilePtr file, TSTree *tree, bool too_slow)
      : file_(std::move(file)), tree_(tree), too_slow_(too_slow) {}
  SourceFilePtr file_;
  TSTree *tree_;
  bool too_slow_;
};

/// The statement of the module's top level that holds `node`.
TSNode top_level_statement(TSNode node);

/// Calls `visit` on each ERROR and MISSING node under `root`, in source
/// order, until it returns false.
void for_each_error(TSNode root, const std::function<bool(TSNode)> &visit);

/// How many syntax errors (ERROR and MISSING nodes) `text` has, read as the
/// file at `path` is: a fix must not add any.
std::size_t js_syntax_errors(std::string_view path, std::string_view text);

/// The field `name` of `node` in any of the three grammars.
TSNode field(TSNode node, std::string_view name);

/// The value of a string literal without substitutions, or nothing.
std::optional<std::string> string_value(const JsTree &tree, TSNode node);

/// Skips parentheses, `await`, TypeScript's `x as T`, `x!` and `<T>x`
/// around an expression.
TSNode unwrap_expression(TSNode node);

/// Calls `visit` on each expression an assignment to `target` stores to:
/// `target` itself, or, for a destructuring pattern (`[, , , process.env.R]
/// = ...`, `({ a: o.x, b = 1 } = v)`), each element, value, default's
/// left side and rest it names, not its keys or default values.
void for_each_stored_expression(TSNode target,
                                const std::function<void(TSNode)> &visit);

/// True when `expression` is stored to: the left side of an assignment, or
/// a part of it for_each_stored_expression visits (`({ region: cfg.region }
/// = event)`), or what a `for...of` or `for...in` loop assigns (`for
/// (cfg.region of regions)`).
bool is_stored_to(TSNode expression);

/// The generator tsc's downlevel of an async function runs as its body
/// (targets below ES2017): `function f(e) { return __awaiter(this, void 0,
/// void 0, function* () {...}); }`, `(e) => __awaiter(...)`; a null node
/// when `function` is no such wrapper.
TSNode awaiter_body(const JsTree &tree, TSNode function);

/// The function whose awaiter_body `function` is (it takes the parameters
/// and is what the module calls), else `function` itself.
TSNode awaiter_owner(const JsTree &tree, TSNode function);

/// True for functions: declarations, expressions, arrow functions,
/// generators, methods.
bool is_function_node(TSNode node);

/// True when `node` runs in a function that `function` defines (a callback
/// it passes on), not in `function`'s own body.
bool in_nested_function(TSNode node, TSNode function);

/// True for nodes whose body does not run when the code around them runs:
/// functions, arrow functions, methods, classes.
bool opens_scope(TSNode node);

/// is_function_node and opens_scope for a node's type, where a walk has it
/// already: each asks tree-sitter for the type again.
bool is_function_type(std::string_view type);
bool opens_scope_type(std::string_view type);

} // namespace hoist::javascript
