#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace hoist {

/// What a check read from disk besides the files it was given: each file it
/// read (read_file_within records them), each path it looked for, found or
/// not (a handler module, a tsconfig `extends`, a Dockerfile's COPY source),
/// and each directory it listed (Terraform's *.auto.tfvars). A result kept
/// by the result cache depends on all of them: a file created where a
/// lookup found nothing changes the path's stamp from "missing", a file
/// added to a listed directory the directory's time.
///
/// Nothing is recorded unless a ReadRecording is alive (one at a time);
/// threads record at once.
class ReadRecording {
public:
  ReadRecording();
  ~ReadRecording();
  ReadRecording(const ReadRecording &) = delete;
  ReadRecording &operator=(const ReadRecording &) = delete;

  /// The paths recorded so far (absolute, normalized), sorted, each once.
  std::vector<std::string> paths() const;
};

/// Records `path`, a file read or looked for or a directory listed, when a
/// recording is on.
void record_input(const std::filesystem::path &path);

/// std::filesystem::is_regular_file (false on an error), recorded: whether
/// it is there is what the caller's answer depends on.
bool is_file_recorded(const std::filesystem::path &path);

} // namespace hoist
