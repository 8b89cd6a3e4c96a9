#include "cpp/main_hoist_edits.h"

#include <cctype>
#include <regex>
#include <optional>
#include <set>

#include "core/identifier_words.h"
#include "core/indefinite_article.h"
#include "core/message_excerpt.h"

namespace hoist::cpp {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::size_t line_start(std::string_view text, std::size_t offset) {
  while (offset > 0 && text[offset - 1] != '\n')
    --offset;
  return offset;
}

// The statement with the comment that ends its line (`// NOLINT(...)`, a
// note on it), which moves with it.
TextRange with_trailing_comment(std::string_view text, TextRange statement) {
  std::size_t at = statement.end;
  while (at < text.size() && is_blank(text[at]))
    ++at;
  std::size_t end = statement.end;
  if (text.compare(at, 2, "//") == 0) {
    end = text.find('\n', at);
    if (end == std::string_view::npos)
      end = text.size();
    if (end > at && text[end - 1] == '\r')
      --end;
  } else if (text.compare(at, 2, "/*") == 0) {
    std::size_t close = text.find("*/", at + 2);
    if (close == std::string_view::npos)
      return statement;
    std::size_t after = close + 2;
    while (after < text.size() && is_blank(text[after]))
      ++after;
    // Only when nothing but the comment follows it on the line.
    if (after == text.size() || text[after] == '\n' || text[after] == '\r')
      end = close + 2;
  }
  return {statement.begin, end};
}

// The whole lines of a statement when nothing else shares them, else just
// the statement: what removing it should remove.
TextRange removal_range(std::string_view text, TextRange statement) {
  std::size_t begin = statement.begin, end = statement.end;
  while (begin > 0 && is_blank(text[begin - 1]))
    --begin;
  while (end < text.size() && is_blank(text[end]))
    ++end;
  const bool crlf =
      end + 1 < text.size() && text[end] == '\r' && text[end + 1] == '\n';
  bool alone = (begin == 0 || text[begin - 1] == '\n') &&
               (end == text.size() || text[end] == '\n' || crlf);
  if (!alone || begin == 0)
    return statement;
  // From the end of the line before (its CR too, in a CRLF file) to the end
  // of the statement's last line: the line goes, its neighbours stay as
  // they were.
  std::size_t from = begin - 1;
  if (crlf && from > 0 && text[from - 1] == '\r')
    --from;
  return {from, end};
}

// The indentation of the line `offset` is on.
std::string_view indentation_at(std::string_view text, std::size_t offset) {
  std::size_t start = line_start(text, offset), end = start;
  while (end < text.size() && is_blank(text[end]))
    ++end;
  return text.substr(start, end - start);
}

// A preprocessor directive line: `#  define REGION "x"` is shown as it is
// written from its '#', named "define", with `REGION "x"` after the name.
struct Directive {
  std::string_view shown, name, rest;
};

std::vector<Directive> directives_in(std::string_view text) {
  std::vector<Directive> found;
  auto skip_blanks = [](std::string_view line, std::size_t at) {
    while (at < line.size() && is_blank(line[at]))
      ++at;
    return at;
  };
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos)
      end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    std::size_t hash = skip_blanks(line, 0);
    if (hash == line.size() || line[hash] != '#')
      continue;
    std::string_view shown = line.substr(hash);
    while (!shown.empty() && (shown.back() == ' ' || shown.back() == '\r'))
      shown.remove_suffix(1);
    std::size_t name = skip_blanks(line, hash + 1), name_end = name;
    while (name_end < line.size() && is_identifier_byte(line[name_end]))
      ++name_end;
    found.push_back({shown, line.substr(name, name_end - name),
                     line.substr(skip_blanks(line, name_end))});
  }
  return found;
}

} // namespace

MainHoistBlocker main_hoist_blocker(const MainHoistFacts &facts) {
  if (!facts.passed_to_run_handler && facts.compile_errors)
    return {"Clang reported an error in the file, and found no call that "
            "gives this handler to run_handler in the code it read; fix the "
            "error for the fix",
            ""};
  if (!facts.passed_to_run_handler && !facts.passed_as.empty())
    return {"main() gives run_handler '" + facts.passed_as +
                "', which hoist does not resolve to '" + facts.handler_name +
                "'; the fix rewrites only the handler's name given to "
                "run_handler, or a variable initialized with it",
            ""};
  if (!facts.passed_to_run_handler)
    return {"no run_handler call passes this handler", ""};
  if (!facts.run_handler_in_main)
    return {"the run_handler call is not in this file's main()", ""};
  if (!facts.defined_in_included.empty())
    return {"'" + facts.handler_name + "' is defined in '" +
                facts.defined_in_included +
                "', which the file with main() includes, and the fix edits "
                "only the file with main()",
            ""};
  if (facts.handler_bound && !facts.handler_is_method)
    return {"'" + facts.handler_name +
                "' is given to run_handler through std::bind, and the fix "
                "moves objects only into the parameters of a function "
                "run_handler is given by name; build them in main() and bind "
                "them too (std::ref)",
            ""};
  if (facts.handler_is_static_member)
    return {"'" + facts.handler_name +
                "' is a static member function, and the fix moves objects "
                "only into the parameters of a free function run_handler is "
                "given by name; build them in main() and pass them to it",
            ""};
  if (!facts.conditional.empty())
    return {"'" + facts.handler_name +
                "', its run_handler call or the code to move is in a branch "
                "of '" +
                facts.conditional +
                "': a build with other flags compiles another branch, which "
                "the fix would not match",
            ""};
  if (!facts.handler_macro.empty())
    return {"'" + facts.handler_name +
                "' or the statement that passes it to run_handler is spelled "
                "through the macro '" +
                facts.handler_macro + "', which the fix cannot rewrite",
            ""};
  if (!facts.template_specialization.empty())
    return {"the handler is the template specialization '" +
                facts.template_specialization +
                "': the code to move is the template's, which every "
                "specialization shares",
            ""};
  if (facts.in_namespace_unjudged)
    return {"'" + facts.handler_name +
                "' is defined in a namespace, and without compiling hoist "
                "cannot tell whether main() sees the names the moved code "
                "uses as it does",
            ""};
  if (!facts.passed_by_name && facts.handler_is_method)
    return {"the handler is a member function, not a function run_handler "
            "is given by name, and the fix moves objects only into a "
            "function's parameters; build them in main() and give them to "
            "its object",
            ""};
  if (!facts.passed_by_name && !facts.lambda_made_in.empty())
    return {"the handler is a lambda that '" + facts.lambda_made_in +
                "' makes, not a function run_handler is given by name, and "
                "the fix moves objects only into a function's parameters; "
                "build them in main() and give them to '" +
                facts.lambda_made_in + "' for the lambda to capture",
            ""};
  if (!facts.passed_by_name)
    return {"the handler is a lambda (inline or held in a variable), not a "
            "function run_handler is given by name, and the fix moves "
            "objects only into a function's parameters; build them in "
            "main() before the lambda and capture them by reference",
            ""};
  if (!facts.held_by_pointer.empty())
    return {"main() holds '" + facts.handler_name + "' in '" +
                facts.held_by_pointer +
                "', a function pointer or reference, which the fix's lambda "
                "(it captures the moved objects) cannot initialize",
            ""};
  if (!facts.run_handler_alone)
    return {"run_handler is not called as a statement of its own in a block, "
            "where the objects could be declared before it",
            ""};
  if (facts.named_elsewhere && facts.passed_again)
    return {"'" + facts.handler_name +
                "' is passed to run_handler more than once, and the fix "
                "rewrites one call",
            ""};
  if (facts.named_elsewhere)
    return {"'" + facts.handler_name +
                "' is called elsewhere too, and a new parameter would break "
                "those calls",
            ""};
  if (facts.defaulted_parameter)
    return {"'" + facts.handler_name +
                "' has a parameter with a default argument, and a new "
                "parameter after it would need one too",
            ""};
  if (facts.declared_in_other_file)
    return {"'" + facts.handler_name +
                "' is declared in another file too, which the fix would not "
                "change",
            ""};
  if (!facts.unread_header.empty())
    return {"'" + facts.handler_name + "' is not static, and \"" +
                facts.unread_header +
                "\", a header the file includes that is not beside it, may "
                "declare it (hoist's syntactic mode reads no other header): "
                "the fix would not change that declaration",
            ""};
  if (!facts.object_macro.empty())
    return {"'" + facts.object_macro_by + "' is declared through the macro '" +
                facts.object_macro + "', which the fix cannot move",
            facts.object_macro_by};
  if (!facts.unseen.empty() && facts.unseen_is_call)
    return {"the initializer of '" + facts.unseen_by + "' calls '" +
                facts.unseen +
                "', whose definition hoist cannot see: run once in main(), "
                "it may not give what it gives in an invocation",
            facts.unseen_by};
  if (!facts.unseen.empty())
    return {"the declaration of '" + facts.unseen_by + "' uses '" +
                facts.unseen +
                (facts.unseen_stays
                     ? "', which stays in the handler (its note says why)"
                     : "', which main() cannot see"),
            facts.unseen_by};
  if (!facts.namespace_name.empty())
    return {"the moved code names '" + facts.namespace_name +
                "' through the handler's namespace or a declaration in its "
                "body, which main() does not see",
            ""};
  if (!facts.declared_after_main.empty())
    return {"the moved code names '" + facts.declared_after_main +
                "', which a using declaration or directive brings in only "
                "after main()",
            ""};
  if (!facts.hidden.empty())
    return {"main() declares " + quoted_with_article(facts.hidden) +
                " of its own, which would hide the '" + facts.hidden +
                "' the moved code names",
            facts.hidden_by};
  if (!facts.redefined.empty())
    return {"the moved code names '" + facts.redefined + "', which '" +
                facts.redefined_by +
                "' between the handler and main() makes mean something else "
                "at main()'s place",
            ""};
  if (!facts.unreached.empty())
    return {"'" + facts.unreached +
                "' is declared after a 'return' of the handler's body, which "
                "no invocation gets past: built in main(), it would be built "
                "where it never was",
            facts.unreached};
  if (!facts.taken.empty())
    return {"main() already declares " + quoted_with_article(facts.taken),
            facts.taken};
  if (!facts.given_away.empty())
    return {"the handler gives '" + facts.given_away + "' away ('" +
                facts.given_away_by +
                "'): built once in main(), the next invocation would get what "
                "is left of it",
            facts.given_away};
  if (!facts.type_used.empty())
    return {"the handler spells '" + facts.type_used_by + "', the type '" +
                facts.type_used +
                "' is declared with: as a reference parameter, that type would "
                "be a reference",
            facts.type_used};
  if (!facts.changed.empty())
    return {"the handler changes '" + facts.changed + "' after building it ('" +
                facts.changed_by +
                "'): built once in main(), the change would carry into the "
                "next invocation",
            facts.changed};
  if (!facts.kept.empty())
    return {"the handler keeps '" + facts.kept + "' beyond the invocation ('" +
                facts.kept_by +
                "'): each invocation kept an object of its own; built once in "
                "main(), every invocation would keep the same one",
            facts.kept};
  if (!facts.set_up_in_handler.empty())
    return {"'" + facts.set_up_in_handler + "' is set up before its use by '" +
                facts.set_up_statement +
                "', which cannot move to main() with it (" + facts.set_up_why +
                "); built in main(), '" + facts.set_up_object +
                "' would miss that",
            facts.set_up_object};
  if (facts.needs_sdk && !facts.sdk_initialized)
    return {"main() does not call Aws::InitAPI before run_handler, so it has "
            "no place where the SDK is ready",
            ""};
  return {};
}

std::string set_up_uses(const std::string &name) {
  return "it uses '" + name + "', which main() cannot see";
}

std::string set_up_calls(const std::string &function) {
  return "it calls '" + function +
         "', whose definition hoist cannot see: run once in main(), it may "
         "not give what it gives in an invocation";
}

std::string quoted_code(std::string_view code) {
  return message_excerpt(code, 60);
}

std::string construction_blocker(ConstructionShape shape,
                                 const std::string &variable,
                                 const std::string &handler_local) {
  switch (shape) {
  case ConstructionShape::Declared:
    return {};
  case ConstructionShape::ReleasedByHand:
    if (!handler_local.empty())
      return "the handle it returns is released by hand, and it is built "
             "from '" + handler_local + "', which main() cannot see";
    return "the handle it returns is released by hand; create and release it "
           "in main() instead";
  case ConstructionShape::New:
    return "it is built with 'new' and held by a raw pointer, not a smart "
           "pointer declared with it; build it in main() instead";
  case ConstructionShape::Temporary:
    return "it is a temporary; declare it in main() and pass it to the handler";
  case ConstructionShape::Assigned:
    return "it is assigned to '" + variable +
           "', an object declared before it; declare it in main() and pass "
           "it to the handler";
  case ConstructionShape::InBlock:
    return "'" + variable +
           "' is declared in a nested block, not directly in the handler's "
           "body";
  case ConstructionShape::WithOthers:
    return "'" + variable +
           "' is declared in one statement with other variables; declare it "
           "on its own";
  case ConstructionShape::Element:
    return "it is an element a standard container builds, which the fix does "
           "not move; build the container in main() and pass it to the "
           "handler";
  }
  return {};
}

std::string built_elsewhere_note(const std::string &function) {
  return "no fix: it is built in '" + function +
         "', not in the handler's own body";
}

std::string changed_per_invocation_risk(const std::string &call,
                                        const std::string &variable) {
  return "the handler calls '" + call + "(...)' on '" + variable +
         "' after building it, which changes the object on the invoke path "
         "(not as the first call made with what main() could compute too): "
         "built once in main(), what one invocation sets would carry into "
         "the next";
}

bool configuring_method_name(std::string_view method) {
  for (std::string_view prefix :
       {"Override", "Set", "set", "Configure", "configure", "Enable", "enable",
        "Disable", "disable"})
    if (method.substr(0, prefix.size()) == prefix &&
        (method.size() == prefix.size() || method[prefix.size()] == '_' ||
         std::isupper(static_cast<unsigned char>(method[prefix.size()]))))
      return true;
  return false;
}

std::string left_in_handler_note(const std::string &callee) {
  return "'" + callee +
         "(...)' stays in the handler and runs on every invocation on the "
         "object main() now builds once; if it only configures the object, "
         "move it to main() after the fix";
}

std::vector<TextEdit>
main_hoist_edits(std::string_view text, const MainHoistPlace &place,
                 const std::vector<MovedDeclaration> &moved) {
  // Each declaration moves from the handler to main(), just before
  // run_handler, and the handler takes it by reference.
  std::vector<TextEdit> edits;
  const std::string indent(indentation_at(text, place.names_handler));
  // In a block of their own: one level deeper, as the file indents.
  const std::string inner =
      place.block_end ? indent + (indent.find('\t') != std::string::npos ? "\t" : "  ")
                      : indent;
  // The lines written end as the file's do (as the fix loop writes a fix's
  // "\n"): clang-tidy --fix writes the edits as they are.
  const std::string newline =
      text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
  std::string declarations, parameters, captures, arguments;
  for (const MovedDeclaration &declaration : moved) {
    const TextRange statement =
        with_trailing_comment(text, declaration.statement);
    edits.push_back({removal_range(text, statement), ""});
    declarations +=
        inner +
        std::string(text.substr(statement.begin, statement.end - statement.begin)) +
        newline;
    if (declaration.name.empty())
      continue; // a set-up statement: nothing to pass
    parameters += ", " + declaration.type + " &" + declaration.name;
    captures += (captures.empty() ? "&" : ", &") + declaration.name;
    arguments += ", " + declaration.name;
  }
  // On lines of their own before the statement; after a break when code
  // precedes it on its line (`if (debug) { run_handler(h); }`), so they
  // stay in its block.
  std::size_t at = line_start(text, place.names_handler);
  if (at + indent.size() != place.names_handler) {
    declarations = newline + (place.block_end ? indent + "{" + newline : "") +
                   declarations + inner;
    at = place.names_handler;
  } else if (place.block_end) {
    declarations = indent + "{" + newline + declarations;
    // The lines down to the block's end go one level deeper; the first
    // (the statement that names the handler) after the declarations.
    const std::string deeper = inner.substr(indent.size());
    declarations += deeper;
    for (std::size_t next = text.find('\n', at); next < *place.block_end;
         next = text.find('\n', next + 1))
      if (next + 1 < text.size() && text[next + 1] != '\n' &&
          text[next + 1] != '\r')
        edits.push_back({{next + 1, next + 1}, deeper});
  }
  if (place.block_end)
    edits.push_back({{*place.block_end, *place.block_end},
                     newline + indent + "}"});
  const std::string qualifier = "aws::lambda_runtime::";
  if (place.qualify_run_handler && at == place.run_handler)
    declarations += qualifier; // one edit where the two would meet
  else if (place.qualify_run_handler)
    edits.push_back({{place.run_handler, place.run_handler}, qualifier});
  edits.push_back({{at, at}, declarations});
  edits.push_back({{place.parameters_end, place.parameters_end}, parameters});
  for (std::size_t end : place.other_declarations_end)
    edits.push_back({{end, end}, parameters});
  if (place.named_argument) {
    const std::string request =
        place.request_name.empty() ? "request" : place.request_name;
    edits.push_back({*place.named_argument,
                     "[" + captures + "](" + place.request_type + " " +
                         request + ") { return " + place.handler_name + "(" +
                         request + arguments + "); }"});
  } else {
    // `[&]` captures them already; otherwise they join the capture list.
    if (!place.captures_all_by_reference)
      edits.push_back({{place.capture_end, place.capture_end},
                       (place.captures_listed ? ", " : "") + captures});
    edits.push_back(
        {{place.forwarding_call_end, place.forwarding_call_end}, arguments});
  }
  return edits;
}

std::string given_away(std::string_view body, const std::string &variable) {
  const std::string name = "\\b" + variable + "\\b";
  // Each form with the words it cannot match without one of: a body that
  // has none compiles no regex (most handlers, every fix of a run).
  struct Form {
    const char *words[2];
    const char *pattern;
  };
  static const Form kForms[] = {
      {{"move", "move"}, "(?:std\\s*::\\s*)?\\bmove\\s*\\(\\s*%\\s*\\)"},
      {{"reset", "release"}, "%\\s*(?:\\.|->)\\s*(?:reset|release)\\s*\\("},
      {{"delete", "delete"}, "\\bdelete\\s*(?:\\[\\s*\\]\\s*)?%"}};
  for (const auto &[words, form] : kForms) {
    if (body.find(words[0]) == std::string_view::npos &&
        body.find(words[1]) == std::string_view::npos)
      continue;
    std::string pattern = form;
    pattern.replace(pattern.find('%'), 1, name);
    std::match_results<std::string_view::const_iterator> match;
    if (!std::regex_search(body.begin(), body.end(), match,
                           std::regex(pattern)))
      continue;
    std::string how = match.str();
    if (how.back() != '(')
      return how;
    // `client.reset(` quoted up to its closing parenthesis: `client.reset()`,
    // `client.reset(new S3Client)`; a long argument list as `(...)`.
    std::size_t depth = 1;
    std::size_t at = static_cast<std::size_t>(match.position(0) + match.length(0));
    for (std::size_t end = at; end < body.size(); ++end) {
      depth += body[end] == '(' ? 1 : body[end] == ')' ? -1 : 0;
      if (depth == 0)
        return end - at <= 40 ? how + std::string(body.substr(at, end - at + 1))
                              : how + "...)";
    }
    return how + "...)";
  }
  return "";
}

std::string declared_type_use(std::string_view body,
                              const std::string &variable) {
  auto skip_spaces = [&](std::size_t at) {
    while (at < body.size() && std::isspace(static_cast<unsigned char>(body[at])))
      ++at;
    return at;
  };
  const std::string_view keyword = "decltype";
  for (std::size_t at = body.find(keyword); at != std::string_view::npos;
       at = body.find(keyword, at + 1)) {
    if (at > 0 && is_identifier_byte(body[at - 1]))
      continue;
    std::size_t next = skip_spaces(at + keyword.size());
    if (next >= body.size() || body[next] != '(')
      continue;
    next = skip_spaces(next + 1);
    if (body.compare(next, variable.size(), variable) != 0)
      continue;
    const std::size_t end = skip_spaces(next + variable.size());
    if (end < body.size() && body[end] == ')' &&
        !is_identifier_byte(body[next + variable.size()]))
      return "decltype(" + variable + ")";
  }
  return "";
}

std::string conditional_directive_in(std::string_view span) {
  for (const Directive &line : directives_in(span))
    for (std::string_view word : {"if", "elif", "else", "endif"})
      if (line.name.substr(0, word.size()) == word)
        return std::string(line.shown);
  return "";
}

MacroChange macro_changed_between(std::string_view between,
                                  std::string_view moved) {
  for (const Directive &line : directives_in(between)) {
    if (line.name != "define" && line.name != "undef")
      continue;
    std::size_t end = 0;
    while (end < line.rest.size() && is_identifier_byte(line.rest[end]))
      ++end;
    const std::string_view macro = line.rest.substr(0, end);
    if (!macro.empty() && spells_word(moved, macro))
      return {quoted_code(line.shown), std::string(macro)};
  }
  return {};
}

namespace {

// The first call in `text` that changes the process's environment, working
// directory or files (`setenv`, `chdir`, `std::ofstream`); "" when none.
std::string_view process_change_in(std::string_view text) {
  static constexpr std::string_view kChanges[] = {
      "setenv",   "putenv",  "unsetenv",  "clearenv",
      "_putenv",  "_putenv_s", "SetEnvironmentVariable",
      "SetEnvironmentVariableA", "SetEnvironmentVariableW",
      "chdir",    "fchdir",  "SetCurrentDirectory",
      "ofstream", "fstream", "fopen",     "freopen", "fwrite", "creat"};
  for (std::string_view name : kChanges)
    for (std::size_t at = text.find(name); at != std::string_view::npos;
         at = text.find(name, at + 1)) {
      const std::size_t end = at + name.size();
      // A word of its own, not a member (`log.fopen`, `s->chdir`).
      if ((at > 0 && is_identifier_byte(text[at - 1])) ||
          (end < text.size() && is_identifier_byte(text[end])) ||
          (at > 0 && text[at - 1] == '.') ||
          (at > 1 && text.substr(at - 2, 2) == "->"))
        continue;
      return name;
    }
  return "";
}

constexpr std::string_view kWhereTheSdkReads =
    "the process's environment, working directory or files, where the SDK "
    "reads the region, credentials and profile files when it builds an "
    "object: run once in main(), before any invocation, the moved code would "
    "not see the change";

// What a call of the file's own does to the process: `change` (`setenv`)
// made in `inner`'s definition, or `inner` declared only (`unseen`), hoist
// cannot see its body; `outer` is the name the handler spells.
struct ChangeThrough {
  std::string outer, inner;
  std::string_view change;
  bool unseen = false;
};

// The first name `text` spells that the file defines or only declares and
// that changes the process (its definitions, at any depth) or may (declared
// only); nothing when none. `seen` holds the names already followed.
std::optional<ChangeThrough> change_through(std::string_view text,
                                            const CalleeLookup &callee,
                                            std::set<std::string> &seen) {
  for (std::size_t at = 0; at < text.size();) {
    if (!is_identifier_byte(text[at]) ||
        std::isdigit(static_cast<unsigned char>(text[at]))) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && is_identifier_byte(text[end]))
      ++end;
    const std::string name(text.substr(at, end - at));
    at = end;
    if (!seen.insert(name).second)
      continue;
    const CalleeText found = callee(name);
    if (found.declared_only)
      return ChangeThrough{name, name, "", true};
    for (std::string_view definition : found.definitions) {
      if (std::string_view change = process_change_in(definition);
          !change.empty())
        return ChangeThrough{name, name, change, false};
      if (auto deeper = change_through(definition, callee, seen)) {
        deeper->outer = name;
        return deeper;
      }
    }
  }
  return std::nullopt;
}

} // namespace

std::string process_change_risk(std::string_view before,
                                const CalleeLookup &callee) {
  if (std::string_view change = process_change_in(before); !change.empty())
    return "the handler uses '" + std::string(change) +
           "' before the moved code, which changes " +
           std::string(kWhereTheSdkReads);
  std::set<std::string> seen;
  const auto through = change_through(before, callee, seen);
  if (!through)
    return "";
  const std::string calls = "the handler calls '" + through->outer +
                            "' before the moved code, which ";
  const std::string inner =
      through->inner == through->outer ? "" : " (in '" + through->inner + "')";
  if (through->unseen)
    return calls +
           (through->inner == through->outer
                ? std::string("this file declares but does not define")
                : "calls '" + through->inner +
                      "', which this file declares but does not define") +
           ": hoist cannot see whether it changes " +
           std::string(kWhereTheSdkReads);
  return calls + "uses '" + std::string(through->change) + "'" + inner +
         ": it changes " + std::string(kWhereTheSdkReads);
}

namespace {

// Where the call that `rest[at]` is a whole argument of (`tune(cfg)`,
// `f(a, cfg)`) names its callee, and the argument's index; nothing when it
// is not one.
std::optional<std::pair<std::string_view, std::size_t>>
call_argument(std::string_view rest, std::size_t at, std::size_t end) {
  std::size_t next = rest.find_first_not_of(" \t\r\n", end);
  if (next == std::string_view::npos || (rest[next] != ')' && rest[next] != ','))
    return std::nullopt;
  std::size_t index = 0;
  int depth = 0;
  for (std::size_t i = at; i-- > 0;) {
    const char c = rest[i];
    if (c == ')' || c == ']' || c == '}')
      ++depth;
    else if ((c == '[' || c == '{' || c == ';') && depth == 0)
      return std::nullopt;
    else if (c == '(' || c == '[' || c == '{') {
      if (depth-- > 0)
        continue;
      std::size_t name_end = i;
      while (name_end > 0 && std::isspace(static_cast<unsigned char>(rest[name_end - 1])))
        --name_end;
      std::size_t name = name_end;
      while (name > 0 && is_identifier_byte(rest[name - 1]))
        --name;
      if (name == name_end)
        return std::nullopt;
      return std::make_pair(rest.substr(name, name_end - name), index);
    } else if (c == ',' && depth == 0)
      ++index;
  }
  return std::nullopt;
}

} // namespace

namespace {

// A standard method that only reads the object it is called on (a string's,
// a container's), so a call of it on a member changes nothing.
bool reading_method(std::string_view method) {
  static const std::set<std::string_view> kReading = {"c_str",
                                                      "data",
                                                      "size",
                                                      "length",
                                                      "empty",
                                                      "find",
                                                      "rfind",
                                                      "find_first_of",
                                                      "find_last_of",
                                                      "substr",
                                                      "compare",
                                                      "count",
                                                      "contains",
                                                      "starts_with",
                                                      "ends_with",
                                                      "cbegin",
                                                      "cend",
                                                      "get",
                                                      "str",
                                                      "load",
                                                      "has_value",
                                                      "value_or",
                                                      "time_since_epoch"};
  return kReading.count(method) > 0;
}

} // namespace

std::string changed_after(std::string_view rest, const std::string &variable,
                          const ParameterLookup &parameter, int depth) {
  // Each whole-word `variable`, scanned by hand: this runs for every object
  // a fix would move (a regex compiled each time cost the syntactic mode
  // more than its check does).
  auto skip_spaces = [&](std::size_t at) {
    while (at < rest.size() && std::isspace(static_cast<unsigned char>(rest[at])))
      ++at;
    return at;
  };
  // An assignment operator at `at` (`=`, `+=`, `<<=`, ...; not `==`).
  auto assigns = [&](std::size_t at) {
    at = skip_spaces(at);
    if (at < rest.size() && std::string_view("+-*/%|&^").find(rest[at]) !=
                                std::string_view::npos)
      ++at;
    else if (rest.substr(at, 2) == "<<" || rest.substr(at, 2) == ">>")
      at += 2;
    return at < rest.size() && rest[at] == '=' &&
           (at + 1 == rest.size() || rest[at + 1] != '=');
  };
  // `++` or `--` at `at`.
  auto increments = [&](std::size_t at) {
    at = skip_spaces(at);
    return rest.substr(at, 2) == "++" || rest.substr(at, 2) == "--";
  };
  for (std::size_t at = rest.find(variable); at != std::string_view::npos;
       at = rest.find(variable, at + 1)) {
    std::size_t end = at + variable.size();
    if ((at > 0 && is_identifier_byte(rest[at - 1])) ||
        (end < rest.size() && is_identifier_byte(rest[end])))
      continue;
    std::size_t before = rest.find_last_not_of(" \t\r\n", at == 0 ? 0 : at - 1);
    char previous = at == 0 || before == std::string_view::npos ? ';'
                                                              : rest[before];
    // `s3 = ...` as a statement of its own (not `Type s3 = ...`).
    bool changed = (previous == ';' || previous == '{' || previous == '}') &&
                   assigns(end);
    // Quoted from the variable to the end of its statement; from the
    // statement's start for a pointer or reference to it.
    std::size_t from = at;
    // `++cfg.requestTimeoutMs`, `--count`: read, then written again, so
    // each invocation would start from what the last one left.
    if (!changed && (previous == '+' || previous == '-') && before > 0 &&
        rest[before - 1] == previous) {
      changed = true;
      from = before - 1;
    }
    // `cfg.region = ...`, `cfg->retry.limit += ...`, `cfg.maxConnections++`
    // (not `other.cfg.region`).
    if (!changed && previous != '.' && previous != '>') {
      std::size_t member = skip_spaces(end);
      changed = increments(member);
      bool of_member = false;
      while (!changed && (rest.substr(member, 1) == "." ||
                          rest.substr(member, 2) == "->")) {
        member = skip_spaces(member + (rest[member] == '.' ? 1 : 2));
        std::size_t name = member;
        while (member < rest.size() && is_identifier_byte(rest[member]))
          ++member;
        if (member == name)
          break;
        changed = assigns(member) || increments(member);
        // A method of a member (`cfg.endpointOverride.append("/x")`) may
        // change it; one that only reads it (`cfg.region.c_str()`) does not.
        // (The object's own methods are judged as calls on it.)
        const std::string_view method = rest.substr(name, member - name);
        member = skip_spaces(member);
        if (!changed && of_member && rest.substr(member, 1) == "(")
          changed = !reading_method(method);
        of_member = true;
      }
    }
    // `&cfg` (not `a & cfg`, `a && cfg`): a pointer that may change it.
    if (!changed && previous == '&' && before != std::string_view::npos) {
      std::size_t operand = before == 0 ? std::string_view::npos
                                        : rest.find_last_not_of(" \t\r\n", before - 1);
      changed = operand == std::string_view::npos ||
                std::string_view("=(,{};:?!").find(rest[operand]) !=
                    std::string_view::npos;
      std::size_t start = rest.find_last_of(";{}", before);
      from = rest.find_first_not_of(
          " \t\r\n", start == std::string_view::npos ? 0 : start + 1);
    }
    // `auto &c = cfg;`, `T &c{cfg};` (not const): a reference that may.
    if (!changed && (previous == '=' || previous == '{') &&
        before != std::string_view::npos && before > 0) {
      std::size_t name_end = rest.find_last_not_of(" \t\r\n", before - 1);
      std::size_t name = name_end;
      while (name != std::string_view::npos && name > 0 &&
             is_identifier_byte(rest[name - 1]))
        --name;
      std::size_t ampersand =
          name_end == std::string_view::npos || name == 0 ||
                  !is_identifier_byte(rest[name_end])
              ? std::string_view::npos
              : rest.find_last_not_of(" \t\r\n", name - 1);
      std::size_t start = rest.find_last_of(";{}", before - 1);
      start = start == std::string_view::npos ? 0 : start + 1;
      if (ampersand != std::string_view::npos && rest[ampersand] == '&' &&
          ampersand >= start &&
          !spells_word(rest.substr(start, ampersand - start), "const")) {
        changed = true;
        from = rest.find_first_not_of(" \t\r\n", start);
      }
    }
    // `tune(cfg);`, where tune changes its reference or pointer parameter
    // (a few calls deep).
    if (!changed && parameter && depth < 4 &&
        (previous == '(' || previous == ','))
      if (auto call = call_argument(rest, at, end))
        if (std::optional<ChangeableParameter> callee =
                parameter(call->first, call->second);
            callee && !changed_after(callee->body, callee->name, parameter,
                                     depth + 1)
                            .empty()) {
          changed = true;
          std::size_t start = rest.find_last_of(";{}", at);
          from = rest.find_first_not_of(
              " \t\r\n", start == std::string_view::npos ? 0 : start + 1);
        }
    if (!changed)
      continue;
    std::size_t stop = rest.find(';', at);
    std::string_view statement = rest.substr(
        from, stop == std::string_view::npos ? rest.size() - from : stop - from);
    return statement.size() <= 60 ? std::string(statement)
                                  : std::string(statement.substr(0, 57)) + "...";
  }
  return "";
}

std::string kept_beyond(std::string_view rest, const std::string &variable,
                        const std::function<bool(std::string_view)> &persists) {
  auto space = [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) != 0;
  };
  // The first name of the object chain that ends just before `end`
  // (`g_ctx.kept[i]` -> g_ctx), or "".
  auto chain_head = [&](std::size_t end) -> std::string_view {
    std::string_view head;
    for (;;) {
      while (end > 0 && space(rest[end - 1]))
        --end;
      for (int depth = 0; end > 0 && (rest[end - 1] == ']' || depth > 0);) {
        depth += rest[end - 1] == ']' ? 1 : rest[end - 1] == '[' ? -1 : 0;
        --end;
      }
      std::size_t name = end;
      while (name > 0 && is_identifier_byte(rest[name - 1]))
        --name;
      if (name == end)
        return head;
      head = rest.substr(name, end - name);
      end = name;
      while (end > 0 && space(rest[end - 1]))
        --end;
      if (end > 0 && rest[end - 1] == '.')
        end -= 1;
      else if (end > 1 && rest.substr(end - 2, 2) == "->")
        end -= 2;
      else
        return head;
    }
  };
  for (std::size_t at = rest.find(variable); at != std::string_view::npos;
       at = rest.find(variable, at + 1)) {
    std::size_t end = at + variable.size();
    if ((at > 0 && is_identifier_byte(rest[at - 1])) ||
        (end < rest.size() && is_identifier_byte(rest[end])))
      continue;
    std::size_t before = at;
    while (before > 0 && space(rest[before - 1]))
      --before;
    if (before > 0 && std::string_view(".>:*&").find(rest[before - 1]) !=
                          std::string_view::npos)
      continue; // a member of that name, or not the object itself
    // The object itself, or the pointer it holds (`client.get()`), not a
    // member of it (`config.region`, `client->GetObject(...)`).
    std::size_t next = end;
    while (next < rest.size() && space(rest[next]))
      ++next;
    if (rest.substr(next, 1) == "." || rest.substr(next, 2) == "->") {
      std::size_t member = next + (rest[next] == '.' ? 1 : 2);
      while (member < rest.size() && space(rest[member]))
        ++member;
      if (rest.substr(member, 3) != "get" ||
          (member + 3 < rest.size() && is_identifier_byte(rest[member + 3])))
        continue;
    } else if (next < rest.size() &&
               std::string_view(";,)}").find(rest[next]) ==
                   std::string_view::npos) {
      continue;
    }
    std::size_t start = rest.find_last_of(";{}", at);
    start = start == std::string_view::npos ? 0 : start + 1;
    // What takes it: the target of an assignment (`g_last = client`), or
    // the object whose method it is given to (`g_kept.push_back(client)`).
    std::string_view holder;
    int depth = 0;
    for (std::size_t i = at; i-- > start && holder.empty();) {
      const char c = rest[i];
      if (c == ')' || c == ']')
        ++depth;
      else if ((c == '(' || c == '[') && depth > 0)
        --depth;
      else if (c == '(') {
        std::size_t name_end = i;
        while (name_end > start && space(rest[name_end - 1]))
          --name_end;
        std::size_t name = name_end;
        while (name > start && is_identifier_byte(rest[name - 1]))
          --name;
        std::size_t dot = name;
        while (dot > start && space(rest[dot - 1]))
          --dot;
        if (name < name_end && dot > start && rest[dot - 1] == '.')
          holder = chain_head(dot - 1);
        else if (name < name_end && dot > start + 1 &&
                 rest.substr(dot - 2, 2) == "->")
          holder = chain_head(dot - 2);
        else if (name == name_end)
          continue; // a parenthesized expression
        else
          break; // a call of a function: what it does is not followed here
      } else if (c == '=' && depth == 0 && i > start &&
                 std::string_view("=!<>").find(rest[i - 1]) ==
                     std::string_view::npos &&
                 (i + 1 >= rest.size() || rest[i + 1] != '=')) {
        holder = chain_head(i);
        if (holder.empty())
          break;
      }
    }
    if (holder.empty() || holder == variable || !persists(holder))
      continue;
    std::size_t stop = rest.find(';', at);
    std::size_t from = rest.find_first_not_of(" \t\r\n", start);
    std::string_view statement =
        rest.substr(from, stop == std::string_view::npos ? rest.size() - from
                                                         : stop - from);
    return quoted_code(statement);
  }
  return "";
}

} // namespace hoist::cpp
