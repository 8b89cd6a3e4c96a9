// A module imported after the helper only for its code: it runs after the
// helper loads.
import { readObject } from "./store.mjs";
import "./setup.mjs";

export const handler = async (event) => readObject(event.key);
