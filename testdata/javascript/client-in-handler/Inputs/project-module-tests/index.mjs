// A test of a value a project module's function returned guards nothing
// (dillonharless18's 'if (!fileExtension) throw' before an upload): only a
// package keeps the state such a test may read (TypeORM, mongoose).
import Draft from "./draft.mjs";

export const handler = async (event) => {
  const { body, contentType } = await Draft.download(event.url);
  const extension = contentType.split("/")[1];
  if (!extension) {
    throw new Error("unsupported type");
  }
  return Draft.upload(`${event.key}.${extension}`, body);
};
