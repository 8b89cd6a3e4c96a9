// RUN: %expect %s
// What a construction reads through a destructured 'const' depends on what
// the pattern takes its parts from (trial 19 repro 08: JSON carried no
// 'hoistable' for 'const { options = {}, uri } = config.applications[name]').
const { MongoClient } = require('mongodb');

const config = { applications: { editor: { uri: process.env.EDITOR_URI } } };

async function connect(name) {
  const { options = {}, uri } = config.applications[name];
  // expect: connection-in-handler[not-hoistable]
  return MongoClient.connect(uri, options);
}

async function connectEditor() {
  const { uri } = config.applications.editor;
  // expect: connection-in-handler[hoistable]
  return MongoClient.connect(uri);
}

exports.handler = async (event) => [
  await connect(event.application),
  await connectEditor(),
];
