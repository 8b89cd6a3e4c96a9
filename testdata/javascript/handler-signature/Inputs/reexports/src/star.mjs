export * from "./star-impl.mjs";
