// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// Of several reasons for no fix, the one a rewrite of the statement would
// leave comes first: how the statement is written (a 'var', code on its
// lines) follows it, after "also:" (fresh24 UX 5: the bookstore's
// `var redisClient = redis.createClient(...)` said "not the value of a
// 'const' or 'let'", then "shares its lines", and only then "the handler
// calls 'redisClient.on(...)'"). A `var` the handler names only from its
// declaration on moves as a `let` does (fresh25).
"use strict";
const redis = require("redis");

exports.handler = async (event) => {
  // expect: connection-in-handler
  var redisClient = redis.createClient(6379, process.env.URL); console.log("created");
  redisClient.on("error", (err) => console.log(err));
  return redisClient.zrevrange("TopBooks", 0, 19);
};
// CHECK: decisive_reason.js:[[@LINE-4]]:21: connection-in-handler {{.*}}; no fix: the handler calls 'redisClient.on(...)': a connection at module scope would be closed, opened again or changed on every invocation; also: its statement shares its lines with other code{{$}}

exports.reopenHandler = async (event) => {
  // expect: connection-in-handler
  var client = redis.createClient(6379, process.env.URL);
  // expect: connection-in-handler
  if (event.other) client = redis.createClient(6380, process.env.URL);
  return client.get(event.key);
};
// CHECK: decisive_reason.js:[[@LINE-5]]:16: connection-in-handler {{.*}}; no fix: the handler assigns 'client' again{{$}}

// Nothing but the form: it alone is named.
exports.formHandler = async (event) => {
  // expect: connection-in-handler
  let hits = 0, cache = redis.createClient(6379, process.env.URL);
  return cache.get(event.key + hits);
};
// CHECK: decisive_reason.js:[[@LINE-3]]:25: connection-in-handler {{.*}}; no fix: it is not the value of a 'const' or 'let' of its own{{$}}
