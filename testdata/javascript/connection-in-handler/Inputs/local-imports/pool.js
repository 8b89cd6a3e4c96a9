const { Pool } = require("pg");

exports.makePool = () => {
  // expect: connection-in-handler
  return new Pool({ max: 1 });
};

exports.unused = () => {
  // ok: connection-in-handler
  return new Pool({ max: 1 });
};
