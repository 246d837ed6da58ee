// src/core/tsconfig.json makes core's purity a compile error, not only a lint rule: a core file
// that touches the DOM, office-js or Node does not type-check under it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import ts from "typescript";

const root = join(import.meta.dirname, "../..");

/** Diagnostics of `source` compiled as a src/core file with src/core/tsconfig.json's options. */
function diagnosticsOf(source: string): string[] {
  const configPath = join(root, "src/core/tsconfig.json");
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  assert.ok(config, "src/core/tsconfig.json parses");
  const file = join(root, "src/core/__purity_probe__.ts");
  const host = ts.createCompilerHost(config.options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? source : read(name));
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || exists(name);
  const program = ts.createProgram([file, join(root, "src/core/platform.d.ts")], config.options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

test("core compiles against ECMAScript and its declared platform globals", () => {
  assert.deepEqual(diagnosticsOf('export const n = new TextDecoder("utf-8").decode(new Uint8Array(1)).length + structuredClone([1]).length;'), []);
});

for (const [what, source] of [
  ["the DOM", "export const t = document.title;"],
  ["office-js", "export const r = Word.run;"],
  ["Node", "export const e = process.env;"],
  ["browser storage", 'export const s = localStorage.getItem("x");'],
]) {
  test(`${what} is a compile error in core`, () => {
    const found = diagnosticsOf(source!);
    assert.ok(found.some((m) => /Cannot find name/.test(m)), `${what}: ${found.join("; ") || "no error"}`);
  });
}
