// postgres (porsager), from npm: an ES module import of a package with an
// ES module and a CommonJS build; a connection pool per invocation (an
// unsafe fix moves it). It connects only when queried.
import postgres from 'postgres';

export const handler = async (event) => {
  const sql = postgres({ host: '127.0.0.1', port: 9, max: 2 });
  return { max: sql.options.max, order: event.order };
};
