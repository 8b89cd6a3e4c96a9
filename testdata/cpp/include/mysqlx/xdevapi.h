#pragma once
#include <string>

namespace mysqlx {
inline namespace abi2 {
inline namespace r0 {
class Session {
public:
  template <typename... T> Session(T... options);
  Session(Session &&other);
};
class Client {
public:
  template <typename... T> Client(T... options);
  Session getSession();
};
template <class... P> Session getSession(P... p);
template <class... P> Client getClient(P... p);
} // namespace r0
} // namespace abi2
} // namespace mysqlx
