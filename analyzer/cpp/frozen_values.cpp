#include "cpp/frozen_values.h"

#include <fnmatch.h>

namespace hoist::cpp {

bool known_pure_library_function(std::string_view name) {
  const std::string spelled(name.substr(0, 2) == "::" ? name.substr(2)
                                                      : name);
  // `std::time` is the C library's `time`, as Clang names it.
  const std::string qualified =
      spelled.rfind("std::", 0) == 0 && spelled.find("::", 5) == std::string::npos
          ? spelled.substr(5)
          : spelled;
  // (fnmatch without FNM_PATHNAME: '*' runs across "::" too.)
  static const char *const kVarying[] = {
      "time", "clock", "rand", "random", "rand_r", "?rand48", "getrandom",
      "gettimeofday", "clock_gettime", "timespec_get", "printf", "fprintf",
      "puts", "fputs", "putchar", "fwrite", "perror",
      "std::chrono::*::now", "std::random_device::*", "std::this_thread::*",
      "Aws::Utils::DateTime::Now", "Aws::Utils::DateTime::CurrentTimeMillis",
      "Aws::Utils::UUID::*Random*"};
  for (const char *pattern : kVarying)
    if (fnmatch(pattern, qualified.c_str(), 0) == 0)
      return false;
  for (std::string_view library : {"std::", "Aws::", "aws::", "__gnu_cxx::"})
    if (spelled.rfind(library, 0) == 0)
      return true;
  static const char *const kPureC[] = {
      "getenv", "secure_getenv", "strlen", "strcmp", "strncmp", "strchr",
      "strrchr", "strstr", "memcmp", "atoi", "atol", "atoll", "atof",
      "strtol", "strtoll", "strtoul", "strtoull", "strtod", "strtof", "abs"};
  for (const char *pure : kPureC)
    if (qualified == pure)
      return true;
  return false;
}

std::string reads_mutable(const std::string &variable) {
  return "reads '" + variable + "', a variable that is not const";
}

std::string keeps_static(const std::string &variable) {
  return "keeps state between calls in the static variable '" + variable + "'";
}

std::string calls_unknown(const std::string &function) {
  return "calls '" + function +
         "', which hoist does not know to give the same result, and do "
         "nothing else, on every call";
}

std::string calls_through(const std::string &function,
                          const std::string &inner) {
  return "calls '" + function + "', which " + inner;
}

std::string frozen_value_risk(const std::string &what) {
  return "the moved code " + what +
         ": run once in main(), it gives every invocation what it gave the "
         "first";
}

} // namespace hoist::cpp
