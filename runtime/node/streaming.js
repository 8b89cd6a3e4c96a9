// Response streaming handlers (awslambda.streamifyResponse), answered whole:
// the invoke endpoint and the Runtime API here are buffered, so what the
// handler writes to its response stream is collected and sent as the
// response when the stream ends. Lambda's client defines the `awslambda`
// global for every function (unless AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA is
// set); code that calls streamifyResponse at INIT needs it.
'use strict';

const { Writable } = require('stream');
const { finished } = require('stream/promises');

const STREAMING = Symbol.for('aws.lambda.runtime.handler.streaming');
const HIGH_WATER_MARK = Symbol.for('aws.lambda.runtime.handler.streaming.highWaterMark');

// As Lambda's HttpResponseStream.from: the HTTP metadata as a JSON prelude,
// then eight NUL bytes, then the body.
class HttpResponseStream {
  static from(stream, prelude) {
    stream.setContentType('application/vnd.awslambda.http-integration-response');
    stream.write(JSON.stringify(prelude));
    stream.write(Buffer.alloc(8));
    return stream;
  }
}

function installGlobal() {
  const off = process.env.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA;
  if (off === '1' || off === 'true')
    return;
  globalThis.awslambda = {
    streamifyResponse(handler, options) {
      handler[STREAMING] = 'response';
      if (options && typeof options.highWaterMark === 'number')
        handler[HIGH_WATER_MARK] = options.highWaterMark;
      return handler;
    },
    HttpResponseStream,
  };
}

function isStreaming(handler) {
  return handler[STREAMING] === 'response';
}

class CollectedResponse extends Writable {
  constructor() {
    super();
    this.chunks = [];
    this.contentType = 'application/octet-stream';
  }

  setContentType(type) {
    this.contentType = type;
  }

  _write(chunk, encoding, done) {
    this.chunks.push(Buffer.from(chunk, encoding));
    done();
  }
}

// Runs a streaming handler; resolves to what it wrote, or rejects with what
// Lambda's client reports.
async function invokeStreaming(handler, event, context) {
  const stream = new CollectedResponse();
  const result = handler(event, stream, context);
  if (!result || typeof result.then !== 'function')
    throw new Error('Streaming does not support non-async handlers.');
  if ((await result) !== undefined)
    console.warn('Streaming handlers ignore return values.');
  if (!stream.writableEnded)
    throw new Error('Response stream is not finished.');
  await finished(stream);
  return Buffer.concat(stream.chunks);
}

module.exports = { installGlobal, isStreaming, invokeStreaming };
