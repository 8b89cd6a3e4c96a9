#include "javascript/js_resolve.h"

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "core/tsconfig.h"
#include "javascript/js_memoizer.h"

namespace hoist::javascript {

namespace fs = std::filesystem;
using treesitter::is;
using treesitter::kind;
using treesitter::named_children;
using treesitter::walk_named_descendants;

const JsModule *Modules::load(const std::string &path,
                              const std::string &display) {
  auto [found, fresh] = modules_.try_emplace(path);
  Loaded &loaded = found->second;
  if (fresh) {
    auto listed = checked_.find(path);
    loaded.display = listed != checked_.end() ? listed->second : display;
  }
  loaded.last_used = ++clock_;
  ++loaded.uses;
  if (loaded.module || loaded.unreadable)
    return loaded.module.get();
  SourceFilePtr file = read(path, loaded.display, checked_.count(path) > 0);
  if (!file) {
    loaded.unreadable = true;
    return nullptr;
  }
  loaded.module = std::make_unique<JsModule>(JsTree::parse(file));
  held_.push_back(&loaded);
  return loaded.module.get();
}

SourceFilePtr Modules::read(const std::string &path, const std::string &display,
                            bool report) {
  auto fixed = request_.overlay ? request_.overlay->find(path)
                                : Overlay::const_iterator{};
  if (request_.overlay && fixed != request_.overlay->end())
    return std::make_shared<SourceFile>(display, fixed->second);
  auto read = SourceFile::load(path, display, request_.max_file_size);
  if (auto *error = std::get_if<LoadError>(&read)) {
    if (report)
      result_.errors.push_back(*error);
    return nullptr;
  }
  return std::get<SourceFilePtr>(read);
}

std::unique_ptr<JsModule> Modules::parse_apart(const std::string &path) {
  auto listed = checked_.find(path);
  SourceFilePtr file =
      read(path, listed != checked_.end() ? listed->second : path, false);
  return file ? std::make_unique<JsModule>(JsTree::parse(file)) : nullptr;
}

void Modules::trim() {
  // Enough for a handler's modules and the helpers many handlers share
  // (the most loaded are kept); a module costs about ten times its text.
  constexpr std::size_t kKept = 64;
  if (held_.size() <= 2 * kKept)
    return;
  auto dropped = held_.begin() + (held_.size() - kKept);
  std::nth_element(held_.begin(), dropped, held_.end(),
                   [](const Loaded *a, const Loaded *b) {
                     return std::tie(a->uses, a->last_used) <
                            std::tie(b->uses, b->last_used);
                   });
  for (auto it = held_.begin(); it != dropped; ++it)
    (*it)->module.reset();
  held_.erase(held_.begin(), dropped);
  imports_.clear(); // as many as the modules read
}

const std::vector<fs::path> &Modules::bases_of(const JsModule &from,
                                               const std::string &specifier) {
  // Asked again for every call through an import: worked out once.
  auto [found, fresh] =
      imports_.try_emplace(from.tree().file()->path() + '\0' + specifier);
  if (fresh)
    found->second = import_bases(from, specifier);
  return found->second;
}

const JsModule *Modules::imported(const JsModule &from,
                                  const std::string &specifier) {
  for (const fs::path &base : bases_of(from, specifier))
    if (const JsModule *module = load_first(base))
      return module;
  return nullptr;
}

std::string Modules::imported_path(const JsModule &from,
                                   const std::string &specifier) {
  for (const fs::path &base : bases_of(from, specifier))
    if (const FirstFile &first = first_file_of(base); !first.path.empty())
      return first.path;
  return "";
}

std::vector<fs::path> Modules::import_bases(const JsModule &from,
                                            const std::string &specifier) {
  fs::path directory =
      fs::absolute(fs::path(from.tree().file()->path())).parent_path();
  if (specifier.rfind("./", 0) == 0 || specifier.rfind("../", 0) == 0)
    return {(directory / specifier).lexically_normal()};
  // A Lambda layer's code, at /opt/nodejs at run time: a `nodejs`
  // directory of the project (a layer's ContentUri, Amplify's lib/nodejs).
  const std::string_view layer = "/opt/nodejs/";
  if (specifier.rfind(layer, 0) == 0) {
    std::vector<fs::path> bases;
    for (const std::string &root : layer_roots())
      bases.push_back(
          (fs::path(root) / specifier.substr(layer.size())).lexically_normal());
    return bases;
  }
  // tsconfig.json's paths and baseUrl: `@/lib/db`, `lib/db`
  const TsconfigDirs *tsconfig = nearest_tsconfig(directory);
  if (!tsconfig || (tsconfig->paths.empty() && !tsconfig->base_url))
    return {};
  return aliased_paths(*tsconfig, specifier);
}

const std::vector<std::string> &Modules::layer_roots() {
  if (!layer_roots_) {
    std::set<std::string> found;
    for (const auto &[path, display] : checked_)
      for (fs::path dir = fs::path(path).parent_path(); dir.has_relative_path();
           dir = dir.parent_path())
        if (dir.filename() == "nodejs")
          found.insert(dir.string());
    layer_roots_.emplace(found.begin(), found.end());
  }
  return *layer_roots_;
}

const Modules::FirstFile &Modules::first_file_of(const fs::path &base) {
  // Asked again for every call through an import: the file system once.
  auto [found, fresh] = first_files_.try_emplace(base.string());
  if (fresh)
    found->second = first_file(base);
  return found->second;
}

const JsModule *Modules::load_first(const fs::path &base) {
  const FirstFile &first = first_file_of(base);
  return first.path.empty() ? nullptr : load(first.path, first.display);
}

Modules::FirstFile Modules::first_file(const fs::path &base) const {
  std::vector<std::string> candidates{base.string()};
  // TypeScript's ESM output names `./db.js` for the source db.ts.
  std::string stem = base.string();
  if (fs::path(stem).extension() == ".js")
    stem.erase(stem.size() - 3);
  for (const char *extension :
       {".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".tsx", ".jsx"})
    candidates.push_back(stem + extension);
  for (const char *index :
       {"/index.js", "/index.mjs", "/index.ts", "/index.tsx"})
    candidates.push_back(base.string() + index);
  auto shown = [](const std::string &path) -> FirstFile {
    fs::path relative = fs::path(path).lexically_relative(fs::current_path());
    return {path, relative.empty() || *relative.begin() == ".."
                      ? path
                      : relative.generic_string()};
  };
  for (const std::string &candidate : candidates) {
    bool overlaid = request_.overlay && request_.overlay->count(candidate);
    std::error_code error;
    if (overlaid || fs::is_regular_file(candidate, error))
      return shown(candidate);
  }
  // tsc's output, not compiled yet in a checkout (`require('./dist/app')`):
  // the TypeScript it is compiled from.
  if (auto source = compiled_source(stem, request_.max_file_size))
    return shown(source->string());
  return {};
}

const TsconfigDirs *Modules::nearest_tsconfig(const fs::path &directory) {
  auto [found, fresh] = tsconfigs_.try_emplace(directory.string());
  if (fresh) {
    // jsconfig.json: the same settings for a JavaScript project.
    found->second =
        read_tsconfig(directory / "tsconfig.json", request_.max_file_size);
    if (!found->second)
      found->second =
          read_tsconfig(directory / "jsconfig.json", request_.max_file_size);
    if (!found->second && directory.has_relative_path() &&
        directory.parent_path() != directory)
      if (const TsconfigDirs *above = nearest_tsconfig(directory.parent_path()))
        found->second = *above;
  }
  return found->second ? &*found->second : nullptr;
}

std::vector<TSNode> arguments_of(TSNode call) {
  TSNode arguments = field(call, "arguments");
  return ts_node_is_null(arguments) ? std::vector<TSNode>{}
                                    : named_children(arguments);
}

bool is_class_node(TSNode node) {
  return is(node, "class_declaration") || is(node, "class");
}

bool is_static_field(TSNode node) {
  std::string_view type = kind(node);
  if (type != "field_definition" && type != "public_field_definition")
    return false;
  for (uint32_t i = 0; i < ts_node_child_count(node); ++i)
    if (kind(ts_node_child(node, i)) == std::string_view("static"))
      return true;
  return false;
}

/// The nodes of `function`'s own body in source order (for a class, its
/// field initializers): not those of the functions and classes defined
/// inside it, which run when called.
std::optional<std::pair<const JsModule *, TSNode>>
export_value(Modules &modules, const JsModule &module, const std::string &name,
             int depth) {
  if (depth > 8)
    return std::nullopt;
  auto exported = module.exports().find(name);
  if (exported != module.exports().end()) {
    const JsModule::Export &found = exported->second;
    if (found.from_module.empty())
      return std::pair(&module, found.value);
    const JsModule *target = modules.imported(module, found.from_module);
    return target ? export_value(modules, *target, found.from_name, depth + 1)
                  : std::nullopt;
  }
  if (name != "default") // export * leaves the default out
    for (const JsModule::StarSource &source : module.star_sources())
      if (const JsModule *target = modules.imported(module, source.module))
        if (auto value = export_value(modules, *target, name, depth + 1))
          return value;
  return std::nullopt;
}

Resolved resolve_export(Modules &modules, const JsModule &module,
                        const std::string &name, int depth) {
  auto value = export_value(modules, module, name, depth);
  return value ? resolve_function(modules, *value->first, value->second,
                                  depth + 1)
               : std::nullopt;
}

Resolved find_method(Modules &modules, const JsModule &module, TSNode klass,
                     std::string_view name, int depth) {
  const JsTree &tree = module.tree();
  for (TSNode member : named_children(field(klass, "body"))) {
    if (is(member, "method_definition") &&
        tree.text(field(member, "name")) == name)
      return std::pair(&module, member);
    // A field that holds a function: `static upload = async () => {...}`,
    // `put = async () => {...}` (TypeScript: public_field_definition).
    bool field_holding = is(member, "field_definition") ||
                         is(member, "public_field_definition");
    TSNode value = field_holding ? unwrap_expression(field(member, "value"))
                                 : TSNode{};
    if (!ts_node_is_null(value) && is_function_node(value) &&
        tree.text(field(member, is(member, "field_definition") ? "property"
                                                               : "name")) ==
            name)
      return std::pair(&module, value);
  }
  for (TSNode part : named_children(klass))
    if (is(part, "class_heritage")) {
      // JavaScript: `extends Base` holds the expression; TypeScript wraps it
      // in an extends_clause.
      TSNode base = ts_node_named_child(part, 0);
      if (is(base, "extends_clause"))
        base = field(base, "value");
      auto parent = resolve_function(modules, module, base, depth + 1);
      if (parent && is_class_node(parent->second))
        return find_method(modules, *parent->first, parent->second, name,
                           depth + 1);
    }
  return std::nullopt;
}

namespace {

/// The class whose method or constructor `node` is in, or a null node.
TSNode enclosing_class(TSNode node) {
  for (TSNode at = ts_node_parent(node); !ts_node_is_null(at);
       at = ts_node_parent(at))
    if (is_class_node(at))
      return at;
  return {};
}

} // namespace

Resolved instance_class(Modules &modules, const JsModule &module, TSNode node,
                        int depth) {
  if (depth > 8)
    return std::nullopt;
  const JsTree &tree = module.tree();
  node = unwrap_expression(node);
  auto class_of = [&](TSNode value) -> Resolved {
    value = unwrap_expression(value);
    if (!is(value, "new_expression"))
      return std::nullopt;
    auto built = resolve_function(modules, module, field(value, "constructor"),
                                  depth + 1);
    return built && is_class_node(built->second) ? built : std::nullopt;
  };
  if (is(node, "new_expression"))
    return class_of(node);
  if (is(node, "this")) {
    TSNode klass = enclosing_class(node);
    return ts_node_is_null(klass) ? std::nullopt
                                  : Resolved(std::pair(&module, klass));
  }
  if (is(node, "identifier")) {
    std::string name(tree.text(node));
    if (auto local = local_declaration(module, node, name))
      return is(*local, "variable_declarator")
                 ? class_of(field(*local, "value"))
                 : std::nullopt;
    const Binding *binding = module.binding(name);
    if (binding && is(binding->site, "variable_declarator") &&
        binding->kind != Binding::Kind::Import)
      return class_of(field(binding->site, "value"));
    // An instance another module exports: `module.exports = new Cache()`,
    // `export default cache`, `export const cache = new Cache()`.
    if (binding && binding->kind == Binding::Kind::Import)
      if (const JsModule *target = modules.imported(module, binding->module)) {
        auto exported = target->exports().find(
            binding->path.empty() ? "default" : binding->path);
        if (exported != target->exports().end() &&
            exported->second.from_module.empty())
          return instance_class(modules, *target, exported->second.value,
                                depth + 1);
      }
    return std::nullopt;
  }
  if (is(node, "member_expression") &&
      is(unwrap_expression(field(node, "object")), "this")) {
    TSNode klass = enclosing_class(node);
    if (ts_node_is_null(klass))
      return std::nullopt;
    std::string wanted =
        "this." + std::string(tree.text(field(node, "property")));
    std::string_view property = tree.text(field(node, "property"));
    Resolved found;
    walk_named_descendants(field(klass, "body"), [&](TSNode member) {
      if (found)
        return false;
      bool is_field = is(member, "field_definition") ||
                      is(member, "public_field_definition");
      if (is_field && tree.text(field(member, is(member, "field_definition")
                                                  ? "property"
                                                  : "name")) == property)
        found = class_of(field(member, "value"));
      else if (is(member, "assignment_expression") &&
               tree.text(field(member, "left")) == wanted)
        found = class_of(field(member, "right"));
      return !found;
    });
    return found;
  }
  return std::nullopt;
}

namespace {

/// True when `node` is the module's own exports object: `exports`,
/// `module.exports`, or a module-level name bound to one (`const utils =
/// module.exports`).
bool names_own_exports(const JsModule &module, TSNode node) {
  const JsTree &tree = module.tree();
  auto is_exports = [&](TSNode expression) {
    std::string_view text = tree.text(unwrap_expression(expression));
    return (text == "exports" || text == "module.exports") &&
           !module.binding("exports") && !module.binding("module");
  };
  if (is_exports(node))
    return true;
  if (!is(node, "identifier"))
    return false;
  std::string name(tree.text(node));
  const Binding *binding = module.binding(name);
  return binding && !local_declaration(module, node, name) &&
         is(binding->site, "variable_declarator") &&
         is_exports(field(binding->site, "value"));
}

} // namespace

TSNode object_literal(const JsModule &module, TSNode object) {
  if (!is(object, "identifier"))
    return {};
  std::string name(module.tree().text(object));
  std::optional<TSNode> declared = local_declaration(module, object, name);
  if (!declared) {
    const Binding *binding = module.binding(name);
    if (binding)
      declared = binding->site;
  }
  TSNode value = declared && is(*declared, "variable_declarator")
                     ? unwrap_expression(field(*declared, "value"))
                     : TSNode{};
  return is(value, "object") ? value : TSNode{};
}

Resolved resolve_function(Modules &modules, const JsModule &module, TSNode node,
                          int depth) {
  if (depth > 8 || ts_node_is_null(node))
    return std::nullopt;
  node = unwrap_expression(node);
  if (is_function_node(node) || is_class_node(node))
    return std::pair(&module, node);
  const JsTree &tree = module.tree();
  auto from_import = [&](const Binding &binding) -> Resolved {
    const JsModule *target = modules.imported(module, binding.module);
    if (!target)
      return std::nullopt;
    std::string name = binding.path.empty()
                           ? "default"
                           : binding.path.substr(0, binding.path.find('.'));
    return resolve_export(modules, *target, name, depth + 1);
  };
  if (is(node, "identifier") || is(node, "shorthand_property_identifier")) {
    std::string name(tree.text(node));
    if (auto local = local_declaration(module, node, name)) {
      // const make = require('./redis'), const { make } = await
      // import('./redis.mjs') in a function: the project module's export.
      if (auto imported = is(*local, "variable_declarator")
                              ? declared_import(module, *local, name)
                              : std::nullopt)
        if (auto found = from_import(
                {Binding::Kind::Import, imported->first, imported->second}))
          return found;
      // A `let` the function assigns again holds what it is given then.
      TSNode declaration = ts_node_parent(*local);
      if (is(*local, "variable_declarator") &&
          !(is(declaration, "lexical_declaration") &&
            tree.text(ts_node_child(declaration, 0)) == "const") &&
          assigned_again(module, ts_node_parent(declaration), *local))
        return std::nullopt;
      if (is(*local, "variable_declarator"))
        return resolve_function(modules, module, field(*local, "value"),
                                depth + 1);
      // A parameter's declaration is the function that takes it: what it
      // holds is not known here.
      bool declares_itself =
          (is(*local, "function_declaration") || is_class_node(*local)) &&
          tree.text(field(*local, "name")) == name;
      return declares_itself ? Resolved(std::pair(&module, *local))
                             : std::nullopt;
    }
    const Binding *binding = module.binding(name);
    if (!binding)
      return std::nullopt;
    if (binding->kind == Binding::Kind::Function ||
        is(binding->function, "class_declaration"))
      return std::pair(&module, binding->function);
    if (binding->kind == Binding::Kind::Import)
      return from_import(*binding);
    // const handler = middy(base)
    if (is(binding->site, "variable_declarator")) {
      TSNode value = unwrap_expression(field(binding->site, "value"));
      if (is(value, "call_expression") || is(value, "member_expression"))
        return resolve_function(modules, module, value, depth + 1);
    }
    return std::nullopt;
  }
  if (is(node, "member_expression")) {
    TSNode object = unwrap_expression(field(node, "object"));
    std::string_view property = tree.text(field(node, "property"));
    // require('./resolvers/user').func
    if (auto required = required_module(module, object))
      return from_import(
          {Binding::Kind::Import, *required, std::string(property)});
    if (is(object, "identifier")) {
      const Binding *binding = module.binding(std::string(tree.text(object)));
      bool imported =
          binding && binding->kind == Binding::Kind::Import &&
          binding->path.find('.') == std::string::npos &&
          !local_declaration(module, object, std::string(tree.text(object)));
      // db.connect() on `import * as db from './db'`
      if (imported && binding->path.empty()) {
        Binding member = *binding;
        member.path = property;
        if (auto found = from_import(member))
          return found;
      }
      // db.query() on `import db from './db'`, which ends `export default
      // { query }` or `export default db` of such an object, and
      // DynamoDB.get() on `import { DynamoDB }` (or `const { DynamoDB } =
      // require(...)`) of `export const DynamoDB = { get }`.
      const JsModule *target =
          imported ? modules.imported(module, binding->module) : nullptr;
      if (target) {
        if (auto exported = export_value(
                modules, *target,
                binding->path.empty() ? "default" : binding->path,
                depth + 1)) {
          const JsModule &owner = *exported->first;
          TSNode object = unwrap_expression(exported->second);
          if (is(object, "identifier"))
            if (const Binding *bound =
                    owner.binding(std::string(owner.tree().text(object)));
                bound && is(bound->site, "variable_declarator"))
              object = unwrap_expression(field(bound->site, "value"));
          if (is(object, "object"))
            return resolve_function(
                modules, owner, property_value(owner.tree(), object, property),
                depth + 1);
        }
      }
    }
    // helpers.put() on `const helpers = { put: async () => ... }` (of the
    // module or of the function)
    if (TSNode literal = object_literal(module, object); !ts_node_is_null(literal))
      if (auto found = resolve_function(
              modules, module, property_value(tree, literal, property),
              depth + 1))
        return found;
    // The module's own exports: exports.f(), module.exports.f(), `const
    // utils = module.exports; utils.f()`.
    if (names_own_exports(module, object)) {
      // Read by the value that replaces it: what it held before.
      auto exported = module.exports().find(std::string(property));
      if (exported != module.exports().end() &&
          !ts_node_is_null(exported->second.replaced) &&
          ts_node_start_byte(exported->second.value) <= ts_node_start_byte(node) &&
          ts_node_end_byte(node) <= ts_node_end_byte(exported->second.value))
        return resolve_function(modules, module, exported->second.replaced,
                                depth + 1);
      return resolve_export(modules, module, std::string(property), depth + 1);
    }
    if (auto klass = instance_class(modules, module, object, depth + 1))
      return find_method(modules, *klass->first, klass->second, property,
                         depth + 1);
    // Repo.create(): a static method
    auto klass = resolve_function(modules, module, object, depth + 1);
    if (klass && is_class_node(klass->second))
      return find_method(modules, *klass->first, klass->second, property,
                         depth + 1);
    return std::nullopt;
  }
  if (is(node, "call_expression")) {
    // require('./redis')(): what the project module exports
    if (auto required = required_module(module, node))
      return from_import({Binding::Kind::Import, *required, ""});
    TSNode callee = unwrap_expression(field(node, "function"));
    std::vector<TSNode> arguments = arguments_of(node);
    if (is(callee, "member_expression")) {
      std::string_view method = tree.text(field(callee, "property"));
      TSNode object = unwrap_expression(field(callee, "object"));
      // base.bind(x): base; middy(base).use(m).before(f): middy(base)
      if (method == "bind" ||
          (method != "handler" && is(object, "call_expression")))
        return resolve_function(modules, module, object, depth + 1);
    }
    // A memoizing function builds what it builds once per argument.
    if (auto name = imported_name(module, callee);
        name && modules.catalogue().memoizes(name->first, name->second))
      return std::nullopt;
    // So does one the project writes (`memo(() => new S3Client())`).
    auto factory = resolve_function(modules, module, callee, depth + 1);
    if (factory && memoizes_parameter(factory->first->tree(), factory->second))
      return std::nullopt;
    // A wrapper: its first argument, when that is a function.
    if (!arguments.empty())
      if (auto wrapped =
              resolve_function(modules, module, arguments[0], depth + 1))
        return wrapped;
    // A factory of the project: the function it returns
    // (`exports.handler = makeHandler({ db })`).
    if (factory && is_function_node(factory->second))
      return returned_function(modules, *factory->first, factory->second,
                               depth + 1);
  }
  return std::nullopt;
}

TSNode property_value(const JsTree &tree, TSNode object, std::string_view key) {
  for (TSNode part : named_children(object)) {
    if (is(part, "shorthand_property_identifier") && tree.text(part) == key)
      return part;
    if ((is(part, "pair") || is(part, "method_definition")) &&
        tree.text(field(part, is(part, "pair") ? "key" : "name")) == key)
      return is(part, "pair") ? field(part, "value") : part;
  }
  return TSNode{};
}

Resolved returned_function(Modules &modules, const JsModule &module,
                           TSNode function, int depth) {
  TSNode body = field(function, "body");
  if (ts_node_is_null(body))
    return std::nullopt;
  if (!is(body, "statement_block")) { // (deps) => async (event) => ...
    auto returned = resolve_function(modules, module, body, depth + 1);
    return returned && is_function_node(returned->second) ? returned
                                                          : std::nullopt;
  }
  Resolved found;
  walk_own_body(function, [&](TSNode node) {
    if (found)
      return false;
    if (is(node, "return_statement") && ts_node_named_child_count(node) > 0) {
      auto returned = resolve_function(modules, module,
                                       ts_node_named_child(node, 0), depth + 1);
      if (returned && is_function_node(returned->second))
        found = returned;
    }
    return true;
  });
  return found;
}

std::string function_name(const JsTree &tree, TSNode function) {
  TSNode name = field(function, "name");
  if (!ts_node_is_null(name))
    return std::string(tree.text(name));
  TSNode parent = ts_node_parent(function);
  if (is(parent, "variable_declarator") || is(parent, "pair"))
    return std::string(
        tree.text(field(parent, is(parent, "pair") ? "key" : "name")));
  return "<anonymous>";
}

std::string root_name(const JsTree &tree, TSNode node) {
  node = unwrap_expression(node);
  while (is(node, "member_expression"))
    node = unwrap_expression(field(node, "object"));
  return is(node, "identifier") ? std::string(tree.text(node)) : "";
}

} // namespace hoist::javascript
