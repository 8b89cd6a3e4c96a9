// A factory that hands its parameters to another factory (guardian's
// SQSHandler -> LambdaHandlerWithServices, trial 14 repro 03): the handler is
// the function the innermost one returns. The factories' own bodies run once,
// when the module loads; a parameter given on (`schema`) is no function of
// the project, though its declaration is the factory that takes it.
import { SSMClient } from "@aws-sdk/client-ssm";
import { SNSClient } from "@aws-sdk/client-sns";

function withServices(schema: unknown, build: () => unknown) {
  // ok: client-in-handler
  const ssm = new SSMClient({});
  const services = build();
  return async (event: unknown) => {
    // expect: client-in-handler
    const sns = new SNSClient({});
    return [sns, ssm, services, schema, event];
  };
}

function sqsHandler(schema: unknown, build: () => unknown) {
  return withServices(schema, build);
}

export const layeredHandler = sqsHandler({ stage: "string" }, () => ({}));
