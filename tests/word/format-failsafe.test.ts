// 一键排版 that real Word cannot turn against the person (issue 21; word-fidelity-review-2 #1, #6,
// #7, #8, #9, #12; reliability-review-2 finding 2): tracking paused and restored on every path,
// no paragraph left in Normal, no marker paragraph left behind, the document's own styles kept.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { officialStyle, standardProfile, type FormatProfile } from "../../src/core/format";
import { formatDocument, STYLE_SIGNATURE_PROPERTY } from "../../src/word/format";
import { FORMAT_RECORD_KEY } from "../../src/word/formatRecord";
import type { DocumentSnapshot, WordDouble } from "../../src/word-double";
import { withDouble } from "../support/double";

const REPORT = [
  "关于2026年度工作情况的报告",
  "各位领导、同志们：",
  "现将一年来的工作报告如下：",
  "一、主要工作",
  "（一）抓好理论学习。全年参加集中学习24次。",
  "全年共开展专题研讨6次。",
  "述职人：张三",
  "2026年12月20日",
];
const EXPECTED = ["公文标题", "公文主送", "公文正文", "公文一级标题", "公文正文", "公文正文", "公文署名", "公文日期"];
const spacious: FormatProfile = { ...structuredClone(standardProfile), id: "custom", lineSpacingPt: 29 };
const texts = (d: WordDouble) => d.model.paragraphs.map((p) => p.text);
const styles = (d: WordDouble) => d.model.paragraphs.map((p) => p.style);
const noMarkers = (d: WordDouble) => assert.ok(!texts(d).some((t) => t.includes("报告助手样式")), `markers left: ${texts(d).join(" | ")}`);

describe("Track Changes: paused before any style is touched, restored and read back", () => {
  for (const mode of ["TrackAll", "TrackMineOnly"] as const) {
    test(`${mode}: no revision from the style package; the mode is back after the run (or the difference is said)`, () =>
      withDouble({ profile: "web", paragraphs: REPORT, modes: { insertOoxmlThrowsPartway: "never" } }, async (d) => {
        await formatDocument(standardProfile);
        d.model.changeTrackingMode = mode;
        // A profile change deletes and re-inserts the styles: none of it may be tracked.
        const report = await formatDocument(spacious);
        assert.deepEqual(d.model.rich.revisions, [], "no text revision (marker paragraphs, deletions)");
        assert.equal(report.tracking?.before, mode);
        assert.equal(report.tracking?.after, d.model.changeTrackingMode, "the report says what Word read back");
        if (!d.modes.trackingRestoreIgnored) assert.equal(d.model.changeTrackingMode, mode);
        else if (mode === "TrackMineOnly") assert.notEqual(report.tracking?.after, report.tracking?.before, "#6450: the difference is reported");
        noMarkers(d);
      }));
  }
});

describe("insertOoxml fails part-way (#2615, #3271): nothing is left worse, running again completes it", () => {
  for (const profile of ["web", "office2019"] as const) {
    test(`${profile}: first definition fails part-way — no marker, tracking restored, the report names old/new; again completes`, () =>
      withDouble({ profile, paragraphs: REPORT, modes: { insertOoxmlThrowsPartway: "first-call" } }, async (d) => {
        if (profile === "web") d.model.changeTrackingMode = "TrackAll";
        const failed = await formatDocument(standardProfile);
        assert.ok(failed.interrupted, "the failure is said");
        assert.ok(failed.leftover, "which paragraphs have which style");
        noMarkers(d);
        assert.deepEqual(texts(d), REPORT);
        if (profile === "web") assert.equal(d.model.changeTrackingMode, "TrackAll");
        assert.equal(d.model.customProperties.get(STYLE_SIGNATURE_PROPERTY), undefined, "no signature for styles never verified");
        const again = await formatDocument(standardProfile);
        assert.equal(again.interrupted, null);
        assert.deepEqual(styles(d), EXPECTED);
        assert.deepEqual(texts(d), REPORT);
        noMarkers(d);
      }));
  }

  test("a redefinition (WordApi 1.5) that fails after Style.delete leaves no paragraph in Normal", () =>
    withDouble({ profile: "web", paragraphs: REPORT, modes: { insertOoxmlThrowsPartway: "first-call", styleDeleteTurnsNormal: true } }, async (d) => {
      d.model.ooxmlFailedOnce = true; // the first definition goes through …
      await formatDocument(standardProfile);
      d.model.ooxmlFailedOnce = false; // … the redefinition fails part-way
      const fail = await formatDocument(spacious);
      assert.ok(fail.interrupted, "fail.interrupted");
      const left = fail.leftover!;
      assert.deepEqual(left.normal, [], "every paragraph has its old or its new style");
      assert.equal(left.oldStyle.length + left.newStyle.length, REPORT.length);
      assert.ok(!styles(d).includes("Normal"), styles(d).join(","));
      noMarkers(d);
      const again = await formatDocument(spacious);
      assert.equal(again.interrupted, null);
      assert.equal(d.model.paragraphs[5]!.lineSpacing, 29);
      assert.deepEqual(styles(d), EXPECTED);
    }));
});

describe("a pane closed mid-run, and cancel", () => {
  test("closed after the styles went in: no marker outlives the batch that made it, and the next run restores Track Changes", async () => {
    let closed: DocumentSnapshot | null = null;
    await withDouble({ profile: "web", paragraphs: REPORT, modes: { insertOoxmlThrowsPartway: "never" } }, async (d) => {
      d.model.changeTrackingMode = "TrackAll";
      // The document as it is when the pane closes right after the write sync (sync 2 of 3).
      d.model.onNextSync(() => (closed = d.snapshot()), 2);
      await formatDocument(standardProfile);
    });
    await withDouble({ profile: "web", snapshot: closed!, modes: { insertOoxmlThrowsPartway: "never" } }, async (d) => {
      assert.equal(d.model.changeTrackingMode, "Off", "the closed pane could not restore it");
      noMarkers(d);
      assert.deepEqual(texts(d), REPORT);
      assert.match(String(d.model.settings.get(FORMAT_RECORD_KEY)), /"in-progress"/);
      const next = await formatDocument(standardProfile);
      assert.equal(next.cleanedUp, 0);
      noMarkers(d);
      assert.deepEqual(texts(d), REPORT);
      assert.equal(d.model.changeTrackingMode, "TrackAll", "the mode the interrupted run saw");
      assert.deepEqual(styles(d), EXPECTED);
    });
  });

  test("cancel before writing: nothing changed, and the message says so", () =>
    withDouble({ profile: "web", paragraphs: REPORT, modes: { insertOoxmlThrowsPartway: "never" } }, async (d) => {
      const controller = new AbortController();
      const report = await formatDocument(standardProfile, (p) => p.phase === "read" && p.done > 0 && controller.abort(), { signal: controller.signal });
      assert.match(report.interrupted!.zh, /未作任何改动/);
      assert.deepEqual(styles(d), REPORT.map(() => "Normal"));
    }));

  test("cancel once styles are written: the run finishes its clean-up and says how many paragraphs it formatted", () =>
    withDouble({ profile: "web", paragraphs: REPORT, modes: { insertOoxmlThrowsPartway: "never" } }, async (d) => {
      d.model.changeTrackingMode = "TrackAll";
      const controller = new AbortController();
      const report = await formatDocument(standardProfile, (p) => p.phase === "write" && controller.abort(), { signal: controller.signal });
      assert.match(report.interrupted!.zh, new RegExp(`已排版 ${report.styled} 段`));
      assert.equal(d.model.changeTrackingMode, "TrackAll");
      noMarkers(d);
    }));
});

describe("the document's own official-named styles are never deleted or redefined unasked", () => {
  const OWN = [{ text: "关于2026年度工作情况的报告" }, { text: "全年完成各项任务。", style: "公文正文" }];
  test("default: nothing is written; the report lists the styles and asks", () =>
    withDouble({ profile: "web", paragraphs: OWN }, async (d) => {
      d.resetStats();
      const report = await formatDocument(standardProfile);
      assert.equal(report.needsChoice, true);
      assert.deepEqual(report.existingStyles, ["公文正文"]);
      assert.equal(d.stats.syncs, 1, "read only");
      assert.equal(d.model.paragraphs[1]!.style, "公文正文");
      assert.equal(d.model.paragraphs[0]!.style, "Normal");
    }));

  test("use-document: its 公文正文 keeps its definition; later runs do not ask again", () =>
    withDouble({ profile: "web", paragraphs: OWN, modes: { insertOoxmlThrowsPartway: "never" } }, async (d) => {
      const own = d.model.styles.byName("公文正文")!;
      own.paragraph = { ...own.paragraph, lineSpacing: 20, lineRule: "exact" };
      const before = own.id;
      const report = await formatDocument(standardProfile, undefined, { existingStyles: "use-document" });
      assert.equal(report.styles, "document-definitions");
      assert.equal(d.model.styles.byName("公文正文")!.id, before, "the same style, never deleted");
      assert.equal(d.model.styles.byName("公文正文")!.paragraph.lineSpacing, 20, "its own definition");
      assert.equal(d.model.paragraphs[0]!.style, officialStyle("title").name);
      assert.equal((await formatDocument(standardProfile)).needsChoice, false);
      noMarkers(d);
    }));

  test("replace (WordApi 1.5): defined from the profile", () =>
    withDouble({ profile: "web", paragraphs: OWN, modes: { insertOoxmlThrowsPartway: "never" } }, async (d) => {
      const report = await formatDocument(standardProfile, undefined, { existingStyles: "replace" });
      assert.equal(report.styles, "defined");
      assert.equal(d.model.styles.byName("公文正文")!.paragraph.lineSpacing, 28);
      assert.equal(d.model.styles.byName("公文正文")!.paragraph.lineRule, "exact");
    }));
});

describe("the signature is written only after read-back, and an unknown style gets a formatting message", () => {
  test("Office 2019 keeps old definitions on a profile change: the signature stays the old one", () =>
    withDouble({ profile: "office2019", paragraphs: REPORT, modes: { insertOoxmlThrowsPartway: "never" } }, async (d) => {
      await formatDocument(standardProfile);
      const first = d.model.customProperties.get(STYLE_SIGNATURE_PROPERTY);
      const report = await formatDocument(spacious);
      assert.equal(report.styles, "kept-old-definitions");
      assert.equal(d.model.customProperties.get(STYLE_SIGNATURE_PROPERTY), first);
      noMarkers(d);
    }));

  test("a signature without the styles (deleted by hand, below WordApi 1.5): a message about the style, and running again defines them", () =>
    withDouble({ profile: "office2019", paragraphs: REPORT, modes: { insertOoxmlThrowsPartway: "never" } }, async (d) => {
      await formatDocument(standardProfile);
      const signature = d.model.customProperties.get(STYLE_SIGNATURE_PROPERTY);
      // Reopened as a document whose styles were removed but whose property stayed.
      await withDouble({ profile: "office2019", paragraphs: REPORT, modes: { insertOoxmlThrowsPartway: "never" } }, async (fresh) => {
        fresh.model.customProperties.set(STYLE_SIGNATURE_PROPERTY, signature);
        const report = await formatDocument(standardProfile);
        assert.match(report.interrupted!.zh, /公文/);
        assert.doesNotMatch(report.interrupted!.zh, /重新扫描/);
        const again = await formatDocument(standardProfile);
        assert.equal(again.interrupted, null);
        assert.deepEqual(styles(fresh), EXPECTED);
      });
    }));
});

describe("markers by their visible text; the person's own paragraphs never taken for one", () => {
  for (const zeroWidthJoinerInInsert of ["kept", "stripped"] as const) {
    test(`U+2060 ${zeroWidthJoinerInInsert}: markers gone, a paragraph mentioning 报告助手样式 kept`, () =>
      withDouble({ profile: "web", paragraphs: [...REPORT.slice(0, 3), "报告助手样式是本插件定义的。", ...REPORT.slice(3)], modes: { zeroWidthJoinerInInsert, insertOoxmlThrowsPartway: "never" } }, async (d) => {
        await formatDocument(standardProfile);
        assert.equal(texts(d).filter((t) => t.includes("报告助手样式")).length, 1);
        assert.equal(d.model.paragraphs.length, REPORT.length + 1);
      }));
  }

  test("a person's line at the very top mentioning 报告助手样式, with no interrupted run before: kept as it is", () =>
    withDouble({ profile: "web", paragraphs: ["报告助手样式说明：本文不是标记。", ...REPORT], modes: { insertOoxmlThrowsPartway: "never" } }, async (d) => {
      await formatDocument(standardProfile);
      assert.deepEqual(texts(d), ["报告助手样式说明：本文不是标记。", ...REPORT]);
    }));

  test("a person typing and pressing Enter between every two syncs: the run completes, their text stays, no marker", () =>
    withDouble({ profile: "web", paragraphs: REPORT, modes: { personEditsBetweenSyncs: "type-and-enter", insertOoxmlThrowsPartway: "never" } }, async (d) => {
      d.model.changeTrackingMode = "TrackAll";
      const report = await formatDocument(standardProfile);
      noMarkers(d);
      assert.ok(texts(d).at(-1)!.startsWith(REPORT.at(-1)!) && texts(d).at(-1)!.includes("（补）"), texts(d).join(" | "));
      assert.equal(d.model.changeTrackingMode, "TrackAll");
      assert.ok(report.styled >= REPORT.length - 1, "report.styled >= REPORT.length - 1");
      for (const line of REPORT) assert.ok(texts(d).some((t) => t.startsWith(line)), line);
    }));
});

describe("a person typing inside a temporary paragraph between syncs: not one keystroke lost (issue 21)", () => {
  for (const profile of ["web", "office2019"] as const) {
    test(`${profile}: the run's own temporary paragraphs never exist between two syncs`, () =>
      withDouble({ profile, paragraphs: REPORT, modes: { insertOoxmlThrowsPartway: "never" } }, async (d) => {
        const seen: number[] = [];
        for (let k = 1; k <= 8; k++) d.model.onNextSync((m) => void (m.paragraphs.some((p) => p.text.includes("报告助手样式")) && seen.push(k)), k);
        const report = await formatDocument(standardProfile);
        assert.deepEqual(seen, [], "after these syncs a marker was in the document");
        assert.equal(report.interrupted, null);
        assert.ok(report.styled > 0, "the run styled the report");
      }));
  }
  // A leftover marker of an interrupted run at the top: it exists between sync 1 and sync 2, when the
  // write sync's last operation removes it with the run's own.
  const LEFTOVER = "\u2060报告助手样式\u2060公文正文";
  for (const where of ["end", "start"] as const) {
    for (const profile of ["web", "office2019"] as const) {
      test(`${profile}, typing at the ${where} of the first temporary paragraph after every sync: everything typed stays, reported; no marker left`, () =>
        withDouble({ profile, paragraphs: [LEFTOVER, ...REPORT], modes: { insertOoxmlThrowsPartway: "never" } }, async (d) => {
          const typed: string[] = [];
          for (let k = 1; k <= 8; k++) {
            d.model.onNextSync((m) => {
              const i = m.paragraphs.findIndex((p) => p.text.includes("报告助手样式"));
              if (i < 0) return;
              const text = `我打的字${k}`;
              m.typeText(i, text, where === "start" ? 0 : undefined);
              typed.push(text);
            }, k);
          }
          const report = await formatDocument(standardProfile);
          assert.deepEqual(typed, ["我打的字1"], "typed into the leftover marker after sync 1; after sync 2 there is none");
          const all = texts(d).join("\n");
          for (const t of typed) assert.ok(all.includes(t), `"${t}" is still in the document: ${texts(d).join(" | ")}`);
          for (const t of typed) assert.ok(report.keptTyping.some((k) => k.includes(t)), `"${t}" is reported: ${report.keptTyping.join(" | ")}`);
          noMarkers(d);
          for (const line of REPORT) assert.ok(texts(d).includes(line), `the report's line "${line}" is unchanged`);
          assert.equal(report.interrupted, null, "the run completes");
        }));
    }
  }
});
