// An Amplify Gen1 function: its template beside src/ says nodejs12.x,
// which still has context.done (fresh26, familydoc).
exports.handler = async (event, context) => {
  // ok: handler-signature
  context.done(null, { statusCode: 200 });
};
