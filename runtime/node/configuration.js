// The configuration a catalogued object was built with, so that verify can
// tell a fix that builds it otherwise (moved above the handler's
// `AWS.config.update(...)`, or before the handler computes its options):
// the primitive values in its arguments, and in the `config` the object
// keeps (an AWS SDK v2 service copies the global AWS.config there when it is
// built; a v2 DocumentClient keeps its service's), each as a digest of its
// value by its path ("arguments[0].region", "service.config.region"), so
// that the log holds no secret.
'use strict';

const crypto = require('crypto');

// Options are seldom nested deeper; an agent inside them is read this far.
const MAX_DEPTH = 3;
const MAX_VALUES = 64;

function digest(value) {
  return crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

function isPrimitive(value) {
  return value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value);
}

// Adds the primitive values under `value` to `into`, by path.
function collect(value, path, depth, into) {
  if (Object.keys(into).length >= MAX_VALUES)
    return;
  if (isPrimitive(value)) {
    into[path] = digest(value === undefined ? null : value);
    return;
  }
  if (typeof value === 'function') {
    into[path] = digest(`function ${value.name}`);
    return;
  }
  if (typeof value !== 'object' || depth >= MAX_DEPTH || Buffer.isBuffer(value))
    return;
  let names;
  try {
    names = Object.keys(value);
  } catch (_) {
    return; // a proxy that refuses
  }
  for (const name of names) {
    let member;
    try {
      member = value[name];
    } catch (_) {
      continue; // a getter that throws
    }
    collect(member, Array.isArray(value) ? `${path}[${name}]` : `${path}.${name}`, depth + 1, into);
  }
}

// The primitive members of `object`'s `config`, one level deep.
function keptConfig(object, path, into) {
  const config = object !== null && typeof object === 'object' ? object.config : undefined;
  if (config === null || typeof config !== 'object')
    return;
  for (const name of Object.keys(config))
    if (isPrimitive(config[name]))
      collect(config[name], `${path}config.${name}`, MAX_DEPTH, into);
}

function configurationOf(args, built) {
  const found = {};
  args.forEach((arg, i) => collect(arg, `arguments[${i}]`, 0, found));
  try {
    keptConfig(built, '', found);
    if (built !== null && typeof built === 'object')
      keptConfig(built.service, 'service.', found);
  } catch (_) {
    // a getter that throws: the arguments are what is known
  }
  return found;
}

module.exports = { configurationOf };
