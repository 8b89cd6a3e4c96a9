#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostic.h"
#include "core/rule_registry.h"
#include "server/text_positions.h"

namespace hoist::server {

/// textDocument/hover at `offset` of `text`: the documentation page (its
/// markdown, as `hoist explain` prints it) of the rule of a finding under
/// the cursor, or of the rule id under it in a `hoist: ignore[...]`
/// comment; nothing elsewhere.
std::optional<nlohmann::json> hover(const std::vector<Diagnostic> &findings,
                                    std::string_view text, std::size_t offset,
                                    const RuleRegistry &registry,
                                    PositionEncoding encoding);

} // namespace hoist::server
