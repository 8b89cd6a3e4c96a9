// expect: handler-signature
export function handler(event, context, callback) {
  callback(null, event);
}
