#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hoist::python {

/// What calling a method of a built object does to it (the catalogue's
/// 'python_methods'): a session's methods mostly configure it
/// (`set_credentials`, `register`), a client's only use it (`get_object`).
struct MethodCalls {
  /// True: a call whose result is unused configures the object unless
  /// `except` names the method. False: calls only use it unless `except`
  /// names the method, which then configures it whatever its result.
  bool configure = false;
  std::vector<std::string> except;

  /// True when calling `method`, with its result unused or not, may change
  /// the object's state for later uses.
  bool configures(std::string_view method, bool result_unused) const;
};

/// One expensive-to-build API, from rules/catalogue.json.
struct ApiEntry {
  std::string
      api; ///< fully-qualified: "boto3.client", "boto3.session.Session.client"
  std::string builds; ///< what a call builds: "an AWS SDK client"
  std::string family; ///< "aws-sdk", "database", "http"
  std::string cost; ///< why building it per invocation hurts (from the family)
  std::string rule; ///< the rule that reports it
  std::string fix;  ///< "safe" or "unsafe": how a hoist of it can be trusted
  /// Why a hoist of it can change behaviour (from the family); may be empty.
  std::string fix_risk;
  std::string
      returns; ///< the type of the built object, when methods on it matter
  MethodCalls methods; ///< what its methods do to the built object
};

/// An event router (AWS Lambda Powertools' resolvers): calling one of its
/// `dispatch` methods runs the functions decorated with its `routes`.
struct RouterEntry {
  std::string type; ///< fully-qualified class
  std::vector<std::string> dispatch;
  std::vector<std::string> routes;
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
  /// The top-level modules of every catalogued API ("boto3", "redis").
  std::vector<std::string> root_modules() const;

private:
  std::unordered_map<std::string, ApiEntry> entries_;
  struct Family {
    std::string cost;
    std::string fix_risk;
    MethodCalls methods;
  };
  std::unordered_map<std::string, Family> families_;
  std::unordered_map<std::string, RouterEntry> routers_;
};

} // namespace hoist::python
