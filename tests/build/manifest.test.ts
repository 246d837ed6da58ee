import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// @ts-expect-error plain ESM helper shared with webpack.config.js, no type declarations
import { rewriteManifest } from "../../scripts/manifest-url.mjs";

const root = join(import.meta.dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

test("a production manifest points every URL at ADDIN_BASE_URL and still validates", () => {
  const rewritten: string = rewriteManifest(manifest, "https://addins.example.gov.cn/report-composer");
  assert.ok(!rewritten.includes("localhost"), "no development URL left");
  assert.match(rewritten, /<SourceLocation DefaultValue="https:\/\/addins\.example\.gov\.cn\/report-composer\/taskpane\.html"\/>/);
  assert.match(rewritten, /<AppDomain>https:\/\/addins\.example\.gov\.cn<\/AppDomain>/);
  const dir = mkdtempSync(join(tmpdir(), "manifest-"));
  writeFileSync(join(dir, "manifest.xml"), rewritten);
  cpSync(join(root, "assets"), join(dir, "assets"), { recursive: true });
  const out = execFileSync(process.execPath, [join(root, "scripts/validate-manifest.mjs"), "manifest.xml"], {
    cwd: dir,
    env: { ...process.env, MANIFEST_SCHEMAS: join(root, "../shared/schemas/manifest") },
    encoding: "utf8",
  });
  assert.match(out, /valid/);
});

test("a base URL that is not https is refused (Office loads add-ins over https only)", () => {
  assert.throws(() => rewriteManifest(manifest, "http://intranet/report-composer/"), /https/);
});

test("a broken manifest fails validation", () => {
  const dir = mkdtempSync(join(tmpdir(), "manifest-"));
  writeFileSync(join(dir, "manifest.xml"), manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"));
  cpSync(join(root, "assets"), join(dir, "assets"), { recursive: true });
  assert.throws(() =>
    execFileSync(process.execPath, [join(root, "scripts/validate-manifest.mjs"), "manifest.xml"], {
      cwd: dir,
      env: { ...process.env, MANIFEST_SCHEMAS: join(root, "../shared/schemas/manifest") },
      stdio: "pipe",
    }),
  );
});
