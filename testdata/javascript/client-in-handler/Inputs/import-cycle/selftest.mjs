import { handler } from "./index.mjs";

export const selfTest = { result: "pending" };
handler({ key: "selftest" }).then(
  () => {
    selfTest.result = "ok";
  },
  (e) => {
    selfTest.result = e.name;
  },
);
