#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace hoist::cli {

/// Where hoist's C++ runtime library is: installed beside hoist
/// (<prefix>/include/hoist, <prefix>/lib), else in the build tree hoist came
/// from.
struct CppRuntimeLibrary {
  std::filesystem::path include_dir;
  std::filesystem::path library;
};
CppRuntimeLibrary find_cpp_runtime_library();

/// Builds a C++ handler written for aws-lambda-cpp into `binary` with
/// clang++-14, against hoist's C++ runtime library: `flags` to compile,
/// `link` (libraries, object files) before the runtime library. The
/// compiler's output goes to `log`. False, with `error` saying what to look
/// at, when it does not build.
bool build_cpp_handler(const std::filesystem::path &source,
                       const std::vector<std::string> &flags,
                       const std::vector<std::string> &link,
                       const std::filesystem::path &binary,
                       const std::filesystem::path &log, std::string &error);

} // namespace hoist::cli
