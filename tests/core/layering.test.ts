/**
 * The layering inside src/core (coreLayers in eslint.config.js), checked through ESLint itself:
 * each module imports only the core modules it names, so core/checks and core/format never
 * import each other, at any folder depth.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";

const root = fileURLToPath(new URL("../../", import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The layering messages ESLint gives for `source` written in the file at `path` (relative to the root). */
async function layering(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: `${root}${path}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("core layering (eslint.config.js)", () => {
  test("core/checks and core/format do not import each other", async () => {
    assert.match((await layering("src/core/checks/x.ts", 'import { planFormat } from "../format/index";'))[0] ?? "", /core\/checks may import only/);
    assert.match((await layering("src/core/format/x.ts", 'import { checkDocument } from "../checks";'))[0] ?? "", /core\/format may import only/);
    assert.equal((await layering("src/core/checks/rules/x.ts", 'import type { Op } from "../../format/plan";')).length, 1, "two folders deep");
    assert.equal((await layering("src/core/format/a/b/c/x.ts", 'import "../../../../checks/index";')).length, 1, "four folders deep");
  });

  test("a module imports what it names, and itself", async () => {
    assert.deepEqual(await layering("src/core/checks/x.ts", 'import { readOutline } from "../outline/index";\nimport { draft } from "./finding";'), []);
    assert.deepEqual(await layering("src/core/checks/rules/x.ts", 'import type { Rule } from "../context";\nimport { isAdLine } from "../../ads";'), []);
    assert.deepEqual(await layering("src/core/format/x.ts", 'import { isAdLine } from "../ads";'), []);
  });

  test("text, the bottom layer, imports no other core module; nothing imports upwards", async () => {
    assert.equal((await layering("src/core/text/x.ts", 'import { readOutline } from "../outline";')).length, 1);
    assert.equal((await layering("src/core/outline/x.ts", 'import { checkDocument } from "../checks/index";')).length, 1);
    assert.equal((await layering("src/core/placeholders/x.ts", 'import { metrics } from "../metrics";')).length, 1);
  });

  test("every module of src/core is covered by the layering", async () => {
    const modules = readdirSync(`${root}src/core`, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    assert.ok(modules.includes("checks") && modules.includes("format"), "modules.includes(\"checks\") && modules.includes(\"format\")");
    for (const module of modules) {
      // A module it may not import: format for most; packs builds on format, so metrics for it.
      const other = module === "format" ? "checks" : module === "packs" ? "metrics" : "format";
      const messages = await layering(`src/core/${module}/x.ts`, `import "../${other}/index";`);
      assert.ok(messages.some((m) => m.includes(`core/${module} may import only`)), `${module} importing ${other}: ${messages.join("; ")}`);
    }
  });
});
