// Validates manifest.xml offline against Microsoft's published XSDs (../shared/schemas/manifest)
// with xmllint, then checks what the XSDs cannot: every resid resolves, and every icon exists.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

const manifestPath = process.argv[2] || "manifest.xml";
const schema = [process.env.MANIFEST_SCHEMAS, "../shared/schemas/manifest"]
  .filter(Boolean)
  .map((dir) => resolve(dir, "OfficeAppManifestV1_1.xsd"))
  .find((p) => existsSync(p));
if (!schema) {
  console.error("Manifest schemas not found: expected ../shared/schemas/manifest (or set MANIFEST_SCHEMAS).");
  process.exit(1);
}
try {
  execFileSync("xmllint", ["--noout", "--schema", schema, manifestPath], { stdio: "inherit" });
} catch {
  console.error(`${manifestPath} does not validate against ${schema}`);
  process.exit(1);
}

const xml = readFileSync(manifestPath, "utf8");
const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
const missing = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]).filter((id) => !defined.has(id));
const icons = [...xml.matchAll(/\/(assets\/[\w-]+\.png)"/g)].map((m) => m[1]).filter((p) => !existsSync(p));
for (const size of [16, 32, 64, 80, 128]) {
  if (!existsSync(`assets/icon-${size}.png`)) icons.push(`assets/icon-${size}.png`);
}
if (missing.length || icons.length) {
  if (missing.length) console.error("Unresolved resid: " + [...new Set(missing)].join(", "));
  if (icons.length) console.error("Missing icon files: " + [...new Set(icons)].join(", "));
  process.exit(1);
}
console.log(`${manifestPath}: valid (schema, resids, icons)`);
