import { beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { genreSchema, type Genre } from "../../src/core/genres";
import { genreFromOutline } from "../../src/core/skeleton";
import { loadPersonalGenresParser, PERSONAL_GENRES_KEY, PersonalGenresStore } from "../../src/taskpane/content/personalGenres";
import { keepUnreadable } from "../../src/taskpane/shell/settingsStore";
import { genrePack, packFileName, PACK_FORMAT } from "../../src/taskpane/skeleton/exportGenre";
import { memoryStorage, type MemoryStorage } from "../support/memoryStorage";
import { corpusPath } from "../support/shared";

// The stored list's reader is its own chunk in the pane (loaded before a stored list is read).
await loadPersonalGenresParser();

// Each test has its own storage and its own store, as each pane does.
let storage: MemoryStorage;
let store: PersonalGenresStore;
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
    storage = memoryStorage();
    store = new PersonalGenresStore(storage);
  });

  test("save adds a genre, then replaces it in place; the list survives a reload (a new pane's store) and the stored schema", () => {
    assert.deepEqual(store.getState(), []);
    assert.equal(store.save(school).ok, true);
    assert.equal(store.save(company).ok, true);
    assert.equal(store.save(renamed(school, "改过的名字")).ok, true);
    assert.deepEqual(store.getState().map((g) => g.name.zh), ["改过的名字", company.name.zh]);
    assert.deepEqual(new PersonalGenresStore(storage).getState().map((g) => g.id), [school.id, company.id]);
    const stored = JSON.parse(storage.getItem(PERSONAL_GENRES_KEY)!);
    assert.equal(stored.version, 1);
    assert.ok(stored.genres.every((g: unknown) => genreSchema.safeParse(g).success), "stored.genres.every((g: unknown) => genreSchema.safeParse(g).success)");
  });

  test("remove, then undo puts it back where it stood; listeners hear every change", () => {
    store.saveAll([school, company]);
    let heard = 0;
    const stop = store.subscribe(() => heard++);
    const removed = store.remove(school.id);
    assert.ok(removed, "removed");
    assert.equal(removed.index, 0);
    assert.deepEqual(store.getState().map((g) => g.id), [company.id]);
    assert.equal(store.restore(removed), true);
    assert.deepEqual(store.getState().map((g) => g.id), [school.id, company.id]);
    assert.equal(store.remove("no-such-genre"), null);
    stop();
    assert.equal(heard, 2);
  });

  test("storage full: every write reports false and nothing changes, in memory or stored", () => {
    store.saveAll([school]);
    const before = storage.getItem(PERSONAL_GENRES_KEY);
    let heard = 0;
    const stop = store.subscribe(() => heard++);
    const release = fillStorage();
    try {
      assert.equal(store.save(company).ok, false);
      assert.equal(store.save(renamed(school, "新名")).ok, false);
      assert.equal(store.remove(school.id), null);
      assert.equal(store.restore({ genre: company, index: 0 }), false);
    } finally {
      release();
      stop();
    }
    assert.deepEqual(store.getState().map((g) => g.name.zh), [school.name.zh]);
    assert.equal(storage.getItem(PERSONAL_GENRES_KEY), before);
    assert.equal(heard, 0);
  });

  test("an unreadable stored list: no genres, flagged corrupt, the text kept as a backup", () => {
    storage.setItem(PERSONAL_GENRES_KEY, JSON.stringify({ version: 1, genres: [{ id: "Not A Slug" }] }));
    assert.deepEqual(store.getState(), []);
    assert.equal(store.corrupt(), true);
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
