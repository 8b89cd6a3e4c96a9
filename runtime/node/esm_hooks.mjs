// Module resolution hooks for instrumentation.js (module.register): an ES
// module's import of a catalogued package that also ships a CommonJS build
// (openai, stripe, postgres: "import" and "require" conditions) loads that
// build, whose exports instrumentation.js wraps and counts; the ES module
// build would go uncounted. Packages with no CommonJS build load as they are.
import { createRequire } from 'node:module';

const { Catalogue } = createRequire(import.meta.url)('./catalogue.js');

const REQUIRE_CONDITIONS = ['node', 'require', 'default'];

let catalogue;

export async function initialize(data) {
  catalogue = Catalogue.load(data.catalogue);
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
  return resolved;
}
