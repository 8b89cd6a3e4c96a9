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

/// Reads argument values as literals, through names bound once at module
/// scope, and judges them as botocore 1.29 (Debian's, the oldest a
/// supported Lambda runtime has) does.
class ArgumentReader {
public:
  ArgumentReader(const NameResolver &resolver, Scope scope)
      : resolver_(resolver), scope_(scope), tree_(scope.module->tree()) {}

  /// `value`, or what the name it is is bound to once at module scope.
  TSNode literal(TSNode value) const {
    return value_behind_name(scope_, value);
  }

  std::optional<std::string> text(TSNode value) const {
    return string_value(tree_, literal(value));
  }
  bool none(TSNode value) const { return is(literal(value), "none"); }
  std::optional<bool> boolean(TSNode value) const {
    TSNode node = literal(value);
    if (is(node, "true") || is(node, "false"))
      return is(node, "true");
    return std::nullopt;
  }
  std::optional<double> number(TSNode value) const {
    TSNode node = literal(value);
    double sign = 1;
    if (is(node, "unary_operator") &&
        tree_.text(field(node, "operator")) == "-") {
      sign = -1;
      node = field(node, "argument");
    }
    if (!is(node, "integer") && !is(node, "float"))
      return std::nullopt;
    std::string digits(tree_.text(node));
    digits.erase(std::remove(digits.begin(), digits.end(), '_'), digits.end());
    char *end = nullptr;
    double parsed = std::strtod(digits.c_str(), &end);
    if (end != digits.c_str() + digits.size())
      return std::nullopt; // 0x10, 1j: not worth reading
    return sign * parsed;
  }
  /// The pairs of a dictionary literal, or nothing (`{**defaults}`, a name
  /// bound elsewhere).
  std::optional<std::vector<std::pair<std::string, TSNode>>>
  dictionary(TSNode value) const {
    TSNode node = literal(value);
    if (!is(node, "dictionary"))
      return std::nullopt;
    std::vector<std::pair<std::string, TSNode>> pairs;
    for (TSNode part : named_children(node)) {
      if (is(part, "comment"))
        continue;
      std::optional<std::string> key =
          is(part, "pair") ? text(field(part, "key")) : std::nullopt;
      if (!key)
        return std::nullopt;
      pairs.emplace_back(*key, field(part, "value"));
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
    std::string_view code = tree_.text(value);
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

  /// Each key of a dictionary literal judged by `judge` (a key it does not
  /// know, nothing: refused when `unknown_refused`, else unread).
  template <typename Judge>
  Verdict each_key(TSNode value, bool unknown_refused, Judge judge) const {
    if (none(value))
      return Verdict::Accepted;
    auto pairs = dictionary(value);
    if (!pairs)
      return Verdict::Unread;
    Verdict worst = Verdict::Accepted;
    for (const auto &[key, item] : *pairs) {
      std::optional<Verdict> verdict = judge(key, item);
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
      Symbol symbol = resolver_.resolve(literal(value), scope_);
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
      return each_key(value, false, [&](const std::string &, TSNode item) -> V {
        return boolean(item) ? Verdict::Accepted : a_string(item);
      });
    if (name == "retries")
      return each_key(value, true, [&](const std::string &key, TSNode item) -> V {
        if (key == "mode")
          return one_of(item, {"legacy", "standard", "adaptive"});
        if (key == "max_attempts")
          return at_least(item, 0);
        if (key == "total_max_attempts")
          return at_least(item, 1);
        return std::nullopt;
      });
    if (name == "s3")
      return each_key(value, false, [&](const std::string &key, TSNode item) -> V {
        if (key == "addressing_style")
          return one_of(item, {"virtual", "auto", "path"});
        if (key == "us_east_1_regional_endpoint")
          return one_of(item, {"regional", "legacy"});
        if (key == "use_accelerate_endpoint" ||
            key == "payload_signing_enabled" || key == "use_arn_region" ||
            key == "use_dualstack_endpoint")
          return a_boolean(item);
        return std::nullopt;
      });
    return Verdict::Refused; // TypeError: not an option botocore 1.29 has
  }

private:
  const NameResolver &resolver_;
  Scope scope_;
  const SyntaxTree &tree_;
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
/// boto3 1.26 has them, when hoist checks how a call binds its arguments
/// (clients, resources and sessions); none for any other.
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
  std::string_view method = std::string_view(path).substr(path.rfind('.') + 1);
  if (path.rfind("boto3.", 0) == 0 &&
      (method == "client" || method == "resource"))
    return kClient;
  if (path == "botocore.session.Session.create_client")
    return kClient;
  if (path == "boto3.Session" || path == "boto3.session.Session")
    return kSession;
  return std::nullopt;
}

/// "botocore refuses 'x'" or "botocore may refuse 'x' ...", or "".
std::string describe(const SyntaxTree &tree, TSNode argument, Verdict verdict,
                     UnreadArguments unread) {
  if (verdict == Verdict::Accepted ||
      (verdict == Verdict::Unread && unread == UnreadArguments::Accepted))
    return "";
  std::string text(tree.text(argument));
  text = text.substr(0, text.find('\n'));
  if (text.size() > 60)
    text = text.substr(0, 57) + "...";
  return verdict == Verdict::Refused
             ? "botocore refuses '" + text + "'"
             : "botocore may refuse '" + text +
                   "', a value hoist cannot read as one it accepts";
}

/// True for the services whose clients discover their endpoints in
/// botocore 1.29 (an `endpointoperation` in their model).
bool discovers_endpoints(std::string_view service) {
  return service == "dynamodb" || service == "timestream-query" ||
         service == "timestream-write";
}

/// Why botocore refuses the `endpoint_discovery_enabled` of the Config
/// (`config`, the keyword argument) of a client of `service`, or "": its
/// client checks it when the service discovers endpoints and no endpoint
/// URL is given. A Config bound once at module scope is read there.
std::string endpoint_discovery_refused(const NameResolver &resolver,
                                       Scope scope, TSNode service,
                                       TSNode config, TSNode endpoint,
                                       UnreadArguments unread) {
  const SyntaxTree &tree = scope.module->tree();
  ArgumentReader reader(resolver, scope);
  std::optional<std::string> name =
      ts_node_is_null(service) ? std::nullopt : reader.text(service);
  if (ts_node_is_null(config) || !name || !discovers_endpoints(*name) ||
      (!ts_node_is_null(endpoint) && !reader.none(field(endpoint, "value"))))
    return "";
  TSNode given = unparenthesize(field(config, "value"));
  TSNode made = reader.literal(given);
  Scope where = ts_node_eq(made, given) ? scope : Scope{scope.module};
  if (!is(made, "call") || !is_config(resolver.called_path(made, where)))
    return "";
  ArgumentReader options(resolver, where);
  for (TSNode option : named_children(field(made, "arguments")))
    if (is(option, "keyword_argument") &&
        tree.text(field(option, "name")) == "endpoint_discovery_enabled")
      return describe(tree, option,
                      options.endpoint_discovery(field(option, "value")),
                      unread);
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
  std::vector<TSNode> arguments;
  for (TSNode argument : named_children(field(call, "arguments")))
    if (!is(argument, "comment"))
      arguments.push_back(argument);
  auto keyword = [&](std::string_view name) {
    for (TSNode argument : arguments)
      if (is(argument, "keyword_argument") &&
          tree.text(field(argument, "name")) == name)
        return argument;
    return TSNode{};
  };
  auto value_of = [&](TSNode argument) { return field(argument, "value"); };

  if (is_config(resolver.called_path(call, scope))) {
    for (TSNode argument : arguments) {
      Verdict verdict =
          is(argument, "keyword_argument")
              ? reader.config_option(tree.text(field(argument, "name")),
                                     value_of(argument))
              : Verdict::Unread; // positional, or `**options`
      if (std::string why = describe(tree, argument, verdict, unread);
          !why.empty())
        return why;
    }
    return "";
  }
  // Arguments the call does not bind are a TypeError: a keyword it does not
  // take (also a key of a `**` dictionary hoist reads), too many
  // positionals; a `config` that is a literal, not a Config, is an
  // AttributeError.
  if (std::optional<std::vector<std::string_view>> parameters =
          parameters_of(resolver.called_path(call, scope))) {
    auto takes = [&](std::string_view name) {
      return std::count(parameters->begin(), parameters->end(), name) > 0;
    };
    std::size_t positionals = 0;
    for (TSNode argument : arguments) {
      if (is(argument, "keyword_argument")) {
        if (!takes(tree.text(field(argument, "name"))))
          return "'" + std::string(tree.text(argument)) +
                 "' is not an argument it takes (TypeError)";
      } else if (is(argument, "dictionary_splat")) {
        if (auto pairs = reader.dictionary(ts_node_named_child(argument, 0)))
          for (const auto &[key, value] : *pairs)
            if (!takes(key))
              return "'" + std::string(tree.text(argument)) + "' passes '" +
                     key + "', not an argument it takes (TypeError)";
      } else if (!is(argument, "list_splat") &&
                 ++positionals > parameters->size()) {
        return "it is given more positional arguments than it takes "
               "(TypeError)";
      }
    }
    if (TSNode config = keyword("config"); !ts_node_is_null(config)) {
      std::string_view made = kind(reader.literal(value_of(config)));
      if (made == "dictionary" || made == "list" || made == "tuple" ||
          made == "string" || made == "integer" || made == "float" ||
          made == "true" || made == "false")
        return "'" + std::string(tree.text(config)) +
               "' is not a botocore Config (AttributeError)";
    }
  }
  // A Config bound at module scope was built at INIT already; what the
  // client checks of it is not: its region (Config takes any string,
  // create_client refuses a malformed one) is judged as the client's own.
  if (TSNode config = keyword("config"); !ts_node_is_null(config)) {
    TSNode given = unparenthesize(value_of(config));
    TSNode bound = reader.literal(given);
    if (!ts_node_eq(bound, given) && is(bound, "call")) {
      if (std::string why = refused_arguments(resolver, {scope.module}, bound,
                                              UnreadArguments::Accepted);
          !why.empty())
        return why;
      ArgumentReader at_module(resolver, {scope.module});
      for (TSNode option : named_children(field(bound, "arguments")))
        if (is(option, "keyword_argument") &&
            scope.module->tree().text(field(option, "name")) == "region_name")
          if (std::string why = describe(
                  scope.module->tree(), option,
                  at_module.region(field(option, "value")), unread);
              !why.empty())
            return why;
    }
  }
  // A service name read at run time may be one the SDK does not know
  // (UnknownServiceError).
  if (is_client_factory(resolver, scope, call)) {
    TSNode service = keyword("service_name");
    if (!ts_node_is_null(service))
      service = value_of(service);
    else if (!arguments.empty() && !is(arguments.front(), "keyword_argument"))
      service = arguments.front();
    if (!ts_node_is_null(service) && !reader.text(service))
      if (std::string why =
              describe(tree, service, Verdict::Unread, unread);
          !why.empty())
        return why;
    if (std::string why = endpoint_discovery_refused(
            resolver, scope, service, keyword("config"),
            keyword("endpoint_url"), unread);
        !why.empty())
      return why;
  }
  for (TSNode argument : arguments) {
    std::string_view name =
        is(argument, "keyword_argument") ? tree.text(field(argument, "name"))
                                         : "";
    Verdict verdict = name == "endpoint_url" ? reader.endpoint(value_of(argument))
                      : name == "region_name" ? reader.region(value_of(argument))
                                              : Verdict::Accepted;
    if (std::string why = describe(tree, argument, verdict, unread);
        !why.empty())
      return why;
  }
  // Credentials: a key id without its secret, or a secret without its key
  // id, is PartialCredentialsError; values read from elsewhere may be None.
  TSNode key_id = keyword("aws_access_key_id");
  TSNode secret = keyword("aws_secret_access_key");
  if (ts_node_is_null(key_id) != ts_node_is_null(secret))
    return "botocore refuses '" +
           std::string(tree.text(ts_node_is_null(secret) ? key_id : secret)) +
           "' without '" +
           (ts_node_is_null(secret) ? "aws_secret_access_key"
                                    : "aws_access_key_id") +
           "' (PartialCredentialsError)";
  if (!ts_node_is_null(key_id))
    for (TSNode argument : {key_id, secret})
      if (std::string why = describe(tree, argument,
                                     reader.text(value_of(argument))
                                         ? Verdict::Accepted
                                         : Verdict::Unread,
                                     unread);
          !why.empty())
        return why;
  // An API version the SDK has no model of is DataNotFoundError.
  if (TSNode version = keyword("api_version"); !ts_node_is_null(version)) {
    TSNode service_node = keyword("service_name");
    if (!ts_node_is_null(service_node))
      service_node = value_of(service_node);
    else if (!arguments.empty() && !is(arguments.front(), "keyword_argument"))
      service_node = arguments.front();
    std::optional<std::string> service =
        ts_node_is_null(service_node) ? std::nullopt : reader.text(service_node);
    std::optional<std::string> given = reader.text(value_of(version));
    Verdict verdict =
        reader.none(value_of(version))            ? Verdict::Accepted
        : !service || !given                      ? Verdict::Unread
        : sdk_knows_api_version(*service, *given) ? Verdict::Accepted
                                                  : Verdict::Refused;
    if (std::string why = describe(tree, version, verdict, unread);
        !why.empty())
      return why;
  }
  return "";
}

} // namespace hoist::python
