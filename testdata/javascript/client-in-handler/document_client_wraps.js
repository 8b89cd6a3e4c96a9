// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// DynamoDBDocumentClient.from(client, options) uses the client it is given
// and sets the translation options of its configuration (the catalogue's
// 'wraps'): moved to module scope, it wraps what the name holds at INIT,
// once (trial 29js). Safe only for a client built in place, moved first, or
// held by a module-level const that the module otherwise only calls the
// methods of, or wraps alike.
// CHECK-DAG: client-in-handler {{.*}}'lazyHandler'{{.*}}no fix: it depends on 'lazy', module state that 'lazyHandler' assigns during the invocation
// CHECK-DAG: client-in-handler {{.*}}'strictHandler'{{.*}}no safe fix: 'DynamoDBDocumentClient.from(shared, { marshallO...' wraps 'shared' too, with other options
// CHECK-DAG: client-in-handler {{.*}}'looseHandler'{{.*}}no safe fix: 'DynamoDBDocumentClient.from(shared)' wraps 'shared' too, with other options
// CHECK-DAG: client-in-handler {{.*}}'readHandler'{{.*}}no safe fix: it wraps 'observed', which the module also uses otherwise ('observed.config')
// CHECK-DAG: client-in-handler {{.*}}'factoryHandler'{{.*}}no safe fix: {{.*}}it wraps 'clientFor("eu-west-1")', which is not a client built there
// CHECK-DAG: client-in-handler {{.*}}'inPlaceHandler'; creating it loads service models and resolves credentials, milliseconds to tens of milliseconds each time{{$}}
// CHECK-DAG: client-in-handler {{.*}}'moduleClientHandler'; creating it loads service models and resolves credentials, milliseconds to tens of milliseconds each time{{$}}
const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");
const { DynamoDBDocumentClient, GetCommand } = require("@aws-sdk/lib-dynamodb");

let lazy;
const shared = new DynamoDBClient({});
const observed = new DynamoDBClient({});
const plain = new DynamoDBClient({});

function clientFor(region) {
  return new DynamoDBClient({ region });
}

exports.lazyHandler = async (event) => {
  if (!lazy) lazy = new DynamoDBClient({});
  // expect: client-in-handler
  const documents = DynamoDBDocumentClient.from(lazy);
  return documents.send(new GetCommand({ TableName: "t", Key: { id: event.id } }));
};

exports.strictHandler = async (event) => {
  // expect: client-in-handler
  const strict = DynamoDBDocumentClient.from(shared);
  return strict.send(new GetCommand({ TableName: "t", Key: { id: event.id } }));
};

exports.looseHandler = async (event) => {
  // expect: client-in-handler
  const loose = DynamoDBDocumentClient.from(shared, { marshallOptions: { removeUndefinedValues: true } });
  return loose.send(new GetCommand({ TableName: "t", Key: { id: event.id } }));
};

exports.readHandler = async (event) => {
  const before = observed.config.translateConfig;
  // expect: client-in-handler
  const documents = DynamoDBDocumentClient.from(observed);
  return { before, item: await documents.send(new GetCommand({ TableName: "t", Key: { id: event.id } })) };
};

exports.factoryHandler = async (event) => {
  // expect: client-in-handler
  const regional = DynamoDBDocumentClient.from(clientFor("eu-west-1"));
  return regional.send(new GetCommand({ TableName: "t", Key: { id: event.id } }));
};

// Built in place, or a module-level client only sent through: safe.
exports.inPlaceHandler = async (event) => {
  // expect: client-in-handler
  const table = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
  return table.send(new GetCommand({ TableName: "t", Key: { id: event.id } }));
};

exports.moduleClientHandler = async (event) => {
  // expect: client-in-handler
  const wrapped = DynamoDBDocumentClient.from(plain);
  await plain.send(new GetCommand({ TableName: "t", Key: { id: event.id } }));
  return wrapped.send(new GetCommand({ TableName: "t", Key: { id: event.id } }));
};
