#include "python/syntax_tree.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include "treesitter/bounded_parse.h"

extern "C" const TSLanguage *tree_sitter_python(void);

namespace hoist::python {
namespace {

struct ParserDeleter {
  void operator()(TSParser *parser) const { ts_parser_delete(parser); }
};

TSParser *thread_parser() {
  thread_local std::unique_ptr<TSParser, ParserDeleter> parser = [] {
    std::unique_ptr<TSParser, ParserDeleter> created(ts_parser_new());
    ts_parser_set_language(created.get(), tree_sitter_python());
    return created;
  }();
  return parser.get();
}

/// Python ends a line at a lone "\r" too; the grammar does not. Returns the
/// code with each lone CR turned into LF (byte offsets unchanged), or nothing
/// when it has none.
std::optional<std::string> lone_cr_as_lf(std::string_view code) {
  std::optional<std::string> copy;
  for (std::size_t i = code.find('\r'); i != std::string_view::npos;
       i = code.find('\r', i + 1)) {
    if (i + 1 < code.size() && code[i + 1] == '\n')
      continue;
    if (!copy)
      copy.emplace(code);
    (*copy)[i] = '\n';
  }
  return copy;
}

/// Python's comments, for bounded_parse. tree-sitter-python 0.25.0's
/// external scanner, asked for a token where a NEWLINE, INDENT, DEDENT or
/// `except` may come, skips every comment and blank line that follows to
/// measure the next code line's indentation, and fails when a comment comes
/// first; the lexer then goes back and reads one comment. After a statement
/// that happens at every comment of a run. Lines naming "hoist:" stay
/// (suppressions are comments).
const treesitter::CommentSyntax kPythonComments{
    "#", false, {"string"}, {"hoist:"}};

} // namespace

std::unique_ptr<SyntaxTree> SyntaxTree::parse(SourceFilePtr file) {
  std::string_view code = file->text().substr(file->bom_length());
  std::optional<std::string> normalized = lone_cr_as_lf(code);
  if (normalized)
    code = *normalized;
  TSTree *tree =
      treesitter::bounded_parse(thread_parser(), code, kPythonComments);
  bool too_slow = !tree;
  if (too_slow)
    tree = ts_parser_parse_string(thread_parser(), nullptr, "", 0);
  return std::unique_ptr<SyntaxTree>(
      new SyntaxTree(std::move(file), tree, too_slow));
}

std::optional<std::string> exceeds_parser_limits(const SourceFile &file) {
  // The scanner pushes a level only for a wider indentation than the one on
  // top, so the number of distinct indentation widths bounds the depth. Widths
  // are measured as the scanner does: a tab is 8 columns, a form feed resets.
  constexpr std::size_t kMaxLevels = 300;
  std::string_view code = file.text().substr(file.bom_length());
  std::vector<bool> seen;
  std::size_t distinct = 0;
  // Only line starts matter: the rest of each line is skipped with a byte
  // search (every file read goes through here).
  std::size_t next_cr = code.find('\r');
  for (std::size_t i = 0; i < code.size();) {
    std::size_t width = 0;
    for (; i < code.size(); ++i) {
      char c = code[i];
      if (c == ' ')
        ++width;
      else if (c == '\t')
        width += 8;
      else if (c == '\f')
        width = 0;
      else
        break;
    }
    if (i == code.size())
      break;
    if (width > 0 && code[i] != '\n' && code[i] != '\r') {
      if (width >= seen.size())
        seen.resize(width * 2, false);
      if (!seen[width]) {
        seen[width] = true;
        if (++distinct > kMaxLevels)
          return "indentation is nested more than " +
                 std::to_string(kMaxLevels) +
                 " levels deep (Python allows 100); skipped";
      }
    }
    if (next_cr != std::string_view::npos && next_cr < i)
      next_cr = code.find('\r', i);
    std::size_t end = std::min(code.find('\n', i), next_cr);
    if (end == std::string_view::npos)
      break;
    i = end + 1;
  }
  return std::nullopt;
}

SyntaxTree::~SyntaxTree() { ts_tree_delete(tree_); }

TextRange SyntaxTree::range(TSNode node) const {
  std::size_t base = file_->bom_length();
  return {base + ts_node_start_byte(node), base + ts_node_end_byte(node)};
}

std::string_view SyntaxTree::text(TSNode node) const {
  return file_->slice(range(node));
}

namespace {

/// The first annotation tree-sitter-python reads where CPython sees none: a
/// constrained type (`T: int`) is one only in a type parameter list, and an
/// annotation cannot begin on a line after its colon. YAML saved as a .py
/// file (`Resources:`, then `  get1:` indented) parses as one annotated
/// assignment of that kind. A backslash continues the line.
std::optional<TSNode> refused_annotation(const SyntaxTree &tree) {
  std::optional<TSNode> refused;
  walk_named_descendants(tree.root(), [&](TSNode node) {
    // Both hold a colon, and so does all that holds them: the walk passes
    // over what has none (most expressions) without entering it.
    if (refused || is(node, "type_parameter") ||
        tree.text(node).find(':') == std::string_view::npos)
      return false;
    if (is(node, "constrained_type")) {
      refused = node;
      return false;
    }
    if (!is(node, "assignment"))
      return true;
    TSNode type = field(node, "type");
    TSNode left = field(node, "left");
    if (!ts_node_is_null(type) &&
        ts_node_start_point(type).row > ts_node_end_point(left).row &&
        tree.file()
                ->slice({tree.range(left).end, tree.range(type).begin})
                .find('\\') == std::string_view::npos) {
      refused = type;
      return false;
    }
    return true;
  });
  return refused;
}

} // namespace

std::optional<TSNode> SyntaxTree::first_error() const {
  TSNode node = root();
  if (!ts_node_has_error(node))
    return refused_annotation(*this);
  // Descend into the first child that holds an error until the error itself.
  while (true) {
    if (ts_node_is_error(node) || ts_node_is_missing(node))
      return node;
    bool descended = false;
    uint32_t count = ts_node_child_count(node);
    for (uint32_t i = 0; i < count; ++i) {
      TSNode child = ts_node_child(node, i);
      if (ts_node_has_error(child) || ts_node_is_missing(child)) {
        node = child;
        descended = true;
        break;
      }
    }
    if (!descended)
      return node;
  }
}

std::size_t SyntaxTree::error_count() const {
  std::size_t count = 0;
  std::vector<TSNode> pending{root()};
  while (!pending.empty()) {
    TSNode node = pending.back();
    pending.pop_back();
    if (!ts_node_has_error(node) && !ts_node_is_missing(node))
      continue;
    if (ts_node_is_error(node) || ts_node_is_missing(node))
      ++count;
    for (uint32_t i = ts_node_child_count(node); i-- > 0;)
      pending.push_back(ts_node_child(node, i));
  }
  return count;
}

TSFieldId field_id(std::string_view name) {
  static const FieldIds ids(tree_sitter_python());
  return ids(name);
}

std::vector<TSNode> fields(TSNode node, std::string_view name) {
  std::vector<TSNode> found;
  TSFieldId id = field_id(name);
  treesitter::for_each_child(node, [&](TSTreeCursor &cursor) {
    if (id && ts_tree_cursor_current_field_id(&cursor) == id)
      found.push_back(ts_tree_cursor_current_node(&cursor));
  });
  return found;
}

TSNode unparenthesize(TSNode node) {
  while (is(node, "parenthesized_expression") &&
         ts_node_named_child_count(node) == 1)
    node = ts_node_named_child(node, 0);
  return node;
}

namespace {

/// True when a token of `node` starts on a later line than the token before
/// it (`*row`) ended, outside brackets of `node` and not after a backslash.
bool breaks_line_outside_brackets(TSNode node, int &depth, uint32_t &row,
                                  bool &continued) {
  std::string_view type = kind(node);
  if (type == "comment")
    return false;
  if (type == "line_continuation") {
    continued = true;
    return false;
  }
  // A string is one token: its own line breaks are its text.
  if (ts_node_child_count(node) == 0 || type == "string") {
    if (depth == 0 && !continued && ts_node_start_point(node).row > row)
      return true;
    continued = false;
    row = ts_node_end_point(node).row;
    if (type == "(" || type == "[" || type == "{")
      ++depth;
    else if (type == ")" || type == "]" || type == "}")
      --depth;
    return false;
  }
  for (uint32_t i = 0; i < ts_node_child_count(node); ++i)
    if (breaks_line_outside_brackets(ts_node_child(node, i), depth, row,
                                     continued))
      return true;
  return false;
}

} // namespace

bool breaks_lines_unbracketed(TSNode expression) {
  int depth = 0;
  uint32_t row = ts_node_start_point(expression).row;
  bool continued = false;
  return breaks_line_outside_brackets(expression, depth, row, continued);
}

std::string_view called_name(const SyntaxTree &tree, TSNode callee) {
  return is(callee, "attribute") ? tree.text(field(callee, "attribute"))
                                 : tree.text(callee);
}

bool is_plain_string(TSNode node) {
  if (kind(node) != "string")
    return false;
  // string_start [string_content] string_end: the content holds at most
  // escape sequences. An f-string's interpolations are children of their own.
  uint32_t count = ts_node_named_child_count(node);
  return count == 2 ||
         (count == 3 && kind(ts_node_named_child(node, 1)) == "string_content");
}

std::optional<std::string> string_value(const SyntaxTree &tree, TSNode node) {
  if (!is(node, "string"))
    return std::nullopt;
  std::string text;
  for (TSNode child : named_children(node)) {
    if (is(child, "interpolation"))
      return std::nullopt;
    if (is(child, "string_content"))
      text += tree.text(child);
  }
  return text;
}

} // namespace hoist::python
