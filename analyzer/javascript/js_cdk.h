#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "javascript/js_module.h"

namespace hoist::javascript {

/// A Node.js function an app's code defines: a CDK app written in
/// JavaScript or TypeScript, `new NodejsFunction(this, id, { entry, handler
/// })` (handler `handler` when not given), or `new lambda.Function(this, id,
/// { runtime: Runtime.NODEJS_*, handler: 'index.main', code:
/// Code.fromAsset(dir) })`; or a serverless.ts (js_serverless_ts.h).
struct AppFunction {
  /// The module's file (an entry), or its path without extension (a
  /// handler string's); absolute, normal.
  std::filesystem::path module;
  std::string export_name;
  TSNode site; ///< the construct, in the app's module
  /// Lambda's name of its runtime ("nodejs24.x" for `Runtime.NODEJS_24_X`);
  /// empty when the app gives none hoist can read (`NODEJS_LATEST`, a
  /// variable, NodejsFunction's default).
  std::string runtime{};
  /// What defines it, for notes.
  std::string defined_by = "the CDK app's function";
  /// Why the runtime the app gives cannot be read, when it gives one:
  /// "may take its runtime from '...props.x', ..." (runtime is then empty).
  std::string runtime_unread{};
  /// True when a spread hoist cannot read may set another handler: a missing
  /// export is then no finding.
  bool handler_unread = false;
};

/// The functions an app defines: those hoist read, and where it defines
/// functions hoist cannot read, each with what to say of it.
struct AppFunctions {
  std::vector<AppFunction> read;
  std::vector<std::pair<TSNode, std::string>> unread;
};

/// The functions `module` (a CDK app's stack) defines with paths hoist can
/// read: string literals and `path.join(...)` / `path.resolve(...)` of
/// them (relative to the app's directory, where cdk.json is), with
/// `__dirname` (the module's directory) or `${__dirname}/...`; their
/// properties given in the construct's object or through spreads of const
/// object literals (`...functionSettings`). Others are `unread`.
AppFunctions cdk_functions(const JsModule &module);

/// True when `text` may be a CDK app's module (it names aws-cdk): a byte
/// scan, so that the modules that are not are never parsed for functions.
bool may_be_cdk_app(std::string_view text);

} // namespace hoist::javascript
