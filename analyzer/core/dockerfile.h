#pragma once

// Dockerfiles read as Docker (BuildKit) reads them: parser directives, line
// continuations, exec and shell forms, variable expansion, stages. The
// deployment reader on top finds the handler a Lambda container image runs.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/deployment.h"

namespace hoist {

/// One instruction, its continuation lines joined (comment and empty lines
/// inside a continuation dropped, as BuildKit does).
struct DockerInstruction {
  std::string keyword;   ///< upper case: FROM, CMD, ...
  std::string arguments; ///< the rest, trimmed, continuations joined
  std::size_t line = 0;  ///< 1-based line of the keyword
  /// Where each piece of `arguments` came from: (offset in `arguments`,
  /// offset in the file), ascending.
  std::vector<std::pair<std::size_t, std::size_t>> pieces;

  /// The file offset of `arguments[at]`.
  std::size_t file_offset(std::size_t at) const;
};

struct ParsedDockerfile {
  char escape = '\\'; ///< from the `# escape=` directive
  std::vector<DockerInstruction> instructions;
};

ParsedDockerfile parse_dockerfile(std::string_view text);

/// An exec-form argument (`["a", "b"]`, a JSON array of strings): each string
/// with its range in `arguments`. Nothing when `arguments` is shell form.
struct ExecWord {
  std::string text;
  std::size_t begin = 0, end = 0;
};
std::optional<std::vector<ExecWord>> exec_form(std::string_view arguments);

/// Variables in scope: a value, or nothing when declared but not known (an
/// `ARG` without a default, an `ENV` built from an unknown value).
using DockerVariables = std::map<std::string, std::optional<std::string>>;

/// The words of `text` after quote removal and expansion of `$VAR`,
/// `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}` and
/// `${VAR+alt}`, as BuildKit expands ADD, COPY, ENV, FROM and WORKDIR.
/// Nothing when a value is not known: a variable not in `variables` counts as
/// unset (empty) only when `complete`, since a base image may set it.
std::optional<std::vector<std::string>>
expand_words(std::string_view text, const DockerVariables &variables,
             char escape, bool complete);

/// How the image's entry point is invoked for Lambda, with the build context
/// the Dockerfile's COPY sources are relative to.
struct DockerBuild {
  std::filesystem::path
      context; ///< absolute; empty: the Dockerfile's directory
  /// Lambda's ImageConfig overrides (SAM `ImageConfig`, CDK `cmd`), when set.
  std::optional<std::vector<std::string>> command;
  std::optional<std::vector<std::string>> entry_point;
  /// Where the configuration writes each word of `command` and
  /// `entry_point`: a handler they name is reported there, not in the
  /// Dockerfile.
  std::vector<Location> command_places, entry_point_places;
};

/// Reads a Dockerfile built with `build` into `out`: the handler its final
/// stage runs, when it runs the Python runtime interface client (an AWS
/// Lambda Python base image, or `awslambdaric` as the entry point) and the
/// handler's code is known; warnings where the image cannot start or hoist
/// declines to look (a COPY from outside the build context).
void read_dockerfile(const SourceFilePtr &file, const DockerBuild &build,
                     DeploymentScan &out);

/// What became of the Dockerfile a deployment configuration builds an image
/// function from (read_built_image).
enum class BuiltImage {
  Read,    ///< read: its handlers were added
  Outside, ///< its build context or itself is outside the checked trees
  Missing, ///< not there (built elsewhere) or unreadable
};

/// Reads the Dockerfile `dockerfile` (absolute) that a deployment
/// configuration (SAM's `Metadata`, serverless.yml's `provider.ecr.images`)
/// builds with `build`, shown as `display`: listed among the Dockerfiles
/// built elsewhere (not read again on its own, as if its directory were the
/// context), and its handlers, from `out.handlers[first]` on, Python's (the
/// reader lists images that run Python's runtime interface client only)
/// and read through the configuration. Not read when outside `context`'s
/// checked trees.
BuiltImage read_built_image(const std::filesystem::path &dockerfile,
                            const DockerBuild &build,
                            const std::string &display,
                            const DeploymentContext &context,
                            DeploymentScan &out, std::size_t &first);

/// True for the names Docker and Podman build from: `Dockerfile`,
/// `Dockerfile.<x>`, `<x>.Dockerfile`, `Containerfile` (any letter case of
/// the first), not `Dockerfile.dockerignore`.
bool is_dockerfile_name(std::string_view name);

} // namespace hoist
