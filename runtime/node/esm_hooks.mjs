// Module resolution hooks for instrumentation.js (module.register): an ES
// module's import of a catalogued package that also ships a CommonJS build
// (openai, stripe, postgres: "import" and "require" conditions) loads that
// build, whose exports instrumentation.js wraps and counts; the ES module
// build would go uncounted. A package with no CommonJS build loads as it is,
// and the construction log says it is not counted ({"uncounted": name}), so
// that verify does not take its constructions for absent.
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { Catalogue } = createRequire(import.meta.url)('./catalogue.js');

const REQUIRE_CONDITIONS = ['node', 'require', 'default'];

let catalogue;
let log;
const uncounted = new Set();

export async function initialize(data) {
  catalogue = Catalogue.load(data.catalogue);
  log = data.log;
}

function notCounted(specifier) {
  if (uncounted.has(specifier))
    return;
  uncounted.add(specifier);
  appendFileSync(log, JSON.stringify({ uncounted: specifier }) + '\n');
}

function isPackage(specifier) {
  return !/^(\.|\/|[a-z]+:)/.test(specifier);
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (resolved.format !== 'module' || !isPackage(specifier) || !catalogue.catalogued(specifier))
    return resolved;
  try {
    const required = await nextResolve(specifier, { ...context, conditions: REQUIRE_CONDITIONS });
    if (required.format === 'commonjs')
      return required;
  } catch (_) {
    // no CommonJS build
  }
  notCounted(specifier);
  return resolved;
}
