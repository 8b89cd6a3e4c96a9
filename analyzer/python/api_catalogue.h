#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/catalogue.h"

namespace hoist::python {

/// True for the data-model methods that set or delete an object's attributes
/// or items (`__setattr__`, `__delitem__`, ...) or re-initialise it
/// (`__init__`): called on any object, or as
/// `object.__setattr__(obj, ...)`, they change it, whatever its kind.
bool is_mutating_dunder(std::string_view method);

/// Methods of the builtin containers that change them in place, whatever
/// becomes of their result (`cfg.setdefault("seen", []).append(...)`).
const std::vector<std::string> &container_mutating_methods();

/// What calling a method of a built object does to it (the catalogue's
/// 'python_methods'): a session's methods mostly configure it
/// (`set_credentials`, `register`), a client's only use it (`get_object`).
struct MethodCalls {
  /// True: a call whose result is unused configures the object unless
  /// `except` names the method. False: calls only use it unless `except`
  /// names the method, which then configures it whatever its result.
  bool configure = false;
  std::vector<std::string> except;
  /// True when code that tells the object from another by identity
  /// (`repr`, `hash`, `type`, `==`: introspection.h's identity_seen)
  /// counts as a use that differs from one invocation to the next: asked
  /// of an object built per invocation that a fix would keep, one where
  /// each invocation had its own; not of state that outlives invocations.
  bool identity_matters = false;

  /// True when calling `method`, with its result unused or not, may change
  /// the object's state for later uses.
  bool configures(std::string_view method, bool result_unused) const;
};

/// One expensive-to-build Python API: its catalogue entry ("boto3.client",
/// "boto3.session.Session.client"), the type of what a call returns and what
/// its methods do to it.
struct ApiEntry : CatalogueEntry {
  std::string
      returns; ///< the type of the built object, when methods on it matter
  MethodCalls methods; ///< what its methods do to the built object
  /// False for what threads must not share (boto3's sessions, resources).
  bool thread_safe = true;
  /// What it builds belongs to the event loop it first runs in (the
  /// catalogue's 'event_loop'): an aiohttp session, an asyncpg connection.
  bool event_loop = false;
  /// As the context manager of a `with`, what it builds commits or rolls
  /// back when the block ends and stays open (the catalogue's 'with_block'
  /// 'commits': psycopg2's, sqlite3's connections); otherwise it is closed.
  bool open_after_with = false;
  /// The keyword that makes the pool it builds block when no connection is
  /// free (the catalogue's 'blocking_keyword': urllib3's `block`), or "".
  std::string blocking_keyword{};
  /// The parameter (also the first positional argument) holding a URL the
  /// constructor parses as it builds, raising on one it refuses (the
  /// catalogue's 'validated_url': urllib3's ProxyManager), or "".
  std::string validated_url{};
  /// The parameter (also the first positional argument) whose argument,
  /// given, serves instead of what the call builds (the catalogue's
  /// 'unless_given': google-auth's `Request(session)` builds a requests
  /// session only without one), or "".
  std::string unless_given{};
  /// The entry this API is another spelling of (the catalogue's 'same_as':
  /// `boto3.Session` is `boto3.session.Session`), or "".
  std::string same_as{};
  /// Another entry names this one as its 'same_as'.
  bool spelled_otherwise = false;

  /// The API as one spelling names it for all (a library callable called
  /// by its name): equal calls of APIs with one spelling build the same
  /// thing. "" for an API that has no other spelling.
  std::string spelling() const {
    return !same_as.empty() ? same_as : spelled_otherwise ? api : "";
  }
};

/// An event router (AWS Lambda Powertools' resolvers, a Chalice or FastAPI
/// app): calling one of its `dispatch` methods runs the functions decorated
/// with its `routes`, and those of the routers given to its `includes`
/// methods (`app.include_router(router)`, `app.register_blueprint(bp)`).
struct RouterEntry {
  std::string type; ///< fully-qualified class
  std::vector<std::string> dispatch;
  std::vector<std::string> routes;
  std::vector<std::string> includes;
  /// The handler string under which the framework deploys an instance
  /// (Chalice's "app.app"), named by no configuration; or "".
  std::string deployed_as;
  /// The server interface its `__call__` answers ("WSGI", "ASGI"), which
  /// Lambda does not call: an adapter serves it each event as a request.
  /// "" for a router Lambda calls itself.
  std::string server;
  /// The keyword whose list of dependency markers its constructor, route
  /// decorators and `includes` methods take (FastAPI's `dependencies`), or
  /// "": what they mark runs for each request its routes serve.
  std::string dependencies;
};

/// The Python half of the catalogue: supporting another API is a data change.
class ApiCatalogue {
public:
  static ApiCatalogue load(const std::filesystem::path &catalogue_file);

  const ApiEntry *find(const std::string &api) const;
  /// Adds a user's constructor; the cost comes from its family. Returns
  /// false and sets `error` for an unknown family or a duplicate.
  bool add(ApiEntry entry, std::string &error);
  std::size_t size() const { return entries_.size(); }
  const RouterEntry *router(const std::string &type) const;
  /// True when the library name `path` (or what it is a member of) holds
  /// the request being served (Flask's `flask.request`, Chalice's
  /// `app.current_request`): each invocation's data, as the event is.
  bool is_request_value(const std::string &path) const;
  /// The handler strings under which frameworks deploy their routers
  /// (RouterEntry::deployed_as), each once.
  std::vector<std::string> deployed_handlers() const;
  /// What the library callable `path` does with the router it is given
  /// first: its call runs the router's routes
  /// (`serverless_wsgi.handle_request(app, event, context)`), or it makes
  /// an object whose call does (`mangum.Mangum(app)`).
  enum class RouterAdapter { None, Runs, Makes };
  RouterAdapter router_adapter(const std::string &path) const {
    auto found = router_adapters_.find(path);
    return found == router_adapters_.end() ? RouterAdapter::None
                                           : found->second;
  }
  /// True when the library callable `path` marks what a framework calls for
  /// each request before the function that declares it (FastAPI's
  /// `fastapi.Depends`, `fastapi.Security`).
  bool is_dependency_marker(const std::string &path) const {
    return dependency_markers_.count(path) > 0;
  }
  /// True when the library callable `path` changes an object passed to it
  /// (`botocore.stub.Stubber` registers its handlers on the client).
  bool changes_argument(const std::string &path) const {
    return argument_changers_.count(path) > 0;
  }
  /// True when the library callable `path` runs the functions passed to it
  /// on the calling thread (`map`, Powertools' batch processing).
  bool runs_callbacks_on_calling_thread(const std::string &path) const {
    return same_thread_callers_.count(path) > 0;
  }
  /// True when `attribute` of a catalogued object holds a string or a
  /// number (`region_name`, `endpoint_url`), which nothing it is given to
  /// can change in place.
  bool holds_value(std::string_view attribute) const {
    return value_attributes_.count(std::string(attribute)) > 0;
  }
  /// True when the callable `path` (a builtin by its name: "list") returns
  /// a new container holding the items of the one it is given (`list(L)`,
  /// `copy.copy(d)`), which therefore shares what they hold.
  bool copies_shallowly(const std::string &path) const {
    return shallow_copies_.count(path) > 0;
  }
  /// True when the library decorator or wrapper `path` always calls the
  /// function it wraps and lets its errors through (`functools.lru_cache`).
  bool always_calls_wrapped(const std::string &path) const {
    return transparent_wrappers_.count(path) > 0;
  }
  /// True when the library callable `path` ("jsonschema.validate", or a
  /// class: "aws_lambda_powertools.Logger") changes neither the environment
  /// nor boto3's default session: listed, or a member of what is listed.
  bool is_harmless(const std::string &path) const;
  /// True when the library callable `path` writes `os.environ`
  /// (`dotenv.load_dotenv`, `flask.cli.load_dotenv`).
  bool writes_environment(const std::string &path) const {
    return environment_writers_.count(path) > 0;
  }
  /// True when the library object `path` is a view of `os.environ` whose
  /// writes are its writes (`starlette.config.environ`).
  bool is_environment_view(const std::string &path) const {
    return environment_views_.count(path) > 0;
  }
  /// Lists `path` as harmless too (the configuration's `harmless-calls`).
  void add_harmless(const std::string &path) { harmless_calls_.insert(path); }
  /// The top-level modules of every catalogued API ("boto3", "redis").
  std::vector<std::string> root_modules() const;
  bool is_root_module(const std::string &name) const {
    return root_modules_.count(name) > 0;
  }

private:
  Catalogue source_; ///< its families complete a user's constructors
  std::unordered_map<std::string, ApiEntry> entries_;
  /// What the methods of an object of `family` do, by the family's
  /// 'methods'; all uses when it names none.
  MethodCalls family_methods(const std::string &family) const;

  std::unordered_map<std::string, MethodCalls> family_methods_;
  std::unordered_map<std::string, RouterEntry> routers_;
  std::unordered_map<std::string, RouterAdapter> router_adapters_;
  std::unordered_set<std::string> request_values_;
  std::unordered_set<std::string> dependency_markers_;
  std::unordered_set<std::string> argument_changers_;
  std::unordered_set<std::string> same_thread_callers_;
  std::unordered_set<std::string> transparent_wrappers_;
  std::unordered_set<std::string> harmless_calls_;
  std::unordered_set<std::string> value_attributes_;
  std::unordered_set<std::string> environment_writers_;
  std::unordered_set<std::string> environment_views_;
  std::unordered_set<std::string> shallow_copies_;
  std::unordered_set<std::string> root_modules_;
};

} // namespace hoist::python
