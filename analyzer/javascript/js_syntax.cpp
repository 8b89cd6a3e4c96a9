#include "javascript/js_syntax.h"

#include <cctype>
#include <functional>
#include <limits>
#include <string>

#include "core/file_discovery.h"
#include "treesitter/bounded_parse.h"
#include "treesitter/nodes.h"

extern "C" const TSLanguage *tree_sitter_javascript(void);
extern "C" const TSLanguage *tree_sitter_typescript(void);
extern "C" const TSLanguage *tree_sitter_tsx(void);

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::kind;

const TSLanguage *language_of(Dialect dialect) {
  switch (dialect) {
  case Dialect::TypeScript:
    return tree_sitter_typescript();
  case Dialect::Tsx:
    return tree_sitter_tsx();
  case Dialect::JavaScript:
    break;
  }
  return tree_sitter_javascript();
}

struct ParserDeleter {
  void operator()(TSParser *parser) const { ts_parser_delete(parser); }
};

/// The calling thread's parser for `dialect`.
TSParser *thread_parser(Dialect dialect) {
  thread_local std::unique_ptr<TSParser, ParserDeleter> parsers[3];
  auto &parser = parsers[static_cast<int>(dialect)];
  if (!parser) {
    parser.reset(ts_parser_new());
    ts_parser_set_language(parser.get(), language_of(dialect));
  }
  return parser.get();
}

TSTree *parse_text(Dialect dialect, std::string_view code) {
  return ts_parser_parse_string(thread_parser(dialect), nullptr, code.data(),
                                static_cast<uint32_t>(code.size()));
}

/// JavaScript's and TypeScript's comments, for bounded_parse: the grammars'
/// external scanners (automatic semicolons, template strings) read a run of
/// comments again at each comment. `// hoist:` comments stay.
const treesitter::CommentSyntax kJsComments{
    "//", true, {"string", "template_string"}, {"hoist:"}};

/// Makes the line breaks between an export clause and its `from` (`export
/// { a as b }\nfrom './m'`) spaces in `code`, which tree-sitter's automatic
/// semicolon ends the statement at; false when there are none.
bool join_export_clauses(std::string &code) {
  bool changed = false;
  for (std::size_t at = code.find("export"); at != std::string::npos;
       at = code.find("export", at + 1)) {
    std::size_t open = code.find_first_not_of(" \t\r\n", at + 6);
    std::size_t close = open == std::string::npos || code[open] != '{'
                            ? std::string::npos
                            : code.find('}', open);
    std::size_t next = close == std::string::npos
                           ? std::string::npos
                           : code.find_first_not_of(" \t\r\n", close + 1);
    if (next == std::string::npos || code.compare(next, 4, "from") != 0 ||
        code.find('\n', close) > next)
      continue;
    for (std::size_t i = close + 1; i < next; ++i)
      if (code[i] == '\n' || code[i] == '\r')
        code[i] = ' ';
    changed = true;
  }
  return changed;
}

/// Makes TypeScript 5.0's `export type * from './m'` (`export type * as ns
/// from`), which the TypeScript grammar lacks, `export      * from` in
/// `code`: a re-export of types only, no value; false when there is none.
bool drop_type_star_exports(std::string &code) {
  bool changed = false;
  for (std::size_t at = code.find("export"); at != std::string::npos;
       at = code.find("export", at + 1)) {
    std::size_t type = code.find_first_not_of(" \t", at + 6);
    if (type == at + 6 || type == std::string::npos ||
        code.compare(type, 4, "type") != 0)
      continue;
    std::size_t star = code.find_first_not_of(" \t", type + 4);
    if (star == type + 4 || star == std::string::npos || code[star] != '*')
      continue;
    code.replace(type, 4, 4, ' ');
    changed = true;
  }
  return changed;
}

/// Makes each `&` of a JSX attribute's string (`href="/new?a=1&b=2"`) that
/// starts no character reference (`&amp;`, `&#38;`) a space in `code`: JSX
/// takes it literally, the JavaScript grammar refuses it. An attribute
/// string is one a `=` opens, closed on its line; false when there is none.
bool blank_literal_ampersands(std::string &code) {
  bool changed = false;
  for (std::size_t at = code.find('='); at != std::string::npos;
       at = code.find('=', at + 1)) {
    char quote = at + 1 < code.size() ? code[at + 1] : '\0';
    if (quote != '"' && quote != '\'')
      continue;
    std::size_t close = code.find_first_of(std::string(1, quote) + "\n",
                                           at + 2);
    if (close == std::string::npos || code[close] != quote)
      continue;
    for (std::size_t i = at + 2; i < close; ++i) {
      if (code[i] != '&')
        continue;
      std::size_t name = i + 1;
      while (name < close && (std::isalnum(static_cast<unsigned char>(code[name])) ||
                              code[name] == '#'))
        ++name;
      if (name == i + 1 || name == close || code[name] != ';') {
        code[i] = ' ';
        changed = true;
      }
    }
    at = close;
  }
  return changed;
}

/// Parses `code` of `dialect` (null when too slow). Code that parses once
/// what the grammars lack is made what they parse alike (export clauses
/// joined, `export type *`, JSX attributes' literal `&`), the same length,
/// is taken so: the tree's offsets are the code's.
/// JavaScript that the JavaScript grammar cannot parse and the TSX grammar
/// can is taken as TSX parses it: the JavaScript grammar refuses JSX attributes named by a
/// reserved word (`<div class="x">`, `<Collapse in={open}>`,
/// tree-sitter-javascript issue 387), which Babel, esbuild and TypeScript
/// accept.
TSTree *parse_code(Dialect dialect, std::string_view code) {
  TSTree *tree = treesitter::bounded_parse(thread_parser(dialect), code,
                                           kJsComments);
  if (!tree || !ts_node_has_error(ts_tree_root_node(tree)))
    return tree;
  std::string bridged(code);
  bool changed = join_export_clauses(bridged);
  changed = (dialect != Dialect::JavaScript && drop_type_star_exports(bridged)) ||
            changed;
  changed = (dialect != Dialect::TypeScript && blank_literal_ampersands(bridged)) ||
            changed;
  if (changed) {
    TSTree *rejoined = treesitter::bounded_parse(thread_parser(dialect),
                                                 bridged, kJsComments);
    if (rejoined && !ts_node_has_error(ts_tree_root_node(rejoined))) {
      ts_tree_delete(tree);
      return rejoined;
    }
    if (rejoined)
      ts_tree_delete(rejoined);
  }
  if (dialect != Dialect::JavaScript)
    return tree;
  TSTree *tsx = treesitter::bounded_parse(thread_parser(Dialect::Tsx),
                                          bridged, kJsComments);
  if (!tsx || ts_node_has_error(ts_tree_root_node(tsx))) {
    if (tsx)
      ts_tree_delete(tsx);
    return tree;
  }
  ts_tree_delete(tree);
  return tsx;
}

} // namespace

Dialect dialect_of(std::string_view path) {
  std::string_view extension = extension_of(path);
  if (extension == ".tsx")
    return Dialect::Tsx;
  if (extension == ".ts" || extension == ".mts" || extension == ".cts")
    return Dialect::TypeScript;
  return Dialect::JavaScript;
}

std::unique_ptr<JsTree> JsTree::parse(SourceFilePtr file) {
  std::string_view code = file->text().substr(file->bom_length());
  Dialect dialect = dialect_of(file->path());
  TSTree *tree = parse_code(dialect, code);
  bool too_slow = !tree;
  if (too_slow)
    tree = parse_text(dialect, "");
  return std::unique_ptr<JsTree>(new JsTree(std::move(file), tree, too_slow));
}

JsTree::~JsTree() { ts_tree_delete(tree_); }

TextRange JsTree::range(TSNode node) const {
  std::size_t bom = file_->bom_length();
  if (ts_node_is_null(node)) // an absent field: real code lacks many
    return {bom, bom};
  return {ts_node_start_byte(node) + bom, ts_node_end_byte(node) + bom};
}

std::string_view JsTree::text(TSNode node) const {
  return file_->slice(range(node));
}

std::vector<TextRange> JsTree::comment_ranges() const {
  std::vector<TextRange> comments;
  treesitter::walk_named_descendants(root(), [&](TSNode node) {
    if (is(node, "comment"))
      comments.push_back(range(node));
    return !is(node, "string") && !is(node, "template_string");
  });
  return comments;
}

TSNode top_level_statement(TSNode node) {
  for (TSNode parent = ts_node_parent(node); !ts_node_is_null(parent);
       node = parent, parent = ts_node_parent(parent))
    if (is(parent, "program"))
      return node;
  return {};
}

void for_each_error(TSNode root, const std::function<bool(TSNode)> &visit) {
  if (!ts_node_has_error(root))
    return;
  // A cursor, not walk_named_descendants: MISSING tokens may be anonymous.
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  for (bool more = true; more;) {
    TSNode node = ts_tree_cursor_current_node(&cursor);
    if ((ts_node_is_error(node) || ts_node_is_missing(node)) && !visit(node))
      break;
    if (ts_node_has_error(node) && ts_tree_cursor_goto_first_child(&cursor))
      continue;
    while (more && !ts_tree_cursor_goto_next_sibling(&cursor))
      more = ts_tree_cursor_goto_parent(&cursor);
  }
  ts_tree_cursor_delete(&cursor);
}

std::size_t js_syntax_errors(std::string_view path, std::string_view text) {
  TSTree *tree = parse_code(dialect_of(path), text);
  if (!tree) // too slow to tell: as bad as any
    return std::numeric_limits<std::size_t>::max();
  std::size_t errors = 0;
  for_each_error(ts_tree_root_node(tree), [&](TSNode) {
    ++errors;
    return true;
  });
  ts_tree_delete(tree);
  return errors;
}

TSNode field(TSNode node, std::string_view name) {
  // Field ids differ between the three grammars.
  static const treesitter::FieldIds javascript(tree_sitter_javascript());
  static const treesitter::FieldIds typescript(tree_sitter_typescript());
  static const treesitter::FieldIds tsx(tree_sitter_tsx());
  const TSLanguage *language = ts_node_language(node);
  const treesitter::FieldIds &ids =
      language == tree_sitter_typescript() ? typescript
      : language == tree_sitter_tsx()      ? tsx
                                           : javascript;
  return ts_node_child_by_field_id(node, ids(name));
}

std::optional<std::string> string_value(const JsTree &tree, TSNode node) {
  if (!is(node, "string"))
    return std::nullopt;
  std::string value;
  for (TSNode part : treesitter::named_children(node)) {
    if (!is(part, "string_fragment"))
      return std::nullopt; // an escape: not worth decoding for module names
    value += tree.text(part);
  }
  return value;
}

TSNode unwrap_expression(TSNode node) {
  while (!ts_node_is_null(node)) {
    std::string_view type = kind(node);
    if (type == "parenthesized_expression" || type == "await_expression" ||
        type == "as_expression" || type == "satisfies_expression" ||
        type == "non_null_expression" || type == "type_assertion") {
      // The expression is the first named child (a type follows it, or, in
      // `<T>x`, precedes it as type_arguments).
      TSNode inner = ts_node_named_child(node, 0);
      if (type == "type_assertion")
        inner = ts_node_named_child(node, 1);
      if (ts_node_is_null(inner))
        return node;
      node = inner;
      continue;
    }
    return node;
  }
  return node;
}

TSNode awaiter_body(const JsTree &tree, TSNode function) {
  TSNode body = field(function, "body");
  TSNode call = body;
  if (is(body, "statement_block")) {
    TSNode only = ts_node_named_child(body, 0);
    if (ts_node_named_child_count(body) != 1 || !is(only, "return_statement"))
      return {};
    call = ts_node_named_child(only, 0);
  }
  call = unwrap_expression(call);
  if (!is(call, "call_expression"))
    return {};
  TSNode callee = unwrap_expression(field(call, "function"));
  if (is(callee, "member_expression")) // tslib_1.__awaiter
    callee = field(callee, "property");
  TSNode arguments = field(call, "arguments");
  uint32_t count = ts_node_named_child_count(arguments);
  TSNode generator = count == 4 ? ts_node_named_child(arguments, 3) : TSNode{};
  return tree.text(callee) == "__awaiter" && is(generator, "generator_function")
             ? generator
             : TSNode{};
}

TSNode awaiter_owner(const JsTree &tree, TSNode function) {
  for (TSNode up = ts_node_parent(function); !ts_node_is_null(up);
       up = ts_node_parent(up))
    if (is_function_node(up))
      return ts_node_eq(awaiter_body(tree, up), function) ? up : function;
  return function;
}

bool in_nested_function(TSNode node, TSNode function) {
  for (TSNode at = ts_node_parent(node);
       !ts_node_is_null(at) && !ts_node_eq(at, function);
       at = ts_node_parent(at))
    if (is_function_node(at))
      return true;
  return false;
}

bool is_function_type(std::string_view type) {
  return type == "function_declaration" || type == "function_expression" ||
         type == "function" || type == "arrow_function" ||
         type == "generator_function_declaration" ||
         type == "generator_function" || type == "method_definition";
}

bool is_function_node(TSNode node) { return is_function_type(kind(node)); }

void for_each_stored_expression(TSNode target,
                                const std::function<void(TSNode)> &visit) {
  target = unwrap_expression(target);
  if (ts_node_is_null(target))
    return;
  std::string_view type = kind(target);
  if (type == "object_pattern" || type == "array_pattern" ||
      type == "rest_pattern") {
    for (uint32_t i = 0; i < ts_node_named_child_count(target); ++i)
      for_each_stored_expression(ts_node_named_child(target, i), visit);
  } else if (type == "pair_pattern") {
    for_each_stored_expression(field(target, "value"), visit);
  } else if (type == "assignment_pattern" ||
             type == "object_assignment_pattern") {
    for_each_stored_expression(field(target, "left"), visit);
  } else if (type != "comment") {
    visit(target);
  }
}

bool is_stored_to(TSNode expression) {
  TSNode at = expression;
  for (TSNode up = ts_node_parent(at); !ts_node_is_null(up);
       at = up, up = ts_node_parent(up)) {
    std::string_view type = kind(up);
    if (type == "parenthesized_expression" || type == "object_pattern" ||
        type == "array_pattern" || type == "rest_pattern" ||
        (type == "pair_pattern" && ts_node_eq(field(up, "value"), at)) ||
        ((type == "assignment_pattern" || type == "object_assignment_pattern") &&
         ts_node_eq(field(up, "left"), at)))
      continue;
    return (type == "assignment_expression" ||
            type == "augmented_assignment_expression" ||
            type == "for_in_statement") &&
           ts_node_eq(field(up, "left"), at);
  }
  return false;
}

bool opens_scope_type(std::string_view type) {
  return is_function_type(type) || type == "class_declaration" ||
         type == "class";
}

bool opens_scope(TSNode node) { return opens_scope_type(kind(node)); }

} // namespace hoist::javascript
