export * from "./impl.mjs";
