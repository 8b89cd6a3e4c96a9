#include "cli/color_mode.h"

#include <cstdlib>
#include <unistd.h>

namespace hoist::cli {

bool parse_color(const std::string &value, ColorMode &out, std::string &error) {
  if (value == "auto")
    out = ColorMode::Auto;
  else if (value == "always")
    out = ColorMode::Always;
  else if (value == "never")
    out = ColorMode::Never;
  else {
    error = "--color takes auto, always or never, not '" + value + "'";
    return false;
  }
  return true;
}

bool use_color(ColorMode mode, const std::string &output_file) {
  if (mode != ColorMode::Auto)
    return mode == ColorMode::Always;
  const char *no_color = std::getenv("NO_COLOR");
  const char *term = std::getenv("TERM");
  return output_file.empty() && isatty(STDOUT_FILENO) &&
         !(no_color && *no_color) && !(term && std::string(term) == "dumb");
}

} // namespace hoist::cli
