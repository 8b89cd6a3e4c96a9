import { Api, Cron, StackContext } from "sst/constructs";

// SST v2: routes map a route to a handler string or to function props.
export function API({ stack }: StackContext) {
  const api = new Api(stack, "api", {
    routes: {
      "GET /notes": "packages/functions/src/notes.list",
      "POST /notes": { function: { handler: "packages/functions/src/notes.create" } },
    },
  });
  new Cron(stack, "cron", { schedule: "rate(1 day)", job: "packages/functions/src/notes.sweep" });
  stack.addOutputs({ ApiEndpoint: api.url });
}
