import { detect, store, list, notify } from "./actions.mjs";
import { getHandler, makeLister, withLogging } from "./common.mjs";

export const handler = withLogging(getHandler({ detect, store }));
export const listHandler = makeLister({ list, notify });
