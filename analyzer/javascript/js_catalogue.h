#pragma once

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"

namespace hoist::javascript {

/// One expensive-to-build Node.js API of rules/catalogue.json: a name a
/// module exports (or a member of it), built with `new` or called.
struct JsApi : CatalogueEntry {
  enum class Kind { New, Call };
  std::string module; ///< pattern of the module specifier: "@aws-sdk/client-*"
  Kind kind = Kind::New;
  std::vector<std::string> except; ///< API patterns the entry leaves out
  /// Options of which the call's first argument must build one in place
  /// (`httpsAgent: new https.Agent(...)`); empty: any call counts.
  std::vector<std::string> built_with;
  /// True when it connects only given connection details, not a client
  /// ('from_url': Drizzle's `drizzle(process.env.DATABASE_URL)` or
  /// `drizzle({ connection })` builds a pool, `drizzle(pool)` does not).
  bool from_url = false;
  /// The argument that is the client it wraps and configures ('wraps':
  /// `DynamoDBDocumentClient.from(client, options)` sets the translation
  /// options of `client`'s configuration); none for a client of its own.
  std::optional<std::size_t> wraps;
  /// Methods of what it builds that open its connection again after the
  /// methods of `closes` closed it ('reconnect': MongoClient's connect()
  /// after close()); empty: what it builds is not reopened.
  std::vector<std::string> opens, closes;
};

/// The JavaScript half of the catalogue.
class JsCatalogue {
public:
  /// Throws std::runtime_error naming the file and what is wrong in it.
  static JsCatalogue load(const std::filesystem::path &catalogue_file);

  /// The entry for `api` ("S3Client", "MongoClient.connect", "" for the
  /// module itself) of module `module`, built as `kind`, if any.
  const JsApi *match(const std::string &module, const std::string &api,
                     JsApi::Kind kind) const;

  /// True for a method of a server object that runs what the object
  /// registers (`lambda.graphqlHandler`, `server.createHandler()`):
  /// 'javascript_dispatch_methods'.
  bool dispatches(std::string_view method) const {
    return std::find(dispatch_methods_.begin(), dispatch_methods_.end(),
                     method) != dispatch_methods_.end();
  }

  /// True when `module`'s `api` ("" for the module itself) makes a
  /// memoizing function of the one it is given: 'javascript_memoizers'.
  bool memoizes(const std::string &module, const std::string &api) const;

  /// True when calling `module`'s `api` writes variables of the environment
  /// (dotenv's `config()`): 'javascript_environment_writers'.
  bool writes_environment(const std::string &module,
                          const std::string &api) const;

  /// True when calling `module`'s `api` gives a new value every time
  /// (crypto's `randomUUID()`, uuid's `v4()`): 'javascript_per_call_values'.
  bool gives_per_call_value(const std::string &module,
                            const std::string &api) const;

  /// True when calls of `module` (a library) change neither the
  /// environment nor SDK v2's configuration: 'javascript_harmless_calls',
  /// or a construction the catalogue lists.
  bool harmless(const std::string &module) const;

  /// The methods of an object `module`'s `api` is given that it calls on
  /// every call (Powertools' processPartialResponse calls the processor's
  /// prepare() and clean()): 'javascript_lifecycle_methods'.
  std::vector<std::string> lifecycle_methods(const std::string &module,
                                             const std::string &api) const;

  /// A handler wrapper that runs middleware on every invocation:
  /// 'javascript_middleware'.
  struct Middleware {
    std::string module, api;
    std::vector<std::string> attach; ///< chained methods given middleware
    std::vector<std::string> hooks;  ///< its members that run, and methods
                                     ///< given one such function
  };
  /// The middleware wrapper `module`'s `api` is, or null.
  const Middleware *middleware(const std::string &module,
                               const std::string &api) const;

  /// True when calling `method` (given `callbacks` arguments) of an object
  /// `module`'s `api` builds calls its argument at `index`, a function,
  /// before it returns: 'javascript_immediate_callbacks' (an Array's
  /// `forEach`, of any object: `module` and `api` are then not read;
  /// AsyncLocalStorage's `run(store, callback)`); with `once`, only when
  /// it calls it exactly once (the entry's 'once': not an Array's
  /// `forEach`, which calls it once per item).
  bool calls_at_once(const std::optional<std::pair<std::string, std::string>> &built,
                     std::string_view method, std::size_t index,
                     bool once = false) const;

  /// SDK v2's service `service` (its class name, "S3", or its identifier,
  /// "s3", the name in lower case): the date of the oldest API model v2
  /// bundles for it ('javascript_sdk_v2_api_versions'), with the class
  /// name; null for a service the catalogue does not list.
  const std::pair<const std::string, std::string> *
  sdk_v2_service(std::string_view service) const;

private:
  std::vector<Middleware> middleware_;
  std::map<std::string, std::string> sdk_v2_oldest_models_; ///< by class name
  struct ImmediateCallback {
    std::string module, api; ///< empty: a method of any object
    std::string method;
    std::size_t index = 0; ///< the callback's argument
    bool once = false;     ///< calls it exactly once
  };
  std::vector<ImmediateCallback> immediate_callbacks_;
  std::vector<JsApi> entries_;
  std::vector<std::pair<std::string, std::string>> memoizers_; ///< module, api
  std::vector<std::pair<std::string, std::string>> environment_writers_;
  std::vector<std::pair<std::string, std::string>> per_call_values_;
  std::vector<std::string> harmless_calls_; ///< module patterns
  std::vector<std::string> dispatch_methods_;
  struct Lifecycle {
    std::string module, api;
    std::vector<std::string> methods;
  };
  std::vector<Lifecycle> lifecycles_;
};

} // namespace hoist::javascript
