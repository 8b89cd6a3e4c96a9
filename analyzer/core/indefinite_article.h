#pragma once

#include <string>
#include <string_view>

namespace hoist {

/// `name` quoted, after the article it is read with: "a 'region'",
/// "an 'endpoint'", "an 'SQSClient'" (an acronym's first letter is read by
/// its name, "ess"), "an 'x'". Messages quote identifiers nobody chose for
/// them, so the article follows the name's sound as English spells it,
/// from its first letters; leading underscores are not read.
std::string quoted_with_article(std::string_view name);

} // namespace hoist
