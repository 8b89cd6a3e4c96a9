#include "peer_socket.h"

#include <arpa/inet.h>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fstream>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

namespace hoist::runtime {
namespace {

// One line of /proc/net/tcp{,6}: "sl local rem st queues tr retr uid
// timeout inode ...", addresses as hex; IPv4 as the raw 32-bit value,
// IPv6 as four such words (an IPv4-mapped address ends in 0000FFFF and the
// IPv4 word).
bool matches(const std::string &line, bool v6, const sockaddr_in &client,
             const sockaddr_in &server, unsigned long &inode, unsigned &uid) {
  char local[64], remote[64];
  unsigned local_port = 0, remote_port = 0;
  if (std::sscanf(line.c_str(),
                  " %*d: %63[0-9A-Fa-f]:%x %63[0-9A-Fa-f]:%x %*x %*x:%*x "
                  "%*x:%*x %*x %u %*d %lu",
                  local, &local_port, remote, &remote_port, &uid, &inode) != 6)
    return false;
  auto address = [&](const char *hex, std::uint32_t &value) {
    std::size_t length = std::strlen(hex);
    if (v6) {
      if (length != 32 || std::strncmp(hex, "0000000000000000FFFF0000", 24) != 0)
        return false;
      hex += 24;
    } else if (length != 8) {
      return false;
    }
    value = static_cast<std::uint32_t>(std::strtoul(hex, nullptr, 16));
    return true;
  };
  std::uint32_t local_address = 0, remote_address = 0;
  return address(local, local_address) && address(remote, remote_address) &&
         local_address == client.sin_addr.s_addr &&
         local_port == ntohs(client.sin_port) &&
         remote_address == server.sin_addr.s_addr &&
         remote_port == ntohs(server.sin_port);
}

} // namespace

unsigned long peer_socket_inode(int fd) {
  sockaddr_in client{}, server{};
  socklen_t size = sizeof client;
  if (::getpeername(fd, reinterpret_cast<sockaddr *>(&client), &size) ||
      client.sin_family != AF_INET)
    return 0;
  size = sizeof server;
  if (::getsockname(fd, reinterpret_cast<sockaddr *>(&server), &size))
    return 0;
  for (bool v6 : {false, true}) {
    std::ifstream table(v6 ? "/proc/net/tcp6" : "/proc/net/tcp");
    std::string line;
    std::getline(table, line); // the header
    while (std::getline(table, line)) {
      unsigned long inode = 0;
      unsigned uid = 0;
      if (matches(line, v6, client, server, inode, uid))
        return uid == ::getuid() ? inode : 0;
    }
  }
  return 0;
}

bool holds_socket(pid_t pid, unsigned long inode) {
  const std::string directory = "/proc/" + std::to_string(pid) + "/fd";
  const std::string wanted = "socket:[" + std::to_string(inode) + "]";
  DIR *fds = ::opendir(directory.c_str());
  if (!fds)
    return false;
  bool found = false;
  while (dirent *entry = ::readdir(fds)) {
    if (entry->d_name[0] == '.')
      continue;
    char target[64];
    ssize_t length = ::readlinkat(::dirfd(fds), entry->d_name, target,
                                  sizeof target - 1);
    if (length > 0 && wanted.compare(0, std::string::npos, target,
                                     static_cast<std::size_t>(length)) == 0) {
      found = true;
      break;
    }
  }
  ::closedir(fds);
  return found;
}

} // namespace hoist::runtime
