#include "python/refused_arguments.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <vector>

#include "python/module_constants.h"
#include "python/module_model.h"
#include "python/sdk_services.h"
#include "python/static_values.h"

namespace hoist::python {
namespace {

/// What hoist makes of one argument.
enum class Verdict { Accepted, Refused, Unread };

/// True when `label` is a DNS label: letters, digits and inner hyphens, 1
/// to 63. A region botocore accepts is one.
bool dns_label(const std::string &label) {
  if (label.empty() || label.size() > 63 || label.front() == '-' ||
      label.back() == '-')
    return false;
  return std::all_of(label.begin(), label.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
  });
}

/// An endpoint URL as botocore judges it: refused without `http://` or
/// `https://` (ValueError); accepted with a host of DNS labels and a
/// numeric port; anything else (an IPv6 address, spaces) unread.
Verdict endpoint_url(const std::string &url) {
  std::size_t scheme = url.rfind("http://", 0) == 0    ? 7
                       : url.rfind("https://", 0) == 0 ? 8
                                                       : 0;
  if (scheme == 0)
    return Verdict::Refused;
  std::string host = url.substr(scheme, url.find_first_of("/?#", scheme) - scheme);
  host = host.substr(host.find('@') + 1);
  if (std::size_t colon = host.rfind(':'); colon != std::string::npos) {
    std::string port = host.substr(colon + 1);
    if (port.empty() ||
        !std::all_of(port.begin(), port.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c));
        }))
      return Verdict::Unread;
    host.erase(colon);
  }
  if (!host.empty() && host.back() == '.')
    host.pop_back();
  if (host.empty() || host.size() > 255)
    return Verdict::Unread;
  for (std::size_t begin = 0; begin <= host.size();) {
    std::size_t end = std::min(host.find('.', begin), host.size());
    if (!dns_label(host.substr(begin, end - begin)))
      return Verdict::Unread;
    begin = end + 1;
  }
  return Verdict::Accepted;
}

/// What a name reads where the call is made: `value`, or what a local
/// assigned once holds, or a name bound once at module scope
/// (module_constants.h), or a constant of another project module (`from
/// settings import OPTIONS`, `settings.REGION`: static_values.h), followed
/// a few steps.
AssignedValue value_read(const NameResolver &resolver, Scope scope,
                         TSNode value) {
  for (int step = 0; step < 4; ++step) {
    value = unparenthesize(value);
    if (is(value, "identifier") && scope.function &&
        scope.function->bindings.binds(
            std::string(scope.module->tree().text(value)))) {
      std::vector<AssignedValue> local = assigned_values(
          std::string(scope.module->tree().text(value)), scope);
      if (local.size() != 1)
        break;
      std::tie(value, scope) = local.front();
      continue;
    }
    TSNode behind = value_behind_name(scope, value);
    if (!ts_node_eq(behind, unparenthesize(value)))
      scope.function = nullptr; // a module-level name's value
    value = behind;
    std::optional<AssignedValue> imported =
        imported_constant(resolver, value, scope);
    if (!imported)
      break;
    std::tie(value, scope) = *imported;
  }
  return {unparenthesize(value), scope};
}

/// Reads argument values as literals, through names (value_read), and
/// judges them as botocore 1.29 (Debian's, the oldest a supported Lambda
/// runtime has) does.
class ArgumentReader {
public:
  ArgumentReader(const NameResolver &resolver, Scope scope)
      : resolver_(resolver), scope_(scope) {}

  /// `value`, or what the name it is holds (value_read).
  TSNode literal(TSNode value) const { return read(value).first; }

  std::optional<std::string> text(TSNode value) const {
    auto [node, where] = read(value);
    return string_value(where.module->tree(), node);
  }
  bool none(TSNode value) const { return is(literal(value), "none"); }
  std::optional<bool> boolean(TSNode value) const {
    TSNode node = literal(value);
    if (is(node, "true") || is(node, "false"))
      return is(node, "true");
    return std::nullopt;
  }
  std::optional<double> number(TSNode value) const {
    auto [node, where] = read(value);
    const SyntaxTree &tree = where.module->tree();
    double sign = 1;
    if (is(node, "unary_operator") &&
        tree.text(field(node, "operator")) == "-") {
      sign = -1;
      node = field(node, "argument");
    }
    if (!is(node, "integer") && !is(node, "float"))
      return std::nullopt;
    std::string digits(tree.text(node));
    digits.erase(std::remove(digits.begin(), digits.end(), '_'), digits.end());
    char *end = nullptr;
    double parsed = std::strtod(digits.c_str(), &end);
    if (end != digits.c_str() + digits.size())
      return std::nullopt; // 0x10, 1j: not worth reading
    return sign * parsed;
  }
  /// The pairs of a dictionary literal, each value with the scope it is
  /// read in, or nothing (`{**defaults}`, a name bound elsewhere).
  std::optional<std::vector<std::pair<std::string, AssignedValue>>>
  dictionary(TSNode value) const {
    auto [node, where] = read(value);
    if (!is(node, "dictionary"))
      return std::nullopt;
    ArgumentReader there(resolver_, where);
    std::vector<std::pair<std::string, AssignedValue>> pairs;
    for (TSNode part : named_children(node)) {
      if (is(part, "comment"))
        continue;
      std::optional<std::string> key =
          is(part, "pair") ? there.text(field(part, "key")) : std::nullopt;
      if (!key)
        return std::nullopt;
      pairs.emplace_back(*key, AssignedValue{field(part, "value"), where});
    }
    return pairs;
  }

  Verdict one_of(TSNode value, std::initializer_list<std::string_view> allowed,
                 bool any_case = false) const {
    std::optional<std::string> given = text(value);
    if (!given)
      return none(value) ? Verdict::Accepted : Verdict::Unread;
    if (any_case)
      for (char &c : *given)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return std::find(allowed.begin(), allowed.end(), *given) != allowed.end()
               ? Verdict::Accepted
               : Verdict::Refused;
  }
  Verdict a_string(TSNode value) const {
    return text(value) || none(value) ? Verdict::Accepted : Verdict::Unread;
  }
  Verdict a_boolean(TSNode value) const {
    return boolean(value) || none(value) ? Verdict::Accepted : Verdict::Unread;
  }
  /// `strictly`: the value must be above `least` (a timeout of 0 raises
  /// ValueError, "cannot be set to a value less than or equal to 0").
  Verdict at_least(TSNode value, double least, bool strictly = false) const {
    if (none(value))
      return Verdict::Accepted;
    std::optional<double> given = number(value);
    if (!given)
      return boolean(value) || text(value) ? Verdict::Refused : Verdict::Unread;
    return *given > least || (!strictly && *given == least) ? Verdict::Accepted
                                                            : Verdict::Refused;
  }
  Verdict region(TSNode value) const {
    if (std::optional<std::string> given = text(value))
      return dns_label(*given) ? Verdict::Accepted : Verdict::Refused;
    auto [node, where] = read(value);
    std::string_view code = where.module->tree().text(node);
    // Lambda sets AWS_REGION to the function's own region.
    bool lambda_region =
        code.find("\"AWS_REGION\"") != std::string_view::npos ||
        code.find("'AWS_REGION'") != std::string_view::npos;
    return none(value) || lambda_region ? Verdict::Accepted : Verdict::Unread;
  }
  Verdict endpoint(TSNode value) const {
    if (std::optional<std::string> url = text(value))
      return endpoint_url(*url);
    return none(value) ? Verdict::Accepted : Verdict::Unread;
  }
  /// `endpoint_discovery_enabled` as botocore normalizes it where a client
  /// checks it: a bool, or "auto", "true", "false" in any case and padding;
  /// anything else raises InvalidEndpointDiscoveryConfigurationError.
  Verdict endpoint_discovery(TSNode value) const {
    if (boolean(value) || none(value))
      return Verdict::Accepted;
    std::optional<std::string> given = text(value);
    if (!given)
      return number(value) ? Verdict::Refused : Verdict::Unread;
    const char *kSpace = " \t\n\r\f\v";
    std::size_t first = given->find_first_not_of(kSpace);
    std::string word =
        first == std::string::npos
            ? ""
            : given->substr(first, given->find_last_not_of(kSpace) - first + 1);
    for (char &c : word)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return word == "auto" || word == "true" || word == "false"
               ? Verdict::Accepted
               : Verdict::Refused;
  }

  /// Each key of a dictionary literal judged by `judge`, given a reader of
  /// the scope its value is read in (a key it does not know, nothing:
  /// refused when `unknown_refused`, else unread).
  template <typename Judge>
  Verdict each_key(TSNode value, bool unknown_refused, Judge judge) const {
    if (none(value))
      return Verdict::Accepted;
    auto pairs = dictionary(value);
    if (!pairs)
      return Verdict::Unread;
    Verdict worst = Verdict::Accepted;
    for (const auto &[key, item] : *pairs) {
      std::optional<Verdict> verdict =
          judge(key, ArgumentReader(resolver_, item.second), item.first);
      Verdict v = verdict ? *verdict
                          : unknown_refused ? Verdict::Refused : Verdict::Unread;
      if (v == Verdict::Refused)
        return v;
      if (v == Verdict::Unread)
        worst = v;
    }
    return worst;
  }

  /// A `Config(...)` keyword and its value.
  Verdict config_option(std::string_view name, TSNode value) const {
    using V = std::optional<Verdict>;
    if (name == "region_name")
      return region(value);
    if (name == "signature_version") {
      auto [node, where] = read(value);
      Symbol symbol = resolver_.resolve(node, where);
      if (symbol.kind == Symbol::Kind::Path && symbol.path == "botocore.UNSIGNED")
        return Verdict::Accepted;
      return a_string(value);
    }
    if (name == "user_agent" || name == "user_agent_extra")
      return a_string(value);
    if (name == "connect_timeout" || name == "read_timeout")
      return at_least(value, 0, true);
    if (name == "max_pool_connections")
      return at_least(value, 0);
    if (name == "parameter_validation" || name == "inject_host_prefix" ||
        name == "tcp_keepalive" || name == "use_dualstack_endpoint" ||
        name == "use_fips_endpoint")
      return a_boolean(value);
    // Checked by the clients of services that discover endpoints only
    // (endpoint_discovery below).
    if (name == "endpoint_discovery_enabled")
      return Verdict::Accepted;
    if (name == "client_cert")
      return a_string(value);
    if (name == "defaults_mode")
      return one_of(value,
                    {"legacy", "auto", "standard", "in-region", "cross-region",
                     "mobile"},
                    true);
    if (name == "proxies" || name == "proxies_config")
      return each_key(value, false,
                      [](const std::string &, const ArgumentReader &item_reader,
                         TSNode item) -> V {
                        return item_reader.boolean(item)
                                   ? Verdict::Accepted
                                   : item_reader.a_string(item);
                      });
    if (name == "retries")
      return each_key(value, true,
                      [](const std::string &key, const ArgumentReader &r,
                         TSNode item) -> V {
                        if (key == "mode")
                          return r.one_of(item, {"legacy", "standard", "adaptive"});
                        if (key == "max_attempts")
                          return r.at_least(item, 0);
                        if (key == "total_max_attempts")
                          return r.at_least(item, 1);
                        return std::nullopt;
                      });
    if (name == "s3")
      return each_key(value, false,
                      [](const std::string &key, const ArgumentReader &r,
                         TSNode item) -> V {
                        if (key == "addressing_style")
                          return r.one_of(item, {"virtual", "auto", "path"});
                        if (key == "us_east_1_regional_endpoint")
                          return r.one_of(item, {"regional", "legacy"});
                        if (key == "use_accelerate_endpoint" ||
                            key == "payload_signing_enabled" ||
                            key == "use_arn_region" ||
                            key == "use_dualstack_endpoint")
                          return r.a_boolean(item);
                        return std::nullopt;
                      });
    return Verdict::Refused; // TypeError: not an option botocore 1.29 has
  }

private:
  std::pair<TSNode, Scope> read(TSNode value) const {
    return value_read(resolver_, scope_, value);
  }

  const NameResolver &resolver_;
  Scope scope_;
};

bool is_config(const std::string &path) {
  return path == "botocore.config.Config" || path == "botocore.client.Config" ||
         path == "boto3.session.Config";
}

/// True when `call` builds an AWS SDK client or resource by service name:
/// `boto3.client(...)`, `session.resource(...)`, `create_client(...)`.
bool is_client_factory(const NameResolver &resolver, Scope scope, TSNode call) {
  std::string path = resolver.called_path(call, scope);
  std::string_view method = std::string_view(path).substr(path.rfind('.') + 1);
  const ApiEntry *entry = resolver.catalogue().find(path);
  return entry && entry->family == "aws-sdk" &&
         (method == "client" || method == "resource" ||
          method == "create_client");
}

/// The parameters of the boto3 or botocore callable `path`, in order, as
/// boto3 1.26 and botocore 1.29 have them, when hoist checks how a call
/// binds its arguments (clients, resources and sessions); none for any
/// other.
std::optional<std::vector<std::string_view>>
parameters_of(const std::string &path) {
  static const std::vector<std::string_view> kClient = {
      "service_name",          "region_name",      "api_version",
      "use_ssl",               "verify",           "endpoint_url",
      "aws_access_key_id",     "aws_secret_access_key",
      "aws_session_token",     "config"};
  static const std::vector<std::string_view> kSession = {
      "aws_access_key_id", "aws_secret_access_key", "aws_session_token",
      "region_name",       "botocore_session",      "profile_name"};
  static const std::vector<std::string_view> kBotocoreSession = {
      "session_vars", "event_hooks", "include_builtin_handlers", "profile"};
  std::string_view method = std::string_view(path).substr(path.rfind('.') + 1);
  if (path.rfind("boto3.", 0) == 0 &&
      (method == "client" || method == "resource"))
    return kClient;
  if (path == "botocore.session.Session.create_client")
    return kClient;
  if (path == "boto3.Session" || path == "boto3.session.Session")
    return kSession;
  if (path == "botocore.session.Session")
    return kBotocoreSession;
  return std::nullopt;
}

/// The arguments of a call as the parameters of what it calls bind them.
struct BoundArguments {
  struct Argument {
    /// The code of the call that gives it: a positional or keyword
    /// argument, or the `**options` whose dictionary holds it.
    TSNode given;
    /// Its value, with the scope it is read in (another module's, for a
    /// dictionary imported from there).
    AssignedValue value;
  };
  std::vector<std::pair<std::string, Argument>> arguments;
  /// A `**options` or `*values` hoist cannot read, which may give any
  /// parameter; null when there is none.
  TSNode unread{};
  /// Why the call cannot bind them (TypeError), or "".
  std::string type_error;

  const Argument *find(std::string_view parameter) const {
    for (const auto &[name, argument] : arguments)
      if (name == parameter)
        return &argument;
    return nullptr;
  }
};

/// How `call` (code of `scope`) binds its arguments to `parameters`, in
/// order: all it takes when `complete`, else its first ones. Positionals
/// bind by position (up to a `*values`), keywords by name, and so do the
/// keys of a `**` dictionary hoist reads (a literal, through names: see
/// value_read). Without parameters, only keyword arguments bind.
BoundArguments bind_arguments(const NameResolver &resolver, Scope scope, TSNode call,
                    const std::vector<std::string_view> &parameters,
                    bool complete) {
  const SyntaxTree &tree = scope.module->tree();
  ArgumentReader reader(resolver, scope);
  BoundArguments bound;
  auto takes = [&](std::string_view name) {
    return !complete ||
           std::find(parameters.begin(), parameters.end(), name) !=
               parameters.end();
  };
  auto refuse = [&](std::string why) {
    if (bound.type_error.empty())
      bound.type_error = std::move(why);
  };
  std::size_t position = 0;
  bool positions_known = true;
  for (TSNode argument : named_children(field(call, "arguments"))) {
    if (is(argument, "comment"))
      continue;
    if (is(argument, "keyword_argument")) {
      std::string name(tree.text(field(argument, "name")));
      if (!takes(name))
        refuse("'" + std::string(tree.text(argument)) +
               "' is not an argument it takes (TypeError)");
      bound.arguments.emplace_back(
          name, BoundArguments::Argument{argument,
                                         {field(argument, "value"), scope}});
    } else if (parameters.empty()) {
      continue;
    } else if (is(argument, "dictionary_splat")) {
      auto pairs = reader.dictionary(ts_node_named_child(argument, 0));
      if (!pairs) {
        bound.unread = argument;
        continue;
      }
      for (auto &[key, value] : *pairs) {
        if (!takes(key))
          refuse("'" + std::string(tree.text(argument)) + "' passes '" + key +
                 "', not an argument it takes (TypeError)");
        bound.arguments.emplace_back(key,
                                     BoundArguments::Argument{argument, value});
      }
    } else if (is(argument, "list_splat")) {
      bound.unread = argument;
      positions_known = false;
    } else if (positions_known && position < parameters.size()) {
      bound.arguments.emplace_back(
          std::string(parameters[position++]),
          BoundArguments::Argument{argument, {argument, scope}});
    } else if (positions_known && complete) {
      refuse("it is given more positional arguments than it takes "
             "(TypeError)");
    }
  }
  return bound;
}

/// "<library> refuses 'x'" or "<library> may refuse 'x' ...", or "".
std::string describe(const SyntaxTree &tree, TSNode argument, Verdict verdict,
                     UnreadArguments unread,
                     std::string_view library = "botocore") {
  if (verdict == Verdict::Accepted ||
      (verdict == Verdict::Unread && unread == UnreadArguments::Accepted))
    return "";
  std::string text(tree.text(argument));
  text = text.substr(0, text.find('\n'));
  if (text.size() > 60)
    text = text.substr(0, 57) + "...";
  return std::string(library) +
         (verdict == Verdict::Refused
              ? " refuses '" + text + "'"
              : " may refuse '" + text +
                    "', a value hoist cannot read as one it accepts");
}

/// The same for a bound argument: its verdict, judged by `judge` with a
/// reader of the scope its value is read in, said of the code that gives it.
template <typename Judge>
std::string describe_bound(const NameResolver &resolver, const SyntaxTree &tree,
                           const BoundArguments::Argument &argument,
                           UnreadArguments unread, Judge judge) {
  ArgumentReader reader(resolver, argument.value.second);
  return describe(tree, argument.given, judge(reader, argument.value.first),
                  unread);
}

/// True for the services whose clients discover their endpoints in
/// botocore 1.29 (an `endpointoperation` in their model).
bool discovers_endpoints(std::string_view service) {
  return service == "dynamodb" || service == "timestream-query" ||
         service == "timestream-write";
}

/// Why botocore refuses the `endpoint_discovery_enabled` of the Config
/// (`config`) of a client of `service`, or "": its client checks it when
/// the service discovers endpoints and no endpoint URL is given. A Config
/// bound once at module scope is read there.
std::string endpoint_discovery_refused(const NameResolver &resolver,
                                       const BoundArguments::Argument *service,
                                       const BoundArguments::Argument *config,
                                       const BoundArguments::Argument *endpoint,
                                       UnreadArguments unread) {
  auto reader_of = [&](const BoundArguments::Argument *argument) {
    return ArgumentReader(resolver, argument->value.second);
  };
  std::optional<std::string> name =
      service ? reader_of(service).text(service->value.first) : std::nullopt;
  if (!config || !name || !discovers_endpoints(*name) ||
      (endpoint && !reader_of(endpoint).none(endpoint->value.first)))
    return "";
  auto [made, where] =
      value_read(resolver, config->value.second, config->value.first);
  if (!is(made, "call") || !is_config(resolver.called_path(made, where)))
    return "";
  const SyntaxTree &tree = where.module->tree();
  ArgumentReader options(resolver, where);
  for (TSNode option : named_children(field(made, "arguments")))
    if (is(option, "keyword_argument") &&
        tree.text(field(option, "name")) == "endpoint_discovery_enabled")
      return describe(tree, option,
                      options.endpoint_discovery(field(option, "value")),
                      unread);
  return "";
}

/// A URL as urllib3 parses it where it builds a proxy: refused without an
/// `http://` or `https://` scheme (ProxySchemeUnknown) or with a port that
/// is not a number up to 65535 (LocationParseError); accepted otherwise.
Verdict http_url(const std::string &url) {
  std::string scheme = url.substr(0, url.find("://"));
  for (char &c : scheme)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (scheme != "http" && scheme != "https")
    return Verdict::Refused;
  std::size_t start = scheme.size() + 3;
  std::string authority =
      url.substr(start, url.find_first_of("/?#", start) - start);
  authority = authority.substr(authority.rfind('@') + 1);
  std::size_t host_end =
      authority.rfind(']') == std::string::npos ? 0 : authority.rfind(']');
  std::size_t colon = authority.find(':', host_end);
  if (colon == std::string::npos)
    return Verdict::Accepted;
  std::string port = authority.substr(colon + 1);
  if (port.empty())
    return Verdict::Accepted;
  if (port.size() > 5 ||
      !std::all_of(port.begin(), port.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      }))
    return Verdict::Refused;
  return std::stoi(port) <= 65535 ? Verdict::Accepted : Verdict::Refused;
}

/// Why the library refuses the URL `call` (building with `entry`, which
/// names its parameter: 'validated_url') is given, or "".
std::string refused_url(const NameResolver &resolver, Scope scope, TSNode call,
                        const ApiEntry &entry, UnreadArguments unread) {
  std::string_view library =
      std::string_view(entry.api).substr(0, entry.api.find('.'));
  BoundArguments bound =
      bind_arguments(resolver, scope, call, {entry.validated_url}, false);
  const SyntaxTree &tree = scope.module->tree();
  if (const auto *url = bound.find(entry.validated_url)) {
    ArgumentReader reader(resolver, url->value.second);
    std::optional<std::string> text = reader.text(url->value.first);
    return describe(tree, url->given, text ? http_url(*text) : Verdict::Unread,
                    unread, library);
  }
  return ts_node_is_null(bound.unread)
             ? ""
             : describe(tree, bound.unread, Verdict::Unread, unread, library);
}

/// The parameters of urllib3's `Timeout` or `Retry` (`path`), in order,
/// as urllib3 1.26 and 2 have them together; none for any other callable.
/// Both check how they are called as they are built.
std::optional<std::vector<std::string_view>>
urllib3_value_parameters(const std::string &path) {
  static const std::vector<std::string_view> kTimeout = {"total", "connect",
                                                         "read"};
  static const std::vector<std::string_view> kRetry = {
      "total",          "connect",
      "read",           "redirect",
      "status",         "other",
      "allowed_methods", "status_forcelist",
      "backoff_factor", "backoff_max",
      "raise_on_redirect", "raise_on_status",
      "history",        "respect_retry_after_header",
      "remove_headers_on_redirect", "backoff_jitter",
      "method_whitelist"};
  if (path == "urllib3.Timeout" || path == "urllib3.util.Timeout" ||
      path == "urllib3.util.timeout.Timeout")
    return kTimeout;
  if (path == "urllib3.Retry" || path == "urllib3.util.Retry" ||
      path == "urllib3.util.retry.Retry")
    return kRetry;
  return std::nullopt;
}

/// Why urllib3 refuses the arguments of a `Timeout(...)` or `Retry(...)`
/// (`call`, calling `path`), or "": an argument neither takes (TypeError);
/// a `Timeout`'s total, connect or read that is a boolean, a string or a
/// number not above 0 (ValueError, "cannot be set to a value less than or
/// equal to 0").
std::string refused_urllib3_value(const NameResolver &resolver, Scope scope,
                                  TSNode call, const std::string &path,
                                  const std::vector<std::string_view> &parameters,
                                  UnreadArguments unread) {
  BoundArguments bound =
      bind_arguments(resolver, scope, call, parameters, true);
  if (!bound.type_error.empty())
    return bound.type_error;
  if (path.find("Timeout") == std::string::npos)
    return "";
  const SyntaxTree &tree = scope.module->tree();
  for (const auto &[name, argument] : bound.arguments) {
    ArgumentReader reader(resolver, argument.value.second);
    if (std::string why =
            describe(tree, argument.given,
                     reader.at_least(argument.value.first, 0, true), unread,
                     "urllib3");
        !why.empty())
      return why;
  }
  return ts_node_is_null(bound.unread)
             ? ""
             : describe(tree, bound.unread, Verdict::Unread, unread, "urllib3");
}

/// Why a named profile may fail the build (ProfileNotFound).
constexpr const char *kNamedProfile =
    "a named profile, which Lambda's environment seldom has, can be missing";

/// True for the boto3 and botocore callables that make a session.
bool is_session_factory(const std::string &path) {
  return path == "boto3.Session" || path == "boto3.session.Session" ||
         path == "botocore.session.Session";
}

/// Why botocore may refuse to build a client (`call`, of `scope`) from the
/// session it is made from, or "": a session hoist can find (built by the
/// call the client is a method of, or by the value of the name it is read
/// from: value_read)
/// whose region, unless the client names its own, is one the client
/// refuses; a botocore session's profile, which its clients look up.
std::string refused_by_session(const NameResolver &resolver, Scope scope,
                               TSNode call, const BoundArguments &client,
                               UnreadArguments unread) {
  TSNode callee = field(call, "function");
  if (!is(callee, "attribute"))
    return "";
  auto [made, where] = value_read(resolver, scope, field(callee, "object"));
  std::string path = is(made, "call") ? resolver.called_path(made, where) : "";
  if (!is_session_factory(path))
    return "";
  BoundArguments arguments =
      bind_arguments(resolver, where, made, *parameters_of(path), true);
  const SyntaxTree &tree = where.module->tree();
  if (const auto *profile = arguments.find("profile");
      profile && unread == UnreadArguments::Refused &&
      !ArgumentReader(resolver, profile->value.second)
           .none(profile->value.first))
    return kNamedProfile;
  const auto *own = client.find("region_name");
  if (own && !ArgumentReader(resolver, own->value.second).none(own->value.first))
    return "";
  if (const auto *region = arguments.find("region_name"))
    return describe_bound(resolver, tree, *region, unread,
                          [](const ArgumentReader &reader, TSNode value) {
                            return reader.region(value);
                          });
  return "";
}

} // namespace

bool builds_with(const NameResolver &resolver, Scope scope, TSNode call,
                 std::string_view keyword,
                 const std::optional<std::string> &value) {
  std::optional<std::vector<std::string_view>> parameters =
      parameters_of(resolver.called_path(call, scope));
  if (!parameters ||
      std::find(parameters->begin(), parameters->end(), keyword) ==
          parameters->end())
    return false;
  if (!value) {
    static constexpr std::string_view kTakingNone[] = {
        "region_name", "endpoint_url", "api_version", "aws_session_token",
        "verify",      "use_ssl",      "config",      "profile_name"};
    return std::find(std::begin(kTakingNone), std::end(kTakingNone),
                     keyword) != std::end(kTakingNone);
  }
  if (keyword == "region_name")
    return dns_label(*value);
  return keyword == "endpoint_url" && endpoint_url(*value) == Verdict::Accepted;
}

std::string refused_arguments(const NameResolver &resolver, Scope scope,
                              TSNode call, UnreadArguments unread) {
  const SyntaxTree &tree = scope.module->tree();
  ArgumentReader reader(resolver, scope);
  std::string path = resolver.called_path(call, scope);

  if (is_config(path)) {
    for (TSNode argument : named_children(field(call, "arguments"))) {
      if (is(argument, "comment"))
        continue;
      Verdict verdict =
          is(argument, "keyword_argument")
              ? reader.config_option(tree.text(field(argument, "name")),
                                     field(argument, "value"))
              : Verdict::Unread; // positional, or `**options`
      if (std::string why = describe(tree, argument, verdict, unread);
          !why.empty())
        return why;
    }
    return "";
  }
  if (auto parameters = urllib3_value_parameters(path))
    return refused_urllib3_value(resolver, scope, call, path, *parameters,
                                 unread);
  if (const ApiEntry *entry = resolver.catalogue().find(path);
      entry && !entry->validated_url.empty())
    return refused_url(resolver, scope, call, *entry, unread);

  // Arguments the call does not bind are a TypeError: a keyword it does not
  // take (also a key of a `**` dictionary hoist reads), too many
  // positionals.
  std::optional<std::vector<std::string_view>> parameters = parameters_of(path);
  BoundArguments bound =
      bind_arguments(resolver, scope, call,
           parameters ? *parameters : std::vector<std::string_view>{},
           parameters.has_value());
  if (!bound.type_error.empty())
    return bound.type_error;
  using Argument = BoundArguments::Argument;
  auto reader_of = [&](const Argument &argument) {
    return ArgumentReader(resolver, argument.value.second);
  };
  auto judged = [&](const Argument &argument, auto judge) {
    return describe_bound(resolver, tree, argument, unread, judge);
  };
  const Argument *config = bound.find("config");
  // A `config` that is a literal, not a Config, is an AttributeError.
  if (config && parameters) {
    std::string_view made =
        kind(reader_of(*config).literal(config->value.first));
    if (made == "dictionary" || made == "list" || made == "tuple" ||
        made == "string" || made == "integer" || made == "float" ||
        made == "true" || made == "false")
      return "'" + std::string(tree.text(config->given)) +
             "' is not a botocore Config (AttributeError)";
  }
  // A Config bound at module scope was built at INIT already; what the
  // client checks of it is not: its region (Config takes any string,
  // create_client refuses a malformed one) is judged as the client's own.
  if (config) {
    TSNode given = unparenthesize(config->value.first);
    auto [bound_config, where] =
        value_read(resolver, config->value.second, given);
    if (!ts_node_eq(bound_config, given) && is(bound_config, "call")) {
      if (std::string why = refused_arguments(resolver, where, bound_config,
                                              UnreadArguments::Accepted);
          !why.empty())
        return why;
      const SyntaxTree &there = where.module->tree();
      ArgumentReader at_module(resolver, where);
      for (TSNode option : named_children(field(bound_config, "arguments")))
        if (is(option, "keyword_argument") &&
            there.text(field(option, "name")) == "region_name")
          if (std::string why = describe(
                  there, option, at_module.region(field(option, "value")),
                  unread);
              !why.empty())
            return why;
    }
  }
  const Argument *service = bound.find("service_name");
  if (is_client_factory(resolver, scope, call)) {
    // A service name read at run time may be one the SDK does not know
    // (UnknownServiceError).
    if (service)
      if (std::string why = judged(*service,
                                   [](const ArgumentReader &r, TSNode value) {
                                     return r.text(value) ? Verdict::Accepted
                                                          : Verdict::Unread;
                                   });
          !why.empty())
        return why;
    if (std::string why = endpoint_discovery_refused(
            resolver, service, config, bound.find("endpoint_url"), unread);
        !why.empty())
      return why;
  }
  // A session keeps its region and credentials as given (botocore checks
  // them as it builds a client: refused_by_session); a profile it lacks it
  // refuses itself.
  bool session = is_session_factory(path);
  for (const auto &[name, argument] : bound.arguments) {
    if ((name == "endpoint_url" || name == "region_name") && !session)
      if (std::string why = judged(
              argument,
              [&, name = name](const ArgumentReader &r, TSNode value) {
                return name == "endpoint_url" ? r.endpoint(value)
                                              : r.region(value);
              });
          !why.empty())
        return why;
    // A profile the environment lacks is ProfileNotFound.
    if (name == "profile_name" && unread == UnreadArguments::Refused &&
        !reader_of(argument).none(argument.value.first))
      return kNamedProfile;
  }
  // A `**options` or `*values` hoist cannot read may give any of them.
  if (parameters && !ts_node_is_null(bound.unread))
    if (std::string why =
            describe(tree, bound.unread, Verdict::Unread, unread);
        !why.empty())
      return why;
  // Credentials: a key id without its secret, or a secret without its key
  // id, is PartialCredentialsError; values read from elsewhere may be None
  // (None is none given).
  auto credential = [&](std::string_view name) -> const Argument * {
    const Argument *argument = bound.find(name);
    return argument && !reader_of(*argument).none(argument->value.first)
               ? argument
               : nullptr;
  };
  const Argument *key_id =
      session ? nullptr : credential("aws_access_key_id");
  const Argument *secret =
      session ? nullptr : credential("aws_secret_access_key");
  if (!key_id != !secret && ts_node_is_null(bound.unread))
    return "botocore refuses '" +
           std::string(tree.text(secret ? secret->given : key_id->given)) +
           "' without '" +
           (secret ? "aws_access_key_id" : "aws_secret_access_key") +
           "' (PartialCredentialsError)";
  if (key_id && secret)
    for (const Argument *argument : {key_id, secret})
      if (std::string why = judged(*argument,
                                   [](const ArgumentReader &r, TSNode value) {
                                     return r.text(value) ? Verdict::Accepted
                                                          : Verdict::Unread;
                                   });
          !why.empty())
        return why;
  // An API version the SDK has no model of is DataNotFoundError.
  if (const Argument *version = bound.find("api_version")) {
    std::optional<std::string> name =
        service ? reader_of(*service).text(service->value.first)
                : std::nullopt;
    std::optional<std::string> given =
        reader_of(*version).text(version->value.first);
    Verdict verdict =
        reader_of(*version).none(version->value.first) ? Verdict::Accepted
        : !name || !given                               ? Verdict::Unread
        : sdk_knows_api_version(*name, *given)          ? Verdict::Accepted
                                                        : Verdict::Refused;
    if (std::string why = describe(tree, version->given, verdict, unread);
        !why.empty())
      return why;
  }
  if (is_client_factory(resolver, scope, call))
    return refused_by_session(resolver, scope, call, bound, unread);
  return "";
}

} // namespace hoist::python
