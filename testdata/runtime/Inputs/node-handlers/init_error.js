// Fails during INIT: the table's name is not set.
const table = process.env.ORDERS_TABLE.trim();

exports.handler = async () => table;
