// The first tab (骨架) is interactive before any other tab's code or data has been fetched (so
// none of it has been parsed): not the 短语 tab and its snippet library or pinyin, not the 数据
// form, not 排版 and the checker with its 提法 data, not the 内容包 page nor the content store
// with the pack schemas, not zod (the schemas' library) nor the 存为骨架 editor. With no pack stored, the content store loads once the first tab is shown,
// in idle time; with one stored, the first tab waits for it (its genres are in the list). Saved
// personal genres are read with zod, fetched then alongside the first tab.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser, serveStatic } from "./harness";
import { GENRE_SUMMARIES } from "../../src/core/genres/catalog/summaries";

const DIR = join(import.meta.dirname, "../../.test-output/preview");

/** Chunks of other tabs and pages, and of data the first tab does not show (webpackChunkName). */
const LATER_CHUNKS = [
  "tab-snippets", "tab-metrics", "tab-format", "pinyin", "content", "packs", "diagnostics", "drafting", "genre-editor", "personal-genres",
  // The 骨架 tab's own later parts: its buttons' Word calls, the ⋯ menu, 标题与落款信息's inputs, the confirmation dialog, a personal genre's buttons.
  "skeleton-actions", "skeleton-more-menu", "skeleton-fields", "confirm-dialog", "personal-genre-actions",
];
/** String literals only that code holds (minification keeps literals). */
const LATER_MARKERS = {
  "the snippet library": "安全生产与应急",
  "the checker's 提法 data": "liangge-queli",
  "the content store": "report-composer:content-pack:",
  zod: "ZodError",
  "the Word calls": "insertParagraph",
  // The first tab's buttons are the pane's own (rc-button): Fluent's Button, its styles and token table come later.
  "Fluent's Button": "fui-Button__icon",
};
/** Each built-in genre is its own chunk but the default (the first), which is in the first tab's. */
const genreChunk = (id: string) => `genre-${id}-ts`;
const DEFAULT_GENRE = GENRE_SUMMARIES[0]!.id;
/** The first tab's one chunk (webpack.config.js): its code, its share of later chunks, the default genre. */
const FIRST_TAB_CHUNK = "first-tab";
const SOURCES_KEY = "report-composer:content-sources:v1";
const PERSONAL_GENRES_KEY = "report-composer:personal-genres:v1";
/** office.js stand-in (as bench/startup.ts): onReady at once, Word, Chinese UI. */
const OFFICE_STUB = `window.Office={onReady:(cb)=>{const i={host:"Word",platform:"PC"};cb&&cb(i);return Promise.resolve(i)},context:{displayLanguage:"zh-CN",requirements:{isSetSupported:()=>true}}};`;

interface Start {
  /** Scripts of ours fetched before 插入完整骨架 was rendered and enabled, then all of them. */
  before: string[];
  /** The genre the picker showed then. */
  genreShown: string;
  /** Whether a loading line was shown before it. */
  loadingShown: boolean;
  /** Section rows (checkboxes) in the list then, and once idle time has run. */
  rowsShown: number;
  rowsLater: number;
  /** Then: the last row's top and bottom, and the top of the sticky footer (the list's fold), in px. */
  lastRow: { top: number; bottom: number };
  footerTop: number;
  after: string[];
}

/** One cold start of taskpane.html; `stored` seeds localStorage first. Times are the page's own (Resource Timing). */
async function coldStart(browser: Browser, base: string, stored: Record<string, string> = {}): Promise<Start> {
  const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
  try {
    await context.addInitScript((items: Record<string, string>) => {
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
      // The moment 插入完整骨架 is first in the page, enabled and laid out: taken at the DOM change
      // itself, before any idle callback the same commit may schedule.
      // (No named functions in here: tsx would wrap them in a helper the page does not have.)
      const w = window as unknown as {
        interactiveAt?: number;
        genreShown?: string;
        loadingShown?: boolean;
        rowsShown?: number;
        lastRow?: { top: number; bottom: number };
        footerTop?: number;
      };
      new MutationObserver(() => {
        if (w.interactiveAt !== undefined) return;
        // The tab's loading line (React then holds it at least 300 ms): never before the first tab.
        if (document.querySelector('[role="progressbar"][aria-label="正在加载…"]')) w.loadingShown = true;
        const b = Array.from(document.querySelectorAll("button")).find((x) => x.textContent?.trim() === "插入完整骨架");
        if (b && !b.disabled && b.getBoundingClientRect().height > 0) {
          w.interactiveAt = performance.now();
          w.genreShown = document.querySelector("select")?.selectedOptions[0]?.textContent ?? "";
          w.rowsShown = document.querySelectorAll('[aria-labelledby="skeleton-sections"] input[type="checkbox"]').length;
          const last = Array.from(document.querySelectorAll(".rc-sectionRow")).pop()?.getBoundingClientRect();
          w.lastRow = { top: last?.top ?? 0, bottom: last?.bottom ?? 0 };
          w.footerTop = b.closest("section")?.getBoundingClientRect().top ?? 0;
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    }, stored);
    const page = await context.newPage();
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
    await page.goto(`${base}taskpane.html`);
    await page.waitForFunction(() => (window as unknown as { interactiveAt?: number }).interactiveAt !== undefined, null, { timeout: 60_000 });
    // Idle time after the first tab: the content store arrives without being asked for.
    await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => /\/content\.[0-9a-f]{8}\.js$/.test(e.name)), null, { timeout: 10_000 }).catch(() => undefined);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => e.name.startsWith(location.origin) && e.name.endsWith(".js"))
        .map((e) => ({ file: new URL(e.name).pathname.replace(/^\//, ""), at: e.startTime, interactiveAt: (window as unknown as { interactiveAt: number }).interactiveAt })),
    );
    const before = scripts.filter((s) => s.at < s.interactiveAt).map((s) => s.file);
    const { genreShown, loadingShown, rowsShown, lastRow, footerTop } = await page.evaluate(() => {
      const w = window as unknown as { genreShown: string; loadingShown?: boolean; rowsShown: number; lastRow: { top: number; bottom: number }; footerTop: number };
      return { genreShown: w.genreShown, loadingShown: w.loadingShown === true, rowsShown: w.rowsShown, lastRow: w.lastRow, footerTop: w.footerTop };
    });
    const rows = page.locator('[aria-labelledby="skeleton-sections"] input[type="checkbox"]');
    // The rest of the list follows in idle time: wait until it stops growing.
    let rowsLater = await rows.count();
    for (let settled = 0; settled < 3; ) {
      await page.waitForTimeout(100);
      const now = await rows.count();
      settled = now === rowsLater ? settled + 1 : 0;
      rowsLater = now;
    }
    return { before, after: scripts.map((s) => s.file), genreShown, loadingShown, rowsShown, rowsLater, lastRow, footerTop };
  } finally {
    await context.close();
  }
}

const chunkOf = (file: string) => file.replace(/\.[0-9a-f]{8}\.js$/, "");

test("the first tab is interactive before any other tab's code or data is fetched", async () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".js"));
  // The names and markers still exist in the build (a renamed chunk must not make this pass).
  for (const name of LATER_CHUNKS) assert.ok(files.some((f) => chunkOf(f) === name), `the build has a ${name} chunk`);
  for (const [what, marker] of Object.entries(LATER_MARKERS)) {
    assert.ok(files.some((f) => readFileSync(join(DIR, f), "utf8").includes(marker)), `the build holds ${what}`);
  }

  const { server, baseUrl: base } = await serveStatic(DIR);
  const browser = await launchBrowser();
  try {
    const fresh = await coldStart(browser, base);
    assert.ok(fresh.before.some((f) => chunkOf(f) === FIRST_TAB_CHUNK), `the first tab's chunk was fetched: ${fresh.before.join(", ")}`);
    for (const file of fresh.before) {
      assert.ok(!LATER_CHUNKS.includes(chunkOf(file)), `${file} was fetched before the first tab was interactive`);
      const code = readFileSync(join(DIR, file), "utf8");
      for (const [what, marker] of Object.entries(LATER_MARKERS)) assert.ok(!code.includes(marker), `${file}, fetched before the first tab was interactive, holds ${what}`);
    }
    // The default genre (the first) comes inside the first tab's chunk; the others wait for idle time.
    const genresBefore = fresh.before.map(chunkOf).filter((c) => c.startsWith("genre-") && c !== "genre-editor");
    assert.deepEqual(genresBefore, [], "no genre chunk before the first tab: the default is in the tab's own");
    const defaultGenre = ((await import(`../../src/core/genres/catalog/${DEFAULT_GENRE}.ts`)) as Record<string, { sections: { title: string; subsections: unknown[] }[] }>)[DEFAULT_GENRE]!;
    const firstTabFile = files.find((f) => chunkOf(f) === FIRST_TAB_CHUNK)!;
    // Its preload comes after webview-check's blocking script: asked for first, it held up the parser.
    const html = readFileSync(join(DIR, "taskpane.html"), "utf8");
    const preloadAt = html.search(new RegExp(`<link[^>]*rel="?preload"?[^>]*${firstTabFile.replace(/\./g, "\\.")}`));
    assert.ok(preloadAt > html.search(/<script[^>]*webview-check/), `the first tab's chunk is preloaded after the blocking script (${preloadAt})`);
    assert.ok(readFileSync(join(DIR, firstTabFile), "utf8").includes(defaultGenre.sections[0]!.title), "the first tab's chunk holds the default genre");
    assert.ok(!files.some((f) => chunkOf(f) === genreChunk(DEFAULT_GENRE)), "the default genre has no chunk of its own");
    for (const { id } of GENRE_SUMMARIES.slice(1)) assert.ok(files.some((f) => chunkOf(f) === genreChunk(id)), `the build has ${genreChunk(id)}`);
    // The first paint holds the list's first rows (SkeletonTab's FIRST_PAINT_ROWS), as many as fill
    // the list down to the sticky footer at 350 × 800 and none wholly below it; the rest come after.
    const allRows = defaultGenre.sections.reduce((n, section) => n + 1 + section.subsections.length, 0);
    assert.ok(allRows > fresh.rowsShown, "the default genre is longer than a screenful");
    assert.ok(fresh.lastRow.bottom >= fresh.footerTop, `the first paint's rows reach the footer: the last ends at ${fresh.lastRow.bottom}, the footer starts at ${fresh.footerTop}`);
    assert.ok(fresh.lastRow.top < fresh.footerTop, `no row of the first paint lies wholly below the footer: the last starts at ${fresh.lastRow.top}, the footer at ${fresh.footerTop}`);
    assert.equal(fresh.rowsLater, allRows, "every row once idle time has run");
    assert.ok(
      fresh.after.some((f) => chunkOf(f) === "content"),
      `the content store is fetched in idle time once the first tab is shown: ${fresh.after.join(", ")}`,
    );

    // The genre chosen last time comes before the first tab (the default, its fallback, is in the tab's chunk), no other.
    const chosen = GENRE_SUMMARIES[5]!.id;
    const withChoice = await coldStart(browser, base, { "report-composer:skeleton:v1": JSON.stringify({ genreId: chosen, fields: {}, choices: {} }) });
    assert.deepEqual(
      withChoice.before.map(chunkOf).filter((c) => c.startsWith("genre-") && c !== "genre-editor").sort(),
      [genreChunk(chosen)],
      `the chosen genre before the first tab: ${withChoice.before.join(", ")}`,
    );
    assert.equal(withChoice.genreShown, GENRE_SUMMARIES[5]!.name.zh, "the first paint shows the genre chosen last time");
    assert.equal(fresh.genreShown, GENRE_SUMMARIES[0]!.name.zh);
    for (const start of [fresh, withChoice]) assert.equal(start.loadingShown, false, "no loading line before the first tab");

    // A stored pack's genres are in the first tab's list: then the content store comes first.
    const withPack = await coldStart(browser, base, { [SOURCES_KEY]: JSON.stringify({ version: 1, sources: [] }) });
    assert.ok(withPack.before.some((f) => chunkOf(f) === "content"), `with a pack stored, the content store comes before the first tab: ${withPack.before.join(", ")}`);

    // Saved skeletons are in the list too: their reader (and zod) comes before the first tab then.
    const withMine = await coldStart(browser, base, { [PERSONAL_GENRES_KEY]: JSON.stringify({ version: 1, genres: [] }) });
    assert.ok(
      withMine.before.some((f) => chunkOf(f) === "personal-genres"),
      `with personal genres stored, their reader comes before the first tab: ${withMine.before.join(", ")}`,
    );
    assert.ok(
      withMine.before.some((f) => readFileSync(join(DIR, f), "utf8").includes(LATER_MARKERS.zod)),
      `with personal genres stored, zod comes before the first tab: ${withMine.before.join(", ")}`,
    );
  } finally {
    await browser.close();
    server.close();
  }
});

test("a first-tab request that hangs holds the pane back 3 s at most: then the shell and its loading line", async () => {
  const { server, baseUrl: base } = await serveStatic(DIR);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 350, height: 800 } });
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
    // The first tab's chunk never answers (a stalled proxy).
    await page.route(/\/first-tab\.[0-9a-f]{8}\.js$/, () => undefined);
    const started = Date.now();
    await page.goto(`${base}taskpane.html`, { waitUntil: "commit" });
    await page.getByRole("tab", { name: "骨架" }).waitFor({ timeout: 10_000 });
    const waited = Date.now() - started;
    assert.ok(waited >= 2500 && waited < 8000, `the shell came after ${waited} ms`);
    await page.getByRole("progressbar", { name: "正在加载…" }).waitFor({ timeout: 2_000 });
  } finally {
    await browser.close();
    server.close();
  }
});
