const AWS = require("aws-sdk");
require("./lib/aws");

exports.handler = async (event) => {
  // expect: client-in-handler
  const s3 = new AWS.S3();
  return s3.getObject({ Bucket: "b", Key: event.key }).promise();
};

exports.tableHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const db = new AWS.DynamoDB();
  return db.getItem({ TableName: "t", Key: { id: { S: event.key } } }).promise();
};
