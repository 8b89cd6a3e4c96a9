// Imported before the helper, the setup module's code runs before the
// helper loads: the moved client reads what it wrote.
import "./setup.mjs";
import { readObject } from "./store.mjs";

export const handler = async (event) => readObject(event.key);
