import * as cdk from "aws-cdk-lib";
import { join } from "path";

// A construct library: what its user passes in `functionProps` is spread
// after the runtime, and may set another (amazon-cognito-passwordless-auth).
export class Auth extends cdk.Stack {
  constructor(scope: any, id: string, props: { functionProps?: any }) {
    super(scope, id);
    new cdk.aws_lambda_nodejs.NodejsFunction(this, `Challenge${id}`, {
      entry: join(__dirname, "..", "functions", "challenge.js"),
      runtime: cdk.aws_lambda.Runtime.NODEJS_22_X,
      ...props.functionProps?.challenge,
    });
  }
}
