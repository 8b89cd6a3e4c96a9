// RUN: %expect %s
// SQL Server, Oracle, Neon, Cassandra, Elasticsearch and OpenSearch clients,
// the QLDB driver (an SDK client and a pool of sessions) and TypeORM 0.2's
// createConnection open connections (or an HTTP pool) when built.
const sql = require("mssql");
const oracledb = require("oracledb");
const { Pool: NeonPool } = require("@neondatabase/serverless");
const cassandra = require("cassandra-driver");
const { Client: Elastic } = require("@elastic/elasticsearch");
const { Client: OpenSearch } = require("@opensearch-project/opensearch");
const { QldbDriver } = require("amazon-qldb-driver-nodejs");
const typeorm = require("typeorm");

// ok: connection-in-handler
const search = new OpenSearch({ node: process.env.OPENSEARCH_URL });

const neon = new NeonPool({ connectionString: process.env.DATABASE_URL });

const cluster = new cassandra.Client({ contactPoints: ["db"] });

const elastic = new Elastic({ node: process.env.ELASTIC_URL });

const ledger = new QldbDriver(process.env.LEDGER_NAME);

exports.handler = async (event) => {
  // expect: connection-in-handler
  const pool = await sql.connect(process.env.MSSQL_URL);
  // expect: connection-in-handler
  const oracle = await oracledb.getConnection({ user: "app" });
  // expect: connection-in-handler
  // expect: connection-in-handler
  // expect: connection-in-handler
  // expect: connection-in-handler
  // expect: connection-in-handler
  const connection = await typeorm.createConnection({ type: "postgres" });
  // ok: connection-in-handler
  const manager = typeorm.getConnectionManager();
  // ok: connection-in-handler
  const query = new sql.Request(pool);
  return [pool, oracle, neon, cluster, elastic, search, ledger, connection, manager, query, event];
};
