#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hoist {

struct YamlNode;

/// A function's environment variables as its deployment file states them.
struct FunctionEnvironment {
  /// Names and values given as literals (a number or boolean as its text,
  /// as CloudFormation passes it on), in the file's order.
  std::vector<std::pair<std::string, std::string>> variables;
  /// Names whose values are known only at deployment (`!Ref`, `Fn::GetAtt`,
  /// Serverless `${...}` variables) or are not values at all.
  std::vector<std::string> unknown;

  /// Adds the entries of the mapping `node` over those already here (a
  /// function's own variables over its defaults'). `variables_in_strings`:
  /// `${...}` in a string is resolved at deployment (serverless.yml), not
  /// literal text (CloudFormation outside `!Sub`). Anything but a mapping
  /// adds nothing: its names are not known here.
  void add(const YamlNode *node, bool variables_in_strings);
};

/// True when Lambda sets the variable `name` for every function itself
/// (`AWS_REGION`, `AWS_LAMBDA_FUNCTION_NAME`, ...), and refuses it in a
/// function's configuration.
bool reserved_by_lambda(std::string_view name);

/// True when Lambda sets the variable `name`, not empty, in every
/// function's environment whatever its runtime, packaging and settings
/// (`AWS_LAMBDA_FUNCTION_NAME`, `LAMBDA_TASK_ROOT`): a test of whether it
/// is set is always true there (`if os.environ.get(...): ... else:` builds
/// what the `else` builds only outside Lambda).
bool always_set_by_lambda(std::string_view name);

/// True when the SDKs and drivers hoist knows (of Python or Node.js) may
/// read the variable `name` on their own, in any case: AWS_*, HOME (where
/// the shared config and credentials files are), database settings, every
/// `<scheme>_proxy` and REQUEST_METHOD (urllib's proxies), Node's own. Writing another during an invocation changes
/// nothing a client reads unless its own code reads it.
bool read_by_libraries(std::string_view name);

} // namespace hoist
