// SST v3: handler strings relative to the app's directory, given as a
// route's handler, a `handler` property, or not at all (a path that looks
// alike but names no source file).
export const api = new sst.aws.ApiGatewayV2("Api");

api.route("GET /notes", "packages/functions/src/list.main");
api.route("POST /notes", { handler: "packages/functions/src/create.main" });
// Another export than the file has: only a `handler` property says so.
api.route("GET /stale", "packages/functions/src/list.gone");

new sst.aws.Function("Nightly", {
  handler: "packages/functions/src/nightly.run",
  runtime: "nodejs20.x",
});

new sst.aws.Function("Missing", {
  // expect: handler-not-found
  handler: "packages/functions/src/nightly.cleanup",
});

export const site = new sst.aws.StaticSite("Site", { path: "packages/web.dist" });
