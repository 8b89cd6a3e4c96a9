#pragma once
#include <string>

namespace sql {
class SQLString {
public:
  SQLString(const char *other);
  SQLString(const std::string &other);
};
class Connection {
public:
  virtual ~Connection();
  virtual void close() = 0;
};
class Driver {
protected:
  virtual ~Driver() {}
public:
  virtual Connection *connect(const sql::SQLString &hostName,
                              const sql::SQLString &userName,
                              const sql::SQLString &password) = 0;
};
} // namespace sql

extern "C" {
sql::Driver *get_driver_instance();
}
