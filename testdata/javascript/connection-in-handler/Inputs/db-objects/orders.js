const db = require("./lib/db");

exports.handler = async (event) => db.query("select 1", [event.id]);
