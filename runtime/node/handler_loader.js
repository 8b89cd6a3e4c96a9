// Loads the handler `path/file.export` as Lambda's Node.js runtime interface
// client does (UserFunction.js): the file is looked for, relative to the task
// root, with no extension, .js (CommonJS, or ESM under a package.json of
// "type": "module"), .mjs and .cjs (and .ts, .mts, .cts from Node.js 24,
// which strips types), then as a package; the export path may be nested
// (`index.handlers.main`).
'use strict';

const fs = require('fs');
const path = require('path');
const url = require('url');

const {
  HandlerNotFound, ImportModuleError, MalformedHandlerName, UserCodeSyntaxError,
} = require('./errors.js');

const FUNCTION_EXPR = /^([^.]*)\.(.*)$/;

function nodeMajor() {
  return Number.parseInt(process.versions.node.split('.')[0], 10);
}

// The nearest package.json says "type": "module"; a node_modules directory
// or the file system's root ends the search.
function inModulePackage(folder) {
  if (folder.endsWith('/node_modules'))
    return false;
  const file = path.join(folder, 'package.json');
  if (fs.existsSync(file)) {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')).type === 'module';
    } catch (_) {
      return false;
    }
  }
  return folder === '/' ? false : inModulePackage(path.resolve(folder, '..'));
}

function requireIfFile(file) {
  return fs.existsSync(file) ? require(file) : undefined;
}

async function importIfFile(file) {
  return fs.existsSync(file) ? import(url.pathToFileURL(file).href) : undefined;
}

async function loadModule(taskRoot, moduleRoot, module) {
  const stem = path.resolve(taskRoot, moduleRoot, module);
  const extensionless = requireIfFile(stem);
  if (extensionless)
    return extensionless;
  const esm = inModulePackage(path.dirname(stem));
  const typescript = nodeMajor() >= 24;
  const loaded =
    (!esm && requireIfFile(stem + '.js')) ||
    (esm && (await importIfFile(stem + '.js'))) ||
    (await importIfFile(stem + '.mjs')) ||
    requireIfFile(stem + '.cjs') ||
    (typescript && !esm && requireIfFile(stem + '.ts')) ||
    (typescript && esm && (await importIfFile(stem + '.ts'))) ||
    (typescript && (await importIfFile(stem + '.mts'))) ||
    (typescript && requireIfFile(stem + '.cts'));
  if (loaded)
    return loaded;
  return require(require.resolve(module, { paths: [taskRoot, moduleRoot] }));
}

// The handler function; throws the Runtime.* error Lambda would report.
async function loadHandler(taskRoot, handlerString) {
  if (handlerString.includes('..'))
    throw new MalformedHandlerName(
      `'${handlerString}' is not a valid handler name. Use absolute paths when ` +
      'specifying root directories in handler names.');
  const moduleAndHandler = path.basename(handlerString);
  const moduleRoot = handlerString.substring(0, handlerString.indexOf(moduleAndHandler));
  const match = moduleAndHandler.match(FUNCTION_EXPR);
  if (!match)
    throw new MalformedHandlerName('Bad handler');
  const [, module, exportPath] = match;
  let loaded;
  try {
    loaded = await loadModule(taskRoot, moduleRoot, module);
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new UserCodeSyntaxError(String(error));
    if (error && error.code === 'MODULE_NOT_FOUND')
      throw new ImportModuleError(String(error));
    throw error;
  }
  const handler = exportPath.split('.').reduce((value, key) => value && value[key], loaded);
  if (!handler)
    throw new HandlerNotFound(`${handlerString} is undefined or not exported`);
  if (typeof handler !== 'function')
    throw new HandlerNotFound(`${handlerString} is not a function`);
  return handler;
}

module.exports = { loadHandler, nodeMajor };
