// A client of a package with only an ES module build, per invocation.
import Stripe from 'stripe';

export const handler = async (event) => {
  const stripe = new Stripe('sk_test_placeholder');
  return { keyed: stripe.key.length > 0, order: event.order };
};
