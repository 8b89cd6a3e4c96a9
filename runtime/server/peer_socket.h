#pragma once

#include <sys/types.h>

namespace hoist::runtime {

/// The inode of the client's socket at the other end of the accepted
/// loopback TCP connection `fd`, found by its address pair in
/// /proc/net/tcp (or tcp6, for an IPv4-mapped client); 0 when it is not
/// there (the client is gone) or belongs to another user.
unsigned long peer_socket_inode(int fd);

/// Whether process `pid` has the socket `inode` among its open files.
bool holds_socket(pid_t pid, unsigned long inode);

} // namespace hoist::runtime
