import pg from "pg";

// A named export of an object of functions, as the Serverless
// aws-nodejs-typescript template lays out its services.
export const Accounts = {
  async load(id) {
    // expect: connection-in-handler
    const client = new pg.Client();
    await client.connect();
    return client.query("select $1::text as id", [id]);
  },
};
