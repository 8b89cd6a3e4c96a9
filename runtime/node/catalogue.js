// The JavaScript half of rules/catalogue.json (its "javascript" entries, the
// list the analyzer uses), matched as the analyzer's JsCatalogue matches it
// (analyzer/javascript/js_catalogue.cpp).
'use strict';

const fs = require('fs');

const compiled = new Map(); // pattern -> RegExp: every module loaded is matched

// fnmatch without FNM_PATHNAME: '*' runs across '/' and '.' too.
function globMatches(pattern, text) {
  let expression = compiled.get(pattern);
  if (!expression) {
    const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&')
                          .replace(/\*/g, '.*').replace(/\?/g, '.');
    expression = new RegExp(`^${source}$`);
    compiled.set(pattern, expression);
  }
  return expression.test(text);
}

// `S3` of @aws-sdk/client-s3, `SecretsManager` of client-secrets-manager:
// the aggregated client of an SDK v3 package (is_service_client).
function isServiceClient(module, api) {
  const at = module.lastIndexOf('client-');
  if (at < 0 || api === '')
    return false;
  return module.slice(at + 7).replace(/-/g, '').toLowerCase() === api.toLowerCase();
}

class Catalogue {
  constructor(entries) {
    this.entries = entries.map((entry) => ({
      module: entry.module,
      api: entry.api,
      kind: entry.kind || 'new',
      except: entry.except || [],
      built_with: entry.built_with || [],
      from_url: entry.from_url || false,
    }));
  }

  static load(path) {
    return new Catalogue(JSON.parse(fs.readFileSync(path, 'utf8')).javascript);
  }

  // The entry for `api` ("S3Client", "MongoClient.connect", "" for the module
  // itself) of `module`, built as `kind` ('new' or 'call') (match).
  entryFor(module, api, kind) {
    return this.entries.find((entry) =>
      entry.kind === kind && globMatches(entry.module, module) &&
      (entry.api === '' ? api === ''
        : entry.api === '{service}' ? isServiceClient(module, api)
          : globMatches(entry.api, api)) &&
      !entry.except.some((pattern) => globMatches(pattern, api)));
  }

  // Whether a call of `entry`'s API given `args` builds what the entry
  // catalogues, as the analyzer decides: axios.create given an agent of its
  // own (built_with); Drizzle given connection details, not a client or a
  // pool (from_url: a string, or an object with a `connection` member).
  builds(entry, args) {
    const first = args[0];
    if (entry.built_with.length > 0 &&
        !(first && entry.built_with.some((option) => first[option])))
      return false;
    return !entry.from_url || typeof first === 'string' ||
      (first !== null && typeof first === 'object' && 'connection' in first);
  }

  // True when some entry is of `module`.
  catalogued(module) {
    return this.entries.some((entry) => globMatches(entry.module, module));
  }
}

module.exports = { Catalogue };
