#pragma once
#ifdef __cplusplus
extern "C" {
#endif
struct pg_conn;
/* Opens the orders database; defined in db.c. */
struct pg_conn *open_db(const char *dsn);
#ifdef __cplusplus
}
#endif
