// A handler that does what no handler should: it writes to stdout, never
// returns, or ends the process.
exports.writesToStdout = async () => {
  process.stdout.write('HTTP/1.1 200 OK\r\n\r\n{"forged": true}\n'.repeat(1000));
  console.log('%s', 'x'.repeat(1 << 20));
  return { wrote: true };
};

exports.neverReturns = async () => {
  for (;;) {}
};

exports.exits = async () => {
  process.exit(3);
};

exports.killsItself = async () => {
  process.kill(process.pid, 'SIGSEGV');
  return new Promise(() => setTimeout(() => {}, 10000));
};

// The Runtime API is the environment's: a forged answer for another request
// id is refused, and the real invocation still answers.
exports.forgesAnAnswer = async (event, context) => {
  const http = require('http');
  const [host, port] = process.env.AWS_LAMBDA_RUNTIME_API.split(':');
  const status = await new Promise((resolve) => {
    const request = http.request({ host, port, method: 'POST',
      path: '/2018-06-01/runtime/invocation/not-this-one/response' },
      (response) => { response.resume(); resolve(response.statusCode); });
    request.on('error', () => resolve('error'));
    request.end('"forged"');
  });
  return { forgedStatus: status };
};

// Nothing leaves the machine: a request to AWS fails at once on the closed
// loopback port, with no DNS lookup; fetch, http and raw sockets alike.
exports.reachesOut = async () => {
  const https = require('https');
  const net = require('net');
  const viaHttps = await new Promise((resolve) => {
    https.get('https://s3.amazonaws.com/', () => resolve('reached'))
      .on('error', (error) => resolve(error.message));
  });
  const viaFetch = await fetch('https://example.com/').then(
    () => 'reached', (error) => error.cause && error.cause.message);
  const viaSocket = await new Promise((resolve) => {
    net.connect(443, 'example.com').on('connect', () => resolve('reached'))
      .on('error', (error) => resolve(error.message));
  });
  return { viaHttps, viaFetch, viaSocket };
};

// More memory than the function has: the environment is killed.
exports.eatsMemory = async () => {
  const kept = [];
  for (let i = 0; i < 64; i += 1)
    kept.push(Buffer.alloc(16 * 1024 * 1024, 1));
  return kept.length;
};
