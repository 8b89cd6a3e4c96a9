const DbClient = require("/opt/dynamodb").DbClient;

exports.handler = async (event) => {
  const db = new DbClient();
  return [db, event];
};
