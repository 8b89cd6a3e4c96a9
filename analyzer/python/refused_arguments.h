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

/// Why the library may refuse the arguments of `call` (code of `scope`)
/// and fail to build what it builds, or "". Arguments bind as the callee's
/// parameters take them: by position, by keyword, and by the keys of a `**`
/// dictionary hoist reads; a name bound once (in the function, at module
/// scope, or in another project module it is imported from) counts as its
/// value, and a `**` or `*` hoist cannot read as a value it may refuse.
/// botocore refuses arguments a client, resource or session factory does
/// not bind (a keyword it does not take, too many positionals; a `config`
/// that is a literal, not a Config); a `botocore.config.Config` whose
/// keywords are not all ones botocore 1.29 knows with values it accepts
/// (a retry mode, an addressing style, a defaults mode, a timeout ...); an
/// `endpoint_url` without a scheme; a malformed `region_name` (Lambda's
/// AWS_REGION is always a region), also the region of the session a client
/// is made from; explicit credentials without both the key id and the
/// secret (PartialCredentialsError); an `api_version` the SDK has no model
/// of. A named profile may be missing (ProfileNotFound): a session's, and a
/// botocore session's when a client is made from it. What the catalogue
/// marks 'validated_url' (urllib3's ProxyManager) refuses a URL without an
/// http or https scheme or with a bad port; urllib3's `Timeout` a value
/// that is not a number above 0, and its `Timeout` and `Retry` a keyword
/// they do not take. Arguments checked only when the
/// object is first used (`verify`, `use_ssl`, a session token) never count.
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
