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
/// And the directories of service models AWS_DATA_PATH names.
struct SdkConfigFiles {
  /// Each variable set, with the path it is given ("" when known only at
  /// deployment or computed).
  std::vector<std::pair<std::string, std::string>> named;

  /// The variable that may name the file written at the literal path
  /// `path`, or "" when it is another for each (another base name; or both
  /// absolute, or both under the home directory, and different).
  std::string may_name(const std::string &path) const;
  /// The variable that may name a file under the directory at the literal
  /// path `directory` (a tree copied or extracted there), or "".
  std::string may_name_under(const std::string &directory) const;
  /// A variable that names a relative path, or one hoist cannot read, or "".
  std::string relative() const;
  /// "AWS_CONFIG_FILE names '/tmp/x.ini'", for messages.
  std::string said(const std::string &variable) const;

  /// The directories AWS_DATA_PATH names, split at ':' ("" for a value
  /// hoist cannot read); empty when it is not set. botocore's loader looks
  /// for service models there (and in ~/.aws/models) when it builds a
  /// client.
  std::vector<std::string> data_paths;

  /// Where a path written, from the string literals of the code that
  /// computes it, lies against the model directories: in one (a literal
  /// under a directory of AWS_DATA_PATH or naming `.aws/models`), outside
  /// them all (`leading`, the absolute literal the path starts from, is
  /// neither under one nor above one), or unknown.
  enum class ModelPlace { Inside, Outside, Unknown };
  ModelPlace model_place(const std::vector<std::string> &literals,
                         const std::string &leading) const;
  /// "the directory AWS_DATA_PATH names ('/tmp/models')", or "~/.aws/models"
  /// without it, for messages.
  std::string model_directories() const;
};

/// The last name of `path` (`config` of `/tmp/aws/config/`), "" for `/`.
std::string path_base_name(const std::string &path);

/// The SDK files `handler`'s environment names: its configuration's, then
/// what module-level code of the modules of `reached` sets.
SdkConfigFiles sdk_config_files(const NameResolver &resolver,
                                const Handler &handler,
                                const std::vector<ReachedFunction> &reached);

} // namespace hoist::python
