import { Accounts } from "./lib/accounts.mjs";

export const handler = async (event) => Accounts.load(event.id);
