#pragma once
extern "C" {
typedef struct redisContext redisContext;
typedef struct redisOptions redisOptions;
redisContext *redisConnect(const char *ip, int port);
redisContext *redisConnectUnix(const char *path);
redisContext *redisConnectWithOptions(const redisOptions *options);
void redisFree(redisContext *c);
}
