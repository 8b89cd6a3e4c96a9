// Prints which (module, api, kind) the Node.js runtime client's catalogue
// counts, for node-catalogue.test: the analyzer's matching (js_catalogue.cpp),
// read from the same rules/catalogue.json.
const [runtimeDir, cataloguePath] = process.argv.slice(2);
const { Catalogue } = require(`${runtimeDir}/catalogue.js`);
const catalogue = Catalogue.load(cataloguePath);
const cases = [
  ['@aws-sdk/client-s3', 'S3Client', 'new'],
  ['@aws-sdk/client-s3', 'S3', 'new'],
  ['@aws-sdk/client-secrets-manager', 'SecretsManager', 'new'],
  ['@aws-sdk/client-s3', 'PutObjectCommand', 'new'],
  ['@aws-sdk/lib-dynamodb', 'DynamoDBDocumentClient.from', 'call'],
  ['aws-sdk', 'S3', 'new'],
  ['aws-sdk', 'Config', 'new'],
  ['aws-sdk', 'DynamoDB.DocumentClient', 'new'],
  ['aws-sdk', 'config.update', 'call'],
  ['aws-sdk/clients/s3', '', 'new'],
  ['mysql2/promise', 'createPool', 'call'],
  ['pg', 'Pool', 'new'],
  ['pg', 'Pool', 'call'],
  ['ioredis', '', 'new'],
  ['postgres', '', 'call'],
  ['https', 'Agent', 'new'],
  ['lodash', 'memoize', 'call'],
  ['@line/bot-sdk', 'Client', 'new'],
  ['@line/bot-sdk', 'messagingApi.MessagingApiClient', 'new'],
  ['openai', 'OpenAIApi', 'new'],
  ['openai', 'Configuration', 'new'],
];
for (const [module, api, kind] of cases)
  console.log(`${kind} ${module}${api ? '.' + api : ''}: ${catalogue.entryFor(module, api, kind) ? 'counted' : 'not counted'}`);
// What a call is given decides for some entries (built_with, from_url).
const drizzle = catalogue.entryFor('drizzle-orm/node-postgres', 'drizzle', 'call');
const given = [
  ['a URL', ['postgres://localhost/db']],
  ['{ connection }', [{ connection: { connectionString: 'postgres://localhost/db' } }]],
  ['a pool', [{ query() {} }]],
  ['{ client }', [{ client: {} }]],
];
for (const [what, args] of given)
  console.log(`call drizzle-orm/node-postgres.drizzle given ${what}: ${catalogue.builds(drizzle, args) ? 'counted' : 'not counted'}`);
const axios = catalogue.entryFor('axios', 'create', 'call');
console.log(`call axios.create given no agent: ${catalogue.builds(axios, [{ baseURL: 'x' }]) ? 'counted' : 'not counted'}`);
