export * from "./s3-io";
