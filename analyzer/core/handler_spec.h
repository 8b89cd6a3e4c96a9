#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace hoist {

/// A Lambda handler string, `path/to/module.function`, in every runtime's
/// form: split at the last dot; the module part may use `/` or `.` between
/// directories (Python's packages). Which files answer it is the front-end's
/// business (`module.py`, `module.mjs`, ...).
struct HandlerSpec {
  std::string text;
  std::vector<std::string> module_components; ///< {"path", "to", "module"}
  std::string function;
  /// When set (absolute, normalized): the task root the module path starts
  /// from, as Lambda reads it. Unset, any directory may hold it.
  std::string task_root;

  /// Parses `text`, or explains in `error` why it is not a handler string.
  static std::optional<HandlerSpec> parse(const std::string &text,
                                          std::string &error);
  /// `<root>/path/to/module`, normalized: a front-end adds its file endings.
  std::string module_stem(const std::string &root) const;
};

/// The handlers a check is told of: strings (--handler) or name patterns.
struct HandlerOptions {
  /// Handler strings from --handler; when any is given, heuristics are off.
  std::vector<HandlerSpec> specs;
  /// fnmatch patterns for handler names, used when no spec is given.
  std::vector<std::string> name_patterns = {"handler", "lambda_handler",
                                            "*_handler"};
};

/// Which handler strings a file answered: the module matched, and whether it
/// defines the function. The engine reports strings nothing answered.
struct HandlerSpecMatch {
  std::size_t spec_index;
  bool function_found;
};

} // namespace hoist
