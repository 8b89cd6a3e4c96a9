#include "cpp/syntactic_check.h"

#include <algorithm>
#include <functional>
#include <map>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <limits>
#include <optional>
#include <set>
#include <sstream>
#include <unordered_map>

#include <tree_sitter/api.h>

#include "core/identifier_words.h"
#include "core/indefinite_article.h"
#include "core/move_append.h"
#include "core/rule_text.h"
#include "core/source_file.h"
#include "cpp/call_chain_notes.h"
#include "cpp/frozen_values.h"
#include "cpp/grammar_respelling.h"
#include "cpp/lambda_runtime_api.h"
#include "cpp/main_hoist_edits.h"
#include "cpp/name_scope.h"
#include "cpp/nolint.h"
#include "cpp/unfollowed_call.h"
#include "rules/rule_ids.h"
#include "treesitter/bounded_parse.h"
#include "treesitter/nodes.h"

extern "C" const TSLanguage *tree_sitter_cpp();

namespace hoist::cpp {
namespace {

using treesitter::walk_named_descendants;

constexpr std::string_view kModeNoteStart = "found without compiling (";

// The note on how a finding was found, with what to give for the precise
// mode: flags already given after -- lack include paths (the file's
// warning names the header), and a database given with -p, a command
// that compiles the file.
std::string mode_note(const CppCheckSettings &settings) {
  std::string note(kModeNoteStart);
  if (settings.compiler_flags)
    return note + "hoist's syntactic mode: the flags after -- did not compile "
                  "it); add the directories of the headers it includes to "
                  "them (-I DIR) for the precise mode";
  if (!settings.build_path.empty())
    return note + "hoist's syntactic mode: its compile command did not "
                  "compile it; its warning says why)";
  return note + "hoist's syntactic mode: the headers were not at hand); give "
                "a compilation database with -p BUILD_DIR, or the flags after "
                "--, for the precise mode";
}

std::string_view kind(TSNode node) { return ts_node_type(node); }
bool is(TSNode node, std::string_view type) {
  return !ts_node_is_null(node) && kind(node) == type;
}
TSNode field(TSNode node, std::string_view name) {
  static const treesitter::FieldIds ids(tree_sitter_cpp());
  if (ts_node_is_null(node))
    return node;
  return ts_node_child_by_field_id(node, ids(name));
}

struct Tree {
  SourceFilePtr file;
  TSTree *tree = nullptr;
  ~Tree() {
    if (tree)
      ts_tree_delete(tree);
  }
  std::string_view text(TSNode node) const {
    if (ts_node_is_null(node)) // a missing field: a function without a type
      return {};
    return file->text().substr(ts_node_start_byte(node),
                               ts_node_end_byte(node) -
                                   ts_node_start_byte(node));
  }
  TextRange range(TSNode node) const {
    return {ts_node_start_byte(node), ts_node_end_byte(node)};
  }
};

// A spelled name without spaces, template arguments or a leading "::".
std::string plain_name(std::string_view spelled) {
  std::string name;
  int depth = 0;
  for (char c : spelled) {
    if (c == '<')
      ++depth;
    else if (c == '>')
      depth = std::max(0, depth - 1);
    else if (depth == 0 && c != ' ' && c != '\t' && c != '\n' && c != '\r')
      name += c;
  }
  if (name.rfind("::", 0) == 0)
    name.erase(0, 2);
  return name;
}

struct Construction {
  TSNode at;          // where the finding points
  std::string name;   // the qualified name that matched
  const CppApi *api;
  ConstructionShape shape = ConstructionShape::Temporary;
  TSNode statement{}; // Declared: its declaration
  std::string variable{}, type{}; // Declared: as the parameter spells them
};

// A branch of a preprocessor conditional the syntactic mode cannot decide
// (`#ifdef USE_S3`: the build's flags say), and the directive that opens it.
struct Undecided {
  TextRange code;
  std::string directive; // its line, `#ifdef USE_S3`
};

struct Handler {
  std::string name;
  TSNode body;       // compound_statement
  TSNode announced;  // run_handler's call, or the function's name
  bool passed;       // given to run_handler (else: its signature)
  TSNode function{}; // a function's definition; null for a lambda
  // How run_handler is given it, as the main() fix rewrites it: by name,
  // or through a lambda that forwards to it.
  TSNode named_argument{}, forwarding_lambda{}, forwarding_call{};
  // The declaration of the variable run_handler is given, which holds it
  // (`std::function<...> h = my_handler;`): the objects go before it.
  TSNode holder{};
  bool method = false; // a member function, bound with std::bind
  bool bound = false;  // given to run_handler through std::bind
};

// A file's rules and what the awslambda checks' options say of them, as
// LambdaRuleCheck reads them.
struct RuleOptions {
  RuleOptions(const CppFileChecks &checks, const CppCatalogue &shared)
      : rules(checks.rules.begin(), checks.rules.end()), shared(shared) {
    auto option = [&](const std::string &rule, const char *name) {
      auto found = checks.check_options.find("awslambda-" + rule + "." + name);
      return found == checks.check_options.end() ? std::string()
                                                 : found->second;
    };
    for (const std::string &rule : rules) {
      if (option(rule, "FollowCalls") == "false")
        handler_only.insert(rule);
      std::stringstream classes(option(rule, "ExtraClasses"));
      std::string name;
      while (std::getline(classes, name, ';'))
        if (!name.empty()) {
          if (!extended)
            extended = shared;
          extended->add_class(name, rule);
        }
    }
  }
  const CppCatalogue &catalogue() const { return extended ? *extended : shared; }
  std::set<std::string> rules;
  std::set<std::string> handler_only; ///< FollowCalls: false
  const CppCatalogue &shared;
  /// The shared catalogue with ExtraClasses, when they name any: copied
  /// only then.
  std::optional<CppCatalogue> extended;
};

// A project header the file includes (`#include "helpers.h"`), and its
// text when it is beside the file (the syntactic mode reads no other).
struct ProjectHeader {
  std::string name;
  std::optional<std::string> text;
};

std::vector<ProjectHeader> project_headers(std::string_view text,
                                           const std::filesystem::path &file,
                                           std::uintmax_t max_size) {
  std::vector<ProjectHeader> headers;
  for (std::size_t at = text.find("#include"); at != std::string_view::npos;
       at = text.find("#include", at + 1)) {
    const std::string_view line = text.substr(at, text.find('\n', at) - at);
    const std::size_t open = line.find('"');
    const std::size_t close =
        open == std::string_view::npos ? open : line.find('"', open + 1);
    if (close == std::string_view::npos)
      continue;
    ProjectHeader header{std::string(line.substr(open + 1, close - open - 1)),
                         std::nullopt};
    std::string unread;
    header.text = read_file(file.parent_path() / header.name, unread, max_size);
    headers.push_back(std::move(header));
  }
  return headers;
}

// Whether `text` (a header's) declares a function named `word`: the word
// followed by '('.
bool declares_function(std::string_view text, std::string_view word) {
  for (std::size_t found = text.find(word); found != std::string_view::npos;
       found = text.find(word, found + 1)) {
    std::size_t after = found + word.size();
    while (after < text.size() &&
           std::isspace(static_cast<unsigned char>(text[after])))
      ++after;
    if ((found == 0 || !is_identifier_byte(text[found - 1])) &&
        after < text.size() && text[after] == '(')
      return true;
  }
  return false;
}

class FileAnalysis {
public:
  /// With `around`, only the handlers whose code holds one of those
  /// offsets are checked.
  /// Project headers are read within `max_file_size` bytes.
  FileAnalysis(const Tree &tree, const std::filesystem::path &file,
               const RuleOptions &options, const std::vector<unsigned> *around,
               std::uintmax_t max_file_size)
      : tree_(tree), file_(file), max_file_size_(max_file_size),
        catalogue_(options.catalogue()), rules_(options.rules),
        handler_only_(options.handler_only), around_(around),
        nolint_(tree.file->text()) {}

  /// The calls the handlers reach to free functions this file does not
  /// define (outside std and the SDK), in the order reached: not followed.
  const std::vector<std::pair<std::string, TSNode>> &unresolved_calls() const {
    return unresolved_;
  }

  /// A call the handlers reach to a function the file declares but does
  /// not define: another translation unit (or a C file) defines it.
  struct DeclaredOnlyCall {
    std::string name; ///< as spelled
    TSNode call;
    bool c_linkage; ///< declared `extern "C"`
  };
  /// Those calls, in the order reached: not followed.
  const std::vector<DeclaredOnlyCall> &declared_only_calls() const {
    return declared_only_;
  }

  /// What run_handler is given that names no handler this file defines
  /// (`run_handler(app::Handler{})`, a class of a header): not checked.
  const std::vector<TSNode> &unresolved_handlers() const {
    return unresolved_handlers_;
  }

  /// The objects the handlers build of classes outside std and the SDK
  /// that the file does not define, by the class as spelled, in the order
  /// reached: a header may define them; their constructors are not
  /// followed.
  const std::vector<std::pair<std::string, TSNode>> &unresolved_classes() const {
    return unresolved_classes_;
  }

  /// The uses the handlers reach of function-like macros the file defines
  /// (`MAKE_S3(s3);`), which the syntactic mode does not expand.
  const std::vector<std::pair<std::string, TSNode>> &unexpanded_macros() const {
    return unexpanded_;
  }

  /// A specialization of one of the file's function templates that the
  /// handlers call, or that run_handler is given, with a catalogued class
  /// among its template arguments (`build<Aws::S3::S3Client>()`): the
  /// syntactic mode does not instantiate it, so what it builds with that
  /// class is not seen.
  struct Uninstantiated {
    std::string specialization; ///< as spelled
    std::string catalogued;     ///< the class, as the catalogue names it
    TSNode at;
  };
  const std::vector<Uninstantiated> &uninstantiated() const {
    return uninstantiated_;
  }

  void run(std::vector<Diagnostic> &out) {
    collect_macros(ts_tree_root_node(tree_.tree));
    collect_conditionals(ts_tree_root_node(tree_.tree));
    collect_functions(ts_tree_root_node(tree_.tree));
    collect_names(ts_tree_root_node(tree_.tree));
    find_handlers();
    std::set<std::pair<uint32_t, std::string>> reported;
    for (const Handler &handler : handlers_)
      report(handler, out, reported);
  }

private:
  // The macros the file defines (where each is first defined), and which
  // of them take arguments.
  void collect_macros(TSNode root) {
    const std::vector<std::size_t> defines = occurrences("#define");
    if (defines.empty())
      return;
    walk_named_descendants(root, [&](TSNode node) {
      if (!spans_any(defines, node))
        return false;
      if (!is(node, "preproc_def") && !is(node, "preproc_function_def"))
        return true;
      std::string name(tree_.text(field(node, "name")));
      if (is(node, "preproc_function_def"))
        function_macros_.insert(name);
      else if (std::string type = spelled_name(field(node, "value"));
               !type.empty()) {
        // `#define S3C Aws::S3::S3Client`: `S3C s3;` builds an S3Client.
        scope_.add(NameScope::Kind::Alias, name, type, ts_node_end_byte(node),
                   std::numeric_limits<uint32_t>::max());
        name_macros_.insert(name);
      }
      macros_.emplace(std::move(name), ts_node_start_byte(node));
      return false;
    });
  }

  // A macro's body when it is one name (`Aws::S3::S3Client`, `::app::Db`),
  // without its leading "::"; else "".
  std::string spelled_name(TSNode value) const {
    std::string_view text = tree_.text(value);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
      text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
      text.remove_suffix(1);
    if (text.substr(0, 2) == "::")
      text.remove_prefix(2);
    if (text.empty() || std::isdigit(static_cast<unsigned char>(text[0])))
      return {};
    for (std::size_t at = 0; at < text.size(); ++at)
      if (text.substr(at, 2) == "::")
        ++at;
      else if (!std::isalnum(static_cast<unsigned char>(text[at])) &&
               text[at] != '_')
        return {};
    return std::string(text);
  }

  // The branches of the file's preprocessor conditionals that are compiled
  // out whatever the build's flags (`#if 0`, the `#else` of `#if 1` or of
  // `#ifdef` a macro the file defines before it) and those that depend on
  // the flags (`#ifdef USE_S3`, `#if VERSION > 2`).
  void collect_conditionals(TSNode root) {
    const std::vector<std::size_t> directives = occurrences("#if");
    if (directives.empty())
      return;
    auto defined_before = [&](TSNode name, TSNode at) {
      auto found = macros_.find(std::string(tree_.text(name)));
      return found != macros_.end() && found->second < ts_node_start_byte(at);
    };
    // Whether a branch's condition holds; nullopt when the flags decide.
    auto holds = [&](TSNode branch) -> std::optional<bool> {
      if (is(branch, "preproc_else"))
        return true;
      if (TSNode name = field(branch, "name"); !ts_node_is_null(name)) {
        const bool negated =
            tree_.text(ts_node_child(branch, 0)).find("ndef") !=
            std::string_view::npos;
        if (defined_before(name, branch))
          return !negated;
        // `#ifndef GUARD` / `#define GUARD`: an include guard.
        TSNode first = ts_node_next_named_sibling(name);
        if (negated && is(first, "preproc_def") &&
            tree_.text(field(first, "name")) == tree_.text(name))
          return true;
        return std::nullopt;
      }
      std::string_view condition = tree_.text(field(branch, "condition"));
      if (condition == "0" || condition == "false")
        return false;
      if (condition == "1" || condition == "true")
        return true;
      return std::nullopt;
    };
    walk_named_descendants(root, [&](TSNode node) {
      if (!spans_any(directives, node))
        return false;
      if (!is(node, "preproc_if") && !is(node, "preproc_ifdef"))
        return true;
      bool taken = false, unknown = false;
      std::string directive;
      for (TSNode branch = node; !ts_node_is_null(branch);
           branch = field(branch, "alternative")) {
        TSNode opening = field(branch, "condition");
        if (ts_node_is_null(opening))
          opening = field(branch, "name");
        if (ts_node_is_null(opening))
          opening = ts_node_child(branch, 0); // `#else`
        TSNode alternative = field(branch, "alternative");
        const TextRange code{ts_node_end_byte(opening),
                             ts_node_is_null(alternative)
                                 ? ts_node_end_byte(branch)
                                 : ts_node_start_byte(alternative)};
        const std::optional<bool> held = holds(branch);
        if (!held && directive.empty()) {
          std::string_view text = tree_.text(branch);
          directive = text.substr(0, text.find('\n'));
        }
        if (taken || held == false)
          inactive_.push_back(code);
        else if (unknown || !held)
          undecided_.push_back({code, directive});
        unknown = unknown || !held;
        taken = taken || held == true;
      }
      return true;
    });
  }

  // Whether `node` is in a branch compiled out whatever the flags.
  bool compiled_out(TSNode node) const {
    const uint32_t at = ts_node_start_byte(node);
    return std::any_of(inactive_.begin(), inactive_.end(),
                       [&](const TextRange &code) {
                         return code.begin <= at && at < code.end;
                       });
  }

  // The innermost undecided branch `node` is in; null when none.
  const Undecided *undecided(TSNode node) const {
    const uint32_t at = ts_node_start_byte(node);
    const Undecided *innermost = nullptr;
    for (const Undecided &branch : undecided_)
      if (branch.code.begin <= at && at < branch.code.end &&
          (!innermost || branch.code.begin > innermost->code.begin))
        innermost = &branch;
    return innermost;
  }

  // Function and class definitions anywhere outside function bodies, by
  // qualified name.
  void collect_functions(TSNode root) {
    walk_named_descendants(root, [&](TSNode node) {
      std::string_view type = kind(node);
      if (compiled_out(node))
        return false;
      if (type == "class_specifier" || type == "struct_specifier") {
        collect_class(node);
        return false;
      }
      if (type == "function_definition") {
        TSNode declarator = function_declarator(field(node, "declarator"));
        TSNode body = field(node, "body");
        if (!ts_node_is_null(declarator) && is(body, "compound_statement")) {
          std::string name =
              plain_name(tree_.text(field(declarator, "declarator")));
          std::string context = context_of(node);
          std::string qualified =
              context.empty() ? name : context + "::" + name;
          function_names_.insert(last_component(name));
          if (!functions_.emplace(qualified, node).second)
            other_definitions_.emplace(std::move(qualified), node);
          // (`void Repo::load() {...}`: maybe a method, as far as a call
          // `repo.load()` is concerned.)
          if (name.find("::") != std::string::npos)
            method_names_.insert(last_component(name));
        }
        return false;
      }
      if (type == "declaration") {
        collect_class(field(node, "type")); // `struct T {...} t;`
        if (TSNode declarator = function_declarator(field(node, "declarator"));
            !ts_node_is_null(declarator))
          function_declarations_[last_component(plain_name(
                                     tree_.text(field(declarator, "declarator"))))]
              .push_back(declarator);
        for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
          TSNode declarator = ts_node_named_child(node, i);
          if (TSNode name = variable_name(declarator);
              !ts_node_is_null(name) && !is_const(node, declarator))
            mutable_globals_.insert(std::string(tree_.text(name)));
        }
        return false;
      }
      return type == "namespace_definition" || type == "declaration_list" ||
             type == "linkage_specification" || type == "template_declaration" ||
             type.rfind("preproc_", 0) == 0;
    });
  }

  // What the file gives `name` (process_change_risk): the functions and
  // classes it defines so named (a class's out-of-line constructors are
  // functions named like it), or a function it only declares.
  CalleeText callee_text(const std::string &name) const {
    CalleeText found;
    for (const auto *named : {&functions_, &classes_})
      for (const auto &[qualified, node] : *named)
        if (last_component(qualified) == name)
          found.definitions.push_back(tree_.text(node));
    found.declared_only =
        found.definitions.empty() && function_declarations_.count(name);
    return found;
  }

  // `defined`, when it defines a class or struct of this file.
  void collect_class(TSNode defined) {
    TSNode name = field(defined, "name");
    if (!(is(defined, "class_specifier") || is(defined, "struct_specifier")) ||
        !is(field(defined, "body"), "field_declaration_list") ||
        !is(name, "type_identifier"))
      return;
    std::string context = context_of(defined);
    std::string spelled(tree_.text(name));
    const std::string qualified =
        context.empty() ? spelled : context + "::" + spelled;
    classes_.emplace(qualified, defined);
    class_names_.insert(spelled);
    // Its methods defined in the class, as Clang names them ("Repo::load");
    // constructors are followed where objects are built.
    TSNode members = field(defined, "body");
    for (uint32_t i = 0; i < ts_node_named_child_count(members); ++i) {
      TSNode member = ts_node_named_child(members, i);
      TSNode declarator = function_declarator(field(member, "declarator"));
      if (!is(member, "function_definition") || ts_node_is_null(declarator))
        continue;
      std::string method = plain_name(tree_.text(field(declarator, "declarator")));
      if (method != spelled && method.rfind('~', 0) != 0) {
        functions_.emplace(qualified + "::" + method, member);
        method_names_.insert(method);
      }
    }
  }

  // The names the file declares, and its using directives, using
  // declarations and aliases, at any depth (a function's own included).
  void collect_names(TSNode root) {
    std::vector<std::size_t> keywords;
    for (const char *word : {"using", "namespace", "typedef", "class",
                             "struct", "union", "enum", "typename"})
      for (std::size_t at : occurrences(word))
        keywords.push_back(at);
    std::sort(keywords.begin(), keywords.end());
    walk_named_descendants(root, [&](TSNode node) {
      if (!spans_any(keywords, node))
        return false;
      std::string_view type = kind(node);
      const uint32_t from = ts_node_end_byte(node);
      if (type == "using_declaration") {
        std::string target = plain_name(tree_.text(
            ts_node_named_child(node, ts_node_named_child_count(node) - 1)));
        if (tree_.text(node).find("namespace") != std::string_view::npos)
          scope_.add(NameScope::Kind::Directive, {}, target, from,
                     scope_end(node));
        else
          scope_.add(NameScope::Kind::Declaration, last_component(target),
                     target, from, scope_end(node));
        return false;
      }
      TSNode name = field(node, "name");
      if (type == "namespace_alias_definition" ||
          type == "alias_declaration") {
        TSNode target = type == "alias_declaration"
                            ? field(node, "type")
                            : ts_node_named_child(
                                  node, ts_node_named_child_count(node) - 1);
        if (!ts_node_is_null(name) && !ts_node_is_null(target))
          scope_.add(NameScope::Kind::Alias, std::string(tree_.text(name)),
                     plain_name(tree_.text(target)), from, scope_end(node));
        return false;
      }
      if (type == "type_definition") {
        // `typedef Aws::S3::S3Client Storage;` names the SDK's class;
        // `typedef struct {...} Row;` is the file's own.
        TSNode aliased = field(node, "type");
        bool named = is(aliased, "type_identifier") ||
                     is(aliased, "qualified_identifier") ||
                     is(aliased, "template_type");
        for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i)
          if (TSNode declarator = ts_node_named_child(node, i);
              is(declarator, "type_identifier") &&
              !ts_node_eq(declarator, aliased)) {
            if (named)
              scope_.add(NameScope::Kind::Alias,
                         std::string(tree_.text(declarator)),
                         plain_name(tree_.text(aliased)), from,
                         scope_end(node));
            else
              scope_.add_declared(std::string(tree_.text(declarator)));
          }
        return true;
      }
      // A class the file defines (not one it only names), a namespace it
      // opens, a template's type parameter.
      if (((type == "class_specifier" || type == "struct_specifier" ||
            type == "union_specifier" || type == "enum_specifier") &&
           !ts_node_is_null(field(node, "body"))) ||
          type == "namespace_definition") {
        if (!ts_node_is_null(name)) {
          std::stringstream components(plain_name(tree_.text(name)));
          std::string component;
          while (std::getline(components, component, ':'))
            if (!component.empty())
              scope_.add_declared(component);
        }
        return true;
      }
      if (type == "type_parameter_declaration" ||
          type == "optional_type_parameter_declaration") {
        for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i)
          if (TSNode parameter = ts_node_named_child(node, i);
              is(parameter, "type_identifier"))
            scope_.add_declared(std::string(tree_.text(parameter)));
        return false;
      }
      return true;
    });
  }

  // Where what `node` declares stops being seen: the end of its block,
  // namespace body, class body or file.
  static uint32_t scope_end(TSNode node) {
    for (TSNode at : treesitter::ancestors(node))
      if (is(at, "compound_statement") || is(at, "declaration_list") ||
          is(at, "field_declaration_list") || is(at, "translation_unit"))
        return ts_node_end_byte(at);
    return std::numeric_limits<uint32_t>::max();
  }

  // Where a name used at `node` is looked up first, as "a::b": the
  // namespaces around it and, in a member function defined outside its
  // class, that class.
  std::string context_of(TSNode node) const {
    std::vector<std::string> parts; // innermost first
    bool in_function = false;
    // (One walk down from the root: asking each node for its parent walks
    // down from the root every time.)
    for (TSNode at : treesitter::ancestors(node)) {
      if (is(at, "namespace_definition") || is(at, "class_specifier") ||
          is(at, "struct_specifier")) {
        if (TSNode name = field(at, "name"); !ts_node_is_null(name))
          parts.push_back(plain_name(tree_.text(name)));
      } else if (is(at, "function_definition") && !in_function) {
        in_function = true;
        TSNode declarator = function_declarator(field(at, "declarator"));
        std::string name =
            plain_name(tree_.text(field(declarator, "declarator")));
        if (auto last = name.rfind("::"); last != std::string::npos)
          parts.push_back(name.substr(0, last));
      }
    }
    std::string context;
    for (auto part = parts.rbegin(); part != parts.rend(); ++part)
      context += (context.empty() ? "" : "::") + *part;
    return context;
  }

  // What a name spelled `spelled` at `at` may stand for (the scope's
  // candidates): asked once for all the lookups of one name.
  std::vector<NameCandidate> candidates(const std::string &spelled,
                                        TSNode at) const {
    return scope_.candidates(spelled, ts_node_start_byte(at));
  }

  // The function of this file a name (its candidates) names.
  const std::pair<const std::string, TSNode> *
  find_function(const std::vector<NameCandidate> &names,
                const std::string &context) const {
    return find_named(functions_, names, context);
  }

  // What of `named` (this file's functions or classes) a name (its
  // candidates) names, as C++ looks it up: through the file's aliases,
  // using declarations and directives, in `context`'s namespaces from the
  // innermost out.
  const std::pair<const std::string, TSNode> *
  find_named(const std::map<std::string, TSNode> &named,
             const std::vector<NameCandidate> &names,
             const std::string &context) const {
    for (const NameCandidate &candidate : names) {
      std::string space = context;
      for (;;) {
        auto found = named.find(
            space.empty() ? candidate.name : space + "::" + candidate.name);
        if (found != named.end())
          return &*found;
        if (space.empty())
          break;
        auto last = space.rfind("::");
        space = last == std::string::npos ? "" : space.substr(0, last);
      }
    }
    return nullptr;
  }

  // Whether a name (its candidates) names a library call or class that runs
  // the function it is given, now or on a thread the caller waits for.
  static bool runs_its_arguments(const std::vector<NameCandidate> &names) {
    for (const NameCandidate &candidate : names)
      if (candidate.name == "std::async" || candidate.name == "std::invoke" ||
          candidate.name == "std::thread" || candidate.name == "std::jthread")
        return true;
    return false;
  }

  // Whether a qualified name is in a library's namespace (std, Aws, aws),
  // as the Clang mode judges a function (library_function).
  static bool library_name(const std::string &name) {
    const std::string first = name.substr(0, name.find("::"));
    return first == "std" || first == "Aws" || first == "aws";
  }

  // Whether a name (its candidates) is a library's: in std, Aws or aws as
  // spelled or through an alias or using declaration, or aws-lambda-cpp's
  // API through a using directive too (`invocation_response::failure` with
  // `using namespace aws::lambda_runtime`); or the compiler's, a name C++
  // reserves to it (`__builtin_expect`, `_Exit`).
  static bool library_callee(const std::vector<NameCandidate> &names) {
    return std::any_of(names.begin(), names.end(),
                       [](const NameCandidate &candidate) {
                         const std::string &name = candidate.name;
                         return (candidate.directive.empty() &&
                                 (library_name(name) ||
                                  (name.size() > 1 && name[0] == '_' &&
                                   (name[1] == '_' ||
                                    std::isupper(static_cast<unsigned char>(
                                        name[1])))))) ||
                                lambda_runtime_api(name);
                       });
  }

  // The file's declaration without a body of the function a name (its
  // candidates) names, looked up as C++ does (find_named): another
  // translation unit defines it. Null when none.
  TSNode declaration_only(const std::string &spelled,
                          const std::vector<NameCandidate> &names,
                          const std::string &context) const {
    auto declared = function_declarations_.find(last_component(spelled));
    if (declared == function_declarations_.end())
      return TSNode{};
    for (TSNode declarator : declared->second) {
      const std::string name =
          plain_name(tree_.text(field(declarator, "declarator")));
      const std::string around = context_of(declarator);
      if (find_named({{around.empty() ? name : around + "::" + name, declarator}},
                     names, context))
        return declarator;
    }
    return TSNode{};
  }

  // Whether a declaration is in an `extern "C"` block or has that prefix.
  bool c_linkage(TSNode declarator) const {
    for (TSNode at : treesitter::ancestors(declarator))
      if (is(at, "linkage_specification"))
        return tree_.text(field(at, "value")) == "\"C\"";
    return false;
  }

  // The first call in `code`, which the fix would move to main(), to a
  // function whose definition hoist cannot see: neither the file's (nor a
  // class of it) nor a library's; "" when none. As the Clang mode judges
  // (VisibleFromMain in main_hoist_fix.cpp), but a parse sees no header:
  // `getenv(...)`, unqualified, is one, and so is a name found only through
  // a using directive.
  std::string unseen_callee(TSNode code) const {
    std::string found;
    if (ts_node_is_null(code))
      return found;
    // (Worked out for the first call only: most code calls nothing.)
    std::optional<std::string> known_context;
    auto context = [&]() -> const std::string & {
      if (!known_context)
        known_context = context_of(code);
      return *known_context;
    };
    auto visit = [&](TSNode node) {
      if (!found.empty())
        return false;
      // (`S3Client s3(app::make_config());` parses as a function's
      // declaration: the call as a parameter of a function type.)
      TSNode function =
          is(node, "call_expression") ? field(node, "function")
          : is(node, "parameter_declaration") &&
                  is(field(node, "declarator"), "abstract_function_declarator")
              ? field(node, "type")
              : TSNode{};
      if (!(is(function, "identifier") || is(function, "qualified_identifier") ||
            is(function, "type_identifier")))
        return true;
      const std::string spelled = plain_name(tree_.text(function));
      const std::vector<NameCandidate> names = candidates(spelled, node);
      if (std::none_of(names.begin(), names.end(),
                       [&](const NameCandidate &candidate) {
                         // (Not through a using directive: whether
                         // `aws::lambda_runtime` declares `region` the
                         // parse cannot tell.)
                         return (candidate.directive.empty() &&
                                 library_name(candidate.name)) ||
                                catalogue_.match(candidate.name,
                                                 CppApi::Kind::Function) ||
                                catalogue_.match(candidate.name,
                                                 CppApi::Kind::Class);
                       }) &&
          !find_function(names, context()) &&
          !find_named(classes_, names, context()) &&
          !function_macros_.count(spelled))
        found = spelled;
      return true;
    };
    // `code` itself too: a value that is one call (`x = app::region();`).
    if (visit(code))
      walk_named_descendants(code, visit);
    return found;
  }

  // Whether `within` (outside main()) may change the variable `name`, as
  // Clang's ExprMutationAnalyzer would, but by the text: assigned, itself,
  // a member or an element (`name = `, `name.x += `, `name[i] = `),
  // incremented, its address taken, or a method called on it (which the
  // parse cannot tell const).
  bool written(TSNode within, const std::string &name) const {
    if (!spans_any(occurrences(name), within))
      return false;
    auto names_it = [&](TSNode node) {
      while (is(node, "field_expression") || is(node, "subscript_expression") ||
             is(node, "parenthesized_expression"))
        node = is(node, "parenthesized_expression")
                   ? ts_node_named_child(node, 0)
                   : field(node, "argument");
      return is(node, "identifier") && tree_.text(node) == name;
    };
    bool found = false;
    walk_named_descendants(within, [&](TSNode node) {
      if (found)
        return false;
      if (is(node, "function_definition") &&
          plain_name(tree_.text(field(function_declarator(field(node, "declarator")),
                                      "declarator"))) == "main")
        return false;
      TSNode function = field(node, "function");
      found = (is(node, "assignment_expression") && names_it(field(node, "left"))) ||
              (is(node, "update_expression") && names_it(field(node, "argument"))) ||
              (is(node, "pointer_expression") &&
               tree_.text(field(node, "operator")) == "&" &&
               names_it(field(node, "argument"))) ||
              (is(node, "call_expression") && is(function, "field_expression") &&
               names_it(field(function, "argument")));
      return !found;
    });
    return found;
  }

  // What `code` (a statement the main() fix moves, or the body of a
  // function of the file it calls, `function`) does that may give another
  // value on each invocation (frozen_values.h), as the Clang mode judges it
  // (frozen_values_in_ast.cpp) but by names: a file-scope variable that is
  // not const (`local` tells the code's own names), a static variable of a
  // function it calls, a library function not known pure. `entered`: the
  // functions being judged or judged harmless, by where they begin.
  std::string frozen_value(TSNode code,
                           const std::function<bool(const std::string &)> &local,
                           std::set<uint32_t> &entered) const {
    std::string found;
    auto visit = [&](TSNode node, TSNode parent) {
      if (!found.empty())
        return false;
      if (is(node, "declaration") && is_static(node))
        for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
          TSNode declarator = ts_node_named_child(node, i);
          if (TSNode name = variable_name(declarator);
              !ts_node_is_null(name) && !is_const(node, declarator) &&
              written(code, std::string(tree_.text(name))))
            found = keeps_static(std::string(tree_.text(name)));
        }
      if (is(node, "identifier") && !is(parent, "qualified_identifier") &&
          mutable_globals_.count(std::string(tree_.text(node))) &&
          !local(std::string(tree_.text(node))) &&
          written(ts_tree_root_node(tree_.tree), std::string(tree_.text(node))))
        found = reads_mutable(std::string(tree_.text(node)));
      TSNode function = is(node, "call_expression") ? field(node, "function")
                                                    : TSNode{};
      if (found.empty() &&
          (is(function, "identifier") || is(function, "qualified_identifier"))) {
        const std::string spelled = plain_name(tree_.text(function));
        const std::vector<NameCandidate> names = candidates(spelled, node);
        if (const auto *defined = find_function(names, context_of(node))) {
          TSNode body = defined->second;
          if (entered.insert(ts_node_start_byte(body)).second)
            if (std::string inner = frozen_value(
                    field(body, "body"),
                    [&](const std::string &name) {
                      return declares(body, name);
                    },
                    entered);
                !inner.empty())
              found = calls_through(spelled, inner);
        } else if (std::none_of(names.begin(), names.end(),
                                [&](const NameCandidate &candidate) {
                                  return candidate.directive.empty() &&
                                         library_name(candidate.name) &&
                                         known_pure_library_function(
                                             candidate.name);
                                }) &&
                   !known_pure_library_function(spelled) &&
                   !catalogue_.match(spelled, CppApi::Kind::Class) &&
                   !catalogue_.match(spelled, CppApi::Kind::Function)) {
          found = calls_unknown(spelled);
        }
      }
      return found.empty();
    };
    visit(code, ts_node_parent(code));
    walk_named_descendants(code, visit);
    return found;
  }

  static std::string last_component(const std::string &name) {
    auto last = name.rfind("::");
    return last == std::string::npos ? name : name.substr(last + 2);
  }

  static TSNode function_declarator(TSNode node) {
    while (!ts_node_is_null(node) && !is(node, "function_declarator")) {
      std::string_view type = kind(node);
      if (type != "pointer_declarator" && type != "reference_declarator" &&
          type != "parenthesized_declarator")
        return TSNode{};
      // (reference_declarator has no field: what it refers to is its child.)
      node = type == "reference_declarator" ? ts_node_named_child(node, 0)
                                            : field(node, "declarator");
    }
    return node;
  }

  // Handlers: what run_handler is given, and functions with the handler's
  // signature.
  // The byte offsets where `word` occurs in the file's text.
  // (Once per word: the main() fix asks of each name a moved declaration
  // spells whether the handler, its parameters or main() declare it.)
  const std::vector<std::size_t> &occurrences(std::string_view word) const {
    if (auto known = occurrences_.find(word); known != occurrences_.end())
      return known->second;
    std::vector<std::size_t> &found = occurrences_[std::string(word)];
    std::string_view text = tree_.file->text();
    // Many words asked (a file of 2,000 handlers asks for each one's name):
    // a word of identifier characters, which no other character splits, is
    // looked for in the file's distinct identifiers, not its whole text.
    auto identifier_char = [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    };
    if (occurrences_.size() > 64 && !word.empty() &&
        std::all_of(word.begin(), word.end(), identifier_char)) {
      if (!identifiers_) {
        identifiers_.emplace();
        for (std::size_t at = 0; at < text.size();) {
          std::size_t end = at;
          while (end < text.size() && identifier_char(text[end]))
            ++end;
          if (end > at)
            (*identifiers_)[text.substr(at, end - at)].push_back(at);
          at = end + 1;
        }
      }
      for (const auto &[identifier, starts] : *identifiers_)
        for (std::size_t in = identifier.find(word);
             in != std::string_view::npos;
             in = identifier.find(word, in + word.size()))
          for (std::size_t start : starts)
            found.push_back(start + in);
      std::sort(found.begin(), found.end());
      return found;
    }
    // (memmem: string_view::find stops at each of the first letter's many
    // occurrences to compare.)
    for (const char *at = text.data(), *end = text.data() + text.size();;
         at += word.size()) {
      at = static_cast<const char *>(
          memmem(at, end - at, word.data(), word.size()));
      if (!at)
        break;
      found.push_back(at - text.data());
    }
    return found;
  }

  // Whether `node` spans one of `offsets` (sorted): a walk looking for a
  // name need not enter a subtree whose text lacks it.
  static bool spans_any(const std::vector<std::size_t> &offsets, TSNode node) {
    auto next = std::lower_bound(offsets.begin(), offsets.end(),
                                 ts_node_start_byte(node));
    return next != offsets.end() && *next < ts_node_end_byte(node);
  }

  void find_handlers() {
    std::set<uint32_t> seen;
    const std::vector<std::size_t> calls = occurrences("run_handler");
    walk_named_descendants(ts_tree_root_node(tree_.tree), [&](TSNode node) {
      if (!spans_any(calls, node) || compiled_out(node))
        return false;
      if (!is(node, "call_expression"))
        return true;
      std::string callee = plain_name(tree_.text(field(node, "function")));
      if (last_component(callee) != "run_handler")
        return true;
      TSNode arguments = field(node, "arguments");
      if (ts_node_named_child_count(arguments) == 0)
        return true;
      TSNode argument = ts_node_named_child(arguments, 0);
      if (!add_handler_from(argument, node, seen))
        unresolved_handlers_.push_back(argument);
      return true;
    });
    std::vector<std::pair<std::string, TSNode>> definitions(functions_.begin(),
                                                          functions_.end());
    definitions.insert(definitions.end(), other_definitions_.begin(),
                       other_definitions_.end());
    for (const auto &[qualified, definition] : definitions) {
      const std::string name = last_component(qualified);
      TSNode declarator = function_declarator(field(definition, "declarator"));
      std::string_view parameters = tree_.text(field(declarator, "parameters"));
      std::string_view returns = tree_.text(field(definition, "type"));
      TSNode body = field(definition, "body");
      if (parameters.find("invocation_request") != std::string_view::npos &&
          returns.find("invocation_response") != std::string_view::npos &&
          !is(ts_node_parent(definition), "field_declaration_list") &&
          seen.insert(ts_node_start_byte(body)).second)
        handlers_.push_back({name, body, field(declarator, "declarator"),
                             false, definition});
    }
    // What run_handler is given may be one of the functions with the
    // handler's signature, all checked (`run_handler(handlers[name])`).
    if (std::any_of(handlers_.begin(), handlers_.end(),
                    [](const Handler &handler) { return !handler.passed; }))
      unresolved_handlers_.clear();
  }

  // Whether `argument` names a handler this file defines (added, or seen
  // before); `depth`: how many expressions it was resolved through.
  bool add_handler_from(TSNode argument, TSNode call, std::set<uint32_t> &seen,
                        int depth = 0) {
    if (depth > 8)
      return false;
    if (is(argument, "lambda_expression")) {
      TSNode body = field(argument, "body");
      if (!is(body, "compound_statement"))
        return false;
      // A lambda that only forwards to a function of this file: that one is
      // the handler, reached through the lambda.
      TSNode forwarded = forwarding_call(body);
      if (const auto *function =
              ts_node_is_null(forwarded)
                  ? nullptr
                  : find_function(
                        candidates(plain_name(tree_.text(
                                       field(forwarded, "function"))),
                                   forwarded),
                        context_of(forwarded))) {
        TSNode target = field(function->second, "body");
        if (seen.insert(ts_node_start_byte(target)).second)
          handlers_.push_back({last_component(function->first), target, call,
                               true, function->second, TSNode{}, argument,
                               forwarded});
        return true;
      }
      if (seen.insert(ts_node_start_byte(body)).second)
        handlers_.push_back({"lambda", body, call, true});
      return true;
    }
    // `std::bind(&App::handle, &app, _1)`: the bound member function.
    if (is(argument, "call_expression")) {
      const std::string binder =
          last_component(plain_name(tree_.text(field(argument, "function"))));
      TSNode arguments = field(argument, "arguments");
      TSNode bound = ts_node_named_child_count(arguments) > 0
                         ? ts_node_named_child(arguments, 0)
                         : TSNode{};
      if (is(bound, "pointer_expression"))
        bound = field(bound, "argument");
      if ((binder == "bind" || binder == "bind_front") &&
          !ts_node_is_null(bound))
        if (const auto *function = find_function(
                candidates(plain_name(tree_.text(bound)), call),
                context_of(call))) {
          TSNode body = field(function->second, "body");
          if (seen.insert(ts_node_start_byte(body)).second) {
            handlers_.push_back({last_component(function->first), body, call,
                                 true, function->second});
            // (`&App::handle`, of a class of the file: a member function.)
            TSNode scope = is(bound, "qualified_identifier")
                               ? field(bound, "scope")
                               : TSNode{};
            handlers_.back().method =
                !ts_node_is_null(scope) &&
                find_named(classes_,
                           candidates(plain_name(tree_.text(scope)), scope),
                           context_of(call)) != nullptr;
            handlers_.back().bound = true;
          }
          return true;
        }
      // `std::ref(service)`: the functor.
      if ((binder == "ref" || binder == "cref") &&
          ts_node_named_child_count(arguments) == 1)
        return add_handler_from(bound, call, seen, depth + 1);
      // `make_handler()`, a function of the file: what it returns.
      if (const auto *maker = find_function(
              candidates(plain_name(tree_.text(field(argument, "function"))),
                         argument),
              context_of(call))) {
        bool resolved = false;
        TSNode body = field(maker->second, "body");
        for (uint32_t i = 0; i < ts_node_named_child_count(body); ++i)
          if (TSNode statement = ts_node_named_child(body, i);
              is(statement, "return_statement") &&
              ts_node_named_child_count(statement) > 0)
            resolved = add_handler_from(ts_node_named_child(statement, 0),
                                        call, seen, depth + 1) ||
                       resolved;
        if (resolved)
          return true;
      }
    }
    // A parameter of the function run_handler is called in (`void
    // serve(std::function<...> f) { run_handler(f); }`): what the file's
    // calls of that function give it.
    if (is(argument, "identifier"))
      if (const auto [wrapper, index] = parameter_of(argument, call);
          !wrapper.empty()) {
        bool resolved = false;
        walk_named_descendants(ts_tree_root_node(tree_.tree), [&](TSNode node) {
          if (!is(node, "call_expression") ||
              last_component(plain_name(tree_.text(field(node, "function")))) !=
                  wrapper)
            return true;
          TSNode given = field(node, "arguments");
          if (index < ts_node_named_child_count(given))
            resolved = add_handler_from(ts_node_named_child(given, index), call,
                                        seen, depth + 1) ||
                       resolved;
          return true;
        });
        if (resolved)
          return true;
      }
    std::string name = last_component(plain_name(tree_.text(argument)));
    // (`&Function::Handle`: a static member function, by its name.)
    TSNode named = is(argument, "pointer_expression") &&
                           is(field(argument, "argument"), "qualified_identifier")
                       ? field(argument, "argument")
                       : argument;
    if (const auto *function =
            find_function(candidates(plain_name(tree_.text(named)), call),
                          context_of(call))) {
      if (name_macros_.count(name)) // `run_handler(HANDLER)`
        name = last_component(function->first);
      note_specialization(is(argument, "pointer_expression")
                              ? field(argument, "argument")
                              : argument,
                          argument);
      add_named_handler(*function, name, call, argument, TSNode{}, seen);
      return true;
    }
    if (const auto *function = functor_call_operator(argument, call, name)) {
      TSNode body = field(function->second, "body");
      if (seen.insert(ts_node_start_byte(body)).second) {
        handlers_.push_back({name, body, call, true, function->second});
        handlers_.back().method = true;
      }
      return true;
    }
    // A variable holding a lambda, `auto handler = [](...) {...};`, or a
    // function of the file, `std::function<...> h = handler;`.
    bool held = false;
    walk_named_descendants(ts_tree_root_node(tree_.tree), [&](TSNode node) {
      if (!is(node, "init_declarator"))
        return true;
      TSNode value = field(node, "value");
      if (tree_.text(field(node, "declarator")) != name)
        return true;
      if (const auto *function =
              is(value, "identifier") || is(value, "qualified_identifier")
                  ? find_function(candidates(plain_name(tree_.text(value)),
                                             value),
                                  context_of(value))
                  : nullptr) {
        add_named_handler(*function, last_component(function->first), call,
                          value, ts_node_parent(node), seen);
        held = true;
        return true;
      }
      // (As given inline: one that forwards to a function of the file
      // makes that function the handler, whose objects go before the
      // variable's declaration; another is named after the variable.)
      if (is(value, "lambda_expression")) {
        held = true;
        const std::size_t before = handlers_.size();
        add_handler_from(value, call, seen, depth + 1);
        if (handlers_.size() > before) {
          Handler &added = handlers_.back();
          if (ts_node_is_null(added.forwarding_lambda))
            added.name = name;
          else
            added.holder = ts_node_parent(node);
        }
      }
      return true;
    });
    return held;
  }

  // The function `argument` names as run_handler is given it (in its call,
  // or in the initializer of the variable `holder` declares), and the
  // file's other definitions of it, in other branches of a preprocessor
  // conditional (`#ifdef USE_SQS` ... `#else`): the build compiles one.
  void add_named_handler(const std::pair<const std::string, TSNode> &function,
                         const std::string &name, TSNode call, TSNode argument,
                         TSNode holder, std::set<uint32_t> &seen) {
    ++passed_[ts_node_start_byte(field(function.second, "body"))];
    std::vector<TSNode> definitions{function.second};
    auto [other, end] = other_definitions_.equal_range(function.first);
    for (; other != end; ++other)
      if (undecided(other->second)) // (not an overload)
        definitions.push_back(other->second);
    for (TSNode definition : definitions) {
      TSNode body = field(definition, "body");
      if (seen.insert(ts_node_start_byte(body)).second)
        handlers_.push_back(
            {name, body, call, true, definition, argument, {}, {}, holder});
    }
  }

  // The function `at` is in, by its unqualified name, and the position of
  // its parameter `name` names; an empty name when `name` is none of its
  // parameters.
  std::pair<std::string, uint32_t> parameter_of(TSNode name, TSNode at) const {
    TSNode definition = ts_node_parent(at);
    while (!ts_node_is_null(definition) &&
           !is(definition, "function_definition"))
      definition = ts_node_parent(definition);
    TSNode declarator = function_declarator(field(definition, "declarator"));
    TSNode parameters = field(declarator, "parameters");
    for (uint32_t i = 0; i < ts_node_named_child_count(parameters); ++i) {
      TSNode named =
          variable_name(field(ts_node_named_child(parameters, i), "declarator"));
      if (!ts_node_is_null(named) && tree_.text(named) == tree_.text(name))
        return {last_component(
                    plain_name(tree_.text(field(declarator, "declarator")))),
                i};
    }
    return {};
  }

  // The operator() of a functor run_handler is given (at `call`): an object
  // of a class of the file, built there (`Handler{table}`,
  // `Handler(table)`) or a variable of it (`Service svc;`); and the handler's
  // name as the Clang mode gives it (the class's, or the variable's).
  const std::pair<const std::string, TSNode> *
  functor_call_operator(TSNode argument, TSNode call, std::string &name) const {
    std::string type;
    if (is(argument, "compound_literal_expression")) {
      type = plain_name(tree_.text(field(argument, "type")));
      note_specialization(field(argument, "type"), argument);
    }
    else if (is(argument, "call_expression"))
      type = plain_name(tree_.text(field(argument, "function")));
    else if (is(argument, "identifier"))
      walk_named_descendants(ts_tree_root_node(tree_.tree), [&](TSNode node) {
        if (!type.empty())
          return false;
        if (!is(node, "declaration"))
          return true;
        for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
          TSNode declarator = ts_node_named_child(node, i);
          if (is(declarator, "init_declarator"))
            declarator = field(declarator, "declarator");
          if (is(declarator, "identifier") &&
              tree_.text(declarator) == tree_.text(argument))
            type = plain_name(tree_.text(field(node, "type")));
        }
        return false;
      });
    if (type.empty() || !class_names_.count(last_component(type)))
      return nullptr;
    const auto *function =
        find_function(candidates(type + "::operator()", call), context_of(call));
    if (function && !is(argument, "identifier"))
      name = last_component(type);
    return function;
  }

  // The call in `{ return f(...); }`, the whole of a forwarding lambda.
  static TSNode forwarding_call(TSNode body) {
    TSNode statement{};
    for (uint32_t i = 0; i < ts_node_named_child_count(body); ++i) {
      TSNode child = ts_node_named_child(body, i);
      if (is(child, "comment"))
        continue;
      if (!ts_node_is_null(statement))
        return TSNode{};
      statement = child;
    }
    if (!is(statement, "return_statement") ||
        ts_node_named_child_count(statement) != 1)
      return TSNode{};
    TSNode call = ts_node_named_child(statement, 0);
    return is(call, "call_expression") ? call : TSNode{};
  }

  // The catalogue entry a name spelled `spelled` (with its candidates
  // `names`) builds, and the name it stands for.
  const CppApi *match(const std::string &spelled,
                      const std::vector<NameCandidate> &names,
                      CppApi::Kind api_kind, std::string &matched) const {
    const bool qualified = spelled.find("::") != std::string::npos;
    for (const NameCandidate &candidate : names)
      if (const CppApi *api = catalogue_.match(candidate.name, api_kind);
          api && (candidate.directive.empty() || !qualified ||
                  names_namespace_of(candidate.directive, spelled, *api))) {
        matched = candidate.name;
        return api;
      }
    return nullptr;
  }

  // Whether `spelled`'s first component, reached through `using namespace
  // space;`, is one of that namespace's own (`S3::S3Client` under `using
  // namespace Aws;`), not another library's (`app::HttpClient`): the
  // catalogue entry or the file names it there, a header of the file is in
  // its directory (<aws/s3/...>), or it names the class as the SDK names a
  // service's client after its namespace.
  bool names_namespace_of(const std::string &space, const std::string &spelled,
                          const CppApi &api) const {
    const std::string qualifier = spelled.substr(0, spelled.find("::"));
    const std::string inside = space + "::" + qualifier;
    if (last_component(spelled).rfind(qualifier, 0) == 0 ||
        api.api.rfind(inside + "::", 0) == 0)
      return true;
    const std::string_view text = tree_.file->text();
    for (std::size_t at : occurrences(inside)) {
      std::size_t end = at + inside.size();
      if (end == text.size() ||
          !(std::isalnum(static_cast<unsigned char>(text[end])) ||
            text[end] == '_'))
        return true;
    }
    auto lower = [](std::string word) {
      for (char &c : word)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return word;
    };
    const std::string directory =
        lower(space.substr(0, space.find("::"))) + "/";
    const std::string subdirectory = "/" + lower(qualifier) + "/";
    for (std::size_t at : occurrences("#include")) {
      std::string line =
          lower(std::string(text.substr(at, text.find('\n', at) - at)));
      if (line.find(directory) != std::string::npos &&
          line.find(subdirectory) != std::string::npos)
        return true;
    }
    return false;
  }

  // Whether `node` is spelled right after a `::`: a later scope of a
  // qualified name (`S3` in `Aws::S3::S3Client`), not looked up on its own.
  bool after_scope_operator(TSNode node) const {
    const std::string_view text = tree_.file->text();
    std::size_t at = ts_node_start_byte(node);
    while (at > 0 && std::isspace(static_cast<unsigned char>(text[at - 1])))
      --at;
    return at >= 2 && text.substr(at - 2, 2) == "::";
  }

  // The catalogued class among the template arguments `name` is spelled
  // with (`build<Aws::S3::S3Client>`, `Handler<Aws::S3::S3Client>`,
  // `registry.template get<Aws::S3::S3Client>`), as the catalogue names it;
  // "" when none is.
  std::string catalogued_template_argument(TSNode name) const {
    while (is(name, "qualified_identifier"))
      name = field(name, "name");
    if (is(name, "field_expression"))
      name = field(name, "field");
    if (is(name, "dependent_name")) // `.template get<...>`
      name = ts_node_named_child(name, 0);
    std::string matched;
    if ((is(name, "template_function") || is(name, "template_type") ||
         is(name, "template_method")) &&
        catalogued_argument(field(name, "arguments"), matched))
      return matched;
    return {};
  }

  // The catalogued class among a template argument list's, as the
  // catalogue names it in `matched`; null when none is.
  const CppApi *catalogued_argument(TSNode arguments,
                                    std::string &matched) const {
    for (uint32_t i = 0; i < ts_node_named_child_count(arguments); ++i) {
      TSNode argument = ts_node_named_child(arguments, i);
      const std::string spelled = plain_name(tree_.text(argument));
      if (const CppApi *api = match(spelled, candidates(spelled, argument),
                                    CppApi::Kind::Class, matched))
        return api;
    }
    return nullptr;
  }

  // Records `name` (a call's function, or what run_handler is given) when it
  // is a specialization with a catalogued class (uninstantiated()).
  void note_specialization(TSNode name, TSNode at) const {
    if (std::string catalogued = catalogued_template_argument(name);
        !catalogued.empty())
      uninstantiated_.push_back(
          {std::string(tree_.text(name)), std::move(catalogued), at});
  }

  // The type named by a template argument list's first argument.
  std::string first_template_argument(TSNode function) const {
    TSNode name = function;
    while (is(name, "qualified_identifier"))
      name = field(name, "name");
    if (!is(name, "template_function"))
      return {};
    TSNode arguments = field(name, "arguments");
    if (ts_node_named_child_count(arguments) == 0)
      return {};
    return plain_name(tree_.text(ts_node_named_child(arguments, 0)));
  }

  static bool is_static(TSNode declaration) {
    for (uint32_t i = 0; i < ts_node_named_child_count(declaration); ++i) {
      TSNode child = ts_node_named_child(declaration, i);
      if (is(child, "storage_class_specifier"))
        return true;
    }
    return false;
  }

  // Adds to `once` what of `node`, a static's declaration or part of one,
  // runs once (as built_once.h says for the Clang mode): all of it but the
  // lambdas it holds and does not call there (`static auto c = [] { ...
  // }();` runs once). Whether such a lambda is left.
  static bool once_but_held_lambdas(TSNode node, std::vector<TSNode> &once) {
    if (is(node, "lambda_expression"))
      return true;
    if (!holds_lambda(node)) {
      once.push_back(node);
      return false;
    }
    bool left = false;
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i)
      left = once_but_held_lambdas(ts_node_named_child(node, i), once) || left;
    return left;
  }
  static bool holds_lambda(TSNode node) {
    if (is(node, "lambda_expression"))
      return true;
    if (is(node, "call_expression") &&
        is(field(node, "function"), "lambda_expression"))
      return holds_lambda(field(node, "arguments")); // called there
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i)
      if (holds_lambda(ts_node_named_child(node, i)))
        return true;
    return false;
  }

  // The variable a declarator declares (`x` of `*x = ...`, `x[4]`, `&x`),
  // or null (a function's declarator too).
  static TSNode variable_name(TSNode declarator) {
    while (!ts_node_is_null(declarator) && !is(declarator, "identifier")) {
      if (is(declarator, "function_declarator"))
        return TSNode{};
      TSNode inner = field(declarator, "declarator");
      if (ts_node_is_null(inner) && is(declarator, "reference_declarator"))
        inner = ts_node_named_child(declarator, 0);
      declarator = inner;
    }
    return declarator;
  }

  static bool is_const_qualifier(std::string_view text) {
    return text == "const" || text == "constexpr";
  }

  // Whether the variable `declarator` declares is const: `const T x`,
  // `T *const p` (not `const T *p`, a pointer that can change).
  bool is_const(TSNode declaration, TSNode declarator) const {
    if (is(declarator, "init_declarator"))
      declarator = field(declarator, "declarator");
    TSNode holder = is(declarator, "pointer_declarator") ? declarator
                                                          : declaration;
    for (uint32_t i = 0; i < ts_node_named_child_count(holder); ++i) {
      TSNode child = ts_node_named_child(holder, i);
      if (is(child, "type_qualifier") && is_const_qualifier(tree_.text(child)))
        return true;
    }
    return false;
  }

  // The type a smart pointer factory's result has: `std::make_shared<T>`
  // makes a std::shared_ptr<T>.
  std::string smart_pointer(const std::string &factory, TSNode function) const {
    TSNode name = function;
    while (is(name, "qualified_identifier"))
      name = field(name, "name");
    TSNode arguments = field(name, "arguments");
    std::string type(tree_.text(ts_node_named_child(arguments, 0)));
    if (factory == "make_unique")
      return "std::unique_ptr<" + type + ">";
    if (factory == "MakeUnique")
      return "Aws::UniquePtr<" + type + ">";
    return "std::shared_ptr<" + type + ">";
  }

  // A construction that declaration `statement` holds in `name`: Declared
  // when the declaration is directly in `body` and declares nothing else,
  // its type spelled as written (`deduced` standing for `auto`).
  Construction declared(Construction construction, TSNode statement,
                        TSNode body, const std::string &deduced) const {
    construction.variable = tree_.text(construction.at);
    TSNode declarator = field(statement, "declarator");
    uint32_t count = ts_node_named_child_count(statement);
    construction.shape = ConstructionShape::WithOthers;
    if (!ts_node_eq(declarator, ts_node_named_child(statement, count - 1)))
      return construction;
    construction.shape = ConstructionShape::InBlock;
    if (!ts_node_eq(ts_node_parent(statement), body))
      return construction;
    TSNode type = field(statement, "type");
    std::string_view text = tree_.file->text();
    std::size_t begin = ts_node_start_byte(statement);
    std::string spelled;
    if (is(type, "placeholder_type_specifier") || tree_.text(type) == "auto") {
      if (deduced.empty())
        return construction;
      spelled = std::string(text.substr(begin, ts_node_start_byte(type) - begin)) +
                deduced +
                std::string(text.substr(ts_node_end_byte(type),
                                        ts_node_start_byte(declarator) -
                                            ts_node_end_byte(type)));
    } else {
      spelled = text.substr(begin, ts_node_start_byte(declarator) - begin);
    }
    while (!spelled.empty() && std::isspace(static_cast<unsigned char>(spelled.back())))
      spelled.pop_back();
    construction.shape = ConstructionShape::Declared;
    construction.statement = statement;
    construction.type = spelled;
    return construction;
  }

  // A construction `call` (a factory, or a temporary of a class) builds: a
  // Declared one when it initializes a variable on its own, of type `type`
  // when the declaration says `auto`.
  Construction held(Construction construction, TSNode body,
                    const std::string &type) const {
    TSNode init = ts_node_parent(construction.at);
    // A member's own initializer, a condition's declaration (`if (auto c =
    // ...)`) and a reference bound to the temporary (`auto &&c = ...`):
    // on the member or variable, as Clang places it.
    if (is(init, "field_declaration") &&
        ts_node_eq(field(init, "default_value"), construction.at))
      return place_on(construction, field(init, "declarator"));
    if (is(init, "declaration") &&
        ts_node_eq(field(init, "value"), construction.at)) {
      Construction variable = place_on(construction, field(init, "declarator"));
      if (is(variable.at, "identifier")) {
        variable.variable = tree_.text(variable.at);
        variable.shape = ConstructionShape::InBlock;
      }
      return variable;
    }
    if (is(init, "init_declarator") &&
        ts_node_eq(field(init, "value"), construction.at) &&
        is(field(init, "declarator"), "reference_declarator"))
      return place_on(construction, field(init, "declarator"));
    TSNode statement = ts_node_parent(init);
    if (!is(init, "init_declarator") ||
        !ts_node_eq(field(init, "value"), construction.at) ||
        !is(statement, "declaration") ||
        !is(field(init, "declarator"), "identifier"))
      return construction;
    // The finding is on the variable, as Clang places it.
    Construction variable = construction;
    variable.at = field(init, "declarator");
    return declared(variable, statement, body, type);
  }

  // `construction`, placed on the variable or member `declarator` declares
  // (when it names one), its shape as it is.
  static Construction place_on(Construction construction, TSNode declarator) {
    if (is(declarator, "field_identifier"))
      construction.at = declarator;
    else if (TSNode name = variable_name(declarator); !ts_node_is_null(name))
      construction.at = name;
    return construction;
  }

  // Where Clang places a finding on `expression`, a pointer or handle it
  // builds: on the variable it initializes (`CURL *curl =
  // curl_easy_init();`, `auto *ddb = new T();`) or the member
  // (`Http() : h(curl_easy_init()) {}`); else on the expression.
  TSNode holder_or(TSNode expression) const {
    TSNode parent = ts_node_parent(expression);
    if (is(parent, "init_declarator") &&
        ts_node_eq(field(parent, "value"), expression)) {
      TSNode name = field(parent, "declarator");
      while (is(name, "pointer_declarator"))
        name = field(name, "declarator");
      return is(name, "identifier") ? name : expression;
    }
    TSNode member = ts_node_parent(parent);
    if (is(parent, "argument_list") && ts_node_named_child_count(parent) == 1 &&
        is(member, "field_initializer") &&
        is(ts_node_named_child(member, 0), "field_identifier"))
      return ts_node_named_child(member, 0);
    return expression;
  }

  // Whether a class (as spelled) is a smart pointer that owns and deletes
  // what it is given.
  static bool owning_pointer(const std::string &spelled) {
    const std::string name = last_component(spelled);
    return name == "unique_ptr" || name == "shared_ptr" || name == "UniquePtr";
  }

  // A `new` a smart pointer's declaration is given, which it deletes
  // (`std::unique_ptr<T> p(new T);`): held as `p` is; else as it is.
  Construction owned(Construction construction, TSNode body) const {
    TSNode arguments = ts_node_parent(construction.at);
    TSNode init = ts_node_parent(arguments);
    if (is(init, "call_expression") ||
        is(init, "compound_literal_expression")) {
      // `auto p = std::unique_ptr<T>(new T);`: held as `p` is.
      TSNode pointer = field(init, is(init, "call_expression") ? "function"
                                                               : "type");
      if (ts_node_named_child_count(arguments) != 1 ||
          !owning_pointer(plain_name(tree_.text(pointer))))
        return construction;
      Construction held_pointer = construction;
      held_pointer.at = init;
      held_pointer = held(held_pointer, body, std::string(tree_.text(pointer)));
      return ts_node_eq(held_pointer.at, init) ? construction : held_pointer;
    }
    TSNode statement = ts_node_parent(init);
    if (!(is(arguments, "argument_list") ||
          is(arguments, "initializer_list")) ||
        ts_node_named_child_count(arguments) != 1 ||
        !is(init, "init_declarator") || !is(statement, "declaration") ||
        !is(field(init, "declarator"), "identifier"))
      return construction;
    if (!owning_pointer(plain_name(tree_.text(field(statement, "type")))))
      return construction;
    // The finding is on the variable, as Clang places it.
    Construction variable = construction;
    variable.at = field(init, "declarator");
    return declared(variable, statement, body, "");
  }

  // A function's body a call runs: a function's or a constructor's.
  struct Call {
    std::string callee; // as the notes name it
    TSNode body;
    TSNode at;
    // A constructor's definition, and its class's members, which it builds
    // before its body runs; null for a function.
    TSNode constructor{}, members{};
  };

  // The constructions in `body` and what it calls of this file: functions
  // by their qualified names, and the constructors of the file's classes it
  // builds objects of. The lambdas it defines are part of it, as Clang
  // counts them.
  void scan(TSNode body, std::vector<Construction> &constructions,
            std::vector<Call> &calls) const {
    const std::string context = context_of(body);
    std::set<std::string> statics; // the body's static locals, so far
    std::vector<TSNode> once;        // the parts of it that run once
    auto lasting = [&](const std::string &name) {
      return statics.count(name) || mutable_globals_.count(name);
    };
    walk_named_descendants(body, [&](TSNode node) {
      std::string_view type = kind(node);
      if (compiled_out(node))
        return false;
      // Built once, as a static's initializer is.
      if (std::any_of(once.begin(), once.end(),
                      [&](TSNode run) { return ts_node_eq(run, node); }))
        return false;
      for (TSNode run : runs_once(node, body, lasting)) {
        if (ts_node_eq(run, node))
          return false;
        once.push_back(run);
      }
      // A function named, not called (`{"put", on_put}` in a routing table,
      // `&worker`), may be called through what holds it.
      if (type == "identifier" && names_function_value(node)) {
        if (const auto *callee = find_function(
                candidates(std::string(tree_.text(node)), node), context))
          calls.push_back({callee->first, field(callee->second, "body"), node});
        return false;
      }
      if (type == "declaration") {
        if (is_static(node)) {
          for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i)
            if (TSNode name = variable_name(ts_node_named_child(node, i));
                !ts_node_is_null(name))
              statics.insert(std::string(tree_.text(name)));
          // Built once, on the first call; but for the body of a lambda it
          // holds, which runs when called.
          return tree_.text(node).find('[') != std::string_view::npos &&
                 once_but_held_lambdas(node, once);
        }
        std::string spelled = plain_name(tree_.text(field(node, "type")));
        std::string matched;
        const std::vector<NameCandidate> names = candidates(spelled, node);
        const CppApi *api =
            match(spelled, names, CppApi::Kind::Class, matched);
        if (!api && runs_its_arguments(names))
          for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
            TSNode declarator = ts_node_named_child(node, i);
            add_named_functions(is(declarator, "init_declarator")
                                    ? field(declarator, "value")
                                    : field(declarator, "parameters"),
                                node, context, calls);
          }
        for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
          TSNode declarator = ts_node_named_child(node, i);
          TSNode name = declarator;
          // `T x(config);` in a body parses as a function declaration.
          if (is(declarator, "init_declarator") ||
              is(declarator, "function_declarator"))
            name = field(declarator, "declarator");
          // An array's elements (`S3Client clients[2];`).
          if (api && is(name, "array_declarator")) {
            constructions.push_back({variable_name(name), matched, api,
                                     ConstructionShape::Element});
            continue;
          }
          // A pointer or a reference is not an object being built.
          if (!is(name, "identifier"))
            continue;
          if (api && copies_an_object(declarator, spelled, body))
            continue;
          if (api)
            constructions.push_back(
                declared({name, matched, api}, node, body, ""));
          else if (builds_elements(declarator, field(node, "type")))
            add_element(field(node, "type"), name, constructions);
          else {
            // (`container<Aws::S3::S3Client> services;`, of a class
            // template of the file: not instantiated.)
            if (const auto *found =
                    class_names_.count(last_component(spelled))
                        ? find_named(classes_, candidates(spelled, node),
                                     context)
                        : nullptr;
                found && is(ts_node_parent(found->second),
                            "template_declaration"))
              note_specialization(field(node, "type"), name);
            build_object(spelled, declarator, name, body, context,
                         constructions, calls);
          }
        }
        return true;
      }
      if (type == "new_expression") {
        std::string matched;
        std::string spelled = plain_name(tree_.text(field(node, "type")));
        if (const CppApi *api = match(spelled, candidates(spelled, node),
                                      CppApi::Kind::Class, matched)) {
          Construction built =
              owned({node, matched, api, ConstructionShape::New}, body);
          if (ts_node_eq(built.at, node))
            built.at = holder_or(node);
          constructions.push_back(built);
        }
        else
          build_object(spelled, field(node, "arguments"), node, body, context,
                       constructions, calls);
        return true;
      }
      if (type == "compound_literal_expression") {
        // `Aws::S3::S3Client{config}`, as `Aws::S3::S3Client(config)`.
        TSNode named = field(node, "type");
        std::string spelled = plain_name(tree_.text(named));
        std::string matched;
        TSNode value = field(node, "value");
        if (const CppApi *api = match(spelled, candidates(spelled, node),
                                      CppApi::Kind::Class, matched)) {
          if (!an_existing_object(only_value(value), spelled,
                                  body)) // `T{a}`: a copy of `a`
            constructions.push_back(held({node, matched, api}, body,
                                         std::string(tree_.text(named))));
        } else
          build_object(spelled, value, node, body, context, constructions,
                       calls);
        return true;
      }
      // `by_region[region]` builds the element a map lacks.
      if (type == "subscript_expression")
        add_built_element(field(node, "argument"), "operator[]", node, body,
                          constructions);
      // `return {cfg};` builds what the function returns.
      if (type == "return_statement" &&
          is(ts_node_named_child(node, 0), "initializer_list")) {
        returned_object(node, body, context, constructions, calls);
        return true;
      }
      if (type == "call_expression") {
        TSNode function = field(node, "function");
        std::string spelled = plain_name(tree_.text(function));
        std::string last = last_component(spelled);
        std::string matched;
        // `std::vector<S3Client>(2)`: a container built with its elements.
        if (is(ts_node_named_child(field(node, "arguments"), 0),
               "number_literal"))
          add_element(function, node, constructions);
        // `by_region.emplace("us-east-1", config)` builds an element.
        if (is(function, "field_expression"))
          add_built_element(field(function, "argument"),
                            tree_.text(field(function, "field")), node, body,
                            constructions);
        if (last == "make_shared" || last == "make_unique" ||
            last == "MakeShared" || last == "MakeUnique" || last == "New") {
          const std::string type = first_template_argument(function);
          if (const CppApi *api = match(type, candidates(type, node),
                                        CppApi::Kind::Class, matched)) {
            if (last == "New") // Aws::New: a pointer, for Aws::Delete
              constructions.push_back(
                  {holder_or(node), matched, api, ConstructionShape::New});
            else
              constructions.push_back(held({node, matched, api}, body,
                                           smart_pointer(last, function)));
          } else {
            // (The factory builds it from its arguments, as `new` does.)
            build_object(type, field(node, "arguments"), node, body, context,
                         constructions, calls);
          }
          return true;
        }
        const std::vector<NameCandidate> names = candidates(spelled, node);
        // (A function the file defines is its own, named like the
        // library's or not: `static int redisConnect(...)`.)
        if (const CppApi *api =
                match(spelled, names, CppApi::Kind::Function, matched);
            api && !find_function(names, context)) {
          // (One whose result owns what it builds moves as a declaration
          // of its type does.)
          if (api->returns.empty())
            constructions.push_back({holder_or(node), matched, api,
                                     ConstructionShape::ReleasedByHand});
          else
            constructions.push_back(held({node, matched, api}, body,
                                         api->returns));
        } else if (const CppApi *api =
                       match(spelled, names, CppApi::Kind::Class, matched)) {
          if (!an_existing_object(only_value(field(node, "arguments")),
                                  spelled, body)) // `T(a)`: a copy of `a`
            constructions.push_back(held({node, matched, api}, body,
                                         std::string(tree_.text(function))));
        } else if (runs_its_arguments(names)) {
          add_named_functions(field(node, "arguments"), node, context, calls);
        } else if (const auto *callee = find_function(names, context)) {
          note_specialization(function, node);
          calls.push_back(
              {callee->first, field(callee->second, "body"), node});
          // (Its default arguments are built at the call: Clang counts
          // those the call leaves out, this mode all of them.)
          if (TSNode parameters = field(
                  function_declarator(field(callee->second, "declarator")),
                  "parameters");
              tree_.text(parameters).find('=') != std::string_view::npos)
            calls.push_back({callee->first, parameters, node});
        } else if (const auto methods = find_methods(function, context);
                   !methods.empty()) {
          for (const auto *method : methods)
            calls.push_back(
                {method->first, field(method->second, "body"), node});
        } else {
          // (`registry.template get<Aws::S3::S3Client>()` of an object of
          // no class of the file.)
          if (is(function, "field_expression"))
            note_specialization(function, node);
          const std::size_t before = calls.size();
          add_constructor_calls(spelled, context, node, calls);
          // A free function the file does not define, outside the
          // libraries: it may be the project's, in a header, or another
          // translation unit's when the file declares it.
          if (calls.size() == before &&
              (is(function, "identifier") ||
               is(function, "qualified_identifier")) &&
              !library_callee(names)) {
            if (function_macros_.count(spelled))
              unexpanded_.emplace_back(spelled, node);
            else if (TSNode declared = declaration_only(spelled, names, context);
                     !ts_node_is_null(declared))
              declared_only_.push_back({spelled, node, c_linkage(declared)});
            else
              unresolved_.emplace_back(spelled, node);
          }
        }
        return true;
      }
      return true;
    });
  }

  // Whether `identifier` names one of the file's functions as a value: an
  // argument, an element, an initializer, an assigned value, an address.
  bool names_function_value(TSNode identifier) const {
    if (!function_names_.count(tree_.text(identifier)))
      return false;
    TSNode parent = ts_node_parent(identifier);
    std::string_view around = kind(parent);
    if (around == "argument_list" || around == "initializer_list" ||
        around == "pointer_expression" || around == "return_statement" ||
        around == "initializer_pair")
      return true;
    return (around == "assignment_expression" &&
            ts_node_eq(field(parent, "right"), identifier)) ||
           (around == "init_declarator" &&
            ts_node_eq(field(parent, "value"), identifier));
  }

  // What `return {...};` (`statement`, in `body`) builds: an object of the
  // type the function around it returns (not a lambda's, whose type the
  // parse cannot tell).
  void returned_object(TSNode statement, TSNode body, const std::string &context,
                       std::vector<Construction> &constructions,
                       std::vector<Call> &calls) const {
    TSNode function{};
    for (TSNode around : treesitter::ancestors(statement))
      if (is(around, "lambda_expression") ||
          is(around, "function_definition")) {
        function = around;
        break;
      }
    // (Not a pointer or a reference it returns: no object built.)
    if (!is(function, "function_definition") ||
        !is(field(function, "declarator"), "function_declarator"))
      return;
    TSNode list = ts_node_named_child(statement, 0);
    const std::string spelled = plain_name(tree_.text(field(function, "type")));
    std::string matched;
    if (const CppApi *api = match(spelled, candidates(spelled, function),
                                  CppApi::Kind::Class, matched)) {
      if (!an_existing_object(only_value(list), spelled, body))
        constructions.push_back({list, matched, api});
    } else {
      build_object(spelled, list, list, body, context, constructions, calls);
    }
  }

  // A construction, at `call` (in `body`), of the element that `method` of
  // the standard container `container` (a variable) builds, if it builds
  // one of a catalogued class (builds_element) and is not given an
  // existing one to copy or move (element_arguments_start).
  void add_built_element(TSNode container, std::string_view method,
                         TSNode call, TSNode body,
                         std::vector<Construction> &constructions) const {
    // (Most methods build none, whatever the container: its declaration is
    // looked up only for those that may.)
    if (!is(container, "identifier") || !builds_element(method, "map"))
      return;
    const VariableDeclaration *declared = declaration_of(container);
    if (!declared)
      return;
    TSNode type = field(declared->declaration, "type");
    TSNode name = is(type, "qualified_identifier") ? field(type, "name") : type;
    const std::string_view holder = tree_.text(field(name, "name"));
    if (!builds_element(method, holder))
      return;
    TSNode arguments = field(call, "arguments");
    const std::size_t start = element_arguments_start(method, holder);
    std::string matched;
    if (is(arguments, "argument_list") &&
        ts_node_named_child_count(arguments) == start + 1 &&
        catalogued_element(type, matched) &&
        an_existing_object(
            ts_node_named_child(arguments, static_cast<uint32_t>(start)),
            matched, body))
      return;
    add_element(type, call, constructions);
  }

  // Whether a declarator of type `type` builds elements of its container:
  // a count (`clients(3)`), or a `std::array` by default (`std::array<T, 2>
  // clients;`).
  bool builds_elements(TSNode declarator, TSNode type) const {
    TSNode arguments = field(declarator, "value");
    if (is(declarator, "identifier") && is(type, "qualified_identifier") &&
        is(field(type, "name"), "template_type"))
      return tree_.text(field(field(type, "name"), "name")) == "array";
    return is(arguments, "argument_list") &&
           is(ts_node_named_child(arguments, 0), "number_literal");
  }

  // A construction, at `at`, of the catalogued class a standard container
  // of type `type` holds, if it holds one.
  void add_element(TSNode type, TSNode at,
                   std::vector<Construction> &constructions) const {
    std::string matched;
    if (const CppApi *api = catalogued_element(type, matched))
      constructions.push_back(
          {at, matched, api, ConstructionShape::Element});
  }

  // The methods of this file a call's `obj.m` or `p->m` may run: the method
  // of the class `obj` is declared with (`Repo r;`, `Repo *p`,
  // `std::unique_ptr<Repo> p`, `auto p = std::make_unique<Repo>()`), or of
  // the method's own class for `this->m`, and those of the file's classes
  // derived from it (a virtual call: `Store *s` may be a `DdbStore`). Empty
  // when the class is not the file's.
  std::vector<const std::pair<const std::string, TSNode> *>
  find_methods(TSNode function, const std::string &context) const {
    TSNode object = field(function, "argument");
    TSNode method = field(function, "field");
    if (!is(function, "field_expression") || !is(method, "field_identifier"))
      return {};
    const std::string name(tree_.text(method));
    if (!method_names_.count(name)) // no class of the file has one
      return {};
    if (is(object, "this")) {
      if (const auto *found = find_function(candidates(name, function), context))
        return {found};
      return {};
    }
    if (!is(object, "identifier"))
      return {};
    const std::string type = declared_class(object);
    if (type.empty())
      return {};
    const auto *found = find_named(classes_, candidates(type, object), context);
    if (!found)
      return {};
    std::vector<const std::pair<const std::string, TSNode> *> methods;
    std::vector<std::string> classes{found->first};
    for (std::size_t i = 0; i < classes.size(); ++i) {
      if (auto defined = functions_.find(classes[i] + "::" + name);
          defined != functions_.end())
        methods.push_back(&*defined);
      for (const auto &[derived, node] : classes_)
        if (derives_from(node, last_component(classes[i])) &&
            std::find(classes.begin(), classes.end(), derived) == classes.end())
          classes.push_back(derived);
    }
    return methods;
  }

  // Whether a class of the file names `base` (unqualified) among its bases.
  bool derives_from(TSNode defined, const std::string &base) const {
    for (uint32_t i = 0; i < ts_node_named_child_count(defined); ++i) {
      TSNode clause = ts_node_named_child(defined, i);
      if (!is(clause, "base_class_clause"))
        continue;
      for (uint32_t j = 0; j < ts_node_named_child_count(clause); ++j)
        if (last_component(plain_name(
                tree_.text(ts_node_named_child(clause, j)))) == base)
          return true;
    }
    return false;
  }

  // The class a variable (`name`, where it is used) holds or points to, as
  // its declaration in scope there spells it; empty when unknown.
  std::string declared_class(TSNode name) const {
    const VariableDeclaration *nearest = declaration_of(name);
    if (!nearest)
      return {};
    TSNode type = field(nearest->declaration, "type");
    TSNode value = is(nearest->declarator, "init_declarator")
                       ? field(nearest->declarator, "value")
                       : TSNode{};
    if (is(type, "placeholder_type_specifier") || tree_.text(type) == "auto") {
      if (is(value, "new_expression") ||
          is(value, "compound_literal_expression"))
        return plain_name(tree_.text(field(value, "type")));
      if (!is(value, "call_expression"))
        return {};
      TSNode callee = field(value, "function");
      const std::string factory =
          last_component(plain_name(tree_.text(callee)));
      if (factory == "make_unique" || factory == "make_shared" ||
          factory == "MakeShared" || factory == "MakeUnique")
        return first_template_argument(callee);
      return plain_name(tree_.text(callee)); // `auto r = Repo();`
    }
    // A smart pointer's class: its first template argument.
    TSNode template_name = type;
    while (is(template_name, "qualified_identifier"))
      template_name = field(template_name, "name");
    if (is(template_name, "template_type")) {
      if (owning_pointer(plain_name(tree_.text(field(template_name, "name")))))
        return plain_name(tree_.text(
            ts_node_named_child(field(template_name, "arguments"), 0)));
      return {};
    }
    return plain_name(tree_.text(type));
  }

  // The declaration in scope of the variable `name` (where it is used): the
  // innermost; null when the file declares none.
  struct VariableDeclaration;
  const VariableDeclaration *declaration_of(TSNode name) const {
    if (!variables_)
      variables_ = index_variables();
    const uint32_t at = ts_node_start_byte(name);
    const VariableDeclaration *nearest = nullptr;
    auto [first, last] = variables_->equal_range(std::string(tree_.text(name)));
    for (auto it = first; it != last; ++it)
      if (it->second.start < at && at < it->second.scope_end &&
          (!nearest || it->second.start > nearest->start))
        nearest = &it->second;
    return nearest;
  }

  // The catalogued class a standard container of type `type` holds
  // (`std::map<std::string, Aws::S3::S3Client>`), as the catalogue names
  // it in `matched`; null for any other type.
  const CppApi *catalogued_element(TSNode type, std::string &matched) const {
    if (!is(type, "qualified_identifier") ||
        tree_.text(field(type, "scope")) != "std")
      return nullptr;
    TSNode name = field(type, "name");
    return is(name, "template_type") || is(name, "template_function")
               ? catalogued_argument(field(name, "arguments"), matched)
               : nullptr;
  }

  // Every variable, parameter and member the file declares, by name, with
  // where it is seen: from its declaration to the end of its block (a
  // parameter's: its function's; a member's: its class's).
  struct VariableDeclaration {
    uint32_t start, scope_end;
    TSNode declaration, declarator;
  };
  std::multimap<std::string, VariableDeclaration> index_variables() const {
    std::multimap<std::string, VariableDeclaration> index;
    std::vector<uint32_t> scopes; // the open scopes' ends, innermost last
    walk_named_descendants(ts_tree_root_node(tree_.tree), [&](TSNode node) {
      while (!scopes.empty() && scopes.back() <= ts_node_start_byte(node))
        scopes.pop_back();
      std::string_view type = kind(node);
      if (type == "compound_statement" || type == "field_declaration_list" ||
          type == "function_definition" || type == "lambda_expression" ||
          type == "for_statement" || type == "for_range_loop") {
        scopes.push_back(ts_node_end_byte(node));
        return true;
      }
      if (type != "declaration" && type != "parameter_declaration" &&
          type != "field_declaration")
        return true;
      const uint32_t end =
          scopes.empty() ? std::numeric_limits<uint32_t>::max() : scopes.back();
      for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
        TSNode declarator = ts_node_named_child(node, i);
        TSNode name = variable_name(declarator);
        if (is(declarator, "field_identifier"))
          name = declarator;
        if (!ts_node_is_null(name))
          index.emplace(std::string(tree_.text(name)),
                        VariableDeclaration{ts_node_start_byte(node), end, node,
                                            declarator});
      }
      return true;
    });
    return index;
  }

  // An object as spelled, without spaces: a variable (`client`) or a member
  // of one (`g_ctx.s3`); empty for anything else.
  std::string object_spelled(TSNode node) const {
    std::string members;
    while (is(node, "field_expression") &&
           tree_.text(field(node, "operator")) == ".") {
      members = "." + std::string(tree_.text(field(node, "field"))) + members;
      node = field(node, "argument");
    }
    return is(node, "identifier") ? std::string(tree_.text(node)) + members
                                  : std::string();
  }

  // The object a truth value or pointer stands for, as object_spelled
  // spells it: itself, or what `get()` or `has_value()` is called on.
  std::string tested(TSNode node) const {
    TSNode callee = field(node, "function");
    if (is(node, "call_expression") && is(callee, "field_expression") &&
        ts_node_named_child_count(field(node, "arguments")) == 0 &&
        (tree_.text(field(callee, "field")) == "get" ||
         tree_.text(field(callee, "field")) == "has_value"))
      return object_spelled(field(callee, "argument"));
    return object_spelled(node);
  }

  // A condition's value, inside its clause and parentheses; null for one
  // that declares or initializes something.
  TSNode condition_value(TSNode condition) const {
    if (is(condition, "condition_clause")) {
      if (!ts_node_is_null(field(condition, "initializer")))
        return TSNode{};
      condition = field(condition, "value");
    }
    while (is(condition, "parenthesized_expression"))
      condition = ts_node_named_child(condition, 0);
    return condition;
  }

  // The object a condition compares with null by `comparison` (`==`, `!=`).
  std::string compared_with_null(TSNode condition,
                                 std::string_view comparison) const {
    if (!is(condition, "binary_expression") ||
        tree_.text(field(condition, "operator")) != comparison)
      return {};
    auto is_null = [&](TSNode node) {
      return is(node, "null") || tree_.text(node) == "NULL" ||
             tree_.text(node) == "0";
    };
    TSNode left = field(condition, "left"), right = field(condition, "right");
    return is_null(right) ? tested(left) : is_null(left) ? tested(right) : "";
  }

  // The object a condition tests for null (`!client`, `client == nullptr`,
  // `nullptr == client`, `!g_ctx.s3`, `client.get() == nullptr`,
  // `!client.has_value()`), as object_spelled spells it; empty for any
  // other condition.
  std::string null_tested(TSNode condition) const {
    condition = condition_value(condition);
    if (ts_node_is_null(condition))
      return {};
    if (is(condition, "unary_expression") &&
        tree_.text(field(condition, "operator")) == "!")
      return tested(field(condition, "argument"));
    return compared_with_null(condition, "==");
  }

  // The object a condition holds to be set (`client`, `client != nullptr`,
  // `client.has_value()`); empty for any other condition.
  std::string set_tested(TSNode condition) const {
    condition = condition_value(condition);
    if (ts_node_is_null(condition))
      return {};
    if (is(condition, "binary_expression"))
      return compared_with_null(condition, "!=");
    return tested(condition);
  }

  // Whether a statement sets `object`: `object = ...;`, `object.reset(...);`
  // or, of a std::optional, `object.emplace(...);`.
  bool sets(TSNode statement, const std::string &object) const {
    if (!is(statement, "expression_statement"))
      return false;
    TSNode expression = ts_node_named_child(statement, 0);
    if (is(expression, "assignment_expression"))
      return object_spelled(field(expression, "left")) == object;
    TSNode callee = field(expression, "function");
    return is(expression, "call_expression") &&
           is(callee, "field_expression") &&
           object_spelled(field(callee, "argument")) == object &&
           ((tree_.text(field(callee, "field")) == "reset" &&
             ts_node_named_child_count(field(expression, "arguments")) > 0) ||
            tree_.text(field(callee, "field")) == "emplace");
  }

  // Whether a statement, or one of a block's own statements, sets `object`.
  bool sets_in(TSNode statement, const std::string &object) const {
    if (sets(statement, object))
      return true;
    for (uint32_t i = 0; is(statement, "compound_statement") &&
                         i < ts_node_named_child_count(statement);
         ++i)
      if (sets(ts_node_named_child(statement, i), object))
        return true;
    return false;
  }

  // Whether a statement always leaves its block: `return ...;`, `throw
  // ...;`, or a block that ends with one.
  bool leaves(TSNode statement) const {
    if (is(statement, "compound_statement")) {
      const uint32_t count = ts_node_named_child_count(statement);
      return count > 0 && leaves(ts_node_named_child(statement, count - 1));
    }
    return is(statement, "return_statement") || is(statement, "throw_statement") ||
           (is(statement, "expression_statement") &&
            is(ts_node_named_child(statement, 0), "throw_expression"));
  }

  // Whether `body` resets `object` (`delete client;`, `client = nullptr;`,
  // `client.reset();`), so that the next invocation builds it again.
  bool resets(TSNode body, const std::string &object) const {
    auto null = [&](TSNode value) {
      return ts_node_is_null(value) || is(value, "null") ||
             tree_.text(value) == "NULL" || tree_.text(value) == "0";
    };
    bool found = false;
    walk_named_descendants(body, [&](TSNode node) {
      if (found)
        return false;
      if (is(node, "delete_expression"))
        found = object_spelled(ts_node_named_child(node, 0)) == object;
      else if (is(node, "assignment_expression"))
        found = object_spelled(field(node, "left")) == object &&
                null(field(node, "right"));
      else if (TSNode callee = field(node, "function");
               is(node, "call_expression") && is(callee, "field_expression") &&
               tree_.text(field(callee, "field")) == "reset")
        found = object_spelled(field(callee, "argument")) == object &&
                null(ts_node_named_child(field(node, "arguments"), 0));
      return !found;
    });
    return found;
  }

  // What of `node` runs once per process although its function runs on
  // every invocation (as built_once.h says for the Clang mode): the branch
  // of `if (!client)` (or the `else` of `if (client)`) that sets `client`,
  // a lasting (static or file-scope) object or a member of one; the
  // statements after a guard that leaves while it is set (`if (client)
  // return *client;`) when one of them sets it; a `std::call_once` with
  // such a flag. Empty for anything else.
  std::vector<TSNode>
  runs_once(TSNode node, TSNode body,
            const std::function<bool(const std::string &)> &lasting) const {
    auto lasting_object = [&](const std::string &object) {
      return !object.empty() && lasting(object.substr(0, object.find('.'))) &&
             !resets(body, object);
    };
    if (is(node, "if_statement")) {
      TSNode then = field(node, "consequence");
      TSNode otherwise = field(node, "alternative");
      if (is(otherwise, "else_clause"))
        otherwise = ts_node_named_child(otherwise, 0);
      if (const std::string object = null_tested(field(node, "condition"));
          lasting_object(object) && sets_in(then, object))
        return {then};
      const std::string set = set_tested(field(node, "condition"));
      if (!lasting_object(set))
        return {};
      if (!ts_node_is_null(otherwise))
        return sets_in(otherwise, set) ? std::vector<TSNode>{otherwise}
                                       : std::vector<TSNode>{};
      std::vector<TSNode> after;
      if (!leaves(then) || !is(ts_node_parent(node), "compound_statement"))
        return {};
      bool sets_it = false;
      for (TSNode next = ts_node_next_named_sibling(node); !ts_node_is_null(next);
           next = ts_node_next_named_sibling(next)) {
        after.push_back(next);
        sets_it = sets_it || sets(next, set);
      }
      return sets_it ? after : std::vector<TSNode>{};
    }
    // (A call that does not spell `call_once` is not one: its callee's
    // name is not worked out.)
    if (!is(node, "call_expression") ||
        !spans_any(occurrences("call_once"), node) ||
        last_component(plain_name(tree_.text(field(node, "function")))) !=
            "call_once")
      return {};
    TSNode flag = ts_node_named_child(field(node, "arguments"), 0);
    return lasting_object(object_spelled(flag)) ? std::vector<TSNode>{node}
                                                : std::vector<TSNode>{};
  }

  // Building an object of the file's class `spelled`, at `at` in `body`,
  // as `initializer` says (a declaration's declarator, or a value: `{...}`,
  // `(...)`; null when none): a copy or move of an existing object runs the
  // copy or move constructor, which builds nothing unless the class writes
  // one (Clang sees the implicit one copy the members); braces initialize
  // an aggregate member by member (aggregate_members); anything else runs
  // its constructors.
  void build_object(const std::string &spelled, TSNode initializer, TSNode at,
                    TSNode body, const std::string &context,
                    std::vector<Construction> &constructions,
                    std::vector<Call> &calls) const {
    const auto *found =
        spelled.empty() || !class_names_.count(last_component(spelled))
            ? nullptr
            : find_named(classes_, candidates(spelled, at), context);
    if (!found) {
      if (!spelled.empty() && !library_callee(candidates(spelled, at)))
        unresolved_classes_.emplace_back(spelled, at);
      return;
    }
    const bool declarator = is(initializer, "init_declarator") ||
                            is(initializer, "function_declarator") ||
                            is(initializer, "identifier");
    TSNode value = is(initializer, "init_declarator") ? field(initializer, "value")
                   : declarator                        ? TSNode{}
                                                       : initializer;
    const std::vector<TSNode> constructors = constructors_of(found->second);
    const bool copy =
        declarator ? copies_an_object(initializer, spelled, body)
                   : an_existing_object(only_value(value), spelled, body);
    const std::string_view name = tree_.text(field(found->second, "name"));
    if (copy && std::none_of(constructors.begin(), constructors.end(),
                             [&](TSNode constructor) {
                               // (A copy or move constructor by hand.)
                               return tree_.text(field(
                                          function_declarator(field(
                                              constructor, "declarator")),
                                          "parameters"))
                                          .find(name) != std::string_view::npos;
                             }))
      return;
    if (is(value, "initializer_list") && aggregate(found->second, constructors))
      aggregate_members(found->second, value, body, context, constructions,
                        calls);
    else
      add_constructor_calls(spelled, context, at, calls);
  }

  // The constructors the class `defined` declares, but defaulted ones
  // (`Clients() = default;` is the implicit one).
  std::vector<TSNode> constructors_of(TSNode defined) const {
    std::vector<TSNode> constructors;
    const std::string_view name = tree_.text(field(defined, "name"));
    TSNode members = field(defined, "body");
    for (uint32_t i = 0; i < ts_node_named_child_count(members); ++i) {
      TSNode member = ts_node_named_child(members, i);
      TSNode declarator = function_declarator(field(member, "declarator"));
      if (!ts_node_is_null(declarator) &&
          plain_name(tree_.text(field(declarator, "declarator"))) == name &&
          tree_.text(member).find("default") == std::string_view::npos)
        constructors.push_back(member);
    }
    return constructors;
  }

  // Whether braces initialize the class `defined` (which declares
  // `constructors`) member by member, as an aggregate: no constructor, no
  // base, no virtual method, no private or protected data member.
  bool aggregate(TSNode defined, const std::vector<TSNode> &constructors) const {
    if (!constructors.empty())
      return false;
    for (uint32_t i = 0; i < ts_node_named_child_count(defined); ++i)
      if (is(ts_node_named_child(defined, i), "base_class_clause"))
        return false;
    bool open = is(defined, "struct_specifier"); // its members' default access
    TSNode members = field(defined, "body");
    for (uint32_t i = 0; i < ts_node_named_child_count(members); ++i) {
      TSNode member = ts_node_named_child(members, i);
      if (is(member, "access_specifier")) {
        open = tree_.text(member) == "public";
        continue;
      }
      for (uint32_t j = 0; j < ts_node_named_child_count(member); ++j)
        if (is(ts_node_named_child(member, j), "virtual"))
          return false;
      if (!open && is(member, "field_declaration") && !is_static(member) &&
          ts_node_is_null(function_declarator(field(member, "declarator"))))
        return false;
    }
    return true;
  }

  // Aggregate initialization of the class `defined` with `list` (in `body`):
  // each member from its element, positional or designated (`.region =
  // "eu"`), which builds what it spells (a copy of an existing object
  // nothing; braces for a catalogued member one, there); the members the
  // list leaves out by their own initializers or by default, as an implicit
  // constructor builds them (at their declarations, as Clang places them).
  void aggregate_members(TSNode defined, TSNode list, TSNode body,
                         const std::string &context,
                         std::vector<Construction> &constructions,
                         std::vector<Call> &calls) const {
    std::vector<TSNode> positional;
    std::map<std::string, TSNode, std::less<>> designated;
    for (uint32_t i = 0; i < ts_node_named_child_count(list); ++i) {
      TSNode element = ts_node_named_child(list, i);
      if (!is(element, "initializer_pair")) {
        positional.push_back(element);
        continue;
      }
      TSNode designator = field(element, "designator");
      if (is(designator, "field_designator"))
        designator = ts_node_named_child(designator, 0);
      designated.emplace(tree_.text(designator), field(element, "value"));
    }
    std::size_t next = 0;
    for_each_data_member(field(defined, "body"), [&](const DataMember &member) {
      TSNode element{};
      if (auto found = designated.find(tree_.text(member.name));
          found != designated.end())
        element = found->second;
      else if (designated.empty() && next < positional.size())
        element = positional[next];
      ++next;
      // (A pointer, a reference or an array is no object built here.)
      if (!member.is_object())
        return;
      if (!ts_node_is_null(element)) {
        if (!is(element, "initializer_list"))
          return; // what the element spells is scanned as it is
        if (!member.api)
          build_object(member.spelled, element, element, body, context,
                       constructions, calls);
        else if (!an_existing_object(only_value(element), member.spelled, body))
          constructions.push_back({element, member.matched, member.api});
        return;
      }
      TSNode own = field(member.declaration, "default_value");
      if (member.api)
        constructions.push_back(
            {member.declarator, member.matched, member.api});
      else
        build_object(member.spelled, own, member.declarator, body, context,
                     constructions, calls);
      if (!ts_node_is_null(own))
        scan(member.declaration, constructions, calls);
    });
  }

  // One declarator of a data member of a class body: an object of its type,
  // or a pointer, a reference or an array of them.
  struct DataMember {
    TSNode declaration;  // the field_declaration
    TSNode declarator;   // as declared
    TSNode name;         // its field_identifier
    std::string spelled; // its type, as written
    std::string matched; // the catalogue's name for it, when `api`
    const CppApi *api;   // its catalogued class, or null
    bool is_object() const { return is(declarator, "field_identifier"); }
  };

  // Calls `visit` with each declarator of the data members (not static, not
  // methods) of `members`, a class body, in declaration order: what an
  // aggregate's list and a constructor's initializers pair with.
  template <typename Visit>
  void for_each_data_member(TSNode members, Visit visit) const {
    for (uint32_t i = 0; i < ts_node_named_child_count(members); ++i) {
      TSNode member = ts_node_named_child(members, i);
      if (!is(member, "field_declaration") || is_static(member) ||
          !ts_node_is_null(function_declarator(field(member, "declarator"))))
        continue;
      DataMember data{member, {},
                      {},     plain_name(tree_.text(field(member, "type"))),
                      "",     nullptr};
      data.api = match(data.spelled, candidates(data.spelled, member),
                       CppApi::Kind::Class, data.matched);
      for (uint32_t j = 0; j < ts_node_named_child_count(member); ++j) {
        data.declarator = ts_node_named_child(member, j);
        if (!is(data.declarator, "field_identifier") &&
            !is(data.declarator, "pointer_declarator") &&
            !is(data.declarator, "reference_declarator") &&
            !is(data.declarator, "array_declarator"))
          continue;
        data.name = data.declarator;
        while (!ts_node_is_null(data.name) &&
               !is(data.name, "field_identifier"))
          data.name = is(data.name, "reference_declarator")
                          ? ts_node_named_child(data.name, 0)
                          : field(data.name, "declarator");
        visit(data);
      }
    }
  }

  // Building an object of the file's class `spelled` (at `at`: declared,
  // `new`, std::make_unique and the like) runs its base classes'
  // constructors and its own, defined in the class or outside it (named as
  // Clang names them, "Class::Class").
  void add_constructor_calls(const std::string &spelled,
                             const std::string &context, TSNode at,
                             std::vector<Call> &calls) const {
    if (spelled.empty() || !class_names_.count(last_component(spelled)))
      return;
    const auto *found = find_named(classes_, candidates(spelled, at), context);
    if (!found)
      return;
    const std::string name = last_component(found->first);
    const std::string constructor = found->first + "::" + name;
    const std::string destructor = found->first + "::~" + name;
    // (Its base classes' constructors run first, whichever it declares.)
    for (uint32_t i = 0; i < ts_node_named_child_count(found->second); ++i)
      if (TSNode bases = ts_node_named_child(found->second, i);
          is(bases, "base_class_clause"))
        for (uint32_t j = 0; j < ts_node_named_child_count(bases); ++j)
          if (TSNode base = ts_node_named_child(bases, j);
              is(base, "type_identifier") || is(base, "qualified_identifier"))
            if (const std::string spelled_base = plain_name(tree_.text(base));
                last_component(spelled_base) != name)
              add_constructor_calls(spelled_base, context_of(found->second),
                                    at, calls);
    TSNode members = field(found->second, "body");
    for (uint32_t i = 0; i < ts_node_named_child_count(members); ++i) {
      TSNode member = ts_node_named_child(members, i);
      TSNode declarator = function_declarator(field(member, "declarator"));
      const std::string method =
          plain_name(tree_.text(field(declarator, "declarator")));
      // (An object built here, but by `new`, is destroyed on the path too:
      // at its scope's end, or its full expression's.)
      if (is(member, "function_definition") && method == "~" + name &&
          !is(at, "new_expression"))
        calls.push_back({destructor, field(member, "body"), at});
      if (is(member, "function_definition") && method == name)
        calls.push_back({constructor, field(member, "body"), at, member,
                         members});
    }
    // None declared: the implicit one builds the members, as Clang sees it
    // (`struct Clients { S3Client s3; }; Clients c;`).
    if (constructors_of(found->second).empty()) {
      calls.push_back({constructor, members, at, found->second, members});
      return;
    }
    if (auto outside = functions_.find(found->first + "::" + name);
        outside != functions_.end())
      calls.push_back({constructor, field(outside->second, "body"), at,
                       outside->second, members});
    if (auto outside = functions_.find(destructor);
        outside != functions_.end() && !is(at, "new_expression"))
      calls.push_back({destructor, field(outside->second, "body"), at});
  }

  // What `constructor` builds of its class's `members` before its body: what
  // its initializer list builds and calls, and the members the list leaves
  // out, by their own initializers or default constructors (the Clang mode's
  // member_inits). A member of a catalogued class is a construction, at its
  // initializer, or at its declaration when the list leaves it out.
  void scan_members(TSNode constructor, TSNode members,
                    std::vector<Construction> &constructions,
                    std::vector<Call> &calls) const {
    const std::string context = context_of(field(constructor, "body"));
    std::map<std::string, TSNode> listed; // by member: where the list names it
    for (uint32_t i = 0; i < ts_node_named_child_count(constructor); ++i) {
      TSNode list = ts_node_named_child(constructor, i);
      if (!is(list, "field_initializer_list"))
        continue;
      for (uint32_t j = 0; j < ts_node_named_child_count(list); ++j)
        if (TSNode name = ts_node_named_child(ts_node_named_child(list, j), 0);
            is(name, "field_identifier"))
          listed.emplace(std::string(tree_.text(name)), name);
      scan(list, constructions, calls);
    }
    // (A pointer, a reference or a method is no object the class builds.)
    for_each_data_member(members, [&](const DataMember &member) {
      if (!member.is_object())
        return;
      auto initializer = listed.find(std::string(tree_.text(member.name)));
      TSNode at =
          initializer == listed.end() ? member.name : initializer->second;
      // `s3(std::move(c))` of a parameter `S3Client &&c`: a move.
      if (member.api && initializer != listed.end() &&
          an_existing_object(
              only_value(ts_node_named_child(ts_node_parent(at), 1)),
              member.spelled, constructor))
        return;
      if (member.api)
        constructions.push_back({at, member.matched, member.api});
      else
        add_constructor_calls(member.spelled, context, at, calls);
      // What its own initializer builds (`std::make_shared<T>()`).
      if (initializer == listed.end() &&
          !ts_node_is_null(field(member.declaration, "default_value")))
        scan(member.declaration, constructions, calls);
    });
  }

  // The calls to this file's functions that `arguments` (the children of an
  // argument list, or a declaration's parameter list) name as `worker` or
  // `&worker`, made by `call`.
  void add_named_functions(TSNode arguments, TSNode call,
                           const std::string &context,
                           std::vector<Call> &calls) const {
    if (ts_node_is_null(arguments))
      return;
    for (uint32_t i = 0; i < ts_node_named_child_count(arguments); ++i) {
      TSNode argument = ts_node_named_child(arguments, i);
      if (is(argument, "parameter_declaration")) // `std::thread t(worker);`
        argument = field(argument, "type");
      if (is(argument, "pointer_expression"))
        argument = field(argument, "argument");
      if (!is(argument, "identifier") && !is(argument, "type_identifier") &&
          !is(argument, "qualified_identifier"))
        continue;
      if (const auto *callee = find_function(
              candidates(plain_name(tree_.text(argument)), argument),
              context))
        calls.push_back({callee->first, field(callee->second, "body"), call});
    }
  }

  void report(const Handler &handler, std::vector<Diagnostic> &out,
              std::set<std::pair<uint32_t, std::string>> &reported) {
    // Breadth first from the handler's body: the shortest chain of calls.
    // Each step keeps the step it was reached from, not its whole chain: a
    // chain 20,000 calls long is read back only for what is found at its
    // end.
    struct Step {
      TSNode body;
      std::size_t from; // the caller's step; npos for the handler
      std::string callee;
      TSNode call{};
      TSNode constructor{}, members{}; // as its Call says
    };
    constexpr std::size_t kHandler = std::numeric_limits<std::size_t>::max();
    std::vector<Step> steps{{handler.body, kHandler, {}}};
    std::set<uint32_t> visited{ts_node_start_byte(handler.body)};
    auto chain_to = [&](std::size_t at) {
      std::vector<std::pair<std::string, TSNode>> chain; // callee, call
      for (; steps[at].from != kHandler; at = steps[at].from)
        chain.emplace_back(steps[at].callee, steps[at].call);
      std::reverse(chain.begin(), chain.end());
      return chain;
    };
    // Where Clang could not analyze, if that is all to check.
    bool wanted = !around_;
    std::vector<Found> found;
    for (std::size_t at = 0; at < steps.size(); ++at) {
      const TSNode body = steps[at].body;
      if (around_)
        for (unsigned offset : *around_)
          wanted = wanted || (offset >= ts_node_start_byte(body) &&
                              offset < ts_node_end_byte(body));
      std::vector<Construction> constructions;
      std::vector<Call> calls;
      // (Not an implicit constructor's; a function's parameters, for
      // their default arguments.)
      if (is(body, "compound_statement") || is(body, "parameter_list"))
        scan(body, constructions, calls);
      if (!ts_node_is_null(steps[at].constructor))
        scan_members(steps[at].constructor, steps[at].members, constructions,
                     calls);
      for (const Construction &construction : constructions)
        if (rules_.count(construction.api->rule) &&
            (at == 0 || !handler_only_.count(construction.api->rule)) &&
            !nolint_.silences(ts_node_start_byte(construction.at),
                              construction.api->rule))
          found.push_back({construction,
                           diagnostic(handler, chain_to(at), construction),
                           steps[at].callee});
      // As deep as the calls go: each body once.
      for (Call &call : calls)
        if ((is(call.body, "compound_statement") ||
             is(call.body, "field_declaration_list") ||
             is(call.body, "parameter_list")) &&
            visited.insert(ts_node_start_byte(call.body)).second)
          steps.push_back({call.body, at, std::move(call.callee), call.at,
                           call.constructor, call.members});
    }
    if (!wanted)
      return;
    std::vector<Found> kept;
    for (Found &entry : found)
      if (reported.insert({ts_node_start_byte(entry.construction.at),
                           entry.construction.api->rule})
              .second)
        kept.push_back(std::move(entry));
    add_fixes(handler, kept);
    for (Found &entry : kept)
      out.push_back(std::move(entry.diagnostic));
  }

  struct Found {
    Construction construction;
    Diagnostic diagnostic;
    std::string built_in; ///< the function it is built in; empty: the handler
  };

  // Why a construction in the handler's own body cannot move to main() on
  // its own terms (as fix_blocker in tu_analysis.cpp says); empty when it
  // can. An object that is the value of an assignment (`client =
  // std::make_unique<T>()`, `raw = new T`) is one assigned.
  std::string fix_blocker(const Handler &handler,
                          const Construction &construction) const {
    TSNode assignment = ts_node_parent(construction.at);
    TSNode target = field(assignment, "left");
    if ((construction.shape == ConstructionShape::Temporary ||
         construction.shape == ConstructionShape::New) &&
        is(assignment, "assignment_expression") &&
        tree_.text(field(assignment, "operator")) == "=" &&
        ts_node_eq(field(assignment, "right"), construction.at) &&
        is(target, "identifier"))
      return construction_blocker(ConstructionShape::Assigned,
                                  std::string(tree_.text(target)));
    return construction_blocker(
        construction.shape, construction.variable,
        construction.shape == ConstructionShape::ReleasedByHand
            ? first_request_read(handler, construction.at)
            : std::string());
  }

  // The first variable of `handler` that the call of a released-by-hand
  // construction found at `at` (the call, or the variable it initializes)
  // reads in its arguments and that holds what the invocation brings: a
  // parameter (the request), or a local declared from one, in order (as
  // tu_analysis.cpp's first_request_read); empty when none.
  std::string first_request_read(const Handler &handler, TSNode at) const {
    std::set<std::string> from_request;
    TSNode function = ts_node_parent(handler.body);
    for (uint32_t i = 0; i < ts_node_named_child_count(function); ++i)
      if (TSNode part = ts_node_named_child(function, i);
          !ts_node_eq(part, handler.body))
        walk_named_descendants(part, [&](TSNode node) {
          if (is(node, "parameter_declaration") ||
              is(node, "optional_parameter_declaration"))
            if (TSNode name = variable_name(field(node, "declarator"));
                !ts_node_is_null(name))
              from_request.insert(std::string(tree_.text(name)));
          return true;
        });
    auto first_read = [&](TSNode code) {
      std::string found;
      walk_named_descendants(code, [&](TSNode node) {
        if (found.empty() && is(node, "identifier") &&
            from_request.count(std::string(tree_.text(node))))
          found = tree_.text(node);
        return found.empty();
      });
      return found;
    };
    walk_named_descendants(handler.body, [&](TSNode node) {
      if (is(node, "init_declarator") &&
          !first_read(field(node, "value")).empty())
        if (TSNode name = variable_name(field(node, "declarator"));
            !ts_node_is_null(name))
          from_request.insert(std::string(tree_.text(name)));
      return true;
    });
    TSNode call = at;
    for (TSNode up = ts_node_parent(at);
         !is(call, "call_expression") && !ts_node_is_null(up) &&
         !ts_node_eq(up, handler.body);
         up = ts_node_parent(up))
      if (is(up, "init_declarator"))
        call = field(up, "value");
    return first_read(field(call, "arguments"));
  }

  // The main() fix, as the Clang mode makes it: the declarations in the
  // handler's own body move together, one fix per rule on the first of them.
  void add_fixes(const Handler &handler, std::vector<Found> &found) const {
    std::map<std::string, std::vector<Found *>> own;
    for (Found &entry : found) {
      const Construction &construction = entry.construction;
      Diagnostic &diagnostic = entry.diagnostic;
      if (construction.api->rule == rules::kSdkInitInHandler)
        continue; // where InitAPI belongs is main()'s structure, not a move
      if (!entry.built_in.empty()) {
        diagnostic.notes.push_back(
            {diagnostic.location, built_elsewhere_note(entry.built_in)});
      } else if (const Undecided *branch = undecided(construction.at)) {
        diagnostic.notes.push_back(
            {diagnostic.location,
             "no fix: it is inside '" + branch->directive +
                 "', which a move to main() would leave behind"});
      } else if (std::string blocker = fix_blocker(handler, construction);
                 !blocker.empty()) {
        diagnostic.notes.push_back({diagnostic.location, "no fix: " + blocker});
      } else if (!nolint_.leaves(diagnostic.location.range.begin,
                                 construction.api->rule)) {
        // (A 'hoist: ignore' line is left where it is, as NOLINT is.)
        own[construction.api->rule].push_back(&entry);
      }
    }
    for (auto &[rule, group] : own) {
      std::string why_not;
      std::map<Found *, std::string> left;
      std::vector<std::pair<TSNode, std::string>> left_behind;
      std::string risk;
      std::vector<TextEdit> edits =
          main_hoist(handler, group, why_not, left, left_behind, risk);
      for (const auto &[entry, why] : left)
        entry->diagnostic.notes.push_back(
            {entry->diagnostic.location, "no fix: " + why});
      if (group.empty())
        continue;
      Diagnostic &first = group.front()->diagnostic;
      for (Found *entry : group)
        if (!why_not.empty())
          entry->diagnostic.notes.push_back(
              {entry->diagnostic.location, "no fix: " + why_not});
        else if (entry != group.front())
          entry->diagnostic.notes.push_back(
              {first.location, kMovedByFirstNote});
      if (!why_not.empty())
        continue;
      for (const auto &[call, note] : left_behind)
        first.notes.push_back({{tree_.file, tree_.range(call)}, note});
      Fix fix;
      fix.title = rule_fix_title(rule, "cpp");
      fix.applicability = Applicability::Safe;
      fix.resolves = group.size();
      for (const TextEdit &edit : edits)
        fix.edits.push_back({tree_.file, edit.range, edit.new_text});
      // The fix moves the whole group: as safe as its least safe member,
      // and unsafe when what it moves computes a per-invocation value.
      if (!risk.empty()) {
        fix.applicability = Applicability::Unsafe;
        fix.unsafe_because = risk;
        first.notes.push_back({first.location, "unsafe fix: " + risk});
      }
      for (const Found *entry : group)
        if (std::string own = entry->construction.api->move_risk();
            risk.empty() && !own.empty()) {
          fix.applicability = Applicability::Unsafe;
          fix.unsafe_because = "'" + entry->construction.name + "': " + own;
          first.notes.push_back(
              {first.location, "unsafe fix: " + fix.unsafe_because});
          break;
        }
      for (Found *entry : group)
        entry->diagnostic.subject->hoistability =
            moved_to_main(fix.unsafe_because);
      first.fix = std::move(fix);
    }
  }

  // Whether `root` declares `name` (a declaration's or a parameter's, at
  // any depth). The walk enters only subtrees whose text holds the name.
  bool declares(TSNode root, const std::string &name) const {
    if (ts_node_is_null(root))
      return false;
    // (A parser's MISSING identifier is empty: found anywhere.)
    const std::vector<std::size_t> at =
        name.empty() ? std::vector<std::size_t>() : occurrences(name);
    if (only_as_scope(at, name, root))
      return false;
    bool found = false;
    walk_named_descendants(root, [&](TSNode node) {
      if (found || (!name.empty() && !spans_any(at, node)))
        return false;
      std::optional<bool> declared = declaration_of(node, name);
      found = declared.value_or(false);
      // (Into a declaration too: a lambda in its initializer.)
      return !found && (!declared || is(node, "declaration") ||
                        is(node, "parameter_declaration") ||
                        is(node, "optional_parameter_declaration"));
    });
    return found;
  }

  // Whether each place in `root` that spells `name` (`at`, its
  // occurrences) is followed by `::`, as `Aws` is in `Aws::S3::S3Client`:
  // the name of a scope there, never of a declaration. (An identifier's
  // place is an occurrence: none that ends in it can start before it.)
  bool only_as_scope(const std::vector<std::size_t> &at,
                     const std::string &name, TSNode root) const {
    if (name.empty() ||
        !std::all_of(name.begin(), name.end(), is_identifier_byte))
      return false;
    const std::string_view text = tree_.file->text();
    for (auto next = std::lower_bound(at.begin(), at.end(),
                                      ts_node_start_byte(root));
         next != at.end() && *next < ts_node_end_byte(root); ++next)
      if (text.substr(*next + name.size(), 2) != "::")
        return false;
    return true;
  }

  // Whether `node` declares `name`; nothing when it is no declaration (a
  // declaration's or a parameter's, or a name for a type or a namespace:
  // `using Aws::S3::S3Client;`, `typedef ... Db;`, `using Alias = ...;`,
  // `namespace DDB = Aws::DynamoDB;`, a class it defines, in a block too).
  std::optional<bool> declaration_of(TSNode node,
                                     const std::string &name) const {
    if (is(node, "alias_declaration") ||
        is(node, "namespace_alias_definition"))
      return tree_.text(field(node, "name")) == name;
    if (is(node, "type_definition"))
      return tree_.text(field(node, "declarator")) == name;
    // A class defined here (`struct Opts { ... };` in the handler's body).
    if ((is(node, "struct_specifier") || is(node, "class_specifier") ||
         is(node, "union_specifier") || is(node, "enum_specifier")) &&
        !ts_node_is_null(field(node, "body")))
      return tree_.text(field(node, "name")) == name;
    if (is(node, "using_declaration")) {
      TSNode used = ts_node_named_child(node, 0);
      return !using_directive(node) && !ts_node_is_null(used) &&
             last_component(plain_name(tree_.text(used))) == name;
    }
    if (!is(node, "declaration") && !is(node, "parameter_declaration") &&
        !is(node, "optional_parameter_declaration"))
      return std::nullopt;
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      TSNode declarator = ts_node_named_child(node, i);
      while (!ts_node_is_null(declarator) && !is(declarator, "identifier")) {
        // `auto [region, timeout] = parse(...)` declares each of its names.
        if (is(declarator, "structured_binding_declarator"))
          for (uint32_t j = 0; j < ts_node_named_child_count(declarator); ++j)
            if (tree_.text(ts_node_named_child(declarator, j)) == name)
              return true;
        TSNode inner = field(declarator, "declarator");
        if (ts_node_is_null(inner) && is(declarator, "reference_declarator"))
          inner = ts_node_named_child(declarator, 0);
        declarator = inner;
      }
      if (!ts_node_is_null(declarator) && tree_.text(declarator) == name)
        return true;
    }
    return false;
  }

  // Whether a declaration at file scope (or in a namespace) after `after`
  // (a byte) declares `name`, or is a namespace of that name: `static const
  // char *kRegion = ...;` or `namespace cfgns {` below
  // main(). Function bodies are not file scope.
  bool declared_at_file_scope_after(TSNode scope, const std::string &name,
                                    uint32_t after) const {
    // (From the first child that ends after it: asked of each name a moved
    // declaration spells, so not counting through the file's children.)
    for (TSNode child = ts_node_first_named_child_for_byte(scope, after);
         !ts_node_is_null(child); child = ts_node_next_named_sibling(child)) {
      if (ts_node_end_byte(child) <= after || is(child, "function_definition"))
        continue;
      if (is(child, "namespace_definition") ||
          is(child, "linkage_specification")) {
        if ((ts_node_start_byte(child) >= after &&
             tree_.text(field(child, "name")) == name) ||
            declared_at_file_scope_after(field(child, "body"), name, after))
          return true;
        continue;
      }
      if (ts_node_start_byte(child) >= after &&
          declaration_of(child, name).value_or(false))
        return true;
    }
    return false;
  }

  // Whether `declarator` (of a declaration of type `type` in `body`)
  // copies or moves an object rather than building one: `T b =
  // std::move(a);`, `T b(a);`, `T b = cs.s3;`, where `a` or the member `s3`
  // is declared a `T`. Clang sees a copy or move constructor there: no new
  // client, no finding.
  bool copies_an_object(TSNode declarator, const std::string &type,
                        TSNode body) const {
    TSNode source{};
    if (is(declarator, "init_declarator")) {
      source = only_value(field(declarator, "value"));
    } else if (is(declarator, "function_declarator")) {
      // `T b(a);` parses as a function declaration taking an `a`.
      TSNode parameters = field(declarator, "parameters");
      if (ts_node_named_child_count(parameters) == 1) {
        TSNode parameter = ts_node_named_child(parameters, 0);
        if (is(parameter, "parameter_declaration") &&
            ts_node_is_null(field(parameter, "declarator")))
          source = field(parameter, "type");
      }
    }
    return an_existing_object(source, type, body);
  }

  // The one value an initializer gives (`(a)`, `{a}`, `= a`), or null.
  static TSNode only_value(TSNode value) {
    if (!is(value, "argument_list") && !is(value, "initializer_list"))
      return value;
    return ts_node_named_child_count(value) == 1 ? ts_node_named_child(value, 0)
                                                 : TSNode{};
  }

  // Whether `source`, the one value an object of `type` is initialized from
  // in `body`, is an object of that type that exists already: a variable or
  // parameter (`a`, `std::move(a)`), a member of an object (`cs.s3`), what a
  // pointer points to (`*g_s3`), what a function of the file returns a
  // reference to (`get()`, `S3Client &get();`). Clang sees a copy or move
  // constructor there: no new client, no finding.
  bool an_existing_object(TSNode source, const std::string &type,
                          TSNode body) const {
    if (ts_node_is_null(source))
      return false;
    const std::string wanted = last_component(type);
    // `std::move(a)` moves `a`: a client only when `a` is one.
    if (is(source, "call_expression")) {
      std::string callee = plain_name(tree_.text(field(source, "function")));
      TSNode arguments = field(source, "arguments");
      if (callee != "std::move" && callee != "move") {
        // A function of the file that returns a reference to one.
        auto function = functions_.find(callee);
        if (function == functions_.end() ||
            ts_node_named_child_count(arguments) != 0)
          return false;
        TSNode returns = field(function->second, "declarator");
        return is(returns, "reference_declarator") &&
               last_component(plain_name(tree_.text(
                   field(function->second, "type")))) == wanted;
      }
      if (ts_node_named_child_count(arguments) != 1)
        return false;
      source = ts_node_named_child(arguments, 0);
    }
    // `*p`: what `p`, declared a pointer to one, points to.
    const bool pointed_to = is(source, "pointer_expression") &&
                            tree_.text(field(source, "operator")) == "*";
    if (pointed_to)
      source = field(source, "argument");
    std::string name;
    if (is(source, "identifier") || is(source, "type_identifier"))
      name = tree_.text(source);
    else if (is(source, "field_expression") && !pointed_to)
      name = tree_.text(field(source, "field"));
    else
      return false;
    // Where `name` is declared: the function around `body`, or the file (a
    // global, or a member of a class of the file).
    TSNode function = body;
    while (!ts_node_is_null(ts_node_parent(function)) &&
           !is(function, "function_definition") &&
           !is(function, "lambda_expression"))
      function = ts_node_parent(function);
    bool same = false;
    auto check = [&](TSNode scope) {
      walk_named_descendants(scope, [&](TSNode node) {
        if (same)
          return false;
        if (!is(node, "declaration") && !is(node, "parameter_declaration") &&
            !is(node, "field_declaration"))
          return true;
        bool names = false;
        std::string type = plain_name(tree_.text(field(node, "type")));
        for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
          TSNode declarator = ts_node_named_child(node, i);
          // `auto a = T{...};`, `auto a = T(...);`: a `T`.
          if (TSNode value = field(declarator, "value");
              type == "auto" && (is(value, "compound_literal_expression") ||
                                 is(value, "call_expression")))
            type = plain_name(tree_.text(field(
                value, is(value, "call_expression") ? "function" : "type")));
          if (is(declarator, "init_declarator"))
            declarator = field(declarator, "declarator");
          while (is(declarator, "reference_declarator"))
            declarator = ts_node_named_child(declarator, 0);
          // (`S3Client a(cfg);` in a body parses as a function's
          // declaration.)
          if (is(declarator, "function_declarator") && is(node, "declaration") &&
              !at_file_scope(node))
            declarator = field(declarator, "declarator");
          if (pointed_to && !is(declarator, "pointer_declarator"))
            continue;
          if (pointed_to)
            declarator = field(declarator, "declarator");
          names = names || ((is(declarator, "identifier") ||
                             is(declarator, "field_identifier")) &&
                            tree_.text(declarator) == name);
        }
        same = names && last_component(type) == wanted;
        return true;
      });
    };
    check(function);
    if (!same && (is(source, "field_expression") || pointed_to))
      check(ts_tree_root_node(tree_.tree));
    return same;
  }

  // Whether `node`, a using_declaration, is a directive (`using namespace
  // Aws::S3;`): it declares no name, and makes every name of the namespace
  // visible without one.
  static bool using_directive(TSNode node) {
    for (uint32_t i = 0; i < ts_node_child_count(node); ++i)
      if (is(ts_node_child(node, i), "namespace"))
        return true;
    return false;
  }

  // Whether the namespace `space`, which a using directive names, may
  // declare `name`: one of the file's when its text spells `name` inside
  // it; one of the SDK's or the standard library's never declares a name
  // the handler's file gives its own things; of another, a parse cannot
  // tell.
  bool namespace_may_declare(const std::string &space,
                             const std::string &name) const {
    const std::string root = space.substr(0, space.find("::"));
    if (root == "Aws" || root == "aws" || root == "std")
      return false;
    const TSNode root_node = ts_tree_root_node(tree_.tree);
    auto node_at = [&](std::size_t at, std::size_t size) {
      return ts_node_named_descendant_for_byte_range(
          root_node, static_cast<uint32_t>(at),
          static_cast<uint32_t>(at + size));
    };
    const std::string last = last_component(space);
    const std::vector<std::size_t> &defined = occurrences(last);
    if (std::none_of(defined.begin(), defined.end(), [&](std::size_t at) {
          TSNode spelled = node_at(at, last.size());
          return is(ts_node_parent(spelled), "namespace_definition") &&
                 tree_.text(spelled) == last;
        }))
      return true;
    const std::vector<std::size_t> &spelled = occurrences(name);
    return std::any_of(spelled.begin(), spelled.end(), [&](std::size_t at) {
      TSNode node = node_at(at, name.size());
      return tree_.text(node) == name && context_of(node) == space;
    });
  }

  // Whether `body` holds a using directive before `before` (a byte).
  // The walk enters only subtrees whose text spells `namespace`.
  bool using_directive_before(TSNode body, uint32_t before) const {
    const std::vector<std::size_t> &spelled = occurrences("namespace");
    bool found = false;
    walk_named_descendants(body, [&](TSNode node) {
      if (found || ts_node_start_byte(node) >= before ||
          !spans_any(spelled, node))
        return false;
      if (is(node, "using_declaration"))
        found = using_directive(node);
      return !found;
    });
    return found;
  }

  // Whether `node` is declared at file scope, or in an anonymous namespace
  // there, whose names the file scope sees as its own.
  static bool at_file_scope(TSNode node) {
    for (TSNode parent = ts_node_parent(node);;
         parent = ts_node_parent(ts_node_parent(parent))) {
      if (is(parent, "translation_unit"))
        return true;
      if (!is(parent, "declaration_list") ||
          !is(ts_node_parent(parent), "namespace_definition") ||
          !ts_node_is_null(field(ts_node_parent(parent), "name")))
        return false;
    }
  }

  static bool in_anonymous_namespace(TSNode node) {
    for (TSNode parent = ts_node_parent(node); !ts_node_is_null(parent);
         parent = ts_node_parent(parent))
      if (is(parent, "namespace_definition") &&
          ts_node_is_null(field(parent, "name")))
        return true;
    return false;
  }

  // Whether `inner` lies within `outer`.
  static bool within(TSNode inner, TSNode outer) {
    return ts_node_start_byte(inner) >= ts_node_start_byte(outer) &&
           ts_node_end_byte(inner) <= ts_node_end_byte(outer);
  }

  // A function declarator's first and last parameters; null when none.
  static TSNode first_parameter(TSNode declarator) {
    TSNode parameters = field(declarator, "parameters");
    for (uint32_t i = 0; i < ts_node_named_child_count(parameters); ++i)
      if (TSNode parameter = ts_node_named_child(parameters, i);
          !is(parameter, "comment"))
        return parameter;
    return TSNode{};
  }
  static TSNode last_parameter(TSNode declarator) {
    TSNode parameters = field(declarator, "parameters");
    for (uint32_t i = ts_node_named_child_count(parameters); i > 0; --i)
      if (TSNode parameter = ts_node_named_child(parameters, i - 1);
          !is(parameter, "comment"))
        return parameter;
    return TSNode{};
  }

  // Whether a using directive or declaration in scope at the run_handler
  // call lets it name run_handler unqualified; without one, only its
  // argument's type (ADL) finds it.
  bool run_handler_in_scope(TSNode call) const {
    for (const NameCandidate &candidate :
         scope_.candidates("run_handler", ts_node_start_byte(call)))
      if (candidate.name == "aws::lambda_runtime::run_handler")
        return true;
    return false;
  }

  // The names `code` uses (not a qualified name's parts but its first
  // scope, `cfgns` of `cfgns::kTimeout`; not members), and whether it calls
  // anything (a call may write any global).
  struct Uses {
    std::set<std::string> names;
    bool calls = false;
    bool this_ = false;
  };
  Uses uses(TSNode code, TSNode except = TSNode{}) const {
    Uses found;
    if (ts_node_is_null(code))
      return found;
    auto visit = [&](TSNode node, TSNode parent) {
      if (is(node, "call_expression"))
        found.calls = true;
      if (is(node, "this"))
        found.this_ = true;
      if ((((is(node, "identifier") || is(node, "type_identifier")) &&
            !is(parent, "qualified_identifier")) ||
           (is(node, "namespace_identifier") &&
            ts_node_eq(node, field(parent, "scope")) &&
            !after_scope_operator(node))) &&
          !ts_node_eq(node, except))
        found.names.insert(std::string(tree_.text(node)));
      return true;
    };
    // `code` itself too: a value that is one name (`config.region = region;`).
    visit(code, ts_node_parent(code));
    walk_named_descendants(code, visit);
    return found;
  }

  // The variable a plain assignment statement sets, itself or a member of
  // it (`config.region = value;`), and the value; empty when it is anything
  // else.
  std::string assigned_variable(TSNode statement, TSNode &value) const {
    if (!is(statement, "expression_statement") ||
        ts_node_named_child_count(statement) != 1)
      return {};
    TSNode assignment = ts_node_named_child(statement, 0);
    if (!is(assignment, "assignment_expression"))
      return {};
    value = field(assignment, "right");
    TSNode target = field(assignment, "left");
    while (is(target, "field_expression")) {
      if (tree_.text(field(target, "operator")) != ".")
        return {}; // another object, which others may share
      target = field(target, "argument");
    }
    return is(target, "identifier") ? std::string(tree_.text(target))
                                    : std::string();
  }

  // The statements of the handler's body before the moved declarations that
  // write, or may write, what a later one reads (a moved variable, a global
  // that is not const): the plain assignments to a moved variable that
  // main() can make move along (returned); any other blocks the fix
  // (`facts.set_up_in_handler`). As the Clang mode decides (find_set_up in
  // main_hoist_fix.cpp).
  std::vector<MovedDeclaration>
  find_set_up(const Handler &handler, const std::vector<Found *> &group,
              const std::function<bool(const std::string &)> &local,
              MainHoistFacts &facts) const {
    std::map<uint32_t, const Construction *> declarations; // by start
    for (const Found *entry : group)
      declarations[ts_node_start_byte(entry->construction.statement)] =
          &entry->construction;
    auto moved_before = [&](const std::string &name, TSNode statement) {
      for (const auto &[start, construction] : declarations)
        if (construction->variable == name &&
            start < ts_node_start_byte(statement))
          return true;
      return false;
    };
    auto global = [&](const std::string &name) {
      return !local(name) && mutable_globals_.count(name) > 0;
    };
    std::map<std::string, std::string> read_later; // by whom, the earliest
    auto add_reads = [&](const Uses &read, TSNode at,
                         const std::string &reader) {
      for (const std::string &name : read.names)
        if (moved_before(name, at) || global(name))
          read_later[name] = reader;
    };
    std::vector<MovedDeclaration> set_up;
    std::vector<TSNode> statements;
    for (uint32_t i = 0; i < ts_node_named_child_count(handler.body); ++i)
      if (TSNode child = ts_node_named_child(handler.body, i);
          !is(child, "comment"))
        statements.push_back(child);
    for (auto at = statements.rbegin(); at != statements.rend(); ++at) {
      TSNode statement = *at;
      if (auto declared = declarations.find(ts_node_start_byte(statement));
          declared != declarations.end()) {
        const Construction &construction = *declared->second;
        add_reads(uses(field(statement, "declarator"), construction.at),
                  statement, construction.variable);
        continue;
      }
      if (read_later.empty())
        continue;
      const Uses named = uses(statement);
      std::string written;
      for (const auto &[object, reader] : read_later)
        if (named.names.count(object) || (named.calls && global(object)))
          written = object;
      if (written.empty())
        continue;
      // Movable: a plain assignment to a variable moved before it, of a
      // value main() can compute there.
      TSNode value{};
      const std::string assigned = assigned_variable(statement, value);
      const Uses computed = uses(value);
      const bool visible =
          !computed.this_ &&
          std::none_of(computed.names.begin(), computed.names.end(),
                       [&](const std::string &name) {
                         return local(name) && !moved_before(name, statement);
                       });
      const std::string unseen_call = unseen_callee(value);
      if (!assigned.empty() && moved_before(assigned, statement) && visible &&
          unseen_call.empty()) {
        set_up.push_back({tree_.range(statement), "", ""});
        add_reads(computed, statement, assigned);
      } else { // the earliest
        facts.set_up_statement = quoted_code(tree_.text(statement));
        facts.set_up_why = kNotPlainAssignment;
        if (!assigned.empty() && moved_before(assigned, statement)) {
          if (computed.this_)
            facts.set_up_why = set_up_uses("this");
          for (const std::string &name : computed.names)
            if (local(name) && !moved_before(name, statement)) {
              facts.set_up_why = set_up_uses(name);
              break;
            }
          if (visible)
            facts.set_up_why = set_up_calls(unseen_call);
        }
        facts.set_up_in_handler = written;
        facts.set_up_object =
            std::any_of(group.begin(), group.end(),
                        [&](const Found *entry) {
                          return entry->construction.variable == written;
                        })
                ? written
                : read_later.at(written);
      }
    }
    return set_up;
  }

  // The calls on a moved object, as the first use of it in the handler's
  // body after its declaration, whose arguments main() could compute
  // (`client.OverrideEndpoint("http://localhost:4566");`): they stay
  // behind, with a note. As the Clang mode finds them (configuring_calls in
  // main_hoist_fix.cpp).
  std::vector<std::pair<TSNode, std::string>> configuring_calls(
      const Handler &handler, const std::set<std::string> &moved,
      const std::vector<MovedDeclaration> &declarations,
      const std::vector<MovedDeclaration> &set_up,
      const std::function<bool(const std::string &)> &local) const {
    std::set<std::size_t> moving;
    for (const auto *statements : {&declarations, &set_up})
      for (const MovedDeclaration &statement : *statements)
        moving.insert(statement.statement.begin);
    std::vector<std::pair<TSNode, std::string>> found;
    std::set<std::string> used;
    for (uint32_t i = 0; i < ts_node_named_child_count(handler.body); ++i) {
      TSNode statement = ts_node_named_child(handler.body, i);
      if (is(statement, "comment") ||
          moving.count(ts_node_start_byte(statement)))
        continue;
      TSNode call = is(statement, "expression_statement")
                        ? ts_node_named_child(statement, 0)
                        : TSNode{};
      TSNode callee =
          is(call, "call_expression") ? field(call, "function") : TSNode{};
      TSNode object = is(callee, "field_expression") &&
                              tree_.text(field(callee, "operator")) == "."
                          ? field(callee, "argument")
                          : TSNode{};
      if (is(object, "identifier")) {
        const std::string variable(tree_.text(object));
        if (moved.count(variable) && !used.count(variable)) {
          const Uses arguments = uses(field(call, "arguments"));
          if (!arguments.this_ &&
              std::none_of(arguments.names.begin(), arguments.names.end(),
                           [&](const std::string &name) {
                             return local(name) && !moved.count(name);
                           }))
            found.push_back({call, left_in_handler_note(
                                       std::string(tree_.text(callee)))});
        }
      }
      // Only whether a moved name is used counts: a statement whose text
      // spells none of those not yet used is not walked.
      const std::string_view text = tree_.text(statement);
      if (std::none_of(moved.begin(), moved.end(),
                       [&](const std::string &name) {
                         return !used.count(name) &&
                                text.find(name) != std::string_view::npos;
                       }))
        continue;
      const Uses named = uses(statement);
      for (const std::string &name : moved)
        if (named.names.count(name))
          used.insert(name);
    }
    return found;
  }

  // The first call in the handler's body, outside the statements that move
  // and the calls left behind, on a moved object of a method named as a
  // configuring one is (`if (...) s3.OverrideEndpoint(req.payload);`), as
  // changed_per_invocation_risk says; "" when none. (The Clang mode asks
  // whether the method is const.)
  std::string changing_call(
      const Handler &handler, const std::set<std::string> &moved,
      const std::vector<MovedDeclaration> &moving,
      const std::vector<std::pair<TSNode, std::string>> &left_behind) const {
    std::string risk;
    walk_named_descendants(handler.body, [&](TSNode node) {
      const uint32_t at = ts_node_start_byte(node);
      if (!risk.empty() ||
          std::any_of(moving.begin(), moving.end(),
                      [&](const MovedDeclaration &statement) {
                        return statement.statement.begin == at;
                      }) ||
          std::any_of(left_behind.begin(), left_behind.end(),
                      [&](const auto &call) {
                        return ts_node_start_byte(call.first) == at;
                      }))
        return false;
      if (!is(node, "call_expression"))
        return true;
      TSNode callee = field(node, "function");
      TSNode object = is(callee, "field_expression") ? field(callee, "argument")
                                                     : TSNode{};
      if (is(object, "identifier") &&
          moved.count(std::string(tree_.text(object))) &&
          configuring_method_name(tree_.text(field(callee, "field"))))
        risk = changed_per_invocation_risk(std::string(tree_.text(callee)),
                                           std::string(tree_.text(object)));
      return risk.empty();
    });
    return risk;
  }

  // Where the moved objects' block must close, as MainHoistPlace::block_end
  // says: past the statement of `names_handler`'s block that holds the
  // run_handler call, when that block calls Aws::ShutdownAPI after it.
  std::optional<std::size_t> block_end(TSNode names_handler,
                                       TSNode run_handler) const {
    TSNode block = ts_node_parent(names_handler);
    if (!is(block, "compound_statement"))
      return std::nullopt;
    TSNode calls{};
    for (uint32_t i = 0; i < ts_node_named_child_count(block); ++i)
      if (TSNode child = ts_node_named_child(block, i); within(run_handler, child))
        calls = child;
    if (ts_node_is_null(calls))
      return std::nullopt;
    bool shuts_down = false;
    walk_named_descendants(block, [&](TSNode node) {
      shuts_down = shuts_down ||
                   (is(node, "call_expression") &&
                    ts_node_start_byte(node) >= ts_node_end_byte(calls) &&
                    last_component(plain_name(tree_.text(field(node, "function")))) ==
                        "ShutdownAPI");
      return !shuts_down;
    });
    if (!shuts_down)
      return std::nullopt;
    return ts_node_end_byte(calls);
  }

  // The main() fix for `group` (declarations in the handler's own body),
  // or empty edits and why not. What cannot move for a reason of its own
  // leaves `group` for `left`, with that reason.
  std::vector<TextEdit>
  main_hoist(const Handler &handler, std::vector<Found *> &group,
             std::string &why_not, std::map<Found *, std::string> &left,
             std::vector<std::pair<TSNode, std::string>> &left_behind,
             std::string &risk) const {
    MainHoistFacts facts;
    facts.handler_name = handler.name;
    facts.passed_to_run_handler = handler.passed;
    // `run_handler(HANDLER)` with `#define HANDLER my_handler`.
    if (std::string argument(tree_.text(handler.named_argument));
        name_macros_.count(argument))
      facts.handler_macro = argument;
    auto main = functions_.find("main");
    TSNode main_body = main == functions_.end()
                           ? TSNode{}
                           : field(main->second, "body");
    facts.run_handler_in_main = handler.passed && !ts_node_is_null(main_body) &&
                                within(handler.announced, main_body);
    // (Clang's compile check refuses such a fix; a parse would not.)
    TSNode statement = ts_node_is_null(handler.holder)
                           ? ts_node_parent(handler.announced)
                           : handler.holder;
    facts.run_handler_alone =
        (is(statement, "expression_statement") ||
         is(statement, "declaration")) &&
        is(ts_node_parent(statement), "compound_statement");
    // The handler or the statement that names it in a branch the build's
    // flags decide (main() in `#ifndef UNIT_TEST`), as the Clang mode says.
    for (TSNode place : {handler.function, statement})
      if (const Undecided *branch = ts_node_is_null(place) ? nullptr
                                                           : undecided(place);
          branch && facts.conditional.empty())
        facts.conditional = branch->directive;
    TSNode declarator =
        ts_node_is_null(handler.function)
            ? TSNode{}
            : function_declarator(field(handler.function, "declarator"));
    // `handler(LAMBDA_PARAMS)`: a parameter spelled through a macro of the
    // file, which the forwarding lambda would spell as a type.
    if (!ts_node_is_null(declarator) && facts.handler_macro.empty())
      walk_named_descendants(field(declarator, "parameters"), [&](TSNode node) {
        if ((is(node, "identifier") || is(node, "type_identifier")) &&
            macros_.count(std::string(tree_.text(node))))
          facts.handler_macro = tree_.text(node);
        return facts.handler_macro.empty();
      });
    // A function at file scope, which main() can name as it is.
    const bool by_name = !ts_node_is_null(handler.named_argument) ||
                         !ts_node_is_null(handler.forwarding_lambda);
    TSNode defined_as =
        ts_node_is_null(declarator) ? TSNode{} : field(declarator, "declarator");
    facts.handler_is_method = handler.method;
    facts.handler_bound = handler.bound;
    if (ts_node_is_null(handler.function)) { // a lambda: where is it made?
      TSNode maker = ts_node_parent(handler.body);
      while (!ts_node_is_null(maker) && !is(maker, "function_definition"))
        maker = ts_node_parent(maker);
      if (TSNode made_in = ts_node_is_null(maker)
                               ? TSNode{}
                               : function_declarator(field(maker, "declarator"));
          !ts_node_is_null(made_in))
        if (std::string name = last_component(
                plain_name(tree_.text(field(made_in, "declarator"))));
            name != "main")
          facts.lambda_made_in = name;
    }
    // `Function::Handle` of a class of the file: a static member function
    // (run_handler cannot call another).
    if (is(defined_as, "qualified_identifier"))
      if (TSNode scope = field(defined_as, "scope"); !ts_node_is_null(scope))
        facts.handler_is_static_member =
            find_named(classes_,
                       candidates(plain_name(tree_.text(scope)), scope),
                       context_of(handler.function)) != nullptr;
    if (!handler.passed && !ts_node_is_null(main_body) &&
        spans_any(occurrences(handler.name), main_body))
      walk_named_descendants(main_body, [&](TSNode node) {
        TSNode arguments = field(node, "arguments");
        if (facts.passed_as.empty() && is(node, "call_expression") &&
            last_component(plain_name(tree_.text(field(node, "function")))) ==
                "run_handler" &&
            ts_node_named_child_count(arguments) > 0)
          facts.passed_as =
              quoted_code(tree_.text(ts_node_named_child(arguments, 0)));
        return facts.passed_as.empty();
      });
    if (!ts_node_is_null(declarator))
      if (TSNode parameters = field(declarator, "parameters");
          !ts_node_is_null(parameters))
        for (uint32_t i = 0; i < ts_node_named_child_count(parameters); ++i)
          if (is(ts_node_named_child(parameters, i),
                 "optional_parameter_declaration"))
            facts.defaulted_parameter = true;
    facts.passed_by_name = is(defined_as, "identifier") &&
                           at_file_scope(handler.function) && by_name;
    // (`svc::handle`, or one defined in `namespace svc { ... }`: the Clang
    // mode judges the names its moved code uses.)
    facts.in_namespace_unjudged =
        by_name && !facts.passed_by_name && !ts_node_is_null(defined_as) &&
        (is(defined_as, "qualified_identifier") ||
         !context_of(handler.function).empty());
    if (facts.passed_by_name) {
      // Named once by run_handler (or the lambda), besides its declarations
      // (one before the definition becomes an overload nothing calls).
      // (Each identifier so named is the node its text's place is in: no
      // walk of the file needed.)
      unsigned named = 0;
      const TSNode root = ts_tree_root_node(tree_.tree);
      for (std::size_t at : occurrences(handler.name)) {
        TSNode node = ts_node_named_descendant_for_byte_range(
            root, at, at + handler.name.size());
        if (is(node, "identifier") && tree_.text(node) == handler.name &&
            !is(ts_node_parent(node), "function_declarator"))
          ++named;
      }
      facts.named_elsewhere = named > 1;
      auto passed = passed_.find(ts_node_start_byte(handler.body));
      facts.passed_again = facts.named_elsewhere && passed != passed_.end() &&
                           passed->second == named;
      // One other files can call (not static, not in an anonymous
      // namespace) may be declared in a project header, which the fix would
      // not change: as the Clang mode sees it, where it can read it.
      if (!is_static(handler.function) && !in_anonymous_namespace(handler.function)) {
        if (!headers_)
          headers_ = project_headers(tree_.file->text(), file_, max_file_size_);
        for (const ProjectHeader &header : *headers_)
          if (!header.text && facts.unread_header.empty())
            facts.unread_header = header.name;
          else if (header.text && declares_function(*header.text, handler.name))
            facts.declared_in_other_file = true;
      }
    }
    // What the handler declares is out of main()'s sight, but for what the
    // fix moves before the initializer that uses it.
    // So is what the file declares only after main() (`make_config()`
    // defined below it), spelling it nowhere before.
    const std::size_t main_start =
        main == functions_.end() ? 0 : ts_node_start_byte(main->second);
    // What aliases and using declarations make of a name at `at` (a using
    // directive in main() only adds to what it finds).
    auto names_of = [&](const std::string &name, uint32_t at) {
      std::vector<std::string> names;
      for (const NameCandidate &candidate : scope_.candidates(name, at))
        if (candidate.directive.empty())
          names.push_back(candidate.name);
      return names;
    };
    auto declared_after_main = [&](const std::string &name) {
      if (main == functions_.end())
        return false;
      // A type alias or using declaration main() does not see yet
      // (`using OrdersConfig = ...;` after it): the name reads otherwise
      // there.
      if (names_of(name, ts_node_start_byte(handler.body)) !=
          names_of(name, ts_node_start_byte(handler.announced)))
        return true;
      const TSNode root = ts_tree_root_node(tree_.tree);
      if (!functions_.count(name) && !class_names_.count(name) &&
          !declared_at_file_scope_after(root, name,
                                        ts_node_end_byte(main->second)))
        return false;
      for (std::size_t at : occurrences(name)) {
        if (at > main_start)
          break;
        // Spelled in code before main() (not in a comment or a string).
        TSNode spelled =
            ts_node_named_descendant_for_byte_range(root, at, at + name.size());
        if (is(spelled, "identifier") || is(spelled, "type_identifier") ||
            is(spelled, "namespace_identifier"))
          return false;
      }
      return true;
    };
    const bool handler_directive =
        using_directive_before(handler.body, ts_node_start_byte(statement));
    auto local = [&](const std::string &name) {
      return declares(field(declarator, "parameters"), name) ||
             declares(handler.body, name) || declared_after_main(name);
    };
    // A name main() declares a thing of its own by (a parameter, a local
    // alias) would hide the file's one the moved code names.
    std::map<std::string, bool> in_main;
    auto hidden_in_main = [&](const std::string &name) {
      auto [known, added] = in_main.try_emplace(name, false);
      if (added)
        known->second = main != functions_.end() &&
                        declares(main->second, name);
      return known->second;
    };
    // A using directive main() sees at the place and the handler does not
    // (or the other way round), whose namespace may declare a name the moved
    // code spells (`using namespace app;` before main(), with app's own
    // `kBucketRegion`): there the name finds another thing, or two.
    auto directive_between = [&](const std::string &name) -> std::string {
      std::set<std::string> at_handler, at_place;
      for (const NameCandidate &candidate :
           scope_.candidates(name, ts_node_start_byte(handler.body)))
        at_handler.insert(candidate.directive);
      for (const NameCandidate &candidate :
           scope_.candidates(name, ts_node_start_byte(statement)))
        at_place.insert(candidate.directive);
      for (const auto *one : {&at_handler, &at_place})
        for (const std::string &space : *one)
          if (!space.empty() &&
              !(one == &at_handler ? at_place : at_handler).count(space) &&
              namespace_may_declare(space, name))
            return space;
      return "";
    };
    auto judge_name = [&](const std::string &name, MainHoistFacts &moving) {
      if (std::string space = directive_between(name);
          moving.redefined.empty() && !space.empty()) {
        moving.redefined = name;
        moving.redefined_by = "using namespace " + space;
      }
    };
    // (Found once for every handler main() runs: a file may run 2,000.)
    if (!init_api_calls_) {
      init_api_calls_.emplace();
      const std::vector<std::size_t> init_calls = occurrences("InitAPI");
      if (!ts_node_is_null(main_body))
        walk_named_descendants(main_body, [&](TSNode node) {
          if (!spans_any(init_calls, node))
            return false;
          if (is(node, "call_expression") &&
              last_component(plain_name(tree_.text(field(node, "function")))) ==
                  "InitAPI")
            init_api_calls_->push_back(ts_node_start_byte(node));
          return true;
        });
    }
    facts.sdk_initialized =
        std::any_of(init_api_calls_->begin(), init_api_calls_->end(),
                    [&](uint32_t at) { return at < ts_node_start_byte(statement); });
    // A function of the file that may change what a reference or pointer
    // parameter is given (`tune(cfg);`, changed_after): one whose parameter
    // declares `&` or `*` and no `const`.
    auto changeable_parameter = [&](std::string_view callee, std::size_t index)
        -> std::optional<ChangeableParameter> {
      auto helper = functions_.find(std::string(callee));
      if (helper == functions_.end())
        return std::nullopt;
      TSNode parameters = field(
          function_declarator(field(helper->second, "declarator")), "parameters");
      std::size_t position = 0;
      for (uint32_t i = 0; i < ts_node_named_child_count(parameters); ++i) {
        TSNode given = ts_node_named_child(parameters, i);
        if (is(given, "comment") || position++ != index)
          continue;
        TSNode declarator = field(given, "declarator");
        if (!is(declarator, "reference_declarator") &&
            !is(declarator, "pointer_declarator"))
          return std::nullopt;
        if (spells_word(tree_.text(given), "const"))
          return std::nullopt;
        while (!ts_node_is_null(declarator) && !is(declarator, "identifier")) {
          TSNode inner = field(declarator, "declarator");
          if (ts_node_is_null(inner))
            inner = ts_node_named_child(declarator, 0);
          declarator = inner;
        }
        if (ts_node_is_null(declarator))
          return std::nullopt;
        return ChangeableParameter{std::string(tree_.text(declarator)),
                                   tree_.text(field(helper->second, "body"))};
      }
      return std::nullopt;
    };
    // What cannot move for a reason of its own stays, with that reason; the
    // others move without it (as hoist_to_main decides).
    std::vector<MovedDeclaration> set_up;
    std::set<std::string> moved;
    for (;;) {
      MainHoistFacts moving = facts;
      moved.clear();
      for (const Found *entry : group) {
        const Construction &construction = entry->construction;
        // (Its type too: `OrdersConfig config;`.)
        walk_named_descendants(
            construction.statement, [&](TSNode node, TSNode parent) {
              if (is(node, "this") && moving.unseen.empty()) {
                moving.unseen = "this";
                moving.unseen_by = construction.variable;
              }
              // A name looked up where it is spelled: unqualified, or the
              // first scope of a qualified one (`DDB::Client`, a namespace
              // alias the handler declares). Under a using directive in the
              // handler (`using namespace Aws::S3;`), any unqualified name
              // may be one main() cannot see, and so may a first scope but
              // a top-level namespace no other nests (`S3::S3Client` under
              // `using namespace Aws;` is Aws::S3's).
              bool looked_up =
                  ((is(node, "identifier") || is(node, "type_identifier")) &&
                   !is(parent, "qualified_identifier")) ||
                  (is(node, "namespace_identifier") &&
                   ts_node_eq(node, field(parent, "scope")) &&
                   !after_scope_operator(node));
              if (looked_up && !ts_node_eq(node, entry->construction.at)) {
                std::string name(tree_.text(node));
                if (moving.unseen.empty() && name != construction.variable &&
                    !moved.count(name) &&
                    (local(name) ||
                     (handler_directive &&
                      (!is(node, "namespace_identifier") ||
                       (name != "Aws" && name != "aws" && name != "std"))))) {
                  moving.unseen = name;
                  moving.unseen_by = construction.variable;
                  moving.unseen_stays = std::any_of(
                      left.begin(), left.end(), [&](const auto &stays) {
                        return stays.first->construction.variable == name;
                      });
                }
                if (moving.hidden.empty() && name != construction.variable &&
                    !moved.count(name) && hidden_in_main(name)) {
                  moving.hidden = name;
                  moving.hidden_by = construction.variable;
                }
                if (name != construction.variable && !moved.count(name))
                  judge_name(name, moving);
              }
              return true;
            });
        if (std::string callee =
                unseen_callee(field(construction.statement, "declarator"));
            moving.unseen.empty() && !callee.empty()) {
          moving.unseen = callee;
          moving.unseen_is_call = true;
          moving.unseen_by = construction.variable;
        }
        // `S3C s3;` with `#define S3C Aws::S3::S3Client`, as Clang sees it.
        if (std::string type = plain_name(
                tree_.text(field(construction.statement, "type")));
            moving.object_macro.empty() &&
            name_macros_.count(type.substr(0, type.find("::")))) {
          moving.object_macro = type.substr(0, type.find("::"));
          moving.object_macro_by = construction.variable;
        }
        if (moving.taken.empty() && !ts_node_is_null(main_body) &&
            declares(main->second, construction.variable))
          moving.taken = construction.variable;
        for (uint32_t i = 0; i < ts_node_named_child_count(handler.body); ++i) {
          TSNode statement = ts_node_named_child(handler.body, i);
          if (ts_node_start_byte(statement) >=
              ts_node_start_byte(construction.statement))
            break;
          if (is(statement, "return_statement") && moving.unreached.empty())
            moving.unreached = construction.variable;
        }
        if (std::string how =
                given_away(tree_.text(handler.body), construction.variable);
            moving.given_away.empty() && !how.empty()) {
          moving.given_away = construction.variable;
          moving.given_away_by = how;
        }
        if (std::string how = declared_type_use(tree_.text(handler.body),
                                                construction.variable);
            moving.type_used.empty() && !how.empty()) {
          moving.type_used = construction.variable;
          moving.type_used_by = how;
        }
        moving.needs_sdk = moving.needs_sdk || construction.api->sdk_object;
        moved.insert(construction.variable);
      }
      set_up = find_set_up(handler, group, local, moving);
      // The set-up that moves names things main() may hide too
      // (`cfg.requestTimeoutMs = timeout;` under main()'s own `timeout`).
      for (const MovedDeclaration &statement : set_up) {
        TSNode node = ts_node_descendant_for_byte_range(
            ts_tree_root_node(tree_.tree),
            static_cast<uint32_t>(statement.statement.begin),
            static_cast<uint32_t>(statement.statement.end));
        walk_named_descendants(node, [&](TSNode name, TSNode parent) {
          if (moving.hidden.empty() && is(name, "identifier") &&
              !is(parent, "qualified_identifier")) {
            std::string spelled(tree_.text(name));
            if (!moved.count(spelled) && hidden_in_main(spelled))
              moving.hidden = spelled;
            if (!moved.count(spelled))
              judge_name(spelled, moving);
          }
          return moving.hidden.empty();
        });
      }
      // What the handler does after the last statement that moves, and
      // what lies between the first and the last.
      uint32_t first = UINT32_MAX, last = 0;
      for (const Found *entry : group) {
        first =
            std::min(first, ts_node_start_byte(entry->construction.statement));
        last = std::max(last, ts_node_end_byte(entry->construction.statement));
      }
      for (const MovedDeclaration &statement : set_up) {
        first =
            std::min(first, static_cast<uint32_t>(statement.statement.begin));
        last = std::max(last, static_cast<uint32_t>(statement.statement.end));
      }
      if (moving.conditional.empty() && first < last)
        moving.conditional = conditional_directive_in(
            tree_.file->text().substr(first, last - first));
      if (moving.redefined.empty()) {
        std::string moved_text;
        for (const Found *entry : group)
          moved_text += tree_.text(entry->construction.statement);
        for (const MovedDeclaration &assignment : set_up)
          moved_text += " " + std::string(tree_.file->text().substr(
                                  assignment.statement.begin,
                                  assignment.statement.end -
                                      assignment.statement.begin));
        const uint32_t to = ts_node_start_byte(statement);
        // (A lambda handler in main() is not fixed: nothing between.)
        MacroChange change = macro_changed_between(
            to < first   ? tree_.file->text().substr(to, first - to)
            : last <= to ? tree_.file->text().substr(last, to - last)
                         : std::string_view(),
            moved_text);
        moving.redefined = change.macro;
        moving.redefined_by = change.directive;
      }
      std::string_view rest = tree_.file->text().substr(
          last, std::max(last, ts_node_end_byte(handler.body)) - last);
      for (const Found *entry : group)
        if (std::string how = changed_after(rest, entry->construction.variable,
                                            changeable_parameter);
            moving.changed.empty() && !how.empty()) {
          moving.changed = entry->construction.variable;
          moving.changed_by = how;
        }
      // What outlives an invocation: what the handler does not declare,
      // and its static locals.
      auto persists = [&](std::string_view name) {
        const std::string spelled(name);
        if (!local(spelled))
          return true;
        bool static_local = false;
        walk_named_descendants(handler.body, [&](TSNode node) {
          if (static_local)
            return false;
          if (is(node, "declaration") && is_static(node) &&
              declaration_of(node, spelled).value_or(false))
            static_local = true;
          return true;
        });
        return static_local;
      };
      for (const Found *entry : group)
        if (std::string how =
                kept_beyond(rest, entry->construction.variable, persists);
            moving.kept.empty() && !how.empty()) {
          moving.kept = entry->construction.variable;
          moving.kept_by = how;
        }
      MainHoistBlocker blocker = main_hoist_blocker(moving);
      if (blocker.why.empty())
        break;
      auto stays =
          std::find_if(group.begin(), group.end(), [&](const Found *entry) {
            return entry->construction.variable == blocker.object;
          });
      if (blocker.object.empty() || stays == group.end()) {
        why_not = blocker.why;
        return {};
      }
      left.emplace(*stays, blocker.why);
      group.erase(stays);
      if (group.empty())
        return {};
    }

    MainHoistPlace place;
    place.handler_name = handler.name;
    place.run_handler = ts_node_start_byte(handler.announced);
    place.names_handler = ts_node_start_byte(statement);
    place.block_end = block_end(statement, handler.announced);
    TSNode first = first_parameter(declarator);
    if (ts_node_is_null(first)) {
      why_not = "'" + handler.name + "' takes no parameters";
      return {};
    }
    place.parameters_end = ts_node_end_byte(last_parameter(declarator));
    // Its declarations before main() take the new parameters too.
    if (auto declared = function_declarations_.find(handler.name);
        declared != function_declarations_.end())
      for (TSNode declaration : declared->second)
        if (TSNode last = last_parameter(declaration); !ts_node_is_null(last))
          place.other_declarations_end.push_back(ts_node_end_byte(last));
    TSNode callee = field(handler.announced, "function");
    place.qualify_run_handler =
        is(callee, "identifier") && !run_handler_in_scope(handler.announced);
    if (!ts_node_is_null(handler.named_argument)) {
      place.named_argument = tree_.range(handler.named_argument);
      TSNode name = field(first, "declarator");
      while (!ts_node_is_null(name) && !is(name, "identifier")) {
        TSNode inner = field(name, "declarator");
        if (ts_node_is_null(inner) && is(name, "reference_declarator"))
          inner = ts_node_named_child(name, 0);
        name = inner;
      }
      std::string_view text = tree_.file->text();
      std::size_t begin = ts_node_start_byte(first);
      std::size_t end =
          ts_node_is_null(name) ? ts_node_end_byte(first) : ts_node_start_byte(name);
      std::string type(text.substr(begin, end - begin));
      while (!type.empty() &&
             std::isspace(static_cast<unsigned char>(type.back())))
        type.pop_back();
      place.request_type = type;
      if (!ts_node_is_null(name))
        place.request_name = tree_.text(name);
    } else {
      TSNode captures = field(handler.forwarding_lambda, "captures");
      place.capture_end = ts_node_end_byte(captures) - 1;
      for (uint32_t i = 0; i < ts_node_named_child_count(captures); ++i) {
        TSNode capture = ts_node_named_child(captures, i);
        place.captures_listed = true;
        place.captures_all_by_reference =
            place.captures_all_by_reference ||
            (is(capture, "lambda_default_capture") &&
             tree_.text(capture) == "&");
      }
      place.forwarding_call_end =
          ts_node_end_byte(field(handler.forwarding_call, "arguments")) - 1;
    }
    std::vector<MovedDeclaration> declarations;
    for (const Found *entry : group)
      declarations.push_back({tree_.range(entry->construction.statement),
                              entry->construction.variable,
                              entry->construction.type});
    left_behind = configuring_calls(handler, moved, declarations, set_up,
                                    local);
    declarations.insert(declarations.end(), set_up.begin(), set_up.end());
    std::sort(declarations.begin(), declarations.end(),
              [](const MovedDeclaration &a, const MovedDeclaration &b) {
                return a.statement.begin < b.statement.begin;
              });
    if (!declarations.empty())
      risk = process_change_risk(
          tree_.file->text().substr(ts_node_start_byte(handler.body),
                                    declarations.front().statement.begin -
                                        ts_node_start_byte(handler.body)),
          [&](const std::string &name) { return callee_text(name); });
    std::set<uint32_t> entered;
    for (const MovedDeclaration &moved_code : declarations)
      if (std::string what = frozen_value(
              ts_node_descendant_for_byte_range(
                  handler.body, static_cast<uint32_t>(moved_code.statement.begin),
                  static_cast<uint32_t>(moved_code.statement.end)),
              local, entered);
          risk.empty() && !what.empty())
        risk = frozen_value_risk(what);
    if (risk.empty())
      risk = changing_call(handler, moved, declarations, left_behind);
    return main_hoist_edits(tree_.file->text(), place, declarations);
  }

  Diagnostic diagnostic(
      const Handler &handler,
      const std::vector<std::pair<std::string, TSNode>> &chain,
      const Construction &construction) const {
    Diagnostic diagnostic;
    diagnostic.rule_id = construction.api->rule;
    diagnostic.location = {tree_.file, tree_.range(construction.at)};
    diagnostic.message =
        construction_message(*construction.api, construction.name,
                             handler.name);
    diagnostic.subject =
        construction_subject(*construction.api, construction.name);
    diagnostic.notes.push_back(
        {{tree_.file, tree_.range(handler.announced)},
         handler_note(handler.name,
                      !handler.passed ? HandlerGiven::BySignature
                      : ts_node_is_null(handler.forwarding_lambda)
                          ? HandlerGiven::Directly
                          : HandlerGiven::Forwarded)});
    if (const Undecided *branch = undecided(construction.at))
      diagnostic.notes.push_back(
          {diagnostic.location,
           "'" + branch->directive +
               "' decides whether it is built: without compiling, hoist "
               "cannot tell what the build's flags define"});
    std::string caller = handler.name;
    for (std::size_t i = 0; i < chain.size(); ++i) {
      const auto &[callee, call] = chain[i];
      if (std::optional<std::string> note =
              call_note(i, chain.size(), caller, callee))
        diagnostic.notes.push_back({{tree_.file, tree_.range(call)}, *note});
      diagnostic.call_path.push_back({tree_.file, tree_.range(call)});
      caller = callee;
    }
    return diagnostic;
  }

  const Tree &tree_;
  const std::filesystem::path file_;
  const std::uintmax_t max_file_size_;
  // Read when a fix asks (project_headers).
  mutable std::optional<std::vector<ProjectHeader>> headers_;
  const CppCatalogue &catalogue_;
  const std::set<std::string> &rules_;
  const std::set<std::string> &handler_only_;
  const std::vector<unsigned> *around_;
  const NolintDirectives nolint_;
  NameScope scope_;
  // By qualified name ("ns::Class::name"): the first definition.
  std::map<std::string, TSNode> functions_;
  // The others: a definition in each branch of `#ifdef USE_SQS` ...
  // `#else`, or an overload.
  std::multimap<std::string, TSNode> other_definitions_;
  std::set<std::string> mutable_globals_; // variables outside functions, not const
  /// Functions declared without a body (`f(int);`), by name: their
  /// function_declarators.
  std::map<std::string, std::vector<TSNode>> function_declarations_;
  std::map<std::string, TSNode> classes_; // by qualified name
  std::set<std::string> class_names_;     // their unqualified names
  std::set<std::string> method_names_;    // the methods they define
  std::set<std::string, std::less<>> function_names_; // functions', unqualified
  std::vector<Handler> handlers_;
  mutable std::vector<std::pair<std::string, TSNode>> unresolved_;
  mutable std::vector<DeclaredOnlyCall> declared_only_;
  std::vector<TSNode> unresolved_handlers_;
  mutable std::vector<std::pair<std::string, TSNode>> unexpanded_;
  mutable std::vector<std::pair<std::string, TSNode>> unresolved_classes_;
  mutable std::vector<Uninstantiated> uninstantiated_;
  /// The file's identifiers (runs of letters, digits and '_') and where
  /// each starts, indexed once occurrences() has been asked for many words.
  mutable std::optional<std::unordered_map<std::string_view,
                                           std::vector<std::size_t>>>
      identifiers_;
  /// Where each word asked of occurrences() is in the file's text.
  mutable std::map<std::string, std::vector<std::size_t>, std::less<>>
      occurrences_;
  std::map<std::string, uint32_t> macros_; // by name: its first #define
  std::set<std::string> function_macros_;  // `#define F(x) ...`
  std::set<std::string> name_macros_; // `#define S3C Aws::S3::S3Client`
  /// The file's variables (index_variables), indexed on the first member
  /// call that needs them.
  mutable std::optional<std::multimap<std::string, VariableDeclaration>>
      variables_;
  /// Where main() calls Aws::InitAPI, found on the first main() fix.
  mutable std::optional<std::vector<uint32_t>> init_api_calls_;
  std::vector<TextRange> inactive_;   // compiled out
  std::vector<Undecided> undecided_;  // compiled as the flags say
  /// How many run_handler calls name each function, by its body's start.
  std::map<uint32_t, unsigned> passed_;
};

// Whether Clang reported the same rule on the same line of the same file.
bool found_by_clang(const Diagnostic &mine,
                    const std::vector<Diagnostic> &clang) {
  const Location &at = mine.location;
  std::size_t line = at.file->position(at.range.begin).line;
  return std::any_of(clang.begin(), clang.end(), [&](const Diagnostic &theirs) {
    const Location &where = theirs.location;
    return theirs.rule_id == mine.rule_id &&
           where.file->path() == at.file->path() &&
           where.file->position(where.range.begin).line == line;
  });
}

// The first ERROR or MISSING node under `root`, if any.
std::optional<TSNode> first_syntax_error(TSNode root) {
  if (!ts_node_has_error(root))
    return std::nullopt;
  TSNode node = root;
  for (;;) {
    if (ts_node_is_error(node) || ts_node_is_missing(node))
      return node;
    bool deeper = false;
    for (uint32_t i = 0; i < ts_node_child_count(node) && !deeper; ++i)
      if (TSNode child = ts_node_child(node, i); ts_node_has_error(child)) {
        node = child;
        deeper = true;
      }
    if (!deeper)
      return node;
  }
}

// A warning at `at` that what `what` names was not checked: the file is
// analyzed only in part.
FileNotice unchecked(const Tree &tree, const std::string &shown, TSNode at,
                     const std::string &what) {
  return FileNotice{Severity::Warning, shown, Location{tree.file, tree.range(at)},
                    what + " was not checked; give a compilation database "
                           "with -p BUILD_DIR, or the flags after --, for the "
                           "precise mode",
                    NoticeKind::Partial};
}

// The first of `named` (names as spelled, and where) whose last component
// one of `headers` read declares, as `declares` tells of its text; and
// that header's name.
std::optional<std::pair<const std::pair<std::string, TSNode> *, std::string>>
in_read_header(const std::vector<ProjectHeader> &headers,
               const std::vector<std::pair<std::string, TSNode>> &named,
               bool (*declares)(std::string_view text, std::string_view word)) {
  for (const ProjectHeader &header : headers)
    if (header.text)
      for (const auto &entry : named) {
        const std::size_t last = entry.first.rfind("::");
        if (declares(*header.text, last == std::string::npos
                                       ? entry.first
                                       : entry.first.substr(last + 2)))
          return std::make_pair(&entry, header.name);
      }
  return std::nullopt;
}

// The first of `calls` (unresolved_calls) to a function that a project
// header the file includes (`#include "helpers.h"`, beside it) declares, or
// else the first of them at all when such a header is not beside it, where
// it may be declared: the syntactic mode reads no header, so what it builds
// was not checked.
std::optional<FileNotice>
unread_header_call(const Tree &tree, const std::filesystem::path &file,
                   const std::string &shown,
                   const std::vector<std::pair<std::string, TSNode>> &calls,
                   std::uintmax_t max_file_size) {
  if (calls.empty())
    return std::nullopt;
  const std::vector<ProjectHeader> headers =
      project_headers(tree.file->text(), file, max_file_size);
  if (auto found = in_read_header(headers, calls, declares_function))
    return unchecked(tree, shown, found->first->second,
                     "the handler calls '" + found->first->first +
                         "', declared in \"" + found->second +
                         "\", which hoist's syntactic mode does not read: what "
                         "it builds");
  auto unread = std::find_if(headers.begin(), headers.end(),
                             [](const ProjectHeader &header) {
                               return !header.text.has_value();
                             });
  if (unread != headers.end())
    return unchecked(tree, shown, calls.front().second,
                     "the handler calls '" + calls.front().first +
                         "', which the file does not define; it may be "
                         "declared in \"" +
                         unread->name +
                         "\", which is not beside the file (hoist's syntactic "
                         "mode reads no header): what it builds");
  return std::nullopt;
}

// Whether `text` (a header's) defines a class or struct named `word`.
bool defines_class(std::string_view text, std::string_view word) {
  for (std::size_t found = text.find(word); found != std::string_view::npos;
       found = text.find(word, found + 1)) {
    std::size_t before = found;
    while (before > 0 &&
           std::isspace(static_cast<unsigned char>(text[before - 1])))
      --before;
    std::size_t after = found + word.size();
    while (after < text.size() &&
           std::isspace(static_cast<unsigned char>(text[after])))
      ++after;
    const std::string_view keyword = text.substr(0, before);
    if ((keyword.size() >= 5 && keyword.substr(keyword.size() - 5) == "class") ||
        (keyword.size() >= 6 && keyword.substr(keyword.size() - 6) == "struct"))
      if (after < text.size() && (text[after] == '{' || text[after] == ':' ||
                                  text.substr(after, 5) == "final"))
        return true;
  }
  return false;
}

// A warning at the first object the handlers build of a class that a
// project header beside the file defines (`Clients clients;`, "clients.h"
// has `struct Clients { Aws::S3::S3Client s3; };`): the syntactic mode
// reads no header, so what its constructors build was not checked.
std::optional<FileNotice>
unread_header_class(const Tree &tree, const std::filesystem::path &file,
                    const std::string &shown,
                    const std::vector<std::pair<std::string, TSNode>> &built,
                    std::uintmax_t max_file_size) {
  if (built.empty())
    return std::nullopt;
  if (auto found = in_read_header(
          project_headers(tree.file->text(), file, max_file_size), built,
          defines_class))
    return unchecked(tree, shown, found->first->second,
                     "the handler builds " +
                         quoted_with_article(found->first->first) +
                         ", defined in \"" + found->second +
                         "\", which hoist's syntactic mode does not read: what "
                         "its constructors build");
  return std::nullopt;
}

} // namespace

void keep_first_mode_notes(std::vector<Diagnostic> &diagnostics) {
  std::set<std::string> told;
  for (Diagnostic &diagnostic : diagnostics) {
    auto note = std::find_if(
        diagnostic.notes.begin(), diagnostic.notes.end(),
        [](const Note &note) {
          return note.message.rfind(kModeNoteStart, 0) == 0;
        });
    if (note != diagnostic.notes.end() &&
        !told.insert(diagnostic.location.file->path()).second)
      diagnostic.notes.erase(note);
  }
}

namespace {

/// C++'s comments, for bounded_parse; suppressions (`// hoist:`, NOLINT)
/// stay.
const treesitter::CommentSyntax kCppComments{
    "//",
    true,
    {"string_literal", "raw_string_literal", "char_literal"},
    {"hoist:", "NOLINT"}};

/// The tree of a C++ file's text, as respelled_for_grammar gives it to the
/// grammar; null when the parse was too slow (bounded_parse).
TSTree *parse_cpp(TSParser *parser, std::string_view text) {
  const std::optional<std::string> respelled = respelled_for_grammar(text);
  return treesitter::bounded_parse(
      parser, respelled ? std::string_view(*respelled) : text, kCppComments);
}

} // namespace

bool may_hold_cpp_handler(std::string_view text) {
  return text.find("run_handler") != std::string_view::npos ||
         text.find("invocation_request") != std::string_view::npos;
}

std::size_t cpp_syntax_errors(std::string_view text) {
  TSParser *parser = ts_parser_new();
  ts_parser_set_language(parser, tree_sitter_cpp());
  TSTree *tree = parse_cpp(parser, text);
  ts_parser_delete(parser);
  if (!tree)
    return std::numeric_limits<std::size_t>::max();
  std::size_t errors = 0;
  TSNode root = ts_tree_root_node(tree);
  if (ts_node_has_error(root)) {
    // Down only into subtrees that hold an error.
    std::vector<TSNode> stack{root};
    while (!stack.empty()) {
      TSNode node = stack.back();
      stack.pop_back();
      if (ts_node_is_error(node) || ts_node_is_missing(node)) {
        ++errors;
        continue;
      }
      for (uint32_t i = 0; i < ts_node_child_count(node); ++i)
        if (TSNode child = ts_node_child(node, i); ts_node_has_error(child))
          stack.push_back(child);
    }
  }
  ts_tree_delete(tree);
  return errors;
}

CppCheckResult check_cpp_syntactically(const std::vector<DiscoveredFile> &files,
                                       const CppCatalogue &catalogue,
                                       const CppCheckSettings &settings,
                                       const ClangGaps *gaps,
                                       std::map<std::string, SourceFilePtr>
                                           *with_directives) {
  CppCheckResult result;
  TSParser *parser = ts_parser_new();
  ts_parser_set_language(parser, tree_sitter_cpp());
  // Files checked alike share their options (most files share all).
  std::optional<RuleOptions> options;
  CppFileChecks options_of;
  // (Once: std::filesystem::absolute asks the system for it each time.)
  const std::filesystem::path cwd = std::filesystem::current_path();
  for (const DiscoveredFile &checked : files) {
    ++result.files_checked;
    const std::filesystem::path absolute =
        (cwd / checked.path).lexically_normal();
    auto fixed = settings.overlay.find(absolute.string());
    auto loaded = fixed == settings.overlay.end()
                      ? SourceFile::load(checked.path, checked.display_path,
                                         settings.max_file_size)
                      : std::variant<SourceFilePtr, LoadError>(
                            std::make_shared<SourceFile>(checked.display_path,
                                                         fixed->second));
    if (const auto *error = std::get_if<LoadError>(&loaded)) {
      result.notices.push_back(
          {Severity::Error, checked.display_path, std::nullopt,
           error->message});
      continue;
    }
    Tree tree;
    tree.file = std::get<SourceFilePtr>(loaded);
    if (with_directives &&
        tree.file->text().find("hoist:") != std::string_view::npos)
      (*with_directives)[checked.path] = tree.file;
    if (!may_hold_cpp_handler(tree.file->text()))
      continue;
    tree.tree = parse_cpp(parser, tree.file->text());
    if (!tree.tree) {
      result.notices.push_back(
          {Severity::Error, checked.display_path, std::nullopt,
           "not analyzed: too slow to parse (hoist stopped tree-sitter-cpp "
           "after " +
               std::to_string(
                   treesitter::parse_work_limit(tree.file->text().size())) +
               " bytes of lexing); exclude it, or shorten what makes it slow "
               "(long runs of comments)"});
      continue;
    }
    if (!gaps)
      if (auto unparsed = first_syntax_error(ts_tree_root_node(tree.tree)))
        result.notices.push_back(
            {Severity::Warning, checked.display_path,
             Location{tree.file, tree.range(*unparsed)},
             "tree-sitter-cpp cannot parse the code here (valid C++ its "
             "grammar does not cover, such as an explicit "
             "'->operator()(...)' call; preprocessor conditionals that split "
             "a block's braces; or a syntax error); the code around it was "
             "analyzed as far as it parses",
             NoticeKind::Partial});
    auto given = settings.files.find(absolute);
    const CppFileChecks &checks = given != settings.files.end()
                                      ? given->second
                                      : CppFileChecks{settings.rules};
    if (!options || checks.rules != options_of.rules ||
        checks.check_options != options_of.check_options) {
      options.emplace(checks, catalogue);
      options_of = checks;
    }
    std::vector<Diagnostic> found;
    const std::vector<unsigned> *around = nullptr;
    if (gaps) {
      auto offsets = gaps->error_offsets.find(checked.display_path);
      if (offsets == gaps->error_offsets.end())
        continue;
      around = &offsets->second;
    }
    FileAnalysis analysis(tree, checked.path, *options, around,
                          settings.max_file_size);
    analysis.run(found);
    if (!gaps && !analysis.declared_only_calls().empty()) {
      const auto &calls = analysis.declared_only_calls();
      std::set<std::string> callees;
      for (const auto &call : calls)
        callees.insert(call.name);
      result.notices.push_back(
          {Severity::Warning, checked.display_path,
           Location{tree.file, tree.range(calls.front().call)},
           unfollowed_call_message(calls.front().name,
                                   calls.front().c_linkage
                                       ? Unfollowed::DeclaredOnlyC
                                       : Unfollowed::DeclaredOnly,
                                   {}, callees.size() - 1),
           NoticeKind::Partial});
    } else if (!gaps) {
      if (std::optional<FileNotice> unread = unread_header_call(
              tree, checked.path, checked.display_path,
              analysis.unresolved_calls(), settings.max_file_size))
        result.notices.push_back(std::move(*unread));
    }
    if (!gaps)
      if (std::optional<FileNotice> unread = unread_header_class(
              tree, checked.path, checked.display_path,
              analysis.unresolved_classes(), settings.max_file_size))
        result.notices.push_back(std::move(*unread));
    if (!gaps && !analysis.unresolved_handlers().empty()) {
      const TSNode given = analysis.unresolved_handlers().front();
      result.notices.push_back(
          {Severity::Warning, checked.display_path,
           Location{tree.file, tree.range(given)},
           "run_handler is given '" + quoted_code(tree.text(given)) +
               "', which hoist's syntactic mode cannot resolve to a function, "
               "lambda or functor this file defines: what it runs was not "
               "checked; give a compilation database with -p BUILD_DIR, or "
               "the flags after --, for the precise mode",
           NoticeKind::Partial});
    }
    if (!gaps && !analysis.unexpanded_macros().empty()) {
      const auto &[macro, use] = analysis.unexpanded_macros().front();
      result.notices.push_back(
          {Severity::Warning, checked.display_path,
           Location{tree.file, tree.range(use)},
           "the handler uses the macro '" + macro +
               "', which hoist's syntactic mode does not expand: what it "
               "builds was not checked; give a compilation database with -p "
               "BUILD_DIR, or the flags after --, for the precise mode",
           NoticeKind::Partial});
    }
    if (!gaps && !analysis.uninstantiated().empty()) {
      const auto &[specialization, catalogued, at] =
          analysis.uninstantiated().front();
      result.notices.push_back(
          {Severity::Warning, checked.display_path,
           Location{tree.file, tree.range(at)},
           "'" + specialization +
               "' is a template specialization, which hoist's syntactic "
               "mode does not instantiate: what it builds with '" +
               catalogued +
               "' was not checked; give a compilation database with -p "
               "BUILD_DIR, or the flags after --, for the precise mode",
           NoticeKind::Partial});
    }
    if (gaps)
      found.erase(
          std::remove_if(found.begin(), found.end(),
                         [&](const Diagnostic &mine) {
                           return found_by_clang(mine, gaps->findings);
                         }),
          found.end());
    // How they were found: on each, until keep_first_mode_notes leaves it
    // on the first one reported.
    for (Diagnostic &diagnostic : found)
      diagnostic.notes.push_back({diagnostic.location, mode_note(settings)});
    move_append(result.diagnostics, found);
  }
  ts_parser_delete(parser);
  std::sort(result.diagnostics.begin(), result.diagnostics.end(),
            diagnostic_order);
  return result;
}

} // namespace hoist::cpp
