#include "python/environment_reads.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string_view>

#include "core/function_environment.h"
#include "python/module_constants.h"
#include "python/module_edits.h"
#include "python/refused_arguments.h"

namespace hoist::python {
namespace {

/// How many names deep a read is looked for, or a value followed.
constexpr int kFollowedNames = 4;

/// What an expression is where no environment variable it reads is set.
struct UnsetValue {
  enum class Kind { None, String, Unknown };
  Kind kind = Kind::Unknown;
  std::string text; ///< the string, when it is one
  /// The reads of the environment it is made of.
  std::vector<TSNode> reads;

  static UnsetValue string(std::string text) {
    return {Kind::String, std::move(text), {}};
  }
  bool known() const { return kind != Kind::Unknown; }
  /// Python's truth value of a known value.
  bool truthy() const { return kind == Kind::String && !text.empty(); }
};

/// True when `node` (of `scope`) reads an environment variable by
/// `os.environ.get` or `os.getenv`.
bool is_get(const NameResolver &resolver, Scope scope, TSNode node) {
  if (!is(node, "call"))
    return false;
  std::string path = resolver.called_path(node, scope);
  return path == "os.environ.get" || path == "os.getenv";
}

/// The variable an `is_get` call or an `os.environ[...]` item read names,
/// when it is a literal.
std::optional<std::string> variable_read(const SyntaxTree &tree, TSNode read) {
  TSNode key = is(read, "subscript")
                   ? field(read, "subscript")
                   : ts_node_named_child(field(read, "arguments"), 0);
  return ts_node_is_null(key) ? std::nullopt : string_value(tree, key);
}

/// Evaluates expressions as they are where the environment variables they
/// read are not set: a read gives its default (None without one), through
/// names bound once (at module level, or in the function) and what keeps a
/// string a string (`or`, f-strings, `+`, `.strip()`, `.lower()`,
/// `.upper()`, `.format()`). Anything else is unknown.
class UnsetEvaluator {
public:
  explicit UnsetEvaluator(const NameResolver &resolver) : resolver_(resolver) {}

  UnsetValue value(Scope scope, TSNode node, int depth = 0) const {
    node = unparenthesize(node);
    const SyntaxTree &tree = scope.module->tree();
    if (is(node, "none"))
      return {UnsetValue::Kind::None, "", {}};
    if (is(node, "string"))
      return string(scope, node, depth);
    if (is(node, "concatenated_string") ||
        (is(node, "binary_operator") &&
         tree.text(field(node, "operator")) == "+")) {
      std::vector<TSNode> parts =
          is(node, "binary_operator")
              ? std::vector<TSNode>{field(node, "left"), field(node, "right")}
              : named_children(node);
      UnsetValue joined = UnsetValue::string("");
      for (TSNode part : parts)
        if (!append(joined, value(scope, part, depth)))
          return {};
      return joined;
    }
    if (is(node, "boolean_operator")) {
      UnsetValue left = value(scope, field(node, "left"), depth);
      if (!left.known())
        return {};
      bool is_or = tree.text(field(node, "operator")) == "or";
      if (left.truthy() == is_or)
        return left;
      UnsetValue right = value(scope, field(node, "right"), depth);
      right.reads.insert(right.reads.end(), left.reads.begin(),
                         left.reads.end());
      return right;
    }
    if (is(node, "identifier"))
      return name(scope, node, depth);
    if (is(node, "call"))
      return call(scope, node, depth);
    return {};
  }

private:
  /// `part` added to the string `joined`; false when it is not a string.
  static bool append(UnsetValue &joined, const UnsetValue &part) {
    if (part.kind != UnsetValue::Kind::String)
      return false;
    joined.text += part.text;
    joined.reads.insert(joined.reads.end(), part.reads.begin(),
                        part.reads.end());
    return true;
  }

  /// A string literal, an f-string of values known.
  UnsetValue string(Scope scope, TSNode node, int depth) const {
    const SyntaxTree &tree = scope.module->tree();
    UnsetValue joined = UnsetValue::string("");
    for (TSNode part : named_children(node)) {
      if (is(part, "string_start")) {
        std::string_view prefix = tree.text(part);
        if (prefix.find_first_of("bB") != std::string_view::npos)
          return {}; // bytes
      } else if (is(part, "string_content")) {
        if (ts_node_named_child_count(part) > 0)
          return {}; // escapes, `{{`: not the text as written
        joined.text += tree.text(part);
      } else if (is(part, "interpolation")) {
        if (!ts_node_is_null(field(part, "format_specifier")) ||
            !ts_node_is_null(field(part, "type_conversion")) ||
            !append(joined, value(scope, field(part, "expression"), depth)))
          return {};
      }
    }
    return joined;
  }

  /// What a name holds, when it is bound once by a plain assignment in the
  /// function (a local moved with the construction) or at module level.
  UnsetValue name(Scope scope, TSNode node, int depth) const {
    if (depth >= kFollowedNames)
      return {};
    std::string text(scope.module->tree().text(node));
    if (const FunctionInfo *function = scope.function;
        function && function->bindings.binds(text)) {
      const ScopeBindings &local = function->bindings;
      auto values = local.assignments.find(text);
      if (values == local.assignments.end() || values->second.size() != 1 ||
          local.imports.count(text) || local.others.count(text) ||
          local.globals.count(text) || local.declared_in_nested.count(text))
        return {};
      return value(scope, values->second.front(), depth + 1);
    }
    TSNode bound = value_behind_name({scope.module, nullptr}, node);
    if (ts_node_eq(bound, node))
      return {};
    return value({scope.module, nullptr}, bound, depth + 1);
  }

  UnsetValue call(Scope scope, TSNode node, int depth) const {
    const SyntaxTree &tree = scope.module->tree();
    std::vector<TSNode> arguments;
    for (TSNode argument : named_children(field(node, "arguments")))
      if (!is(argument, "comment"))
        arguments.push_back(argument);
    if (is_get(resolver_, scope, node)) {
      std::optional<std::string> variable = variable_read(tree, node);
      if (!variable || reserved_by_lambda(*variable) || arguments.size() > 2)
        return {}; // what Lambda sets is no default
      UnsetValue fallback = {UnsetValue::Kind::None, "", {}};
      if (arguments.size() == 2)
        fallback = value(scope,
                         is(arguments[1], "keyword_argument")
                             ? field(arguments[1], "value")
                             : arguments[1],
                         depth);
      fallback.reads.push_back(node);
      return fallback;
    }
    TSNode callee = field(node, "function");
    if (!is(callee, "attribute"))
      return {};
    std::string_view method = tree.text(field(callee, "attribute"));
    TSNode object = field(callee, "object");
    // `str.format("{}-1", region)`, `str.lower(region)`.
    if (is(object, "identifier") && tree.text(object) == "str" &&
        !resolver_.resolve(object, scope).known()) {
      if (arguments.empty())
        return {};
      object = arguments.front();
      arguments.erase(arguments.begin());
    }
    UnsetValue self = value(scope, object, depth);
    if (self.kind != UnsetValue::Kind::String)
      return {};
    if (method == "format")
      return format(scope, std::move(self), arguments, depth);
    if (!arguments.empty())
      return {};
    std::string &text = self.text;
    if (method == "strip" || method == "lstrip" || method == "rstrip") {
      const char *space = " \t\n\r\f\v";
      if (method != "rstrip")
        text.erase(0, std::min(text.size(), text.find_first_not_of(space)));
      if (method != "lstrip")
        text.erase(text.find_last_not_of(space) + 1);
    } else if (method == "lower" || method == "upper") {
      for (char &c : text)
        if (static_cast<unsigned char>(c) < 0x80)
          c = static_cast<char>(method == "lower" ? std::tolower(c)
                                                  : std::toupper(c));
    } else {
      return {};
    }
    return self;
  }

  /// `template.format(...)` with `{}` and `{N}` fields of known strings.
  UnsetValue format(Scope scope, UnsetValue pattern,
                    const std::vector<TSNode> &arguments, int depth) const {
    std::vector<UnsetValue> given;
    for (TSNode argument : arguments) {
      if (is(argument, "keyword_argument") || is(argument, "list_splat") ||
          is(argument, "dictionary_splat"))
        return {};
      given.push_back(value(scope, argument, depth));
    }
    UnsetValue result = UnsetValue::string("");
    result.reads = pattern.reads;
    const std::string &text = pattern.text;
    std::size_t next = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if ((text[i] == '{' || text[i] == '}') && i + 1 < text.size() &&
          text[i + 1] == text[i]) {
        result.text += text[i++];
        continue;
      }
      if (text[i] == '}')
        return {};
      if (text[i] != '{') {
        result.text += text[i];
        continue;
      }
      std::size_t close = text.find('}', i);
      if (close == std::string::npos)
        return {};
      std::string index = text.substr(i + 1, close - i - 1);
      std::size_t at = next++;
      if (!index.empty()) {
        if (index.find_first_not_of("0123456789") != std::string::npos)
          return {}; // a name, a conversion, a spec
        at = std::stoul(index);
      }
      if (at >= given.size() || !append(result, given[at]))
        return {};
      i = close;
    }
    return result;
  }

  const NameResolver &resolver_;
};

class ReadFinder {
public:
  /// Judges each argument of `call` (of `scope`) made of reads where they
  /// are not set: its reads are harmless when botocore builds with it.
  ReadFinder(const NameResolver &resolver, Scope scope, TSNode call)
      : resolver_(resolver) {
    const SyntaxTree &tree = scope.module->tree();
    UnsetEvaluator evaluator(resolver);
    for (TSNode argument : named_children(field(call, "arguments"))) {
      if (!is(argument, "keyword_argument"))
        continue;
      UnsetValue unset = evaluator.value(scope, field(argument, "value"));
      std::optional<std::string> text;
      if (unset.kind == UnsetValue::Kind::String)
        text = unset.text;
      bool builds = unset.known() &&
                    builds_with(resolver, scope, call,
                                tree.text(field(argument, "name")), text);
      std::vector<TSNode> &reads = builds ? harmless_ : harmful_;
      reads.insert(reads.end(), unset.reads.begin(), unset.reads.end());
    }
  }

  /// The first read in `node`, with the module-level names it reads.
  std::string find(Scope scope, TSNode node, int depth) {
    const SyntaxTree &tree = scope.module->tree();
    std::string found;
    auto visit = [&](TSNode inner) {
      if (found.empty() && counts(scope, inner))
        found = std::string(tree.text(inner));
      return found.empty();
    };
    if (visit(node))
      walk_named_descendants(node, visit);
    if (depth < kFollowedNames)
      for (const std::string &name : names_read(tree, node))
        if (found.empty())
          found = behind_name(scope, name, depth);
    return found;
  }

private:
  static bool among(const std::vector<TSNode> &nodes, TSNode node) {
    return std::any_of(nodes.begin(), nodes.end(),
                       [&](TSNode other) { return ts_node_eq(other, node); });
  }

  /// True when `node` is a read of the environment that counts.
  bool counts(Scope scope, TSNode node) const {
    if (is(node, "subscript")) {
      Symbol value = resolver_.resolve(field(node, "value"), scope);
      if (value.kind != Symbol::Kind::Path || value.path != "os.environ")
        return false;
    } else if (!is_get(resolver_, scope, node) ||
               (among(harmless_, node) && !among(harmful_, node))) {
      return false;
    }
    std::optional<std::string> name =
        variable_read(scope.module->tree(), node);
    return !name || !reserved_by_lambda(*name);
  }

  /// The first read in the values the module binds `name` to, when `scope`
  /// reads the module's `name`.
  std::string behind_name(Scope scope, const std::string &name, int depth) {
    if ((scope.function && scope.function->bindings.binds(name)) ||
        !followed_.insert(name).second)
      return "";
    const ScopeBindings &globals = scope.module->bindings();
    auto values = globals.assignments.find(name);
    if (values == globals.assignments.end())
      return "";
    for (TSNode value : values->second)
      if (std::string found = find({scope.module, nullptr}, value, depth + 1);
          !found.empty())
        return found;
    return "";
  }

  const NameResolver &resolver_;
  /// The reads of the arguments botocore builds with where they are not
  /// set, and of those it may not.
  std::vector<TSNode> harmless_, harmful_;
  std::set<std::string> followed_;
};

} // namespace

std::string environment_read(const NameResolver &resolver, Scope scope,
                             TSNode call, const std::vector<TSNode> &code) {
  ReadFinder finder(resolver, scope, call);
  for (TSNode part : code)
    if (std::string found = finder.find(scope, part, 0); !found.empty())
      return found;
  return "";
}

} // namespace hoist::python
