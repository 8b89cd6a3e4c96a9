// A factory returning an async (event) function: nothing to report.
function makeHandler(table) {
  // ok: handler-signature
  return async (event) => ({ table, event });
}

export const handler = makeHandler("orders");
