// expect: handler-signature
export const respond = function (event, context, done) {
  done(null, event);
};
