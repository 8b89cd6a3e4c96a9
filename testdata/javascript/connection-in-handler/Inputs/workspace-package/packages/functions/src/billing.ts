import Stripe from "stripe";
import { compute } from "@notes/core/billing";

export const handler = async (event: any) => {
  const amount = compute(JSON.parse(event.body).storage);
  // expect: connection-in-handler[hoistable]
  const stripe = new Stripe(process.env.STRIPE_KEY as string, { apiVersion: "2024-06-20" });
  await stripe.charges.create({ amount, currency: "usd", source: "tok_visa" });
  return { statusCode: 200 };
};
