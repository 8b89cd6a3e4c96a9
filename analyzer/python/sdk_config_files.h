#pragma once

#include <string>
#include <utility>
#include <vector>

#include "python/handler_discovery.h"
#include "python/name_resolver.h"
#include "python/reachability.h"

namespace hoist::python {

/// The files a function's environment names for the SDK to read its
/// configuration and credentials from: AWS_CONFIG_FILE and
/// AWS_SHARED_CREDENTIALS_FILE, as its deployment configuration or its
/// modules' own code (`os.environ.setdefault(...)`) set them. botocore reads
/// them when it builds, relative to the working directory when relative.
struct SdkConfigFiles {
  /// Each variable set, with the path it is given ("" when known only at
  /// deployment or computed).
  std::vector<std::pair<std::string, std::string>> named;

  /// The variable that may name the file written at the literal path
  /// `path`, or "" when it is another for each (another base name; or both
  /// absolute, or both under the home directory, and different).
  std::string may_name(const std::string &path) const;
  /// A variable that names a relative path, or one hoist cannot read, or "".
  std::string relative() const;
  /// "AWS_CONFIG_FILE names '/tmp/x.ini'", for messages.
  std::string said(const std::string &variable) const;
};

/// The SDK files `handler`'s environment names: its configuration's, then
/// what module-level code of the modules of `reached` sets.
SdkConfigFiles sdk_config_files(const NameResolver &resolver,
                                const Handler &handler,
                                const std::vector<ReachedFunction> &reached);

} // namespace hoist::python
