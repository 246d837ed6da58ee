// npm run mutation: mutation testing of src/core, printing a score per module.
//
// Stryker installs here but its command runner cannot map node:test tests to mutants, so every
// mutant would rerun whole suites. This runner is small on purpose: it lists mutants from each
// module's syntax tree (TypeScript's parser), takes a seeded sample spread over the mutation
// kinds (or all of them with --all), applies each to a copy of the checkout and runs the
// module's own test files there. A mutant is killed when a test fails or times out.
//
// Speed without loss of honesty: only the area's test files whose imports reach the module (a
// file that never loads the module cannot kill its mutants) run, one process per file
// (`node --import tsx file`, no --test parent): the fastest alone, then the others imported in
// turn by one process (when they pass so at baseline), and a reporter (mutation-bail.mjs) ends a
// process at its first failing test. A survivor therefore costs two starts of node and tsx and
// every test once; a killed mutant usually one short file.
//
//   npm run mutation                          the six modules below, 40 mutants each
//   npm run mutation -- --all                 every mutant (long)
//   npm run mutation -- --module src/core/outline/ordinals.ts --sample 30 --seed 7
//   npm run mutation -- --list --module …      every mutant's key (for mutation-equivalent.json)
//   npm run mutation -- --jobs 3               three mutants at once, each in its own copy (limits doubled)
//
// Each module's score is printed with the number of mutants run out of all, and, for a sample,
// the margin of a 95 % interval (normal approximation with the finite-population correction).
// Mutants judged equivalent (no behaviour can tell them apart) are listed with a reason in
// scripts/mutation-equivalent.json and left out of the adjusted score; the raw score is printed too.
import ts from "typescript";
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync, readdirSync, existsSync, cpSync, mkdtempSync, rmSync, symlinkSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = join(import.meta.dirname, "..");
/**
 * Mutants are applied to a copy of the checkout (node_modules linked), never to the checkout
 * itself: several modules can be measured at once without one's mutants reaching the other's
 * tests, and an interrupted run leaves no mutant behind. SHARED_DIR keeps pointing where the
 * checkout's tests would look (tests/support/shared.ts: ../shared beside the checkout).
 */
let WORK = ROOT;
const SHARED_DIR = process.env.SHARED_DIR ?? join(ROOT, "../shared");

/** Module under test → the test files that exercise it (its area). */
const TARGETS = {
  "src/core/placeholders/scan.ts": [/^placeholders/, /^pathological/],
  "src/core/outline/ordinals.ts": [/^outline/],
  "src/core/metrics/growth.ts": [/^metrics/],
  "src/core/checks/plan.ts": [/^checks/, /^pathological/],
  "src/core/text/anchoring.ts": [/^anchoring/],
  "src/core/format/styles.ts": [/^format/],
};

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const sampleSize = flag("--all") ? Infinity : Number(option("--sample", 40));
const seed = Number(option("--seed", 1));
const onlyModule = option("--module", undefined);
/** Mutants run at once, each in its own copy of the checkout (`--jobs N`, default 1). */
const jobs = Math.max(1, Number(option("--jobs", 1)));

/** Test files under tests/core (any depth) whose base name matches one of the patterns. */
function testFilesFor(patterns) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, name.name);
      if (name.isDirectory()) walk(path);
      else if (/\.test\.tsx?$/.test(name.name)) {
        const rel = relative(join(ROOT, "tests/core"), path).replaceAll("\\", "/");
        if (patterns.some((p) => p.test(rel) || p.test(name.name))) files.push(relative(ROOT, path));
      }
    }
  };
  walk(join(ROOT, "tests/core"));
  return files.sort();
}

/** The local files a source file imports (relative specifiers resolved to .ts/.tsx/index). */
const importsCache = new Map();
function importsOf(file) {
  if (importsCache.has(file)) return importsCache.get(file);
  const found = [];
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const base = resolve(dirname(file), m[1]);
    const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), base.replace(/\.js$/, ".ts")];
    const hit = candidates.find((c) => existsSync(c) && /\.tsx?$/.test(c));
    if (hit) found.push(hit);
  }
  importsCache.set(file, found);
  return found;
}

/** True when the test file's import closure reaches the module. */
function reaches(testFile, modulePath) {
  const seen = new Set();
  const stack = [join(ROOT, testFile)];
  while (stack.length) {
    const f = stack.pop();
    if (f === modulePath) return true;
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...importsOf(f));
  }
  return false;
}

/** 95 % margin, in points, of a sampled proportion (finite-population corrected; 0 for a census). */
function margin(killed, n, population) {
  if (n === 0 || n >= population) return 0;
  const p = killed / n;
  const fpc = Math.sqrt((population - n) / Math.max(1, population - 1));
  // At p = 0 or 1 the normal approximation says 0; use the rule of three's width instead.
  const se = p === 0 || p === 1 ? 3 / n / 1.96 : Math.sqrt((p * (1 - p)) / n);
  return 100 * 1.96 * se * fpc;
}

const SWAPS = {
  "===": ["!=="], "!==": ["==="], "==": ["!="], "!=": ["=="],
  "<": ["<=", ">="], "<=": ["<", ">"], ">": [">=", "<="], ">=": [">", "<"],
  "+": ["-"], "-": ["+"], "*": ["/"], "/": ["*"], "%": ["*"],
  "&&": ["||"], "||": ["&&"], "??": ["&&"],
};

/** Lists every mutant of a source file: { kind, start, end, replacement, line, original }. */
function listMutants(path, text) {
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const mutants = [];
  const add = (kind, node, replacement, start = node.getStart(sf), end = node.getEnd()) => {
    const line = sf.getLineAndCharacterOfPosition(start).line + 1;
    mutants.push({ kind, start, end, replacement, line, original: text.slice(start, end) });
  };
  const inType = (node) => {
    for (let n = node.parent; n; n = n.parent) {
      if (ts.isTypeNode(n) || ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return true;
    }
    return false;
  };
  const visit = (node) => {
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken;
      for (const r of SWAPS[op.getText(sf)] ?? []) add("operator", op, r);
    } else if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
      add("negation", node, node.operand.getText(sf));
    } else if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
      add("unary", node, node.operand.getText(sf));
    } else if (
      (ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
    ) {
      add("update", node, node.getText(sf).replace(/\+\+|--/, (m) => (m === "++" ? "--" : "++")));
    } else if (ts.isNumericLiteral(node) && !inType(node)) {
      const value = Number(node.text);
      add("number", node, String(value === 0 ? 1 : value + 1));
      if (value !== 0) add("number", node, "0");
    } else if ((node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) && !inType(node)) {
      add("boolean", node, node.kind === ts.SyntaxKind.TrueKeyword ? "false" : "true");
    } else if (ts.isStringLiteral(node) && node.text.length > 0 && !inType(node) && !ts.isPropertyAssignment(node.parent)) {
      add("string", node, '""');
    } else if (ts.isIfStatement(node) || ts.isWhileStatement(node) || ts.isConditionalExpression(node)) {
      const cond = ts.isConditionalExpression(node) ? node.condition : node.expression;
      add("condition", cond, "false");
      if (!ts.isWhileStatement(node)) add("condition", cond, "true");
    } else if (ts.isBreakStatement(node) || ts.isContinueStatement(node)) {
      add("statement", node, ";");
    } else if (ts.isExpressionStatement(node) && (ts.isCallExpression(node.expression) || ts.isBinaryExpression(node.expression))) {
      add("statement", node, ";");
    } else if (ts.isRegularExpressionLiteral(node)) {
      const body = node.text;
      if (body.includes("+")) add("regex", node, body.replace("+", "*"));
      if (body.includes("^")) add("regex", node, body.replace("^", ""));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return mutants;
}

/** Deterministic shuffle (mulberry32). */
function shuffled(list, seedValue) {
  let a = seedValue >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A sample spread over kinds: round-robin over each kind's shuffled list. */
function sample(mutants, size) {
  if (size >= mutants.length) return mutants;
  const byKind = new Map();
  for (const m of shuffled(mutants, seed)) byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m]);
  const picked = [];
  while (picked.length < size) {
    for (const list of byKind.values()) if (list.length && picked.length < size) picked.push(list.shift());
  }
  return picked.sort((x, y) => x.start - y.start);
}

/**
 * Runs test files in one process (each imported in turn: one start of node and tsx for all);
 * resolves "passed" | "failed" | "timeout" and the time taken.
 */
function runFile(fileOrFiles, timeoutMs, work = WORK) {
  const files = [fileOrFiles].flat();
  // The bail reporter ends the process at the first failing test (a killed mutant waits for no more).
  const bail = `--test-reporter=${pathToFileURL(join(ROOT, "scripts/mutation-bail.mjs")).href}`;
  const args =
    files.length === 1
      ? ["--import", "tsx", bail, files[0]]
      : ["--import", "tsx", bail, "--input-type=module", "-e", `for (const f of ${JSON.stringify(files.map((f) => pathToFileURL(join(ROOT, f)).href))}) await import(f);`];
  const urls = files.map((f) => pathToFileURL(join(work, f)).href);
  if (files.length > 1) args[args.length - 1] = `for (const f of ${JSON.stringify(urls)}) await import(f);`;
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, {
      cwd: work,
      env: { ...process.env, SHARED_DIR },
      stdio: "ignore",
      detached: true,
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
      resolve({ outcome: "timeout", ms: Date.now() - started });
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ outcome: code === 0 ? "passed" : "failed", ms: Date.now() - started });
    });
  });
}

/**
 * Runs the fastest file alone (it kills most mutants), then the others together in one process
 * (`together`: their baseline passed so) or one by one, stopping at the first failure or timeout.
 */
async function runTests(files, timeouts, together, work) {
  const [first, ...rest] = files;
  const alone = await runFile(first, timeouts.get(first), work);
  if (alone.outcome !== "passed" || rest.length === 0) return alone;
  if (together) return runFile(rest, rest.reduce((sum, f) => sum + timeouts.get(f), 0), work);
  for (const file of rest) {
    const result = await runFile(file, timeouts.get(file), work);
    if (result.outcome !== "passed") return result;
  }
  return { outcome: "passed" };
}

const equivalentPath = join(ROOT, "scripts/mutation-equivalent.json");
const equivalent = existsSync(equivalentPath) ? JSON.parse(readFileSync(equivalentPath, "utf8")) : {};
const keyOf = (module, m) => `${module}:${m.line}:${m.original.replace(/\s+/g, " ").slice(0, 60)}→${m.replacement.slice(0, 60)}`;

let restoring = null;
// No copy is left behind, whatever ends the run (an error included).
process.on("exit", () => restoring?.());
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    restoring?.();
    process.exit(130);
  });
}

if (flag("--list")) {
  // Every mutant's key, as scripts/mutation-equivalent.json names them.
  for (const module of Object.keys(TARGETS)) {
    if (onlyModule && module !== onlyModule) continue;
    for (const m of listMutants(join(ROOT, module), readFileSync(join(ROOT, module), "utf8"))) console.log(`${keyOf(module, m)}  [${m.kind}]`);
  }
  process.exit(0);
}

const rows = [];
for (const [module, patterns] of Object.entries(TARGETS)) {
  if (onlyModule && module !== onlyModule) continue;
  const copies = [];
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), "mutation-"));
    copies.push(dir);
    // A file that vanishes while it is copied (someone's scratch file) fails the copy: try again once.
    const filter = (from) => !/[\\/](node_modules|\.git|\.test-output)$/.test(from);
    try {
      cpSync(ROOT, dir, { recursive: true, filter });
    } catch {
      rmSync(dir, { recursive: true, force: true });
      cpSync(ROOT, dir, { recursive: true, filter });
    }
    symlinkSync(realpathSync(join(ROOT, "node_modules")), join(dir, "node_modules"), "dir");
    return dir;
  };
  const cleanup = () => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  };
  restoring = cleanup;
  WORK = copy();
  const path = join(WORK, module);
  const original = readFileSync(path, "utf8");
  const area = testFilesFor(patterns);
  const files = area.filter((f) => reaches(f, join(ROOT, module)));
  const timeouts = new Map();
  const durations = new Map();
  let failedBaseline = null;
  for (const file of files) {
    const run = await runFile(file, 10 * 60_000);
    if (run.outcome !== "passed") failedBaseline = file;
    durations.set(file, run.ms);
    // Measured alone: with mutants run at once each may take longer (twice the limit).
    timeouts.set(file, Math.max(20_000, run.ms * 3) * Math.min(jobs, 2));
  }
  if (failedBaseline || files.length === 0) {
    console.error(`${module}: ${files.length ? `its test ${failedBaseline} fails before any mutation; fix it first (is SHARED_DIR set?)` : "no test file in its area imports it"}.`);
    process.exitCode = 1;
    cleanup();
    continue;
  }
  files.sort((x, y) => durations.get(x) - durations.get(y));
  // Files sharing one process must pass so at baseline too (no test may depend on running alone).
  const together = files.length > 2 && (await runFile(files.slice(1), 10 * 60_000)).outcome === "passed";
  const baseline = { ms: [...durations.values()].reduce((a, b) => a + b, 0) };
  const all = listMutants(path, original);
  const chosen = sample(all, sampleSize);
  const skipped = area.length - files.length;
  console.log(`\n${module}: ${all.length} mutants, running ${chosen.length} against ${files.length} test files${skipped ? ` (${skipped} of its area do not import it)` : ""}, fastest first, ${together ? "the others in one process" : "one process each"} (baseline ${(baseline.ms / 1000).toFixed(1)} s)`);
  let killed = 0;
  let excused = 0;
  const survivors = [];
  restoring = cleanup;
  try {
    const works = [WORK];
    while (works.length < Math.min(jobs, chosen.length)) works.push(copy());
    let next = 0;
    const worker = async (work) => {
      const at = join(work, module);
      while (next < chosen.length) {
        const m = chosen[next++];
        writeFileSync(at, original.slice(0, m.start) + m.replacement + original.slice(m.end));
        const { outcome } = await runTests(files, timeouts, together, work);
        writeFileSync(at, original);
        if (outcome !== "passed") killed++;
        else if (equivalent[keyOf(module, m)]) excused++;
        else survivors.push(m);
        process.stdout.write(outcome === "passed" ? (equivalent[keyOf(module, m)] ? "e" : "S") : outcome === "timeout" ? "T" : ".");
        if (outcome === "passed" && !equivalent[keyOf(module, m)] && process.env.MUTATION_VERBOSE) process.stdout.write(`\n  survived ${keyOf(module, m)}\n`);
      }
    };
    await Promise.all(works.map(worker));
    survivors.sort((x, y) => x.start - y.start);
  } finally {
    cleanup();
    restoring = null;
  }
  process.stdout.write("\n");
  for (const m of survivors) console.log(`  survived ${keyOf(module, m)}  [${m.kind}]`);
  const score = chosen.length ? (100 * killed) / chosen.length : 100;
  const adjusted = chosen.length - excused ? (100 * killed) / (chosen.length - excused) : 100;
  const judged = chosen.length - excused;
  const plusMinus = margin(killed, judged, all.length - excused);
  console.log(`  ${module}: ${adjusted.toFixed(0)}% ± ${plusMinus.toFixed(0)} (${killed} killed of ${judged} judged; ${chosen.length} of ${all.length} mutants run, ${excused} equivalent)`);
  rows.push({ module, mutants: all.length, run: chosen.length, killed, excused, score, adjusted, plusMinus });
}

console.log("\n| module | mutants | run | killed | equivalent | score | adjusted | ± (95 %) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  console.log(`| ${r.module} | ${r.mutants} | ${r.run} | ${r.killed} | ${r.excused} | ${r.score.toFixed(0)}% | ${r.adjusted.toFixed(0)}% | ${r.plusMinus.toFixed(0)} |`);
}
const goal = 85;
const below = rows.filter((r) => r.adjusted < goal);
console.log(below.length ? `Below the goal of ${goal}%: ${below.map((r) => r.module).join(", ")}` : `Every module at or above ${goal}%.`);
