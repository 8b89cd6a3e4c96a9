// RUN: %expect %s
// Stripe's README builds its client by calling what the package exports,
// without `new` (trial 20 repro 08): each call builds a client and its
// HTTP connection pool, as `new Stripe(key)` does.
const Stripe = require("stripe");

exports.handler = async (event) => {
  // expect: connection-in-handler
  const stripe = require("stripe")(process.env.STRIPE_KEY);
  // expect: connection-in-handler
  const other = Stripe(process.env.STRIPE_OTHER_KEY);
  // ok: connection-in-handler
  const webhook = Stripe.webhooks.constructEvent(event.body, event.signature, process.env.STRIPE_SECRET);
  return [await stripe.customers.list(), await other.charges.list(), webhook];
};
