#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "javascript/js_catalogue.h"
#include "javascript/js_resolve.h"

namespace hoist::javascript {

/// True when `node` names a module-level variable of `module` that holds
/// no function: an object (an app, a server), not a local.
bool is_module_object(const JsModule &module, TSNode node);

/// The functions that what a handler is made from registers to run on a
/// request, for a handler that is no function of the project: an app a
/// wrapper serves (`serverless(app)`, with `app.get('/x', fn)` and the
/// routers it mounts), a server whose handler is exported
/// (`lambda.graphqlHandler` of `new GraphQLServerLambda({ resolvers })`,
/// `server.createHandler()`). They are the functions among the arguments of
/// the object's module-level method calls and in the object literals it is
/// built from.
class Registrations {
public:
  Registrations(Modules &modules, const JsCatalogue &catalogue)
      : modules_(modules), catalogue_(catalogue) {}

  struct Registered {
    const JsModule *module; ///< the function's
    TSNode function;
    const JsModule *site_module; ///< where it is registered
    TSNode site;
  };

  /// What the export `name` of `module` serves registers. Of several
  /// functions given to a wrapper hoist cannot read (`SQSHandler(schema,
  /// handleRecord, buildServices)`, imported from where it cannot see),
  /// only the one that handles requests: named like a handler, or taking
  /// an event first; the others (a factory the wrapper may call once) are
  /// not taken for per-request code. When no one of them can be told,
  /// none is, and unknown_wrapper() names the call.
  std::vector<Registered> of_export(const JsModule &module,
                                    const std::string &name);
  /// What the export `name` of `module` runs on every invocation as
  /// middleware, when it is a middleware wrapper's chain
  /// ('javascript_middleware': `middy(base).use(dbConnect()).before(fn)`):
  /// the hook members (`before`, ...) of the objects given to its attach
  /// methods (an object literal, a name bound to one, an array of them, or
  /// the object a function of the project returns), and the functions given
  /// to its hook methods.
  std::vector<Registered> of_middleware(const JsModule &module,
                                        const std::string &name);
  /// The wrapper call of_export could not tell the handler in, or null.
  TSNode unknown_wrapper() const { return unknown_wrapper_; }
  /// What the module-level object `node` names registers: an app passed
  /// to a library that serves it in the handler
  /// (`awsServerlessExpress.proxy(server, event, context)`).
  std::vector<Registered> of_object(const JsModule &module, TSNode node);

private:
  /// How deep object literals and names are followed: `{ resolvers }` to
  /// `resolvers = { Query: { user } }` is six steps.
  static constexpr int kMaxRegistrationDepth = 16;

  void add_value(const JsModule &module, TSNode node, TSNode site, int depth);
  void add_object(const JsModule &module, TSNode node, int depth);
  void add_hooks(const JsModule &module, TSNode node,
                 const std::vector<std::string> &hooks, int depth);

  Modules &modules_;
  const JsCatalogue &catalogue_;
  std::set<std::pair<const JsModule *, uint32_t>> seen_;
  std::vector<Registered> found_;
  TSNode unknown_wrapper_{};
};

} // namespace hoist::javascript
