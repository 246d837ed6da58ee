import { test } from "node:test";
import assert from "node:assert/strict";
import { genreCatalog } from "../../../src/core/genres";
import { GENRE_SUMMARIES, summaryOf } from "../../../src/core/genres/catalog/summaries";
import { builtInGenreIfLoaded, isBuiltInGenreId, loadBuiltInGenre } from "../../../src/core/genres/load";

test("the summaries list every built-in genre, in catalog order, with its own name and description", () => {
  assert.deepEqual(
    GENRE_SUMMARIES.map((s) => s.id),
    genreCatalog.map((g) => g.id),
  );
  for (const [i, summary] of GENRE_SUMMARIES.entries()) {
    assert.deepEqual(summary.name, genreCatalog[i]!.name, summary.id);
    assert.deepEqual(summary.description, genreCatalog[i]!.description, summary.id);
  }
  assert.throws(() => summaryOf("no-such-genre"), /no built-in genre summary/);
});

test("each built-in genre loads on its own, once, as the catalog holds it", async () => {
  const id = GENRE_SUMMARIES[3]!.id;
  assert.equal(builtInGenreIfLoaded(id), undefined, "nothing loaded before asked");
  const first = loadBuiltInGenre(id);
  assert.equal(loadBuiltInGenre(id), first, "the same promise for the same genre (React's use waits on it)");
  const genre = await first;
  assert.equal(builtInGenreIfLoaded(id), genre);
  for (const summary of GENRE_SUMMARIES) {
    const loaded = await loadBuiltInGenre(summary.id);
    assert.deepEqual(loaded, genreCatalog.find((g) => g.id === summary.id), summary.id);
  }
});

test("an id that is not a built-in genre is refused, not imported", async () => {
  assert.equal(isBuiltInGenreId("shuzhi"), true);
  for (const id of ["mine-shuzhi", "lines", "fields", "summaries", "../index", ""]) {
    assert.equal(isBuiltInGenreId(id), false, id);
    await assert.rejects(loadBuiltInGenre(id), /is not a built-in genre/, id);
  }
});
