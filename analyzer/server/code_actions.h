#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostic.h"
#include "server/text_positions.h"

namespace hoist::server {

/// The kind of the action that applies every safe fix of a document.
inline constexpr const char kFixAllKind[] = "source.fixAll.hoist";

/// What textDocument/codeAction asks, and what the answer needs.
struct CodeActionQuery {
  std::size_t begin = 0, end = 0; ///< the range asked about, in bytes
  /// `context.only`: the kinds wanted (empty: every kind).
  std::vector<std::string> only;
  bool unsafe_fixes = false; ///< offer unsafe fixes too
  PositionEncoding encoding = PositionEncoding::Utf16;
  /// The version of an open document, by absolute path (nothing: not open,
  /// the disk's text).
  std::function<std::optional<std::int64_t>(const std::string &path)>
      version_of;
};

/// The code actions for a document whose findings are `findings` (in report
/// order, of the document's current text): for each finding the range
/// touches, its fix as a quickfix (safe ones preferred; an unsafe one says
/// so in its title, offered only with `unsafe_fixes`) and "ignore this
/// finding" (a `hoist: ignore[rule]` comment on its line); and
/// source.fixAll.hoist with the safe fixes that apply together, as --fix's
/// first pass chooses them.
nlohmann::json code_actions(const std::vector<Diagnostic> &findings,
                            const CodeActionQuery &query);

} // namespace hoist::server
