export async function main(event: { id: string }) {
  return event.id;
}
