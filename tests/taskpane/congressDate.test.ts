// The pane's 二十一大 date (a locked pack's, else the person's own) and the year 检查 passes.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { ContentSource, SourcedCongressDate } from "../../src/core/packs";
import {
  CONGRESS_SETTINGS_KEY,
  congressDateInForce,
  congressOption,
  loadPersonalCongressDate,
  savePersonalCongressDate,
} from "../../src/taskpane/content/congressDate";
import { checkWithFigures, optionsForRun, paneCheckOptions } from "../../src/taskpane/format/checkRun";
import { withDouble } from "../support/double";

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}
const source = (zh: string): ContentSource => ({ kind: "pack", key: `https://x.example/${zh}.json`, packId: zh, name: { zh, en: zh } });
const pack = (date: string, locked: boolean, name = "甲"): SourcedCongressDate => ({ date, locked, source: source(name) });

describe("the 二十一大 date in force", () => {
  test("a locked pack's date wins over the person's, even when it is empty (not yet held)", () => {
    const locked = pack("", true, "乙");
    const inForce = congressDateInForce({ lockedCongressDate: locked, congressDates: [locked] }, "2027-10-20");
    assert.deepEqual([inForce.date, inForce.from], ["", "lockedPack"], "locked empty stays empty");
    assert.deepEqual(congressOption(inForce), {}, "no date is passed while not held");
  });
  test("otherwise the person's own, even when they left it empty", () => {
    const offered = pack("2027-10-20", false);
    assert.deepEqual(congressDateInForce({ lockedCongressDate: null, congressDates: [offered] }, "2027-10-18").date, "2027-10-18", "personal wins over unlocked");
    assert.deepEqual(congressDateInForce({ lockedCongressDate: null, congressDates: [offered] }, "").date, "", "an empty personal value is 'not yet held'");
  });
  test("an unlocked pack's date only while the person has set none; nothing invented without either", () => {
    const offered = pack("2027-10-20", false);
    const inForce = congressDateInForce({ lockedCongressDate: null, congressDates: [offered] }, undefined);
    assert.deepEqual([inForce.date, inForce.from], ["2027-10-20", "pack"], "unlocked pack as a default");
    assert.deepEqual(congressOption(inForce), { congressDate: "2027-10-20" }, "passed on");
    assert.deepEqual(congressDateInForce({ lockedCongressDate: null, congressDates: [] }, undefined), { date: "", from: "none" }, "nothing");
  });
});

describe("the person's setting", () => {
  test("a real day is saved normalised and read back", () => {
    const storage = memory();
    assert.equal(loadPersonalCongressDate(storage), undefined, "never set");
    assert.deepEqual(savePersonalCongressDate("2027年10月20日", storage), { ok: true, value: "2027-10-20" }, "saved");
    assert.equal(loadPersonalCongressDate(storage), "2027-10-20", "read back");
    assert.deepEqual(savePersonalCongressDate(" ", storage), { ok: true, value: "" }, "cleared");
    assert.equal(loadPersonalCongressDate(storage), "", "empty is kept as 'not yet held'");
  });
  test("a bad date says why and saves nothing", () => {
    const storage = memory();
    savePersonalCongressDate("2027-10-20", storage);
    const before = storage.data.get(CONGRESS_SETTINGS_KEY);
    for (const [typed, problem] of [["2027-02-30", "noSuchDay"], ["明年十月", "format"], ["2021-10-01", "year"]] as const) {
      assert.deepEqual(savePersonalCongressDate(typed, storage), { ok: false, problem }, typed);
      assert.equal(storage.data.get(CONGRESS_SETTINGS_KEY), before, `${typed}: nothing written`);
    }
  });
  test("a stored value that is not a day is not used", () => {
    assert.equal(loadPersonalCongressDate(memory({ [CONGRESS_SETTINGS_KEY]: JSON.stringify({ date: "2027-02-30" }) })), undefined, "ignored");
  });
});

describe("检查 in the pane passes the report's year and the date", () => {
  test("options carry the date only when known, and fixes keep the run's year", () => {
    assert.deepEqual(paneCheckOptions({ lengthTarget: {}, congressDate: "" }), { lengthTarget: {} }, "no empty date");
    assert.deepEqual(paneCheckOptions({ lengthTarget: {}, congressDate: "2027-10-20" }), { lengthTarget: {}, congressDate: "2027-10-20" }, "date");
    assert.deepEqual(optionsForRun({ lengthTarget: {} }, { year: 2026 }), { lengthTarget: {}, year: 2026 }, "run's year");
    assert.deepEqual(optionsForRun({ lengthTarget: {} }, null), { lengthTarget: {} }, "no run");
  });

  test("a 2026 report: the year comes from its title and year-bound 提法 are flagged", () =>
    withDouble({ profile: "web", paragraphs: ["县司法局2026年度法治政府建设情况报告", "一、主要举措", "深入推进“八五”普法，落实普法责任制。"] }, async () => {
      const run = await checkWithFigures(paneCheckOptions({ lengthTarget: {} }));
      assert.equal(run.year, 2026, "year from the title");
      assert.ok(run.findings.some((f) => f.rule === "text.outdated" && f.paragraph === 2), `outdated flagged: ${run.findings.map((f) => f.rule).join(",")}`);
    }));

  test("no year anywhere: nothing is judged by a year", () =>
    withDouble({ profile: "web", paragraphs: ["县司法局法治政府建设情况报告", "一、主要举措", "深入推进“八五”普法，落实普法责任制。"] }, async () => {
      const run = await checkWithFigures(paneCheckOptions({ lengthTarget: {} }));
      assert.equal(run.year, undefined, "no year");
      assert.ok(!run.findings.some((f) => f.rule === "text.outdated"), "not judged");
    }));

  test("the 二十一大 date reaches the checker", () =>
    withDouble({ profile: "web", paragraphs: ["某县2027年度工作总结", "以优异成绩迎接党的二十一大胜利召开。", "2027年12月20日"] }, async () => {
      const without = await checkWithFigures(paneCheckOptions({ lengthTarget: {}, congressDate: "" }));
      const withDate = await checkWithFigures(paneCheckOptions({ lengthTarget: {}, congressDate: "2027-10-20" }));
      const flagged = (run: typeof without) => run.findings.some((f) => f.rule === "text.yearBound" && f.message.zh.includes("本单位设置"));
      assert.ok(!flagged(without) && flagged(withDate), "only with the date");
    }));
});
