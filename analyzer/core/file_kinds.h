#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace hoist {

/// What core needs to know of one kind of source file, which only the
/// front-end that reads it knows: how its bytes are read, what messages
/// call it, the comment a suppression is written in, and whose findings it
/// holds. A front-end states its kinds (FrontEnd::file_kinds); core asks
/// the process's table (file_kind_of) where it used to test extensions.
struct FileKind {
  /// How a file's bytes become the text hoist analyzes.
  enum class Reading {
    /// UTF-8 only (a byte order mark allowed).
    Utf8,
    /// UTF-8 unless a PEP 263 coding declaration names another encoding
    /// (a byte order mark makes it UTF-8).
    DeclaredEncoding,
    /// The bytes as they are, whatever they encode, as a compiler reads
    /// them (so that offsets are the compiler's).
    Bytes,
  };

  /// True for the names of the files of this kind.
  std::function<bool(std::string_view name)> matches;
  /// What messages call a file's text ("Python source").
  std::string source_name;
  Reading reading = Reading::Utf8;
  /// For Reading::Utf8: who reads the text as UTF-8 only ("Node.js"), for
  /// the message that refuses other bytes.
  std::string reader = "hoist";
  /// What starts a comment to the end of the line ("#", "//"): a
  /// suppression is written in it.
  std::string line_comment;
  /// Its findings are clang-tidy's too: a rule that is a clang-tidy check
  /// is named `awslambda-<id>` there (what NOLINT(...) takes), and
  /// --export-fixes exports them.
  bool clang_tidy_findings = false;
};
using FileKinds = std::vector<FileKind>;

/// The first of `kinds` that matches the file name `name` (a path's last
/// component is enough); null when none does.
const FileKind *file_kind_of(std::string_view name, const FileKinds &kinds);

/// The process's table of file kinds: those of the registered front-ends,
/// in their order, filled once (register_file_kinds) before anything is
/// read; empty until then.
const FileKinds &registered_file_kinds();

/// The kind of `name` in the process's table; null when it has none.
const FileKind *file_kind_of(std::string_view name);

/// Fills the process's table with `kinds`, once: the first call's kinds
/// stay for the process, and later calls change nothing (setup's
/// registration is the one caller, and always fills it alike). Filled
/// before a session or a test reads a file, so that `hoist server`'s
/// sessions and the unit tests share one table that none of them changes.
void register_file_kinds(const std::function<FileKinds()> &kinds);

} // namespace hoist
