#pragma once
#include <cppconn/driver.h>

namespace sql {
namespace mysql {
class MySQL_Driver : public sql::Driver {
public:
  sql::Connection *connect(const sql::SQLString &hostName,
                           const sql::SQLString &userName,
                           const sql::SQLString &password) override;
};
MySQL_Driver *get_mysql_driver_instance();
} // namespace mysql
} // namespace sql
