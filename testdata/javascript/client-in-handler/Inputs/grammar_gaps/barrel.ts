// TypeScript 5.0's type-only star re-export, which the TypeScript grammar
// lacks.
export type * from "./types";
export type * as shapes from "./types";
export * from "./handlers";
