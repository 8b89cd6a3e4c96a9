#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/diagnostic.h"
#include "output/report.h"
#include "server/text_positions.h"

namespace hoist::server {

/// A finding as an LSP Diagnostic: its severity, the rule id as its code
/// (with a codeDescription only when the build was given the address of
/// the docs), the handler and the call chain as relatedInformation, the
/// Unnecessary tag on an unused suppression.
nlohmann::json lsp_diagnostic(const Diagnostic &diagnostic,
                              PositionEncoding encoding);

/// A notice with a place (a syntax error, a file hoist could not read) as
/// an LSP Diagnostic without a code.
nlohmann::json lsp_diagnostic(const FileNotice &notice,
                              PositionEncoding encoding);

/// An LSP Location: the URI of `location`'s file and its range.
nlohmann::json lsp_location(const Location &location,
                            PositionEncoding encoding);

} // namespace hoist::server
