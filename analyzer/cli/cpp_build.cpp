#include "cli/cpp_build.h"

#include <deque>
#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/data_dir.h"

extern char **environ;

namespace hoist::cli {

namespace fs = std::filesystem;

CppRuntimeLibrary find_cpp_runtime_library() {
  // <prefix>/share/hoist is the data directory of an installed hoist.
  fs::path prefix = find_data_dir().parent_path().parent_path();
  // The headers are under include/hoist, where they cannot shadow the real
  // aws-lambda-cpp headers of <prefix>/include.
  CppRuntimeLibrary installed{prefix / "include" / "hoist",
                              prefix / "lib" / "libhoist_lambda_runtime_cpp.a"};
  std::error_code error;
  if (fs::exists(installed.library, error) &&
      fs::exists(installed.include_dir / "aws" / "lambda-runtime" / "runtime.h",
                 error))
    return installed;
  return {HOIST_CPP_RUNTIME_INCLUDE, HOIST_CPP_RUNTIME_LIBRARY};
}

namespace {

// The last lines of the file `log`, at most 20 of them and 4000 bytes.
std::string tail_of(const fs::path &log) {
  constexpr std::size_t kLines = 20, kBytes = 4000;
  std::ifstream in(log, std::ios::binary);
  std::deque<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    lines.push_back(std::move(line));
    if (lines.size() > kLines)
      lines.pop_front();
  }
  std::string text;
  for (const std::string &line : lines)
    text += (text.empty() ? "" : "\n") + line;
  return text.size() > kBytes ? "..." + text.substr(text.size() - kBytes)
                              : text;
}

} // namespace

bool build_cpp_handler(const fs::path &source,
                       const std::vector<std::string> &flags,
                       const std::vector<std::string> &link,
                       const fs::path &binary, const fs::path &log,
                       std::string &error) {
  CppRuntimeLibrary runtime = find_cpp_runtime_library();
  std::vector<std::string> command = {"clang++-14", "-std=c++17", "-O1",
                                      "-I" + runtime.include_dir.string()};
  command.insert(command.end(), flags.begin(), flags.end());
  command.push_back(source.string());
  command.insert(command.end(), link.begin(), link.end());
  for (const char *tail : {"-lcpp-httplib", "-lpthread"})
    command.push_back(tail);
  command.insert(command.end() - 2, runtime.library.string());
  command.push_back("-o");
  command.push_back(binary.string());
  std::vector<char *> argv;
  for (std::string &argument : command)
    argv.push_back(argument.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  pid_t pid = 0;
  int spawned =
      posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    error = "cannot run clang++-14 to build the C++ handler (tools/setup.sh "
            "installs it)";
    return false;
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    // The log is in verify's scratch directory, gone when the message is
    // read: its end, where the compiler's errors are, goes in the message.
    error = "the C++ handler '" + source.filename().string() +
            "' does not build; the compiler said:\n" + tail_of(log);
    return false;
  }
  return true;
}

} // namespace hoist::cli
