import { MongoClient } from "mongodb";

export async function open() {
  // expect: connection-in-handler
  return MongoClient.connect(process.env.MONGODB_URI);
}
