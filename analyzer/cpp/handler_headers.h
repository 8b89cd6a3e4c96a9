#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <clang/Tooling/CompilationDatabase.h>

#include "core/overlay.h"

namespace hoist::cpp {

/// The project headers a C++ file includes, read for whether they can give
/// it a handler: a file whose own text names neither `run_handler` nor
/// `invocation_request` can still hold one through them (a macro of
/// "lambda_main.h" that calls run_handler with the file's function, a type
/// alias of invocation_request). A project header is one found beside the
/// file that includes it (`#include "..."`) or in a user include directory
/// of the compile command (-I, -iquote; and a file -include names), as
/// opposed to the system's and the compiler's; each is read once per run.
class HandlerHeaders {
public:
  /// Headers are read within `max_size` bytes (max-file-size).
  HandlerHeaders(const Overlay &overlay, std::uintmax_t max_size)
      : overlay_(overlay), max_size_(max_size) {}

  /// Whether `file`, compiled by `commands` (none: only quoted includes
  /// beside a file are found), includes, directly or through other project
  /// headers, one whose text names run_handler or invocation_request.
  bool can_give_handler(const std::filesystem::path &file,
                        const std::vector<clang::tooling::CompileCommand>
                            &commands);

private:
  struct Include {
    std::string name;
    bool quoted = false;
  };
  struct Header {
    bool names_handler = false;
    std::vector<Include> includes;
  };
  /// The `#include` lines of `text`.
  static std::vector<Include> includes_of(std::string_view text);
  /// The header at `path` as read (cached); null when it cannot be read.
  const Header *read(const std::filesystem::path &path);

  const Overlay &overlay_;
  std::uintmax_t max_size_;
  std::map<std::filesystem::path, std::optional<Header>> headers_;
};

} // namespace hoist::cpp
