#pragma once
extern "C" {
typedef struct pg_conn PGconn;
PGconn *PQconnectdb(const char *conninfo);
void PQfinish(PGconn *conn);
}
