#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace hoist {

/// Replaces `file`'s content with `text` atomically, and only when that is
/// safe; on failure `error` says why and the file is untouched.
///
/// A symbolic link is written at its target, the link kept, and only when
/// that target lies inside one of `roots` (absolute, canonical directories:
/// the paths checked). Only regular files are written. The target's
/// directory is opened once, one component at a time following no link,
/// and every step after is relative to it: a directory swapped for a link
/// meanwhile is not followed, and one moved away is refused. The new content
/// goes to a temporary file beside the target (`.NAME.hoist-XXXXXX`, removed
/// on any signal that can be caught, and, when a run was killed, by the next
/// run that writes NAME), given the original's mode, owner and extended
/// attributes (ACLs, SELinux labels), then swapped in. Refused: a read-only
/// file (even to root); a file with several hard links (a new file would
/// split them from it); a file whose owner or extended attributes the
/// temporary cannot be given; a file removed or moved meanwhile (never made
/// again); and a file that no longer holds `expected`, or whose mode,
/// owner, hard links or status change time (an extended attribute set)
/// moved after the copy took them: checked before writing, again just
/// before the swap, and once more on the file swapped out (an edit that
/// slipped in is swapped back). A user's edit is never lost.
bool replace_file_atomically(const std::filesystem::path &file,
                             const std::vector<std::filesystem::path> &roots,
                             std::string_view expected, std::string_view text,
                             std::string &error);

} // namespace hoist
