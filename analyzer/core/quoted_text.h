#pragma once

#include <string>
#include <string_view>

namespace hoist {

/// How `quoted` writes a control character that has no letter escape.
enum class ControlEscape {
  Octal, ///< `\ooo`, as git and C write them
  Hex,   ///< `\xhh`, as YAML's double-quoted scalars take them
};

/// `text` in double quotes, every byte kept: `"` and `\` escaped, `\t`,
/// `\n`, `\r` as such, the other control bytes (and DEL) as `style` says;
/// UTF-8 as it is.
std::string quoted(std::string_view text, ControlEscape style);

} // namespace hoist
