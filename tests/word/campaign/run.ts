/**
 * npm run campaign [-- cases] [seed] [operations]: the long run of the reliability campaign (harness.ts);
 * operations, comma-separated (e.g. format,undoFormat), limits it to those.
 * Prints cases tried and failures per property and per operation, and the first failing cases.
 */
import fc from "fast-check";
import { caseArbitrary, OPERATIONS, PROPERTIES, runCase, type Case, type Operation, type Property } from "./harness";

const total = Number(process.argv[2] ?? 50_000);
const seed = Number(process.argv[3] ?? 20261206);
const BATCH = 500;
const only = (process.argv[4]?.split(",") ?? OPERATIONS) as Operation[];

const tried: Record<string, number> = {};
const failures: Record<string, Record<string, number>> = {};
const examples: Array<{ c: Case; broken: Array<{ property: Property; detail: string }> }> = [];
for (const op of OPERATIONS) {
  tried[op] = 0;
  failures[op] = Object.fromEntries(PROPERTIES.map((p) => [p, 0]));
}
const started = Date.now();
let done = 0;
for (let batch = 0; done < total; batch++) {
  const cases = fc.sample(caseArbitrary(only), { seed: seed + batch, numRuns: Math.min(BATCH, total - done) });
  for (const c of cases) {
    const { broken } = await runCase(c);
    tried[c.operation]!++;
    for (const p of new Set(broken.map((b) => b.property))) failures[c.operation]![p]!++;
    if (broken.length && examples.length < 12) examples.push({ c, broken });
    done++;
  }
  process.stderr.write(`\r${done}/${total} cases, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
process.stderr.write("\n");

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`\nReliability campaign: ${done} cases, seed ${seed}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${"operation".padEnd(10)}${pad("cases", 8)}${PROPERTIES.map((p) => pad(p, 11)).join("")}`);
const sums: Record<string, number> = Object.fromEntries(PROPERTIES.map((p) => [p, 0]));
for (const op of OPERATIONS as readonly Operation[]) {
  console.log(`${op.padEnd(10)}${pad(tried[op]!, 8)}${PROPERTIES.map((p) => pad(failures[op]![p]!, 11)).join("")}`);
  for (const p of PROPERTIES) sums[p]! += failures[op]![p]!;
}
console.log(`${"all".padEnd(10)}${pad(done, 8)}${PROPERTIES.map((p) => pad(sums[p]!, 11)).join("")}`);
for (const e of examples) console.log(`\nfailing case: ${JSON.stringify(e.c)}\n  ${e.broken.map((b) => `${b.property}: ${b.detail.split("\n")[0]}`).join("\n  ")}`);
process.exitCode = Object.values(sums).some((n) => n > 0) ? 1 : 0;
