// Classes another ES module exports (`export class`, `export default class`,
// through `export * from`): `new X()` runs their field initializers and
// constructor on every invocation.
import Database from "./database";
import { S3IO } from "./io";
import { Repo } from "./repo";

export const handler = async (event: unknown) => {
  const repo = new Repo();
  const database = new Database();
  const io = new S3IO();
  return [repo, database, io, event];
};
