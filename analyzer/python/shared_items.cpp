#include "python/shared_items.h"

#include "python/invoke_effects.h"
#include "python/module_edits.h"
#include "python/syntax_tree.h"

#include <string_view>
#include <unordered_set>

namespace hoist::python {

namespace {

/// True when `call` only reads what it is given and gives back nothing
/// holding it: a builtin that gives a plain value (`len`, `str`), a harmless
/// library, a catalogued construction, a logging method, or a method of what
/// a harmless library made (`np.random.default_rng(1).permutation(L)`); not
/// a shallow copy (`list(L)`) nor a project function (which may keep it).
bool only_reads(const NameResolver &resolver, Scope scope, TSNode call) {
  const SyntaxTree &tree = scope.module->tree();
  TSNode callee = field(call, "function");
  Symbol symbol = resolver.resolve(callee, scope);
  if (symbol.kind == Symbol::Kind::Function ||
      symbol.kind == Symbol::Kind::Class)
    return false;
  bool builtin = is(callee, "identifier") && !symbol.known();
  std::string path = builtin ? std::string(tree.text(callee))
                     : symbol.kind == Symbol::Kind::Path ? symbol.path
                                                         : std::string();
  if (!path.empty() && resolver.catalogue().copies_shallowly(path))
    return false;
  if (builtin ? gives_plain_value(path)
              : reads_what_it_is_given(resolver, scope, callee))
    return true;
  TSNode root = callee_root(callee);
  if (builtin || !is(root, "identifier"))
    return false;
  Symbol library = resolver.resolve(root, scope);
  return library.kind == Symbol::Kind::Path &&
         resolver.catalogue().is_harmless(library.path);
}

/// True when what `node` gives (a call's result) is kept where code can
/// reach it later: bound to a name, returned, iterated, put in a display,
/// or given on to a call that may keep it (`next(iter(L))`); not when it
/// only goes to a call that reads it (`boto3.client("s3",
/// region_name=random.choice(L))`) or is compared.
bool kept(const NameResolver &resolver, Scope scope, TSNode node) {
  for (;;) {
    TSNode parent = ts_node_parent(node);
    while (is(parent, "parenthesized_expression")) {
      node = parent;
      parent = ts_node_parent(node);
    }
    if (is(parent, "subscript") && ts_node_eq(field(parent, "value"), node)) {
      node = parent;
      continue;
    }
    if ((is(parent, "keyword_argument") &&
         ts_node_eq(field(parent, "value"), node)) ||
        is(parent, "list_splat") || is(parent, "dictionary_splat")) {
      node = parent;
      parent = ts_node_parent(node);
    }
    if (is(parent, "argument_list") && is(ts_node_parent(parent), "call")) {
      TSNode call = ts_node_parent(parent);
      if (only_reads(resolver, scope, call))
        return false;
      if (result_unused(call))
        return true;
      node = call;
      continue;
    }
    return !is(parent, "comparison_operator") && !is(parent, "not_operator") &&
           !is(parent, "interpolation") && !is(parent, "expression_statement");
  }
}

} // namespace

HandedOut handed_out(const NameResolver &resolver, Scope scope, TSNode use,
                     bool keys_iterated) {
  // Methods whose result holds the container's items (or the items of a
  // copy, which are the same objects).
  static const std::unordered_set<std::string_view> kItemViews = {
      "items", "values", "copy", "__iter__", "__reversed__", "__copy__"};
  const SyntaxTree &tree = scope.module->tree();
  TSNode node = use;
  TSNode parent = ts_node_parent(node);
  while (is(parent, "parenthesized_expression")) {
    node = parent;
    parent = ts_node_parent(node);
  }
  bool spread = false;
  if (is(parent, "list_splat") || is(parent, "dictionary_splat")) {
    // `[*L]`, `{**d}`, `(*L,)`: a new container of the same items.
    if (!is(ts_node_parent(parent), "argument_list"))
      return HandedOut::Items;
    spread = true;
    node = parent;
    parent = ts_node_parent(node);
  }
  if ((is(parent, "for_statement") || is(parent, "for_in_clause")) &&
      ts_node_eq(field(parent, "right"), node))
    return keys_iterated ? HandedOut::Nothing : HandedOut::Items;
  if (is(parent, "attribute") && ts_node_eq(field(parent, "object"), node)) {
    TSNode call = ts_node_parent(parent);
    return is(call, "call") && ts_node_eq(field(call, "function"), parent) &&
                   kItemViews.count(tree.text(field(parent, "attribute")))
               ? HandedOut::Items
               : HandedOut::Nothing;
  }
  if (is(parent, "keyword_argument") &&
      ts_node_eq(field(parent, "value"), node)) {
    node = parent;
    parent = ts_node_parent(node);
  }
  TSNode call = ts_node_parent(parent);
  if (!is(parent, "argument_list") || !is(call, "call") || result_unused(call))
    return HandedOut::Nothing;
  Symbol symbol = resolver.resolve(field(call, "function"), scope);
  if (symbol.kind == Symbol::Kind::Function ||
      symbol.kind == Symbol::Kind::Class || only_reads(resolver, scope, call) ||
      !kept(resolver, scope, call))
    return HandedOut::Nothing;
  TSNode callee = field(call, "function");
  std::string path = is(callee, "identifier") && !symbol.known()
                         ? std::string(tree.text(callee))
                     : symbol.kind == Symbol::Kind::Path ? symbol.path
                                                         : std::string();
  if (!path.empty() && resolver.catalogue().copies_shallowly(path))
    return HandedOut::Items;
  return spread ? HandedOut::Items : HandedOut::Itself;
}

bool holds_containers(TSNode value) {
  bool found = false;
  walk_named_descendants(value, [&](TSNode inner) {
    found = found || is(inner, "dictionary") || is(inner, "list") ||
            is(inner, "set");
    return !found;
  });
  return found;
}

} // namespace hoist::python
