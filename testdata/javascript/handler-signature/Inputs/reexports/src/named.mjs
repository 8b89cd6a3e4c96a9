export { respond as handler } from "./named-impl.mjs";
