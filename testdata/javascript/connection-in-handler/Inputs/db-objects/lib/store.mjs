// The same as an ES module's default export, read through a default import.
import pg from "pg";

export default {
  async find(id) {
    // expect: connection-in-handler
    const client = new pg.Client();
    await client.connect();
    return client.query("select $1", [id]);
  },
};
