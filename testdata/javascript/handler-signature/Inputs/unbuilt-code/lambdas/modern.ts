// expect: handler-signature
export const handler = (event: any, context: any, callback: any) => {
  callback(null, { ok: true });
};
