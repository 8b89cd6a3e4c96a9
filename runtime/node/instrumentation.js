// Counts the catalogued constructions (the "javascript" entries of
// rules/catalogue.json, the list the analyzer uses) by phase, as the Python
// runtime client does: each one the function's own code makes (a file under
// the task root, not under node_modules) is one JSON line of the
// construction log, written at once so that a process that dies keeps what
// it recorded. Only the outermost catalogued call counts (a client whose
// constructor builds another catalogued client counts once).
//
// A catalogued package's exports are wrapped in a Proxy when its CommonJS
// module has run (Module.prototype._compile), which `require` and an ES
// module's `import` of it both see (esm_hooks.mjs loads a package's
// CommonJS build for an import too, when it has one); Node.js's built-in
// modules (http, https) are wrapped at start. Packages that ship only ES
// modules are not counted, and the log names them.
'use strict';

const fs = require('fs');
const path = require('path');
const url = require('url');
const Module = require('module');

const { Catalogue } = require('./catalogue.js');
const { configurationOf } = require('./configuration.js');

const RUNTIME_DIR = __dirname + path.sep;

// The first frame of the code that called into a catalogued API.
function callerFrame() {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  Error.prepareStackTrace = (_, frames) => frames;
  Error.stackTraceLimit = 20;
  const holder = {};
  Error.captureStackTrace(holder);
  const frames = holder.stack;
  Error.prepareStackTrace = prepare;
  Error.stackTraceLimit = limit;
  return frames.find((frame) => {
    const file = frame.getFileName();
    return file && !file.startsWith(RUNTIME_DIR);
  });
}

class Recorder {
  constructor(logPath, taskRoot) {
    this.log = fs.openSync(logPath, 'a');
    this.taskRoot = fs.realpathSync(taskRoot) + path.sep;
    this.requestId = undefined; // undefined while in INIT
  }

  // Records a construction the function's own code made, with the
  // configuration it was built with; those made inside packages (a pool a
  // driver builds for itself) are not its.
  record(api, configuration) {
    const frame = callerFrame();
    if (!frame)
      return;
    let file = frame.getFileName();
    if (file.startsWith('file:'))
      file = url.fileURLToPath(file);
    try {
      file = fs.realpathSync(file);
    } catch (_) {
      return;
    }
    if (!file.startsWith(this.taskRoot) || file.includes(`${path.sep}node_modules${path.sep}`))
      return;
    const entry = {
      api,
      phase: this.requestId === undefined ? 'init' : 'invoke',
      request_id: this.requestId === undefined ? null : this.requestId,
      file: file.slice(this.taskRoot.length),
      line: frame.getLineNumber(),
      function: frame.getFunctionName() || '',
      config: configuration,
    };
    fs.writeSync(this.log, JSON.stringify(entry) + '\n');
  }

  // What the invocation left running when it answered (pending_work.js),
  // when it left anything.
  recordPending(pending) {
    if (pending.promises + pending.timers > 0)
      fs.writeSync(this.log, JSON.stringify({ pending, request_id: this.requestId }) + '\n');
  }
}

// A package's own build output, which its users do not name (only its main
// file or entry points such as aws-sdk/clients/s3 and mysql2/promise).
const BUILD_DIRECTORIES = new Set(['dist', 'dist-cjs', 'dist-es', 'lib', 'build', 'src',
                                   'cjs', 'esm', 'node_modules']);

// The catalogued API paths are at most two names deep (DynamoDB.DocumentClient).
const MAX_API_DEPTH = 2;

class Instrumenter {
  constructor(catalogue, recorder) {
    this.catalogue = catalogue;
    this.recorder = recorder;
    this.depth = 0; // catalogued calls in progress: only the outermost counts
    this.proxies = new WeakMap(); // value -> Map(api key -> proxy)
    this.own = new WeakSet(); // the proxies made here: never wrapped again
    this.mains = new Map(); // directory and package name -> its main file
  }

  // Builds with `build`, recording the use of `module`'s `apiPath` as `kind`
  // ('new' or 'call') when the catalogue lists it and no catalogued call is
  // in progress.
  count(module, apiPath, kind, args, build) {
    const api = apiPath.join('.');
    const entry = this.catalogue.entryFor(module, api, kind);
    const counted = entry && this.depth === 0 && this.catalogue.builds(entry, args);
    this.depth += 1;
    let built; // undefined when the construction throws: it was still tried
    try {
      built = build();
      return built;
    } finally {
      this.depth -= 1;
      if (counted)
        this.recorder.record(api === '' ? module : `${module}.${api}`, configurationOf(args, built));
    }
  }

  // `value`, reached as `module`'s export `apiPath`, wrapped so that its
  // construction, its call and its catalogued members are counted.
  wrap(value, module, apiPath) {
    const type = typeof value;
    if (value === null || (type !== 'object' && type !== 'function') || this.own.has(value))
      return value;
    const key = `${module}\0${apiPath.join('.')}`;
    let known = this.proxies.get(value);
    if (!known) {
      known = new Map();
      this.proxies.set(value, known);
    }
    if (known.has(key))
      return known.get(key);
    const instrumenter = this;
    const proxy = new Proxy(value, {
      construct(target, args, newTarget) {
        return instrumenter.count(module, apiPath, 'new', args, () =>
          Reflect.construct(target, args, newTarget === proxy ? target : newTarget));
      },
      apply(target, self, args) {
        return instrumenter.count(module, apiPath, 'call', args, () =>
          Reflect.apply(target, self, args));
      },
      get(target, name, receiver) {
        const member = Reflect.get(target, name, receiver);
        if (typeof name !== 'string' || name === 'prototype' ||
            apiPath.length >= MAX_API_DEPTH)
          return member;
        // A proxy must give a fixed property's own value.
        const own = Object.getOwnPropertyDescriptor(target, name);
        if (own && !own.configurable && own.writable === false)
          return member;
        return instrumenter.wrap(member, module, [...apiPath, name]);
      },
    });
    known.set(key, proxy);
    this.own.add(proxy);
    return proxy;
  }

  // The specifiers that load `filename` of a package: `pg` for its main
  // file, `mysql2/promise` for mysql2/promise.js.
  specifiers(filename) {
    const marker = `${path.sep}node_modules${path.sep}`;
    const at = filename.lastIndexOf(marker);
    if (at < 0)
      return [];
    const parts = filename.slice(at + marker.length).split(path.sep);
    const nameLength = parts[0].startsWith('@') ? 2 : 1;
    const name = parts.slice(0, nameLength).join('/');
    const subpath = parts.slice(nameLength).join('/').replace(/\.c?js$/, '');
    const found = [];
    if (this.catalogue.catalogued(name) && this.mainOf(name, filename.slice(0, at)) === filename)
      found.push(name);
    if (subpath && !BUILD_DIRECTORIES.has(subpath.split('/')[0]))
      found.push(`${name}/${subpath}`);
    return found.filter((specifier) => this.catalogue.catalogued(specifier));
  }

  // The file `require(name)` loads from `directory` (its node_modules).
  mainOf(name, directory) {
    const key = `${directory}\0${name}`;
    if (!this.mains.has(key)) {
      let main = null;
      try {
        main = require.resolve(name, { paths: [directory] });
      } catch (_) {
        // no CommonJS entry
      }
      this.mains.set(key, main);
    }
    return this.mains.get(key);
  }

  install() {
    const instrumenter = this;
    const compile = Module.prototype._compile;
    Module.prototype._compile = function (content, filename) {
      const result = compile.call(this, content, filename);
      const [specifier] = instrumenter.specifiers(filename);
      if (specifier)
        this.exports = instrumenter.wrap(this.exports, specifier, []);
      return result;
    };
    let builtins = false;
    for (const name of Module.builtinModules) {
      if (!this.catalogue.catalogued(name))
        continue;
      const exports = require(name);
      for (const member of Object.keys(exports))
        if (this.catalogue.entryFor(name, member, 'new') ||
            this.catalogue.entryFor(name, member, 'call')) {
          exports[member] = this.wrap(exports[member], name, [member]);
          builtins = true;
        }
    }
    if (builtins)
      Module.syncBuiltinESMExports();
  }
}

// Returns the recorder, whose requestId marks the phase.
function install(cataloguePath, logPath, taskRoot) {
  const recorder = new Recorder(logPath, taskRoot);
  new Instrumenter(Catalogue.load(cataloguePath), recorder).install();
  if (typeof Module.register === 'function') // Node.js 18.19, 20.6 and later
    Module.register(url.pathToFileURL(path.join(__dirname, 'esm_hooks.mjs')),
                    { data: { catalogue: cataloguePath, log: logPath } });
  return recorder;
}

module.exports = { install };
