#pragma once
#include <string>

namespace httplib {
class ClientImpl {
public:
  explicit ClientImpl(const std::string &host);
  explicit ClientImpl(const std::string &host, int port);
  virtual ~ClientImpl();
};
class Client {
public:
  explicit Client(const std::string &scheme_host_port);
  explicit Client(const std::string &host, int port);
  Client(Client &&) = default;
  ~Client();
};
class SSLClient final : public ClientImpl {
public:
  explicit SSLClient(const std::string &host);
  explicit SSLClient(const std::string &host, int port);
  ~SSLClient() override;
};
} // namespace httplib
