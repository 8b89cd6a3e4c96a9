#pragma once
extern "C" {
typedef struct st_mysql MYSQL;
MYSQL *mysql_init(MYSQL *mysql);
MYSQL *mysql_real_connect(MYSQL *mysql, const char *host, const char *user, const char *passwd,
                          const char *db, unsigned int port, const char *unix_socket,
                          unsigned long clientflag);
void mysql_close(MYSQL *sock);
}
