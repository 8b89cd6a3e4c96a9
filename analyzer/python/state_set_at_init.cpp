#include "python/state_set_at_init.h"

#include <string_view>

#include "python/handler_discovery.h"
#include "python/invoke_effects.h"
#include "python/module_edits.h"
#include "python/module_imports.h"
#include "python/stored_targets.h"
#include "python/syntax_tree.h"

namespace hoist::python {

namespace {

/// A module-level name of a project module (`owner`), as the moved code
/// spells a read of it.
struct State {
  const ModuleModel *owner = nullptr;
  std::string name;
  std::string spelled;
};

class StateWriters {
public:
  explicit StateWriters(const NameResolver &resolver) : resolver_(resolver) {}

  /// The module-level names of other project modules that `code` (in
  /// `module`) reads.
  std::vector<State> read_by(const ModuleModel &module,
                             const std::vector<TSNode> &code) const {
    std::vector<State> states;
    const SyntaxTree &tree = module.tree();
    auto add = [&](const ModuleModel *owner, std::string name, TSNode node) {
      if (!owner || cache().same_file(*owner, module))
        return;
      for (const State &state : states)
        if (cache().same_file(*state.owner, *owner) && state.name == name)
          return;
      states.push_back({owner, std::move(name), std::string(tree.text(node))});
    };
    for (TSNode root : code)
      walk_named_descendants(root, [&](TSNode node) {
        if (is(node, "attribute")) {
          add(project_module(field(node, "object"), {&module, nullptr}),
              std::string(tree.text(field(node, "attribute"))), node);
        } else if (is(node, "identifier")) {
          if (auto [owner, name] = imported_name(
                  std::string(tree.text(node)), module.bindings(), module);
              owner)
            add(owner, name, node);
        }
        return true;
      });
    return states;
  }

  /// How `writer`'s module-level code changes `state`: the code that does,
  /// or "". (What its functions change is changed at run time, which the
  /// inputs' classification refuses already.)
  std::string changed_at_import(const ModuleModel &writer,
                                const State &state) const {
    ModuleEdits edits(writer);
    std::string how;
    for_each_in_scope_and_class_bodies(writer.tree().root(), [&](TSNode node) {
      if (!how.empty() || edits.runs_only_as_script(node))
        return false;
      how = changes(node, {&writer, nullptr}, state);
      return how.empty();
    });
    return how;
  }

private:
  const ModuleCache &cache() const { return resolver_.module_cache(); }

  const ModuleModel *project_module(TSNode node, Scope scope) const {
    Symbol symbol = resolver_.resolve(node, scope);
    return symbol.kind == Symbol::Kind::Module ? symbol.module : nullptr;
  }

  /// The project module and name that `name`, imported in `bindings` (of
  /// `module`) as `from owner import name`, is; a null module for another
  /// binding or an imported module.
  std::pair<const ModuleModel *, std::string>
  imported_name(const std::string &name, const ScopeBindings &bindings,
                const ModuleModel &module) const {
    auto found = bindings.imports.find(name);
    if (found == bindings.imports.end())
      return {nullptr, ""};
    const std::string &path = found->second;
    std::size_t dot = path.rfind('.');
    if (dot == std::string::npos ||
        resolver_.imported(path, module).kind == Symbol::Kind::Module)
      return {nullptr, ""};
    Symbol owner = resolver_.imported(path.substr(0, dot), module);
    if (owner.kind != Symbol::Kind::Module || !owner.module)
      return {nullptr, ""};
    return {owner.module, path.substr(dot + 1)};
  }

  /// True when `node` (in `scope`) names `state`: `settings.REGION`, or the
  /// name `from settings import REGION` binds.
  bool names(TSNode node, Scope scope, const State &state) const {
    const SyntaxTree &tree = scope.module->tree();
    if (is(node, "attribute")) {
      const ModuleModel *owner =
          project_module(field(node, "object"), scope);
      return owner && cache().same_file(*owner, *state.owner) &&
             tree.text(field(node, "attribute")) == state.name;
    }
    if (!is(node, "identifier"))
      return false;
    auto [owner, imported] = imported_name(
        std::string(tree.text(node)), scope.module->bindings(), *scope.module);
    return owner && cache().same_file(*owner, *state.owner) &&
           imported == state.name;
  }

  /// True when `state` is named on the chain of attributes and items that
  /// ends in `top` (`SETTINGS.opts["k"]`), `top` itself included or not.
  bool on_chain(TSNode top, Scope scope, const State &state,
                bool with_top) const {
    for (TSNode node = top; !ts_node_is_null(node);
         node = is(node, "attribute")   ? field(node, "object")
                : is(node, "subscript") ? field(node, "value")
                                        : TSNode{}) {
      if ((with_top || !ts_node_eq(node, top)) && names(node, scope, state))
        return true;
      if (!is(node, "attribute") && !is(node, "subscript"))
        break;
    }
    return false;
  }

  /// How `node` (in `scope`) changes `state`, or "": it sets or deletes
  /// it, an attribute or an item of it (a plain name is the scope's own,
  /// except augmented in place: `SETTINGS |= {...}`), calls a method of it
  /// that may change it, or sets an attribute of it by name.
  std::string changes(TSNode node, Scope scope, const State &state) const {
    const SyntaxTree &tree = scope.module->tree();
    for (TSNode target : stored_targets(node))
      if ((!is(target, "identifier") || is(node, "augmented_assignment") ||
           is(node, "delete_statement")) &&
          on_chain(target, scope, state, true))
        return std::string(tree.text(node));
    if (!is(node, "call"))
      return "";
    TSNode callee = field(node, "function");
    if (is(callee, "attribute") &&
        !reads_container(tree.text(field(callee, "attribute"))) &&
        on_chain(callee, scope, state, false))
      return std::string(tree.text(node));
    std::vector<TSNode> arguments = named_children(field(node, "arguments"));
    std::string_view called = tree.text(callee);
    if ((called == "setattr" || called == "delattr") && !arguments.empty() &&
        !resolver_.resolve(callee, scope).known() &&
        on_chain(arguments.front(), scope, state, true))
      return std::string(tree.text(node));
    return "";
  }

  const NameResolver &resolver_;
};

} // namespace

std::string state_set_at_init_elsewhere(const NameResolver &resolver,
                                        const ModuleModel &module,
                                        const std::vector<TSNode> &code,
                                        std::size_t placed_at) {
  StateWriters writers(resolver);
  const ModuleCache &cache = resolver.module_cache();
  for (const State &state : writers.read_by(module, code))
    for (const std::string &path : importers_of(resolver, *state.owner)) {
      const ModuleModel *writer = cache.module_in(path);
      if (!writer || cache.same_file(*writer, *state.owner) ||
          cache.same_file(*writer, module) || is_test_file(writer->path()))
        continue;
      if (TSNode loading = statement_loading(resolver, module, *writer);
          !ts_node_is_null(loading) && ts_node_start_byte(loading) < placed_at)
        continue;
      if (std::string how = writers.changed_at_import(*writer, state);
          !how.empty())
        return "'" + writer->path() + "' changes '" + state.spelled +
               "' at import ('" + how + "'), which may come after '" +
               module.path() + "' builds it at INIT";
    }
  return "";
}

} // namespace hoist::python
