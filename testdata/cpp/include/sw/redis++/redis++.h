#pragma once
#include <chrono>
#include <string>

namespace sw {
namespace redis {
struct ConnectionOptions {
  std::string host = "127.0.0.1";
  int port = 6379;
  std::string password;
  int db = 0;
  std::chrono::milliseconds socket_timeout{0};
};
struct ConnectionPoolOptions {
  std::size_t size = 1;
};
class Redis {
public:
  explicit Redis(const ConnectionOptions &connection_opts,
                 const ConnectionPoolOptions &pool_opts = {});
  explicit Redis(const std::string &uri);
  Redis(const Redis &) = delete;
  Redis(Redis &&) = default;
  bool set(const std::string &key, const std::string &val);
};
class RedisCluster {
public:
  explicit RedisCluster(const ConnectionOptions &connection_opts,
                        const ConnectionPoolOptions &pool_opts = {});
  explicit RedisCluster(const std::string &uri);
  RedisCluster(const RedisCluster &) = delete;
  RedisCluster(RedisCluster &&) = default;
};
} // namespace redis
} // namespace sw
