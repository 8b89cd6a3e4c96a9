#pragma once

#include <optional>
#include <string>

namespace hoist {

/// The absolute, lexically normal path of a `file://` URI; nothing for any
/// other scheme or a malformed escape.
std::optional<std::string> path_of_uri(const std::string &uri);

/// `path` with everything but RFC 3986's unreserved characters and '/'
/// percent-encoded: a URI's path.
std::string uri_escape(const std::string &path);

/// The `file://` URI of an absolute path.
std::string uri_of_path(const std::string &path);

} // namespace hoist
