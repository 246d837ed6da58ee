import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { scanPlaceholders } from "../../../src/core/placeholders";

import { SHARED_DIR } from "../../support/shared";

// SHARED_DIR, not a path of our own: CI and other checkouts lay the corpus elsewhere.
const corpusDir = `${SHARED_DIR}/corpus/`;

interface Expected {
  raw: string;
  kind: string;
  unit?: string;
  context: string;
}

/** Units the expected files leave implicit: % for percentages, 月/日 for date parts. */
function impliedUnit(e: Expected, text: string, at: number): string | undefined {
  if (e.unit !== undefined) return e.unit;
  if (e.kind === "percent") return "%";
  if (e.kind === "date") return text[at + e.raw.length];
  return undefined;
}

const expectedFiles = readdirSync(corpusDir).filter((f) => f.endsWith(".expected.json")).sort();

describe("corpus: every expected.json is matched exactly", () => {
  test("the corpus folder is found and has expected files", () => {
    assert.ok(expectedFiles.length >= 4, `found ${expectedFiles.join(", ")}`);
  });

  for (const file of expectedFiles) {
    test(file, () => {
      const base = file.replace(/\.expected\.json$/, "");
      const text = readFileSync(corpusDir + base + ".txt", "utf8").replace(/\r\n/g, "\n");
      const expected = (JSON.parse(readFileSync(corpusDir + file, "utf8")) as { placeholders: Expected[] }).placeholders;
      const paragraphs = text.split("\n");
      const paragraphStarts: number[] = [];
      let offset = 0;
      for (const p of paragraphs) {
        paragraphStarts.push(offset);
        offset += p.length + 1;
      }
      const locate = (abs: number): { paragraph: number; start: number } => {
        let i = paragraphStarts.length - 1;
        while (i > 0 && (paragraphStarts[i] ?? 0) > abs) i--;
        return { paragraph: i, start: abs - (paragraphStarts[i] ?? 0) };
      };

      const found = scanPlaceholders(paragraphs);
      const want = expected.map((e) => {
        const at = text.indexOf(e.context);
        assert.ok(at >= 0, `context ${JSON.stringify(e.context)} not in ${base}.txt`);
        assert.equal(text.indexOf(e.context, at + 1), -1, `context ${JSON.stringify(e.context)} is not unique`);
        const abs = at + e.context.indexOf(e.raw);
        return { ...locate(abs), raw: e.raw, kind: e.kind, unit: impliedUnit(e, text, abs) };
      });
      const got = found.map((p) => ({ paragraph: p.paragraph, start: p.start, raw: p.raw, kind: p.kind, unit: p.unit }));
      assert.deepEqual(got, want);
      for (const p of found) {
        assert.ok(p.context.includes(p.raw), `context of ${p.id} contains the placeholder`);
        assert.equal(paragraphs[p.paragraph]?.slice(p.start, p.end), p.raw);
      }
    });
  }
});
