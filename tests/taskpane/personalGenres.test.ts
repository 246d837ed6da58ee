import { afterEach, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { genreSchema, type Genre } from "../../src/core/genres";
import { genreFromOutline } from "../../src/core/skeleton";
import {
  PERSONAL_GENRES_KEY,
  personalGenres,
  personalGenresCorrupt,
  removePersonalGenre,
  resetPersonalGenresCache,
  restorePersonalGenre,
  savePersonalGenres,
  subscribePersonalGenres,
  upsertPersonalGenre,
} from "../../src/taskpane/content/personalGenres";
import { addinStorage, keepUnreadable } from "../../src/taskpane/shell/settingsStore";
import { genrePack, packFileName, PACK_FORMAT } from "../../src/taskpane/skeleton/exportGenre";
import { corpusPath } from "../support/shared";

const storage = addinStorage(); // node has no window: the in-memory stand-in, shared by the module
const fromCorpus = (name: string): Genre => {
  const result = genreFromOutline(readFileSync(corpusPath(name), "utf8").split(/\r?\n/));
  assert.ok(result.ok, "result.ok");
  return result.genre;
};
const school = fromCorpus("school-principal-report.txt");
const company = fromCorpus("company-annual-summary.txt");
const renamed = (g: Genre, zh: string): Genre => ({ ...g, name: { zh, en: zh } });

/** Makes every write fail as a full localStorage does, until the returned function is called. */
function fillStorage(): () => void {
  const setItem = storage.setItem;
  storage.setItem = () => {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  };
  return () => {
    storage.setItem = setItem;
  };
}

describe("personal genres store", () => {
  beforeEach(() => {
    storage.removeItem(PERSONAL_GENRES_KEY);
    storage.removeItem(`${PERSONAL_GENRES_KEY}:corrupt-backup`);
    resetPersonalGenresCache();
  });
  afterEach(() => resetPersonalGenresCache());

  test("upsert adds a genre, then replaces it in place; the list survives a reload and the stored schema", () => {
    assert.deepEqual(personalGenres(), []);
    assert.equal(upsertPersonalGenre(school), true);
    assert.equal(upsertPersonalGenre(company), true);
    assert.equal(upsertPersonalGenre(renamed(school, "改过的名字")), true);
    assert.deepEqual(personalGenres().map((g) => g.name.zh), ["改过的名字", company.name.zh]);
    resetPersonalGenresCache(); // a new pane
    assert.deepEqual(personalGenres().map((g) => g.id), [school.id, company.id]);
    const stored = JSON.parse(storage.getItem(PERSONAL_GENRES_KEY)!);
    assert.equal(stored.version, 1);
    assert.ok(stored.genres.every((g: unknown) => genreSchema.safeParse(g).success), "stored.genres.every((g: unknown) => genreSchema.safeParse(g).success)");
  });

  test("remove, then undo puts it back where it stood; listeners hear every change", () => {
    savePersonalGenres([school, company]);
    let heard = 0;
    const stop = subscribePersonalGenres(() => heard++);
    const removed = removePersonalGenre(school.id);
    assert.ok(removed, "removed");
    assert.equal(removed.index, 0);
    assert.deepEqual(personalGenres().map((g) => g.id), [company.id]);
    assert.equal(restorePersonalGenre(removed), true);
    assert.deepEqual(personalGenres().map((g) => g.id), [school.id, company.id]);
    assert.equal(removePersonalGenre("no-such-genre"), null);
    stop();
    assert.equal(heard, 2);
  });

  test("storage full: every write reports false and nothing changes, in memory or stored", () => {
    savePersonalGenres([school]);
    const before = storage.getItem(PERSONAL_GENRES_KEY);
    let heard = 0;
    const stop = subscribePersonalGenres(() => heard++);
    const release = fillStorage();
    try {
      assert.equal(upsertPersonalGenre(company), false);
      assert.equal(upsertPersonalGenre(renamed(school, "新名")), false);
      assert.equal(removePersonalGenre(school.id), null);
      assert.equal(restorePersonalGenre({ genre: company, index: 0 }), false);
    } finally {
      release();
      stop();
    }
    assert.deepEqual(personalGenres().map((g) => g.name.zh), [school.name.zh]);
    assert.equal(storage.getItem(PERSONAL_GENRES_KEY), before);
    assert.equal(heard, 0);
  });

  test("an unreadable stored list: no genres, flagged corrupt, the text kept as a backup", () => {
    storage.setItem(PERSONAL_GENRES_KEY, JSON.stringify({ version: 1, genres: [{ id: "Not A Slug" }] }));
    assert.deepEqual(personalGenres(), []);
    assert.equal(personalGenresCorrupt(), true);
    assert.equal(storage.getItem(`${PERSONAL_GENRES_KEY}:corrupt-backup`), null, "reading writes nothing (it runs during render)");
    keepUnreadable(storage, PERSONAL_GENRES_KEY);
    assert.match(storage.getItem(`${PERSONAL_GENRES_KEY}:corrupt-backup`) ?? "", /Not A Slug/);
  });
});

describe("export as a content pack", () => {
  test("the pack format the 内容包 import reads, holding exactly the genre", () => {
    const pack = JSON.parse(JSON.stringify(genrePack(school)));
    assert.deepEqual(Object.keys(pack), ["format", "version", "id", "name", "genres"]);
    assert.equal(pack.format, PACK_FORMAT);
    assert.equal(pack.format, "report-composer-pack");
    assert.equal(pack.version, 1);
    assert.equal(pack.id, school.id);
    assert.deepEqual(pack.name, { zh: school.name.zh, en: school.name.en });
    assert.equal(pack.genres.length, 1);
    assert.ok(genreSchema.safeParse(pack.genres[0]).success, "genreSchema.safeParse(pack.genres[0]).success");
    assert.deepEqual(pack.genres[0], JSON.parse(JSON.stringify(school)));
  });

  test("file names: the genre's name, without characters file systems refuse", () => {
    assert.equal(packFileName(renamed(school, "述职/述廉:报告*?")), "骨架-述职述廉报告.json");
    assert.equal(packFileName(renamed(school, "///")), `骨架-${school.id}.json`);
  });
});
