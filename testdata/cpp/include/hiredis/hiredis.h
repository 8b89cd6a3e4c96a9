#pragma once
extern "C" {
typedef struct redisContext redisContext;
redisContext *redisConnect(const char *ip, int port);
void redisFree(redisContext *c);
}
