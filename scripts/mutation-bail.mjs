// node:test reporter for scripts/mutation.mjs: the first failing test ends the process (exit 1),
// so a mutant killed early does not wait for the rest of the files imported with it.
export default async function* bail(source) {
  for await (const event of source) {
    if (event.type === "test:fail" && !event.data.todo) process.exit(1);
  }
  yield "";
}
