#include "cli/option_scanner.h"

#include <cstdlib>

namespace hoist::cli {

OptionArgument split_option(const std::string &argument) {
  OptionArgument option{argument, {}, false};
  if (argument.size() > 2 && argument.rfind("-j", 0) == 0) {
    option = {"-j", argument.substr(2), true};
  } else if (auto eq = argument.find('=');
             eq != std::string::npos && argument.rfind("--", 0) == 0) {
    option = {argument.substr(0, eq), argument.substr(eq + 1), true};
  }
  return option;
}

bool take_value(OptionArgument &option, int &i, int argc, char **argv,
                std::string &error) {
  if (option.has_value)
    return true;
  if (i + 1 >= argc) {
    error = "option '" + option.name + "' needs a value";
    return false;
  }
  option.value = argv[++i];
  option.has_value = true;
  return true;
}

bool parse_number(const std::string &option, const std::string &value, long min,
                  long max, long &out, std::string &error) {
  char *end = nullptr;
  long number = std::strtol(value.c_str(), &end, 10);
  if (value.empty() || *end != '\0' || number < min || number > max) {
    error = option + " needs a number from " + std::to_string(min) + " to " +
            std::to_string(max) + ", not '" + value + "'";
    return false;
  }
  out = number;
  return true;
}

} // namespace hoist::cli
