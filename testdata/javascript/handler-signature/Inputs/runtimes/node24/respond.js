// Two calls down, in another module.
exports.respond = function (context, status) {
  // expect: handler-signature
  context.succeed({ status });
};
