// The deployment names handlers.exampleHandler: a re-export through a barrel.
export { exampleHandler } from "./src/index.mjs";
