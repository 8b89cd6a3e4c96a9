#include "core/function_environment.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "core/yaml_location.h"

namespace hoist {

bool reserved_by_lambda(std::string_view name) {
  static constexpr std::string_view kReserved[] = {
      "_HANDLER",
      "_X_AMZN_TRACE_ID",
      "AWS_DEFAULT_REGION",
      "AWS_REGION",
      "AWS_EXECUTION_ENV",
      "AWS_LAMBDA_FUNCTION_NAME",
      "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
      "AWS_LAMBDA_FUNCTION_VERSION",
      "AWS_LAMBDA_INITIALIZATION_TYPE",
      "AWS_LAMBDA_LOG_GROUP_NAME",
      "AWS_LAMBDA_LOG_STREAM_NAME",
      "AWS_ACCESS_KEY",
      "AWS_ACCESS_KEY_ID",
      "AWS_SECRET_ACCESS_KEY",
      "AWS_SESSION_TOKEN",
      "AWS_LAMBDA_RUNTIME_API",
      "LAMBDA_TASK_ROOT",
      "LAMBDA_RUNTIME_DIR",
  };
  return std::find(std::begin(kReserved), std::end(kReserved), name) !=
         std::end(kReserved);
}

// https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html
// (the log group and stream are not set under SnapStart, AWS_EXECUTION_ENV
// not in every container image: left out).
bool always_set_by_lambda(std::string_view name) {
  static constexpr std::string_view kAlwaysSet[] = {
      "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_VERSION",
      "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_RUNTIME_API",
      "LAMBDA_TASK_ROOT"};
  return std::find(std::begin(kAlwaysSet), std::end(kAlwaysSet), name) !=
         std::end(kAlwaysSet);
}

bool read_by_libraries(std::string_view name) {
  static constexpr std::string_view kPrefixes[] = {
      "AWS_", "BOTO",      "PG",    "MYSQL", "REDIS",
      "MONGO", "REQUESTS_", "CURL_", "SSL_",  "NODE_"};
  // HOME and its Windows forms: where the shared config and credentials
  // files are. REQUEST_METHOD: CPython's urllib.request.getproxies_environment
  // (botocore's and requests' proxies) drops HTTP_PROXY when it is set, as a
  // CGI script's (CVE-2016-1000110).
  static constexpr std::string_view kNames[] = {
      "HOME", "USERPROFILE", "HOMEDRIVE", "HOMEPATH", "REQUEST_METHOD"};
  // urllib.request.getproxies_environment reads every `<scheme>_proxy`, in
  // any case (`all_proxy`, `ftp_proxy`, `NO_PROXY` too): not a fixed list.
  static constexpr std::string_view kProxySuffix = "_PROXY";
  std::string upper(name);
  for (char &c : upper)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return std::find(std::begin(kNames), std::end(kNames), upper) !=
             std::end(kNames) ||
         (upper.size() >= kProxySuffix.size() &&
          upper.compare(upper.size() - kProxySuffix.size(),
                        kProxySuffix.size(), kProxySuffix) == 0) ||
         std::any_of(std::begin(kPrefixes), std::end(kPrefixes),
                     [&](std::string_view prefix) {
                       return upper.rfind(prefix, 0) == 0;
                     });
}

void FunctionEnvironment::add(const YamlNode *node, bool variables_in_strings) {
  if (!node || !node->is_map())
    return;
  for (const auto &[key, value] : node->entries) {
    const std::string &name = key->scalar;
    if (!key->is_scalar() || name.empty())
      continue;
    // The later mapping's entry replaces the earlier one, known or not.
    variables.erase(std::remove_if(variables.begin(), variables.end(),
                                   [&](const auto &variable) {
                                     return variable.first == name;
                                   }),
                    variables.end());
    unknown.erase(std::remove(unknown.begin(), unknown.end(), name),
                  unknown.end());
    const bool literal =
        value->is_scalar() && !is_intrinsic(value.get()) &&
        !(variables_in_strings &&
          value->scalar.find("${") != std::string::npos);
    if (literal)
      variables.emplace_back(name, value->scalar);
    else
      unknown.push_back(name);
  }
}

} // namespace hoist
