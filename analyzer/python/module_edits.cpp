#include "python/module_edits.h"

#include <unordered_set>

namespace hoist::python {

bool is_builtin_name(const std::string &name) {
  static const std::unordered_set<std::string> kBuiltins = {
      "True",  "False",  "None",  "str",        "int",     "float",
      "bool",  "dict",   "list",  "tuple",      "set",     "frozenset",
      "bytes", "len",    "range", "min",        "max",     "sorted",
      "print", "object", "type",  "isinstance", "getattr", "open"};
  return kBuiltins.count(name) > 0;
}

std::vector<std::string> names_read(const SyntaxTree &tree, TSNode expression) {
  // The child that names an attribute or a keyword, not a variable.
  auto name_part = [](TSNode node) {
    if (is(node, "attribute"))
      return field(node, "attribute");
    if (is(node, "keyword_argument"))
      return field(node, "name");
    return TSNode{};
  };
  // The walk meets a parent before its children: it notes those parts as it
  // goes (asking each identifier for its parent walks down from the root).
  std::vector<TSNode> not_read{name_part(ts_node_parent(expression))};
  std::vector<std::string> names;
  auto visit = [&](TSNode node) {
    if (TSNode part = name_part(node); !ts_node_is_null(part))
      not_read.push_back(part);
    if (!is(node, "identifier"))
      return;
    for (TSNode part : not_read)
      if (ts_node_eq(part, node))
        return;
    names.emplace_back(tree.text(node));
  };
  visit(expression);
  for_each_in_scope(expression, visit);
  return names;
}

TSNode ModuleEdits::top_level_statement(TSNode node) const {
  TSNode root = module_.tree().root();
  while (!ts_node_is_null(node) && !ts_node_eq(ts_node_parent(node), root))
    node = ts_node_parent(node);
  return node;
}

bool ModuleEdits::calls_own_code(TSNode statement) const {
  bool calls = false;
  for_each_in_scope(statement, [&](TSNode node) {
    if (!is(node, "call"))
      return;
    TSNode callee = field(node, "function");
    std::string name(module_.tree().text(callee));
    calls =
        calls || (is(callee, "identifier") &&
                  (module_.function_named(name) || module_.class_named(name)));
  });
  return calls;
}

std::size_t ModuleEdits::line_after(TSNode statement) const {
  const SourceFile &file = *module_.tree().file();
  std::size_t end = module_.tree().range(statement).end;
  std::size_t line = file.position(end).line;
  return line < file.lines().line_count() ? file.lines().line_start(line + 1)
                                          : file.text().size();
}

std::pair<TSNode, bool>
ModuleEdits::anchor_after(const std::vector<std::string> &names) const {
  const SyntaxTree &tree = module_.tree();
  TSNode anchor{};
  bool anchor_is_import = false;
  auto later = [&](TSNode statement) {
    return ts_node_is_null(anchor) ||
           ts_node_start_byte(statement) > ts_node_start_byte(anchor);
  };
  // The imports: every top-level import statement (or a block holding one,
  // such as `try: import x`).
  for (TSNode statement : named_children(tree.root())) {
    std::string_view type = kind(statement);
    bool imports = type == "import_statement" ||
                   type == "import_from_statement" ||
                   type == "future_import_statement";
    if (!imports && (type == "try_statement" || type == "if_statement"))
      for_each_in_scope(statement, [&](TSNode node) {
        imports = imports || is(node, "import_statement") ||
                  is(node, "import_from_statement");
      });
    if (imports && later(statement)) {
      anchor = statement;
      anchor_is_import = true;
    }
  }
  // The statements that bind what the new code reads.
  for (const std::string &name : names) {
    auto it = module_.bindings().assignments.find(name);
    if (it == module_.bindings().assignments.end())
      continue;
    for (TSNode value : it->second) {
      TSNode statement = top_level_statement(value);
      if (!ts_node_is_null(statement) && later(statement)) {
        anchor = statement;
        anchor_is_import = false;
      }
    }
  }
  return {anchor, anchor_is_import};
}

std::size_t ModuleEdits::import_point() const {
  auto [anchor, is_import] = anchor_after({});
  (void)is_import;
  return ts_node_is_null(anchor) ? start_of_code() : line_after(anchor);
}

std::size_t ModuleEdits::start_of_code() const {
  // After a module docstring, else at the top.
  const SyntaxTree &tree = module_.tree();
  TSNode first = ts_node_named_child(tree.root(), 0);
  if (is(first, "expression_statement") &&
      is(ts_node_named_child(first, 0), "string"))
    return line_after(first);
  return tree.file()->bom_length();
}

std::pair<std::size_t, bool>
ModuleEdits::insertion_point(const std::vector<std::string> &names) const {
  auto [anchor, anchor_is_import] = anchor_after(names);
  if (!ts_node_is_null(anchor)) {
    // Join the module-level setup that follows (constants, clients already
    // built at INIT), so hoisted code keeps source order. A statement that
    // calls the module's own functions ends the run: those could reach the
    // code being moved.
    for (TSNode next = ts_node_next_named_sibling(anchor);
         !ts_node_is_null(next); next = ts_node_next_named_sibling(next)) {
      if (is(next, "comment"))
        continue;
      TSNode assignment = is(next, "expression_statement")
                              ? ts_node_named_child(next, 0)
                              : TSNode{};
      if (!is(assignment, "assignment") || calls_own_code(next))
        break;
      anchor = next;
      anchor_is_import = false;
    }
  }
  if (ts_node_is_null(anchor))
    return {start_of_code(), start_of_code() > 0};
  return {line_after(anchor), anchor_is_import};
}

Edit ModuleEdits::insert_statements(const std::vector<std::string> &names,
                                    const std::string &text) const {
  auto [at, after_import] = insertion_point(names);
  const SourceFile &file = *module_.tree().file();
  std::string prefix;
  // A file whose last line has no newline needs one before new code.
  if (at == file.text().size() && at > 0 && file.text()[at - 1] != '\n')
    prefix = "\n";
  if (after_import)
    prefix += "\n";
  return {module_.tree().file(), {at, at}, prefix + text};
}

std::pair<std::string, std::optional<Edit>>
ModuleEdits::import_module(const std::string &module_name) const {
  for (const auto &[name, path] : module_.bindings().imports)
    if (path == module_name)
      return {name, std::nullopt};
  std::size_t at = import_point();
  const SourceFile &file = *module_.tree().file();
  std::string prefix =
      at == file.text().size() && at > 0 && file.text()[at - 1] != '\n' ? "\n"
                                                                        : "";
  return {module_name, Edit{module_.tree().file(),
                            {at, at},
                            prefix + "import " + module_name + "\n"}};
}

bool ModuleEdits::free_at_module_scope(const std::string &name) const {
  if (is_builtin_name(name) || module_.bindings().binds(name) ||
      module_.function_named(name) || module_.class_named(name))
    return false;
  for (const FunctionInfo &function : module_.functions())
    if (function.bindings.globals.count(name))
      return false;
  return true;
}

std::string ModuleEdits::free_name(const std::string &base,
                                   const FunctionInfo *reader) const {
  auto free = [&](const std::string &name) {
    return free_at_module_scope(name) &&
           !(reader && reader->bindings.binds(name));
  };
  if (free(base))
    return base;
  for (int n = 2;; ++n)
    if (free(base + "_" + std::to_string(n)))
      return base + "_" + std::to_string(n);
}

} // namespace hoist::python
