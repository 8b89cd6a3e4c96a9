#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/deployment.h"

#include "javascript/js_module.h"

namespace hoist::javascript {

/// A handler a module exports, without configuration: an exported function
/// named `handler` or `lambdaHandler`, or like `*Handler` / `*_handler` /
/// `handler*` (`handlerHttp`, named by a CDK construct hoist does not read) with
/// an event-like first parameter (a name such a glob also gives helpers,
/// `errorHandler(err, req, res)`, needs one).
struct JsHandler {
  std::string name;   ///< the export Lambda looks up
  TSNode site;        ///< the export, for notes
  std::string reason; ///< why hoist treats it as a handler
  /// A pattern's match that wraps a function (`getUserHandler =
  /// middy(getUser)`): a handler only when the function it resolves to has
  /// an event-like first parameter, which the checker finds out.
  bool needs_event_parameter = false;
  /// The Lambda runtime deployment configuration gives the function
  /// ("nodejs24.x"); empty when none does.
  std::string runtime{};
  /// Why hoist knows no runtime, for messages that then assume the newest
  /// (fresh24 UX 7: a nodejs16.x template hoist had not tied to the code).
  std::string no_runtime =
      "no deployment file hoist read ties it to a function";
  /// The variables the deployment configuration sets for the function
  /// (as literals): reading a member of one cannot fail for want of it.
  std::vector<std::string> environment{};
  /// Why hoist cannot read the runtime the configuration that defines the
  /// function gives it ("... sets 'runtime' from '...props.x'"), or "":
  /// then what only nodejs24.x refuses is said as a condition, not a fact.
  std::string runtime_unread{};
};

/// The function `exported` (an export of `module`) is itself: a function,
/// or a name bound to one; a null node for anything else (a wrapper's
/// result, a re-export).
TSNode exported_function(const JsModule &module,
                         const JsModule::Export &exported);

/// `text` in ASCII lower case.
std::string lowered(std::string_view text);

/// True when `function`'s first parameter is named like an event (`event`,
/// `evt`, `e`, a destructured one).
bool takes_event_first(const JsTree &tree, TSNode function);

/// With `patterns` (--handler-pattern's globs), the exports they match:
/// one a pattern names whole, or one a glob matches that is a function with
/// an event-like first parameter (or a call that may wrap one). Without,
/// `handler`, `lambdaHandler`,
/// `*Handler`, `*_handler`, `handler*`.
std::vector<JsHandler> find_handlers(const JsModule &module,
                                     const std::vector<std::string> &patterns);

/// True when `path` is the module a handler string's module part names
/// (`{"src", "app"}` for `src/app.handler`): `<task_root>/src/app.<ext>`,
/// or, without a task root, any `.../src/app.<ext>`.
bool names_module(const std::vector<std::string> &components,
                  const std::string &task_root, const std::string &path);

/// Where a Node.js function's handler string (`src/app.handler`) points:
/// Lambda's Node.js runtime splits its last path component at the first
/// '.', loads `<code root>/src/app` as `.js`, `.mjs` or `.cjs` (a directory
/// as its index file: `src/.main` loads `src/`), and takes the export (a
/// dotted path: `app.handlers.main` is `handlers.main`).
struct NodeHandlerString {
  std::filesystem::path stem; ///< absolute, normal: add the extension
  std::string export_path;    ///< "handler", "handlers.main"
  /// The first name of export_path: what the module exports.
  std::string export_name() const {
    return export_path.substr(0, export_path.find('.'));
  }
};

/// Reads `configured`'s handler string, or says in `error` why Lambda
/// cannot (Runtime.MalformedHandlerName).
std::optional<NodeHandlerString>
parse_node_handler(const ConfiguredHandler &configured, std::string &error);

/// The file Lambda loads for `handler` (.js, .mjs, .cjs, in that order;
/// index.js when the stem is a directory), or,
/// when none exists, the TypeScript source a build compiles to it (.ts,
/// .mts, .cts, .tsx), or the bundler's entry point that becomes it (one of
/// `entry_points`, which esbuild writes under their common directory with
/// the extension .js: `src/app.ts` alone becomes `app.js`); nothing when
/// none exists. Project files (tsconfig.json) are read within `max_size`
/// bytes.
std::optional<std::filesystem::path>
module_file(const NodeHandlerString &handler,
            const ConfiguredHandler &configured, std::uintmax_t max_size);

/// True when a build may produce the files under `code_root` (a
/// tsconfig.json, a bundler's configuration, or a package.json naming a
/// compiler or bundler, there or in a directory above it up to `base`):
/// a handler module missing before the build is then no finding. A
/// package.json is read within `max_size` bytes.
bool may_be_built(const std::filesystem::path &code_root,
                  const std::filesystem::path &base, std::uintmax_t max_size);

/// True when the nearest serverless.yml above `file` (up to `base`) deploys
/// to another cloud (Tencent, Twilio, ...): its exports are not Lambda
/// handlers. The serverless.yml is read within `max_size` bytes.
bool deployed_elsewhere(const std::filesystem::path &file,
                        const std::filesystem::path &base,
                        std::uintmax_t max_size);

/// True for test files and files in test directories: their exports are
/// never Lambda handlers.
bool is_test_path(const std::string &path);

} // namespace hoist::javascript
