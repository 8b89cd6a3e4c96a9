#pragma once

#include <string>

namespace hoist::cli {

/// An option as written: `--name value`, `--name=value`, or `-j4`.
struct OptionArgument {
  std::string name;
  std::string value;
  bool has_value = false; ///< the value came with the name
};

/// Splits `argument` into its name and inline value, if any.
OptionArgument split_option(const std::string &argument);

/// Makes sure `option` has its value: the inline one, or argv[i + 1] (then
/// `i` moves past it). False, with `error` set, when there is none.
bool take_value(OptionArgument &option, int &i, int argc, char **argv,
                std::string &error);

/// Reads a whole number from `min` to `max` given to `option`.
bool parse_number(const std::string &option, const std::string &value, long min,
                  long max, long &out, std::string &error);

} // namespace hoist::cli
