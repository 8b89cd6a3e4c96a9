// Container images for Lambda: the last stage's CMD names the handler when
// the image runs the Python runtime interface client (an AWS Lambda Python
// base image, or awslambdaric as the entry point).
#include <algorithm>
#include <cctype>
#include <optional>

#include "core/deployment.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

struct Instruction {
  std::string keyword;   ///< upper case: FROM, CMD, ...
  std::string arguments; ///< the rest, continuation lines joined
  std::size_t offset;    ///< where the arguments start in the file
};

std::vector<Instruction> instructions(std::string_view text) {
  std::vector<Instruction> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = text.find('\n', i);
    if (end == std::string_view::npos)
      end = text.size();
    std::string_view line = text.substr(i, end - i);
    std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string_view::npos || line[start] == '#') {
      i = end + 1;
      continue;
    }
    std::size_t word_end = line.find_first_of(" \t", start);
    Instruction instruction;
    instruction.keyword = std::string(line.substr(start, word_end - start));
    std::transform(instruction.keyword.begin(), instruction.keyword.end(),
                   instruction.keyword.begin(),
                   [](unsigned char c) { return std::toupper(c); });
    std::size_t args = word_end == std::string_view::npos
                           ? line.size()
                           : line.find_first_not_of(" \t", word_end);
    instruction.offset =
        i + (args == std::string_view::npos ? line.size() : args);
    // Join continuation lines ending in a backslash.
    std::string arguments(args == std::string_view::npos ? ""
                                                         : line.substr(args));
    while (!arguments.empty() && arguments.back() == '\\' &&
           end < text.size()) {
      arguments.pop_back();
      std::size_t next = text.find('\n', end + 1);
      if (next == std::string_view::npos)
        next = text.size();
      arguments += text.substr(end + 1, next - end - 1);
      end = next;
    }
    while (!arguments.empty() &&
           (arguments.back() == '\r' || arguments.back() == ' '))
      arguments.pop_back();
    instruction.arguments = arguments;
    out.push_back(std::move(instruction));
    i = end + 1;
  }
  return out;
}

/// The words of an exec-form (`["a", "b"]`) or shell-form (`a b`) argument,
/// each with its offset within `arguments`.
std::vector<std::pair<std::string, std::size_t>>
words(const std::string &arguments) {
  std::vector<std::pair<std::string, std::size_t>> out;
  if (!arguments.empty() && arguments[0] == '[') {
    for (std::size_t i = 0; i < arguments.size(); ++i) {
      if (arguments[i] != '"')
        continue;
      std::size_t close = arguments.find('"', i + 1);
      if (close == std::string::npos)
        break;
      out.emplace_back(arguments.substr(i + 1, close - i - 1), i + 1);
      i = close;
    }
    return out;
  }
  std::size_t i = 0;
  while ((i = arguments.find_first_not_of(" \t", i)) != std::string::npos) {
    std::size_t end = arguments.find_first_of(" \t", i);
    out.emplace_back(arguments.substr(i, end - i), i);
    i = end;
  }
  return out;
}

bool is_task_root(const std::string &path, const std::string &workdir) {
  std::string trimmed = path;
  while (trimmed.size() > 1 && trimmed.back() == '/')
    trimmed.pop_back();
  if (trimmed == "${LAMBDA_TASK_ROOT}" || trimmed == "$LAMBDA_TASK_ROOT" ||
      trimmed == "/var/task")
    return true;
  return (trimmed == "." || trimmed == "./") && is_task_root(workdir, "");
}

} // namespace

void read_dockerfile(const SourceFilePtr &file, DeploymentScan &out) {
  fs::path dir = fs::absolute(file->path()).parent_path();
  bool python = false;
  std::string workdir;
  std::optional<fs::path> code_root;
  std::optional<Instruction> command;
  for (const Instruction &instruction : instructions(file->text())) {
    const std::string &keyword = instruction.keyword;
    if (keyword == "FROM") { // a new stage: only the last one runs
      python = instruction.arguments.find("lambda/python") != std::string::npos;
      workdir.clear();
      code_root.reset();
      command.reset();
    } else if (keyword == "ENTRYPOINT" || keyword == "RUN") {
      if (instruction.arguments.find("awslambdaric") != std::string::npos)
        python = true;
    } else if (keyword == "WORKDIR") {
      workdir = instruction.arguments;
    } else if ((keyword == "COPY" || keyword == "ADD") && !code_root) {
      auto parts = words(instruction.arguments);
      parts.erase(std::remove_if(parts.begin(), parts.end(),
                                 [](const auto &part) {
                                   return part.first.rfind("--", 0) == 0;
                                 }),
                  parts.end());
      if (parts.size() < 2 || !is_task_root(parts.back().first, workdir))
        continue;
      fs::path source = dir / parts.front().first;
      std::error_code error;
      code_root =
          fs::is_directory(source, error) ? source : source.parent_path();
    } else if (keyword == "CMD") {
      command = instruction;
    }
  }
  if (!python || !command)
    return;
  auto parts = words(command->arguments);
  if (parts.empty())
    return;
  const auto &[handler, at] = parts.front();
  std::size_t begin = command->offset + at;
  out.handlers.push_back({handler, code_root.value_or(dir).lexically_normal(),
                          "", Location{file, {begin, begin + handler.size()}},
                          "the CMD of " + file->path()});
}

} // namespace hoist
