// Keeps the function off the network, as the closed loopback proxy keeps a
// Python function: Node.js's http, https, fetch and the AWS SDK for
// JavaScript ignore HTTP_PROXY, so every TCP connection to a host other
// than loopback goes to the closed port instead (127.0.0.1:9) and fails at
// once, before any DNS lookup. Loopback (a local stand-in for AWS, a test
// database) and Unix sockets are reached as asked.
'use strict';

const net = require('net');

const CLOSED = { host: '127.0.0.1', port: 9 };

function isLoopback(host) {
  return host === undefined || host === null || host === '' || host === 'localhost' ||
    host === '::1' || host === '[::1]' || /^127\./.test(host);
}

// net.connect passes its arguments already normalized, as [options, callback].
function connectOptions(args) {
  if (Array.isArray(args[0]))
    return args[0][0];
  if (args[0] !== null && typeof args[0] === 'object')
    return args[0];
  return undefined;
}

function install() {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    const options = connectOptions(args);
    if (options) {
      if (!options.path && !isLoopback(options.host))
        Object.assign(options, CLOSED);
    } else if (typeof args[1] === 'string' && !isLoopback(args[1])) {
      // connect(port, host[, callback])
      args[0] = CLOSED.port;
      args[1] = CLOSED.host;
    }
    return connect.apply(this, args);
  };
}

module.exports = { install };
