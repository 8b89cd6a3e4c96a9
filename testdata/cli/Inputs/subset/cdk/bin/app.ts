import * as cdk from "aws-cdk-lib";
import { OrdersStack } from "../lib/stack";

const app = new cdk.App();
new OrdersStack(app, "Orders");
