// Loads nothing at run time: TypeScript erases a type-only import.
import type { Item } from "./store";
export type { Item as StoredItem } from "./store";

export const describe = (item: Item): string => `item ${item.id}`;
