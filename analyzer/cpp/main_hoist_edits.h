#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text_range.h"

namespace hoist::cpp {

/// The main() fix as text, for both front-ends: Clang (main_hoist_fix.cpp)
/// and tree-sitter-cpp (syntactic_check.cpp) find the places, this decides
/// whether the fix can be made and writes its edits. It builds the objects
/// in main(), after Aws::InitAPI and before run_handler, and passes them to
/// the handler by reference through a capturing lambda, as aws-lambda-cpp's
/// examples do. Neither namespace scope nor a function-local static is safe
/// for SDK objects: both are destroyed after Aws::ShutdownAPI.

/// What the front-end found of a handler, its constructions and main().
struct MainHoistFacts {
  std::string handler_name;
  bool passed_to_run_handler = false;
  /// Clang reported an error in the file: it may have stopped before the
  /// run_handler call (-Wfatal-errors, an error limit).
  bool compile_errors = false;
  bool run_handler_in_main = false;
  /// The statement that names the handler (run_handler's call, or the
  /// declaration of the variable that holds it, `std::function<...> f =
  /// my_handler;`) is one of its own in a block of main(), where the
  /// objects can be declared before it (not the body of a braceless `if`).
  bool run_handler_alone = true;
  /// A free function that run_handler names, or that a lambda given to
  /// run_handler forwards to (the form an earlier fix leaves).
  bool passed_by_name = false;
  /// The handler is a member function (bound with std::bind) or a
  /// functor's operator(), not a lambda.
  bool handler_is_method = false;
  /// A static member function (`run_handler(&Function::Handle)`).
  bool handler_is_static_member = false;
  /// The handler is defined in a file the one with main() includes (a
  /// header-only handler, a unity build's .inc): that file's name. The fix
  /// edits the file with main() only.
  std::string defined_in_included;
  /// main() holds the handler in a variable of a pointer or reference type
  /// (`auto *fp = &handler;`, `Fn fp = handler;`), which the fix's lambda
  /// with captures cannot initialize: the variable's name.
  std::string held_by_pointer;
  /// The handler is a lambda made in a function other than main(), which
  /// gives it to run_handler (`run_handler(make_handler())`): its name.
  std::string lambda_made_in;
  /// A free function given to run_handler through std::bind
  /// (`std::bind(&handle, _1, t)`).
  bool handler_bound = false;
  /// No run_handler call passes the handler by a form hoist follows, but
  /// main() names it and gives run_handler this (`static_cast<...>(
  /// handler)`, `std::move(fn)` of a variable holding it), quoted.
  std::string passed_as;
  bool named_elsewhere = false; ///< other calls would miss the new parameter
  /// A parameter has a default argument: one after it needs one too.
  bool defaulted_parameter = false;
  /// Every other use of its name is another run_handler call given it
  /// (`if (...) run_handler(h); else run_handler(h);`).
  bool passed_again = false;
  /// It is declared in a header too, which would not match the definition.
  bool declared_in_other_file = false;
  /// Without a build, for a handler other files can call (not static): a
  /// project header the file includes that is not beside it, which may
  /// declare it.
  std::string unread_header;
  std::string unseen; ///< a name an initializer uses that main() cannot see
  std::string unseen_by; ///< the variable whose initializer uses it
  /// `unseen` is a function the initializer calls whose definition hoist
  /// cannot see (`app::make_config()`, declared in a header): run once in
  /// main(), it may not give what it gives in an invocation.
  bool unseen_is_call = false;
  /// `unseen` is an object the fix leaves in the handler, for a reason of
  /// its own.
  bool unseen_stays = false;
  std::string taken;  ///< a moved variable's name main() declares already
  /// A moved variable declared after a `return` statement of the handler's
  /// own body: dead code, which no invocation runs.
  std::string unreached;
  /// A moved variable the handler gives away or ends (given_away), and how.
  std::string given_away;
  std::string given_away_by;
  /// A moved variable whose declared type the handler spells
  /// (declared_type_use), and how.
  std::string type_used, type_used_by;
  /// A moved variable the handler changes after building it (changed_after),
  /// and how.
  std::string changed;
  std::string changed_by;
  /// A moved variable the handler keeps beyond the invocation
  /// (kept_beyond), and how.
  std::string kept;
  std::string kept_by;
  /// A name the moved code spells that is found through the handler's
  /// namespace or a declaration in its body (`using Aws::S3::S3Client;`),
  /// where main() would not find it or find another.
  std::string namespace_name;
  /// A name the moved code spells unqualified that main() would not find
  /// before the place the code goes: brought in by a file-scope using
  /// declaration or directive only after main().
  std::string declared_after_main;
  /// A name the moved code spells that main() declares a thing of its own
  /// by, before that place, which would hide the one the handler finds;
  /// the moved variable whose declaration spells it, if one does.
  std::string hidden, hidden_by;
  /// A macro the handler's definition or the statement naming it is spelled
  /// through (`HANDLER_BEGIN(my_handler)`): the fix's edits would land in
  /// its expansion, not in the file's text.
  std::string handler_macro;
  /// The handler is a specialization of a function template
  /// (`run_handler(handler<Aws::S3::S3Client>)`): the code to move is the
  /// template's, shared by every specialization.
  std::string template_specialization;
  /// A moved variable declared through a macro (`MAKE_S3(s3);`), and it.
  std::string object_macro, object_macro_by;
  /// Without a build: the handler is in a namespace, whose names the moved
  /// code may use unqualified; a parse cannot tell which main() would see.
  bool in_namespace_unjudged = false;
  /// An object a moved declaration reads that a statement before it, which
  /// cannot move to main() (not a plain assignment main() can make), writes
  /// or may write (`config.region = request.payload;`).
  std::string set_up_in_handler;
  /// The moved variable that concerns: the written one when it moves, else
  /// the one that reads it.
  std::string set_up_object;
  /// That statement, quoted (quoted_code), and why it cannot move
  /// (set_up_uses, set_up_calls, kNotPlainAssignment).
  std::string set_up_statement, set_up_why;
  /// The preprocessor conditional the handler's definition or the
  /// statement naming it is in (`#ifdef USE_SQS`), or "": a build with
  /// other flags compiles another branch, which the fix would not match.
  std::string conditional;
  /// What, between the code that moves and main()'s place for it, makes a
  /// name that code spells mean something else there (`#undef REGION`, a
  /// `using namespace app;` whose namespace declares another
  /// `kBucketRegion`), and that name; or "".
  std::string redefined_by, redefined;
  bool needs_sdk = false;       ///< an SDK object moves
  bool sdk_initialized = false; ///< main() calls Aws::InitAPI before it
};

/// Why the fix cannot be made (`why`; empty when it can), and, when that is
/// one object's own reason (its initializer, its name, its set-up), which
/// moved variable it is about (`object`): the others can move without it.
/// Each front-end takes such objects out of the group one by one, each with
/// its own reason, until the rest can move or a reason holds for them all.
struct MainHoistBlocker {
  std::string why;
  std::string object;
};
MainHoistBlocker main_hoist_blocker(const MainHoistFacts &facts);

/// How `body` (a handler's text) gives `variable` away or ends what it holds
/// (`std::move(client)`, `client.reset()`, `client.release()`, `delete
/// client`), or "": built once in main(), the next invocation would get what
/// is left of it.
std::string given_away(std::string_view body, const std::string &variable);

/// Where `body` (a handler's text) spells `decltype(variable)`, the
/// variable's declared type, or "": as the handler's reference parameter it
/// would be a reference type (`std::is_reference<decltype(s3)>`, a copy
/// declared `decltype(s3) other = s3;` binding where it copied).
std::string declared_type_use(std::string_view body,
                              const std::string &variable);

/// The first preprocessor conditional directive (`#ifdef LOCALSTACK`,
/// `#else`, ...) among `span`'s lines (the handler's text from the first
/// statement that moves to the last), or "": a build with other flags
/// compiles another branch there, which the moved code would not match.
std::string conditional_directive_in(std::string_view span);

/// The first `#define` or `#undef` line in `between` (the file's text
/// between the code that moves and main()'s place for it) of a macro that
/// `moved` (that code) spells, and that macro; empty when none: moved there,
/// the code would expand it otherwise, or not at all.
struct MacroChange {
  std::string directive, macro;
};
MacroChange macro_changed_between(std::string_view between,
                                  std::string_view moved);

/// What a file gives a name a handler spells: the text of each function
/// and class it defines so named, or whether it only declares a function so
/// named (defined in another translation unit).
struct CalleeText {
  std::vector<std::string_view> definitions;
  bool declared_only = false;
};
/// The front-end's lookup of a name of the file.
using CalleeLookup = std::function<CalleeText(const std::string &name)>;

/// Why the fix is unsafe when `before` (the handler's text before the first
/// statement that moves) changes what the process gives the moved code: its
/// environment, working directory or files (`setenv("AWS_REGION", ...)`,
/// `chdir`, `std::ofstream`), which the SDK reads when it builds an object
/// (the region, credentials, profile files); or "". Run once in main(),
/// before any invocation, the moved code would not see the change. The
/// same holds for what `before` calls that the file defines (a helper, a
/// class whose constructor runs), followed through `callee` to any depth,
/// and for a function the file declares but does not define, whose body
/// hoist cannot see.
std::string process_change_risk(std::string_view before,
                                const CalleeLookup &callee);

/// A parameter of a function of the file that is a reference or pointer,
/// not const, through which the function may change what it is given, and
/// the text of the function's body.
struct ChangeableParameter {
  std::string name;
  std::string_view body;
};
/// The front-end's lookup of such a parameter: `callee`'s at `index`.
using ParameterLookup = std::function<std::optional<ChangeableParameter>(
    std::string_view callee, std::size_t index)>;

/// How `rest` (a handler's text after the statement that builds `variable`)
/// changes it: assigns it again (`s3 = Aws::S3::S3Client(cfg);`) or one of
/// its members (`cfg.region = request.payload;`, `++cfg.requestTimeoutMs;`),
/// takes a pointer or a reference to it that is not const (`auto *p = &cfg;`,
/// `auto &c = cfg;`), or passes it to a function whose `parameter` changes it,
/// a few calls deep (`tune(cfg);`); or "": built once in main(), the change
/// would carry into the next invocation.
std::string changed_after(std::string_view rest, const std::string &variable,
                          const ParameterLookup &parameter = {},
                          int depth = 0);

/// How `rest` (a handler's text after the statement that builds `variable`)
/// keeps `variable` itself (a copy of a smart pointer, `variable.get()`) in
/// state that outlives the invocation: assigned to, or given to a method
/// of, an object whose name `persists` (a global, a static local) says
/// lives on (`g_last = client;`, `g_kept.push_back(client);`); or "".
/// Each invocation kept an object of its own; built once in main(), every
/// invocation would keep the same one.
std::string kept_beyond(std::string_view rest, const std::string &variable,
                        const std::function<bool(std::string_view)> &persists);

/// How a construction is written, for whether it can move on its own.
enum class ConstructionShape {
  Declared,       ///< a variable declared on its own in the handler's body
  ReleasedByHand, ///< a handle a call returns (PQconnectdb, curl_easy_init)
  New,            ///< `new T(...)` no smart pointer declared with it owns
  Temporary,      ///< an object no variable holds
  Assigned,       ///< assigned to an object declared before (`client = ...`)
  InBlock,        ///< a variable declared in a nested block
  WithOthers,     ///< a variable declared in one statement with others
  Element,        ///< built by a standard container as its element
};

/// Why a statement that sets up a moved object cannot move with it: its
/// value uses `name`, which main() cannot see; it calls `function`, whose
/// definition hoist cannot see; it is not a plain assignment.
std::string set_up_uses(const std::string &name);
std::string set_up_calls(const std::string &function);
inline constexpr const char *kNotPlainAssignment =
    "it is not a plain assignment to an object the fix moves";

/// `code` as a note quotes it: on one line, a long one cut short with
/// "...".
std::string quoted_code(std::string_view code);

/// Why a construction of `shape` cannot move to main(); empty for Declared.
/// `variable` is the one it initializes, or for Assigned the one assigned;
/// `handler_local`, a variable of the handler holding what the invocation
/// brings (its request, or a local declared from it) that it is built from
/// (a ReleasedByHand one's: main() cannot build it alike, so the note
/// does not advise it).
std::string construction_blocker(ConstructionShape shape,
                                 const std::string &variable,
                                 const std::string &handler_local = "");

/// The notes on the other constructions a fix moves, and on those built in
/// a function the handler calls.
inline constexpr const char *kMovedByFirstNote =
    "moved to main() by the fix of the first one here";
std::string built_elsewhere_note(const std::string &function);
/// The note on a call that configures a moved object (`client.
/// OverrideEndpoint("...")`, before any other use of it, with arguments
/// main() could compute): the fix leaves it in the handler, since hoist
/// cannot tell set-up from work by a method's name.
std::string left_in_handler_note(const std::string &callee);

/// Why the fix is unsafe when the handler, after the moved code, calls a
/// method that changes moved `variable` (`call`: `s3.OverrideEndpoint`),
/// other than the calls left behind (left_in_handler_note): in a branch
/// (`if (...) s3.OverrideEndpoint(req.payload);`) or with the event's
/// values. Built once in main(), the object keeps what an invocation set.
std::string changed_per_invocation_risk(const std::string &call,
                                        const std::string &variable);

/// Whether `method` is named as a setter or configuring call is
/// (`OverrideEndpoint`, `SetRegion`, `set_timeout`, `EnableX`): how the
/// syntactic mode, which cannot see a method's `const`, tells one.
bool configuring_method_name(std::string_view method);

/// One declaration the fix moves, or a statement that sets up a moved
/// object before a moved declaration reads it (`config.region = ...;`),
/// which moves along, in its place among them.
struct MovedDeclaration {
  TextRange statement; ///< the whole statement, its ';' included
  std::string name;    ///< empty: a set-up statement, passed to nothing
  std::string type; ///< as the handler's new parameter spells it
};

/// Where the fix's edits go, as byte offsets in the file's text.
struct MainHoistPlace {
  /// The handler as main() names it (`svc::handle`): the forwarding
  /// lambda calls it so.
  std::string handler_name;
  std::size_t run_handler = 0;    ///< where the run_handler call begins
  /// Where the statement that names the handler begins (run_handler's, or
  /// the declaration of a variable holding it): the objects go before it.
  std::size_t names_handler = 0;
  std::size_t parameters_end = 0; ///< just after the handler's last parameter
  /// `run_handler(my_handler)`: the argument, replaced by a lambda that takes
  /// the request as the handler's first parameter spells it (an unnamed one
  /// becomes `request`).
  std::optional<TextRange> named_argument;
  std::string request_type, request_name;
  /// `run_handler([...](auto const &r) { return my_handler(r, ...); })`:
  /// where its capture list's ']' is, what it captures already, and where
  /// the forwarding call's ')' is.
  std::size_t capture_end = 0;
  bool captures_all_by_reference = false; ///< `[&]`
  bool captures_listed = false;           ///< anything between the brackets
  std::size_t forwarding_call_end = 0;
  /// run_handler is called by its bare name with no using directive or
  /// declaration to find it (the handler's argument type found it: ADL,
  /// which a lambda's type does not give): the fix qualifies it.
  bool qualify_run_handler = false;
  /// Where the statement of main()'s block that calls run_handler ends (past
  /// its ';'), when that block calls Aws::ShutdownAPI after it: the moved
  /// objects go in a block of their own that closes there, so they are
  /// destroyed before the SDK shuts down, as in aws-lambda-cpp's examples.
  std::optional<std::size_t> block_end;
  /// Just after the last parameter of the handler's other declarations in
  /// the file (one before main(), defined after it): they take the new
  /// parameters too.
  std::vector<std::size_t> other_declarations_end;
};

struct TextEdit {
  TextRange range;
  std::string new_text;
};

/// The edits that move `moved` (in source order, set-up statements among
/// them) from the handler to main().
std::vector<TextEdit> main_hoist_edits(std::string_view text,
                                       const MainHoistPlace &place,
                                       const std::vector<MovedDeclaration> &moved);

} // namespace hoist::cpp
