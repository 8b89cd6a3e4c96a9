// Handler factories given their helpers in an object (the style of
// aws-doc-sdk-examples' photo-asset-manager): the handler they return calls
// what it is given, by a destructured parameter or through the object.
export const getHandler =
  ({ detect, store: put }) =>
  async (event) => {
    await detect(event.image);
    await put(event.key);
  };

export const makeLister = (deps) => async (event) => deps.list(event.prefix);

export const withLogging = (handler) => async (event) => {
  console.log(event);
  return handler(event);
};
