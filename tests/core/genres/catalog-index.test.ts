// src/core/genres/catalog/README.md is the index from the pinyin file names (shuzeshulian.ts,
// shuzhishulian.ts…) to each genre's Chinese name: every catalog file must appear in it, under the
// genre id it holds and with that genre's 中文名称, so the index cannot go stale.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { genreCatalog, type Genre } from "../../../src/core/genres";

const DIR = join(import.meta.dirname, "../../../src/core/genres/catalog");
const readme = readFileSync(join(DIR, "README.md"), "utf8");

/** The rows of the README's tables whose first cell is a file name: file → the other cells. */
const rows = new Map<string, string[]>();
for (const line of readme.split("\n")) {
  const [file, ...rest] = line.split("|").slice(1, -1).map((c) => c.trim());
  if (file !== undefined && rest.length >= 1 && /^[a-z]+\.ts$/.test(file)) {
    assert.ok(!rows.has(file), `${file} is listed once in the README`);
    rows.set(file, rest);
  }
}

const isGenre = (v: unknown): v is Genre => !!v && typeof v === "object" && "id" in v && "sections" in v && "name" in v;

describe("genre catalog index (catalog/README.md)", () => {
  test("every file of the catalog is in the index, and every row is a file", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".ts")).sort();
    assert.ok(files.length > 10, "the catalog folder holds the genre files");
    assert.deepEqual([...rows.keys()].sort(), files, "README rows and catalog files are the same set");
  });

  test("each genre file's row gives the genre id it holds (its file name) and its Chinese name", async () => {
    const seen = new Set<string>();
    for (const file of [...rows.keys()]) {
      const mod = (await import(pathToFileURL(join(DIR, file)).href)) as Record<string, unknown>;
      const genres = Object.values(mod).filter(isGenre);
      if (genres.length === 0) continue; // a shared module (fields.ts, lines.ts)
      assert.equal(genres.length, 1, `${file} holds one genre`);
      const [genre] = genres;
      assert.ok(genre, `${file}: its genre`);
      assert.equal(file, `${genre.id}.ts`, `${file}: the file name is the genre id`);
      assert.equal(rows.get(file)?.[0], genre.name.zh, `${file}: the README's 中文名称 is the genre's name`);
      seen.add(genre.id);
    }
    assert.deepEqual([...seen].sort(), genreCatalog.map((g) => g.id).sort(), "every built-in genre has its row, and only they");
  });
});
