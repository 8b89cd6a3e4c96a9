#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace hoist::cpp {

/// One expensive-to-build C++ API, from the "cpp" list of rules/catalogue.json.
struct CppApi {
  enum class Kind { Class, Function };
  std::string api; ///< a qualified name; '*' matches any run of characters
  Kind kind = Kind::Class;
  std::string builds; ///< "an AWS SDK client"
  std::string cost;   ///< why building it per invocation hurts (its family's)
  std::string rule;   ///< the rule that reports it
  /// Why moving it into main() can change behaviour ("fix": "unsafe" in the
  /// catalogue, with its family's fix_risk); empty when the move is safe.
  std::string fix_risk;
  /// Tied to Aws::InitAPI/ShutdownAPI: it must not outlive ShutdownAPI, so
  /// its safe place is main(), not namespace scope or a local static.
  bool sdk_object = false;
};

/// What a finding says of `name`, built from `api` on the invoke path of
/// `handler`: the same words whether Clang or the syntactic mode found it.
std::string construction_message(const CppApi &api, const std::string &name,
                                 const std::string &handler);

/// The C++ half of the catalogue: which classes and functions are expensive.
class CppCatalogue {
public:
  static CppCatalogue load(const std::filesystem::path &catalogue_file);

  /// The entry whose pattern matches `qualified_name`, of `kind`, if any.
  const CppApi *match(const std::string &qualified_name,
                      CppApi::Kind kind) const;
  /// Adds a class reported by `rule` (a check's ExtraClasses option).
  void add_class(const std::string &name, const std::string &rule);

private:
  std::vector<CppApi> entries_;
};

} // namespace hoist::cpp
