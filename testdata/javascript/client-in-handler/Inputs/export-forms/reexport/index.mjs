export { process as handler } from "./impl.mjs";
