export function compute(storage: number) {
  return storage * 100;
}
