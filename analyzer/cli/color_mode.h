#pragma once

#include <string>

namespace hoist::cli {

/// --color WHEN: whether a text report is coloured.
enum class ColorMode { Auto, Always, Never };

/// Reads `value` (auto, always or never) into `out`; false, with `error`
/// set, for anything else.
bool parse_color(const std::string &value, ColorMode &out, std::string &error);

/// Whether to colour a report: as `mode` says, or, for auto, when it goes
/// to a terminal (no `output_file`) and neither NO_COLOR nor TERM=dumb asks
/// otherwise.
bool use_color(ColorMode mode, const std::string &output_file);

} // namespace hoist::cli
