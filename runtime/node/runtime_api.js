// The runtime process's side of the Lambda Runtime API (2018-06-01).
'use strict';

const http = require('http');

const API = '/2018-06-01/runtime';
const ERROR_TYPE_HEADER = 'Lambda-Runtime-Function-Error-Type';

class RuntimeApiClient {
  // One kept-alive connection, as Lambda's clients hold: a warm invoke pays
  // no connection setup. An idle kept-alive socket is unref'd by Node, so it
  // never keeps the event loop alive (callbackWaitsForEmptyEventLoop).
  constructor(address) {
    const colon = address.lastIndexOf(':');
    this.hostname = address.slice(0, colon);
    this.port = Number(address.slice(colon + 1));
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  }

  request(method, path, body, headers) {
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          hostname: this.hostname,
          port: this.port,
          path: API + path,
          method,
          agent: this.agent,
          headers: Object.assign(
            body === undefined ? {} : { 'Content-Length': Buffer.byteLength(body) },
            headers,
          ),
        },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode, headers: response.headers,
                      body: Buffer.concat(chunks).toString('utf8') }));
          response.on('error', reject);
        },
      );
      request.setNoDelay(true);
      request.on('error', reject);
      request.end(body);
    });
  }

  async next() {
    const answer = await this.request('GET', '/invocation/next');
    if (answer.status !== 200)
      throw new Error(`/next answered ${answer.status}: ${answer.body.slice(0, 200)}`);
    return answer;
  }

  postResponse(requestId, body) {
    return this.request('POST', `/invocation/${encodeURIComponent(requestId)}/response`,
                        body, { 'Content-Type': 'application/json' });
  }

  postError(requestId, error) {
    return this.postErrorTo(`/invocation/${encodeURIComponent(requestId)}/error`, error);
  }

  postInitError(error) {
    return this.postErrorTo('/init/error', error);
  }

  postErrorTo(path, error) {
    return this.request('POST', path, JSON.stringify(error),
                        { 'Content-Type': 'application/json',
                          [ERROR_TYPE_HEADER]: error.errorType });
  }
}

module.exports = { RuntimeApiClient };
