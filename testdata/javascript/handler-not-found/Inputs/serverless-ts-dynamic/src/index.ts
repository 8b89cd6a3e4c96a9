import { readdirSync } from "fs";

export default () =>
  Object.fromEntries(
    readdirSync(__dirname).map((name) => [name, require(`./${name}`).default]),
  );
