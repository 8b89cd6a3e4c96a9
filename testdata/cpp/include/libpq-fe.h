#pragma once
extern "C" {
typedef struct pg_conn PGconn;
PGconn *PQconnectdb(const char *conninfo);
PGconn *PQsetdbLogin(const char *pghost, const char *pgport,
                     const char *pgoptions, const char *pgtty,
                     const char *dbName, const char *login, const char *pwd);
void PQfinish(PGconn *conn);
}
