import * as AWS from "aws-sdk";

// expect: client-in-handler
export const createDynamoDBClient = () => new AWS.DynamoDB.DocumentClient();
