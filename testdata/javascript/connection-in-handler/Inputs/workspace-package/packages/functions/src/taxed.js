const Stripe = require("stripe");
const { rate } = require("local-tax");

exports.handler = async (event) => {
  const amount = event.amount * (1 + rate(event.country));
  // expect: connection-in-handler[hoistable]
  const stripe = new Stripe(process.env.STRIPE_KEY);
  return stripe.charges.create({ amount, currency: "eur", source: "tok_visa" });
};
