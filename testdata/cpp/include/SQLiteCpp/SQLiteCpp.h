#pragma once
#include <string>

namespace SQLite {
extern const int OPEN_READONLY;
extern const int OPEN_READWRITE;
extern const int OPEN_CREATE;
class Database {
public:
  Database(const char *apFilename, const int aFlags = SQLite::OPEN_READONLY,
           const int aBusyTimeoutMs = 0, const char *apVfs = nullptr);
  Database(const std::string &aFilename,
           const int aFlags = SQLite::OPEN_READONLY,
           const int aBusyTimeoutMs = 0, const std::string &aVfs = "");
  Database(const Database &) = delete;
  Database(Database &&aDatabase) = default;
  int exec(const char *apQueries);
};
} // namespace SQLite
