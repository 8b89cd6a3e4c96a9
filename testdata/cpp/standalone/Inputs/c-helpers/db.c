#include <libpq-fe.h>
#include "db.h"

struct pg_conn *open_db(const char *dsn) { return PQconnectdb(dsn); }
