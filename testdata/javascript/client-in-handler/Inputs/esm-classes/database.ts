import { Pool } from "pg";

export default class Database {
  // expect: connection-in-handler
  pool = new Pool();
}
