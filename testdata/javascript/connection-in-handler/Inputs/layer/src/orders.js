// The layer's code is at /opt/nodejs at run time: layers/common/nodejs here.
const { query } = require("/opt/nodejs/db");

exports.handler = async (event) => {
  return query("select * from orders where id = $1", [event.id]);
};
