// Functions whose entry or handler hoist cannot read: never reported, and
// said under -v (what their files export is found by name only).
import { Stack } from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";

export function addFunctions(stack: Stack, props: { dir: string; settings: object }) {
  // A spread of what hoist cannot see may set the handler: read as written,
  // and 'mian' missing is no finding.
  // ok: handler-not-found
  new NodejsFunction(stack, "FromProps", {
    entry: "lambda/orders.ts",
    handler: "mian",
    ...props.settings,
  });
  // ok: handler-not-found
  new NodejsFunction(stack, "PropsEntry", {
    entry: `${props.dir}/orders.ts`,
    handler: "mian",
  });
  // ok: handler-not-found
  new lambda.Function(stack, "PropsCode", {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: "index.proces",
    code: lambda.Code.fromAsset(props.dir),
  });
  // Inline code, quoted on one line in the -v note.
  // ok: handler-not-found
  new lambda.Function(stack, "Inline", {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: "index.reset",
    code: new lambda.InlineCode(
      fs.readFileSync("lambda/reset.js", {
        encoding: "utf-8",
      })
    ),
  });
}
