import { SSMClient } from "@aws-sdk/client-ssm";

export function loadConfig() {
  // expect: client-in-handler
  return new SSMClient({});
}
