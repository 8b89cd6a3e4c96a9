#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "python/name_resolver.h"
#include "python/syntax_tree.h"

namespace hoist::python {

/// What hoist makes of an argument it cannot read as a literal.
enum class UnreadArguments {
  /// May be anything, refused too: code that would run elsewhere once moved.
  Refused,
  /// Let pass: module state the original already built at INIT, where only
  /// a literal botocore refuses is known to fail.
  Accepted,
};

/// Why botocore may refuse the arguments of `call` (code of `scope`) and
/// fail to build what it builds, or "": arguments a client, resource or
/// session factory does not bind (a keyword it does not take, also as a key
/// of a `**` dictionary literal; too many positionals; a `config` that is
/// a literal, not a Config); a `botocore.config.Config` whose
/// keywords are not all ones botocore 1.29 knows with values it accepts
/// (a retry mode, an addressing style, a defaults mode, a timeout ...); an
/// `endpoint_url` without a scheme; a malformed `region_name` (Lambda's
/// AWS_REGION is always a region); explicit credentials without both the
/// key id and the secret (PartialCredentialsError); an `api_version` the
/// SDK has no model of. A name bound once at module scope to a literal
/// counts as that literal.
std::string refused_arguments(const NameResolver &resolver, Scope scope,
                              TSNode call, UnreadArguments unread);

/// True when botocore 1.29 builds `call` (code of `scope`: a boto3 or
/// botocore client, resource or session factory) with `value` as its
/// argument `keyword`, nothing standing for None: None where the argument
/// takes it for "not given" (`region_name`, `endpoint_url`, `api_version`,
/// `aws_session_token`, `verify`, `use_ssl`, `config`, `profile_name`), a
/// region name, an endpoint URL it accepts. False for any other value,
/// argument or call.
bool builds_with(const NameResolver &resolver, Scope scope, TSNode call,
                 std::string_view keyword,
                 const std::optional<std::string> &value);

} // namespace hoist::python
