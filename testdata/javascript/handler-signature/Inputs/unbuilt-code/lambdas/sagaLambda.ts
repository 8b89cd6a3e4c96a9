// ok: handler-signature
module.exports.handler = (event: any, context: any, callback: any) => {
  callback(null, { ok: true });
};
