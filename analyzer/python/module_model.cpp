#include "python/module_model.h"

#include <algorithm>
#include <optional>

#include "python/stored_targets.h"

namespace hoist::python {
namespace {

std::string dotted(const SyntaxTree &tree, TSNode node) {
  return std::string(tree.text(node));
}

/// Binds `name` to the import path `path`, keeping an earlier import of it
/// from another path.
void bind_import(ScopeBindings &out, const std::string &name,
                 std::string path) {
  auto [bound, first] = out.imports.try_emplace(name, path);
  if (!first && bound->second != path) {
    std::vector<std::string> &earlier = out.earlier_imports[name];
    if (std::find(earlier.begin(), earlier.end(), bound->second) ==
        earlier.end())
      earlier.push_back(std::move(bound->second));
    bound->second = std::move(path);
  }
}

void collect_import(const SyntaxTree &tree, TSNode statement,
                    ScopeBindings &out) {
  if (is(statement, "import_statement")) {
    for (TSNode name : fields(statement, "name")) {
      if (is(name, "aliased_import")) {
        bind_import(out, dotted(tree, field(name, "alias")),
                    dotted(tree, field(name, "name")));
      } else {
        // `import a.b.c` binds `a`.
        std::string path = dotted(tree, name);
        std::string head = path.substr(0, path.find('.'));
        bind_import(out, head, head);
      }
    }
    return;
  }
  // import_from_statement
  std::string module = dotted(tree, field(statement, "module_name"));
  std::string separator = module.empty() || module.back() == '.' ? "" : ".";
  for (TSNode child : named_children(statement))
    if (is(child, "wildcard_import"))
      out.wildcard_modules.push_back(module);
  for (TSNode name : fields(statement, "name")) {
    if (is(name, "aliased_import"))
      bind_import(out, dotted(tree, field(name, "alias")),
                  module + separator + dotted(tree, field(name, "name")));
    else
      bind_import(out, dotted(tree, name),
                  module + separator + dotted(tree, name));
  }
}

/// Keeps the attribute and item targets `statement` stores to or deletes
/// as written.
void keep_written(TSNode statement, std::vector<TSNode> &written_targets) {
  for (TSNode target : stored_targets(statement))
    if (is(target, "attribute") || is(target, "subscript"))
      written_targets.push_back(target);
}

/// Binds the names among `statement`'s stored_targets as names of unknown
/// value, and keeps its attribute and item targets as written.
void bind_targets(const SyntaxTree &tree, TSNode statement, ScopeBindings &out,
                  std::vector<TSNode> &written_targets) {
  for (TSNode target : stored_targets(statement))
    if (is(target, "identifier"))
      out.others.insert(std::string(tree.text(target)));
  keep_written(statement, written_targets);
}

/// The elements of a tuple, list or set written out (`"a", x`, `[a, b]`),
/// or nothing: another value, or one with a starred element, whose length
/// hoist cannot tell.
std::optional<std::vector<TSNode>> written_out_elements(TSNode value) {
  value = unparenthesize(value);
  if (!is(value, "expression_list") && !is(value, "tuple") &&
      !is(value, "list") && !is(value, "set"))
    return std::nullopt;
  std::vector<TSNode> elements;
  for (TSNode element : named_children(value)) {
    if (is(element, "list_splat"))
      return std::nullopt;
    if (!is(element, "comment"))
      elements.push_back(element);
  }
  return elements;
}

/// Binds the names of the unpacking `target` to the values they take from
/// `value` when it is written out (`A, B = x, "y"`, `P, *Q = [x, y]`: A to
/// x, B to "y", P to x), as plain assignments; the other names (Q, or all
/// of them when `value` is not written out) to values unknown.
void bind_unpacked(const SyntaxTree &tree, TSNode target, TSNode value,
                   ScopeBindings &out) {
  target = unparenthesize(target);
  if (is(target, "identifier")) {
    out.assignments[std::string(tree.text(target))].push_back(value);
    return;
  }
  if (!is(target, "pattern_list") && !is(target, "tuple_pattern") &&
      !is(target, "list_pattern")) {
    for (TSNode name : targets_within(target))
      if (is(name, "identifier"))
        out.others.insert(std::string(tree.text(name)));
    return;
  }
  std::vector<TSNode> targets;
  for (TSNode part : named_children(target))
    if (!is(part, "comment"))
      targets.push_back(part);
  std::optional<std::vector<TSNode>> values = written_out_elements(value);
  std::size_t starred = targets.size();
  for (std::size_t i = 0; i < targets.size(); ++i)
    if (is(targets[i], "list_splat_pattern"))
      starred = i;
  bool pairs = values && (starred == targets.size()
                              ? values->size() == targets.size()
                              : values->size() + 1 >= targets.size());
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (!pairs || i == starred) {
      for (TSNode name : targets_within(targets[i]))
        if (is(name, "identifier"))
          out.others.insert(std::string(tree.text(name)));
      continue;
    }
    std::size_t from = i < starred ? i : values->size() - (targets.size() - i);
    bind_unpacked(tree, targets[i], (*values)[from], out);
  }
}

} // namespace

namespace {

/// Binds the names a `case` pattern captures: `case x:`, `case [x, *rest]`,
/// `case {"k": x}`, `case P(a=x)`, `case _ as x` (not the class of a class
/// pattern, not a keyword pattern's keyword, not `_`).
void bind_captures(const SyntaxTree &tree, TSNode pattern, ScopeBindings &out) {
  walk_named_descendants(pattern, [&](TSNode node) {
    if (!is(node, "identifier") || tree.text(node) == "_")
      return true;
    TSNode parent = ts_node_parent(node);
    bool captures = false;
    if (is(parent, "dotted_name")) {
      TSNode holder = ts_node_parent(parent);
      captures = ts_node_named_child_count(parent) == 1 &&
                 !(is(holder, "class_pattern") &&
                   ts_node_eq(ts_node_named_child(holder, 0), parent));
    } else {
      captures = !is(parent, "keyword_pattern") ||
                 !ts_node_eq(ts_node_named_child(parent, 0), node);
    }
    if (captures)
      out.others.insert(std::string(tree.text(node)));
    return true;
  });
}

/// Notes the names that functions nested in `function` (a
/// function_definition, or the module) declare `global` or `nonlocal`.
void collect_nested_declarations(const SyntaxTree &tree, TSNode function,
                                 ScopeBindings &out) {
  std::string_view text = tree.text(function);
  if (text.find("global") == std::string_view::npos &&
      text.find("nonlocal") == std::string_view::npos)
    return;
  walk_named_descendants(function, [&](TSNode node) {
    if (!is(node, "global_statement") && !is(node, "nonlocal_statement"))
      return true;
    TSNode scope = ts_node_parent(node);
    while (!ts_node_is_null(scope) && !opens_scope(scope))
      scope = ts_node_parent(scope);
    if (!ts_node_is_null(scope) && !ts_node_eq(scope, function))
      for (TSNode name : named_children(node))
        out.declared_in_nested.insert(std::string(tree.text(name)));
    return false;
  });
}

/// What one walk over a scope's own code finds besides its bindings.
struct ScopeFacts {
  bool has_yield = false;
  std::vector<TSNode> calls;
  std::vector<std::pair<TSNode, TSNode>> attribute_assignments; ///< left, right
  std::vector<TSNode> written_targets;
  std::vector<TSNode> with_values;
  /// Function and class definitions, with their decorators.
  std::vector<std::pair<TSNode, std::vector<TSNode>>> definitions;
  /// Lambdas that make a call.
  std::vector<TSNode> lambdas;
};

/// Expressions whose parts a scope's walk enters only when their text shows
/// they may hold what it collects (see holds_collected_nodes).
bool is_prunable_expression(std::string_view type) {
  return type == "attribute" || type == "subscript" ||
         type == "binary_operator" || type == "boolean_operator" ||
         type == "comparison_operator" || type == "not_operator" ||
         type == "unary_operator" || type == "dictionary" || type == "pair" ||
         type == "list" || type == "tuple" || type == "set" ||
         type == "keyword_argument" || type == "conditional_expression" ||
         type == "expression_list";
}

/// False when an expression's text proves it holds nothing a scope's walk
/// collects: a call needs '(', an assignment expression ":=", a
/// comprehension "for", a yield "yield" (lambdas matter only for calls and
/// assignment expressions in their defaults). Attribute chains, subscripts
/// and literals mostly hold none, and a byte search is cheaper than walking
/// their nodes.
bool holds_collected_nodes(const SyntaxTree &tree, TSNode expression) {
  std::string_view text = tree.text(expression);
  return text.find('(') != std::string_view::npos ||
         text.find(":=") != std::string_view::npos ||
         text.find("for") != std::string_view::npos ||
         text.find("yield") != std::string_view::npos;
}

/// One walk over the code that runs in `scope_root`'s scope, but for
/// `skipped` (a lambda's parameters, whose defaults run where it is made).
void collect_scope(const SyntaxTree &tree, TSNode scope_root,
                   ScopeBindings &out, ScopeFacts &facts,
                   TSNode skipped = TSNode{}) {
  // A decorated definition is visited before its definition: its decorators
  // wait here (asking a node for its parent walks down from the root).
  std::vector<std::pair<TSNode, std::vector<TSNode>>> decorated;
  // Names the module binds by unpacking values written out or by a loop
  // over them keep those values (they are bound once, at INIT);
  // a function's are its locals, which fixes move only as plain
  // assignments.
  bool at_module = ts_node_eq(scope_root, tree.root());
  for_each_in_scope(scope_root, [&](TSNode node) {
    std::string_view type = kind(node);
    if (!ts_node_is_null(skipped) && ts_node_eq(node, skipped))
      return false;
    if (is_prunable_expression(type))
      return holds_collected_nodes(tree, node);
    if (type == "call") {
      facts.calls.push_back(node);
    } else if (type == "import_statement" || type == "import_from_statement") {
      collect_import(tree, node, out);
    } else if (type == "assignment") {
      TSNode left = field(node, "left");
      TSNode right = field(node, "right");
      if (is(left, "identifier") && !ts_node_is_null(right)) {
        out.assignments[std::string(tree.text(left))].push_back(right);
      } else if (at_module && !ts_node_is_null(right)) {
        bind_unpacked(tree, left, right, out); // `A, B = x, "y"`
        keep_written(node, facts.written_targets);
      } else {
        bind_targets(tree, node, out, facts.written_targets);
      }
      if (is(left, "attribute") && !ts_node_is_null(right))
        facts.attribute_assignments.push_back({left, right});
    } else if (type == "type_alias_statement") {
      // Python wants a name after `type`; tree-sitter also reads
      // `type(self).X = v` so, as `type (self).X = v`: an attribute set.
      TSNode left = ts_node_named_child(field(node, "left"), 0);
      if (is(left, "attribute") || is(left, "subscript"))
        facts.written_targets.push_back(left);
    } else if (type == "named_expression") {
      out.assignments[std::string(tree.text(field(node, "name")))].push_back(
          field(node, "value"));
    } else if (type == "with_item") {
      facts.with_values.push_back(unparenthesize(field(node, "value")));
    } else if (type == "for_statement" && at_module &&
               !written_out_elements(field(node, "right"))
                    .value_or(std::vector<TSNode>{})
                    .empty()) {
      // A module-level loop over values written out binds its target to
      // one of them at INIT (`for REGION in (a, b): ...`).
      std::vector<TSNode> values = *written_out_elements(field(node, "right"));
      for (TSNode value : values)
        bind_unpacked(tree, field(node, "left"), value, out);
      keep_written(node, facts.written_targets);
    } else if (type == "augmented_assignment" || type == "for_statement" ||
               type == "for_in_clause" || type == "as_pattern" ||
               type == "delete_statement") {
      bind_targets(tree, node, out, facts.written_targets);
    } else if (type == "case_pattern") {
      bind_captures(tree, node, out);
      return false;
    } else if (type == "decorated_definition") {
      std::vector<TSNode> decorators;
      for (TSNode child : named_children(node))
        if (is(child, "decorator"))
          decorators.push_back(child);
      decorated.push_back({field(node, "definition"), std::move(decorators)});
    } else if (type == "function_definition" || type == "class_definition") {
      out.others.insert(std::string(tree.text(field(node, "name"))));
      std::vector<TSNode> decorators;
      for (auto &[definition, its_decorators] : decorated)
        if (ts_node_eq(definition, node))
          decorators = std::move(its_decorators);
      facts.definitions.push_back({node, std::move(decorators)});
    } else if (type == "lambda") {
      if (tree.text(field(node, "body")).find('(') != std::string_view::npos)
        facts.lambdas.push_back(node);
    } else if (type == "global_statement") {
      for (TSNode name : named_children(node))
        out.globals.insert(std::string(tree.text(name)));
    } else if (type == "yield") {
      facts.has_yield = true;
    }
    return true;
  });
}


FunctionInfo::MethodKind method_kind_of(const SyntaxTree &tree,
                                        const std::vector<TSNode> &decorators) {
  for (TSNode decorator : decorators) {
    std::string_view text = tree.text(decorator);
    if (text == "@staticmethod")
      return FunctionInfo::MethodKind::Static;
    if (text == "@classmethod")
      return FunctionInfo::MethodKind::Class;
  }
  return FunctionInfo::MethodKind::Instance;
}

} // namespace

std::vector<Parameter> parse_parameters(const SyntaxTree &tree,
                                        TSNode parameters) {
  std::vector<Parameter> out;
  bool keyword_only = false;
  for (TSNode node : named_children(parameters)) {
    std::string_view type = kind(node);
    if (type == "keyword_separator") {
      keyword_only = true;
      continue;
    }
    if (type == "positional_separator")
      continue;
    Parameter parameter;
    parameter.node = node;
    parameter.kind = keyword_only ? Parameter::Kind::KeywordOnly
                                  : Parameter::Kind::Positional;
    TSNode name = node;
    if (type == "default_parameter" || type == "typed_default_parameter") {
      parameter.has_default = true;
      name = field(node, "name");
    } else if (type == "typed_parameter") {
      name = ts_node_named_child(node, 0);
    }
    if (is(name, "list_splat_pattern")) {
      parameter.kind = Parameter::Kind::VarPositional;
      keyword_only = true;
      name = ts_node_named_child(name, 0);
    } else if (is(name, "dictionary_splat_pattern")) {
      parameter.kind = Parameter::Kind::VarKeyword;
      name = ts_node_named_child(name, 0);
    }
    parameter.name = ts_node_is_null(name) ? "" : std::string(tree.text(name));
    out.push_back(std::move(parameter));
  }
  return out;
}

ModuleModel::ModuleModel(const SyntaxTree &tree) : tree_(tree) {
  ScopeFacts facts;
  collect_scope(tree, tree.root(), bindings_, facts);
  collect_nested_declarations(tree, tree.root(), bindings_);
  add_definitions(facts.definitions, facts.lambdas, "", nullptr);
  index_classes();
  std::unordered_map<std::string, std::size_t> bindings;
  for (const ClassInfo &cls : classes_)
    ++bindings[cls.name];
  for (const FunctionInfo &function : functions_)
    if (function.class_name.empty())
      ++bindings[function.name];
  for (const auto &[name, path] : bindings_.imports)
    bindings[name] += 1 + (bindings_.earlier_imports.count(name)
                               ? bindings_.earlier_imports.at(name).size()
                               : 0);
  for (const auto &[name, count] : bindings)
    if (count > 1)
      rebound_.insert(name);
  for (const FunctionInfo &function : functions_) {
    if (function.class_name.empty())
      functions_by_name_[function.name] = &function; // the last one wins
    else
      for (TSNode decorator : function.decorators) {
        TSNode expression = ts_node_named_child(decorator, 0);
        if (is(expression, "attribute") &&
            tree_.text(field(expression, "attribute")) == "setter")
          setters_.emplace(function.name, &function);
      }
    declared_globals_.insert(function.bindings.globals.begin(),
                             function.bindings.globals.end());
  }
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
    if (imports)
      last_import_ = statement;
  }
}

const FunctionInfo *ModuleModel::function_named(const std::string &name) const {
  auto found = functions_by_name_.find(name);
  return found == functions_by_name_.end() ? nullptr : found->second;
}

const ClassInfo *ModuleModel::class_named(const std::string &name) const {
  auto found = classes_by_name_.find(name);
  return found == classes_by_name_.end() ? nullptr : found->second;
}

void ModuleModel::index_classes() {
  std::unordered_map<std::string_view, std::vector<ClassInfo *>> by_name;
  for (ClassInfo &info : classes_) {
    by_name[info.name].push_back(&info);
    classes_by_name_[info.name] = &info; // the last one wins
  }
  for (const FunctionInfo &function : functions_) {
    if (function.class_name.empty())
      continue;
    auto classes = by_name.find(function.class_name);
    if (classes == by_name.end())
      continue;
    for (ClassInfo *info_pointer : classes->second) {
      ClassInfo &info = *info_pointer;
      if (!info.methods.emplace(function.name, &function).second) {
        info.methods[function.name] = &function; // the last one wins
        info.methods_defined_more_than_once.insert(function.name);
      }
      const Parameter *self = function.self_parameter();
      if (!self)
        continue;
      for (const auto &[left, right] : function.attribute_assignments)
        if (tree_.text(field(left, "object")) == self->name)
          info.self_assignments[std::string(
                                    tree_.text(field(left, "attribute")))]
              .push_back({&function, right});
    }
  }
}

void ModuleModel::add_definitions(
    const std::vector<std::pair<TSNode, std::vector<TSNode>>> &definitions,
    const std::vector<TSNode> &lambdas, const std::string &class_name,
    FunctionInfo *enclosing) {
  // Module-level functions and methods are the module's functions; what
  // functions define, and lambdas, are reached only through their callers.
  bool top_level = !enclosing;
  for (const auto &[node, decorators] : definitions) {
    if (is(node, "class_definition")) {
      if (!class_name.empty() || !top_level)
        continue; // methods of nested classes are out of reach
      ClassInfo info;
      info.name = std::string(tree_.text(field(node, "name")));
      info.node = node;
      if (TSNode bases = field(node, "superclasses"); !ts_node_is_null(bases))
        for (TSNode base : named_children(bases)) {
          // `Base[T]`, `Generic[T]`: the alias's __mro_entries__ makes the
          // class itself the base (PEP 560).
          while (is(base, "subscript"))
            base = field(base, "value");
          if (!is(base, "keyword_argument"))
            info.bases.push_back(base);
        }
      classes_.push_back(std::move(info));
      ScopeBindings class_scope;
      ScopeFacts class_facts;
      collect_scope(tree_, field(node, "body"), class_scope, class_facts);
      // What the body binds to a name it declares `global` (`class C:
      // global REGION; REGION = "af-south-1"`) is the module's, bound
      // where the class is defined.
      for (const std::string &name : class_scope.globals) {
        if (auto values = class_scope.assignments.find(name);
            values != class_scope.assignments.end())
          for (TSNode value : values->second)
            bindings_.assignments[name].push_back(value);
        if (auto path = class_scope.imports.find(name);
            path != class_scope.imports.end())
          bindings_.imports.emplace(name, path->second);
        if (class_scope.others.count(name))
          bindings_.others.insert(name);
      }
      add_definitions(class_facts.definitions, class_facts.lambdas,
                      classes_.back().name, nullptr);
      continue;
    }
    FunctionInfo &function =
        add_function(top_level ? functions_ : nested_functions_, node,
                     decorators, class_name, enclosing);
    if (enclosing)
      enclosing->nested[function.name] = &function; // the last one wins
  }
  for (TSNode lambda : lambdas)
    lambdas_by_node_[lambda.id] =
        &add_function(nested_functions_, lambda, {}, "", enclosing);
}

FunctionInfo &ModuleModel::add_function(std::deque<FunctionInfo> &into,
                                        TSNode node,
                                        const std::vector<TSNode> &decorators,
                                        const std::string &class_name,
                                        FunctionInfo *enclosing) {
  FunctionInfo &function = into.emplace_back();
  function.node = node;
  function.enclosing = enclosing;
  function.is_lambda = is(node, "lambda");
  function.name_node = function.is_lambda ? node : field(node, "name");
  function.name = function.is_lambda
                      ? "<lambda>"
                      : std::string(tree_.text(function.name_node));
  function.class_name = class_name;
  function.parameters_node = field(node, "parameters");
  if (!ts_node_is_null(function.parameters_node))
    function.parameters = parse_parameters(tree_, function.parameters_node);
  function.body = field(node, "body");
  function.decorators = decorators;
  if (!function.class_name.empty())
    function.method_kind = method_kind_of(tree_, function.decorators);
  function.is_async = is(ts_node_child(node, 0), "async");
  if (!ts_node_is_null(function.body)) {
    ScopeFacts facts;
    // A lambda's body is an expression, itself perhaps the call it makes.
    collect_scope(tree_, function.is_lambda ? node : function.body,
                  function.bindings, facts,
                  function.is_lambda ? function.parameters_node : TSNode{});
    function.is_generator = facts.has_yield;
    function.calls = std::move(facts.calls);
    function.attribute_assignments = std::move(facts.attribute_assignments);
    function.written_targets = std::move(facts.written_targets);
    function.with_values = std::move(facts.with_values);
    if (!function.is_lambda)
      collect_nested_declarations(tree_, node, function.bindings);
    add_definitions(facts.definitions, facts.lambdas, "", &function);
  }
  for (const Parameter &parameter : function.parameters)
    function.bindings.others.insert(parameter.name);
  return function;
}

std::vector<const FunctionInfo *>
ModuleModel::setters_of(const std::string &name) const {
  std::vector<const FunctionInfo *> found;
  auto [begin, end] = setters_.equal_range(name);
  for (auto it = begin; it != end; ++it)
    found.push_back(it->second);
  return found;
}

bool ModuleModel::star_import_brings(const std::string &name) const {
  auto all = bindings_.assignments.find("__all__");
  if (all != bindings_.assignments.end() && all->second.size() == 1 &&
      !bindings_.others.count("__all__")) {
    TSNode listed = unparenthesize(all->second.front());
    if (is(listed, "list") || is(listed, "tuple")) {
      std::vector<TSNode> items = named_children(listed);
      if (std::all_of(items.begin(), items.end(), [&](TSNode item) {
            return string_value(tree_, item).has_value();
          }))
        return std::any_of(items.begin(), items.end(), [&](TSNode item) {
          return *string_value(tree_, item) == name;
        });
    }
  }
  return name.empty() || name.front() != '_';
}

const FunctionInfo *ModuleModel::lambda_at(TSNode node) const {
  auto found = lambdas_by_node_.find(node.id);
  return found == lambdas_by_node_.end() ? nullptr : found->second;
}

} // namespace hoist::python
