import middy from "@middy/core";

// A library's wrapper: Lambda is given what middy returns, not this
// function, so its parameters are not the runtime's to count.
// ok: handler-signature
const base = async (event, context, callback) => event;

export const handler = middy(base);
