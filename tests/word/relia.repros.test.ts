/**
 * The repros of reliability review 2 (findings 3–6), each named by its R-number: a person's edit
 * between two syncs of an operation, or Word failing at one of its queued operations.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { withDouble } from "../support/double";
import { applyPersonEdit, DEFAULT_MODES, PESSIMISTIC_MODES, type WordDouble } from "../../src/word-double";
import { scanDocument } from "../../src/word/metricsScan";
import { fillPlaceholders } from "../../src/word/metricsFill";
import { renumberDocument } from "../../src/word/renumber";
import { checkDraft, fixAllFindings, fixFindings } from "../../src/word/checks";
import { insertSkeletonBlock } from "../../src/word/skeleton";
import { insertSnippetText } from "../../src/word/snippets";
import { formatDocument } from "../../src/word/format";
import { standardProfile } from "../../src/core/format";
import type { SkeletonParagraph } from "../../src/core/skeleton";

const texts = (d: WordDouble) => d.model.paragraphs.map((p) => p.text);

/** withDouble, returning what the body returns. */
async function withDoubleResult<R>(options: Parameters<typeof withDouble>[0], body: (d: WordDouble) => Promise<R>): Promise<R> {
  let out: R | undefined;
  await withDouble(options, async (d) => {
    out = await body(d);
  });
  return out as R;
}

/** Fills every group of the scan with `valueOf(group index)`. */
async function scanAndValues(valueOf: (i: number) => string) {
  const scan = await scanDocument();
  const groups = [...new Set(scan.placeholders.map((p) => p.group))];
  return { scan, values: Object.fromEntries(groups.map((g, i) => [g, valueOf(i)])) };
}

describe("reliability review 2: repros", () => {
  test("R1 (3a): sections swapped after the scan — no figure lands under the other section", async () => {
    await withDouble({ paragraphs: ["一、财政局", "预算执行XX万元。", "二、教育局", "预算执行XX万元。"] }, async (d) => {
      const { scan, values } = await scanAndValues((i) => String(100 * (i + 1)));
      applyPersonEdit(d, { kind: "move", from: 2, count: 1, to: 0 });
      const report = await fillPlaceholders({ scan, values });
      assert.deepEqual(texts(d), ["二、教育局", "预算执行XX万元。", "一、财政局", "预算执行XX万元。"]);
      assert.equal(report.filled, 0);
    });
  });

  test("R2 (3b): the target paragraph cut between locate and write — nothing written into the neighbour", async () => {
    await withDouble({ paragraphs: ["一、收入", "完成XX亿元。", "二、支出"] }, async (d) => {
      const { scan, values } = await scanAndValues(() => "100");
      d.model.onNextSync(() => applyPersonEdit(d, { kind: "cut", paragraph: 1 }), 2);
      const report = await fillPlaceholders({ scan, values });
      assert.deepEqual(texts(d), ["一、收入", "二、支出"]);
      assert.equal(report.filled, 0);
      assert.equal(report.interrupted, null);
    });
  });

  test("R2b (3b): 重新编号 — a heading cut between locate and write never puts its ordinal on the body text after it", async () => {
    await withDouble({ paragraphs: ["一、甲", "正文一。", "三、乙", "正文二。"] }, async (d) => {
      d.model.onNextSync(() => applyPersonEdit(d, { kind: "cut", paragraph: 2 }), 2);
      const report = await renumberDocument();
      assert.deepEqual(texts(d), ["一、甲", "正文一。", "正文二。"]);
      assert.deepEqual(report.changed, []);
      assert.equal(report.skipped.length, 1);
    });
  });

  test("R3 (3c): XX selected and overtyped with 35 meanwhile — stays 35, reported as changed, not as an interruption", async () => {
    await withDouble({ paragraphs: ["一、收入", "完成XX亿元。"] }, async (d) => {
      const { scan, values } = await scanAndValues(() => "100");
      d.model.onNextSync(() => applyPersonEdit(d, { kind: "overtype", paragraph: 1, start: 2, end: 4, text: "35" }), 2);
      const report = await fillPlaceholders({ scan, values });
      assert.deepEqual(texts(d), ["一、收入", "完成35亿元。"]);
      assert.equal(report.filled, 0);
      assert.equal(report.interrupted, null);
      assert.match(report.skipped[0]!.reason.zh, /已改动/);
    });
  });

  test("R4 (4b): a digit typed inside the located XX is not replaced, and nothing is reported filled", async () => {
    await withDouble({ paragraphs: ["一、收入", "完成XX亿元。"] }, async (d) => {
      const { scan, values } = await scanAndValues(() => "100");
      d.model.onNextSync(() => applyPersonEdit(d, { kind: "type", paragraph: 1, offset: 3, text: "8" }), 2);
      const report = await fillPlaceholders({ scan, values });
      assert.deepEqual(texts(d), ["一、收入", "完成X8X亿元。"]);
      assert.equal(report.filled, 0);
    });
  });

  test("R5 (6a): an ordinal written while the person typed in its paragraph is reported changed, not skipped", async () => {
    await withDouble({ paragraphs: ["一、甲", "正文一。", "三、乙", "正文二。"] }, async (d) => {
      d.model.onNextSync(() => applyPersonEdit(d, { kind: "type", paragraph: 2, offset: 3, text: "补充" }), 2);
      const report = await renumberDocument();
      assert.deepEqual(texts(d), ["一、甲", "正文一。", "二、乙补充", "正文二。"]);
      assert.deepEqual(report.changed.map((c) => c.to), ["二、"]);
      assert.deepEqual(report.skipped, []);
      assert.deepEqual(report.unverified, []);
    });
  });

  test("R6 (6b): a partial 全部修复 reports the fixes it applied", async () => {
    await withDouble({ paragraphs: ["一、总体", "工作取得进展,成效明显。", { text: "任务完成良好,群众满意。", ime: true }, "措施落实到位,效果显著。"], modes: { searchImeMiss: true } }, async (d) => {
      const result = await fixAllFindings();
      assert.deepEqual(texts(d), ["一、总体", "工作取得进展，成效明显。", "任务完成良好,群众满意。", "措施落实到位，效果显著。"]);
      assert.equal(result.applied.length, 2);
      assert.equal(result.skipped.length, 1);
      assert.deepEqual(result.texts, texts(d));
    });
  });

  test("R7 (4a): 插入骨架 on an empty line keeps what the person typed there after clicking", async () => {
    const block: SkeletonParagraph[] = [{ role: "heading1", level: 1, ordinal: "一、", segments: [{ text: "新增" }] }];
    await withDouble({ paragraphs: ["标题", "", "结尾"] }, async (d) => {
      d.model.setSelection(1, 0);
      d.model.onNextSync(() => applyPersonEdit(d, { kind: "type", paragraph: 1, offset: 0, text: "刚输入的话" }), 2);
      await insertSkeletonBlock(block);
      assert.ok(texts(d).includes("刚输入的话"), texts(d).join("|"));
      assert.ok(texts(d).includes("一、新增"), texts(d).join("|"));
    });
  });

  test("R8 (5): Word refusing part-way through 插入骨架 leaves the document as it was, and the retry inserts once", async () => {
    const block: SkeletonParagraph[] = [
      { role: "heading1", level: 1, ordinal: "一、", segments: [{ text: "新增" }] },
      { role: "body", segments: [{ text: "新增正文。" }] },
    ];
    await withDouble({ paragraphs: ["一、甲", "正文。", "二、乙", "正文。"] }, async (d) => {
      d.model.setSelection(1, 0);
      const before = texts(d);
      d.model.onNextSync(() => d.injectFault(8, "AccessDenied"), 2);
      await assert.rejects(insertSkeletonBlock(block), (e: Error) => /撤回|taken back/.test(e.message) || e.name === "WordOperationError");
      assert.deepEqual(texts(d), before);
      await insertSkeletonBlock(block);
      assert.deepEqual(texts(d), ["一、甲", "正文。", "二、新增", "新增正文。", "三、乙", "正文。"]);
    });
  });

  // Under the pessimistic double the first package is refused (insertOoxmlThrowsPartway) and Find
  // and Replace open at the 15th operation fails the recovery too: its second attempt cleans up.
  for (const [name, modes] of [["default", DEFAULT_MODES], ["pessimistic", PESSIMISTIC_MODES]] as const) {
    test(`R9 (2) ${name}: 一键排版 with Track Changes on and Find and Replace open, at any operation — no marker left, tracking back on; again completes`, async () => {
      const doc = ["关于2026年度工作情况的报告", "各位领导、同志们：", "一、主要工作", "（一）抓好理论学习。全年参加集中学习24次。", "述职人：张三", "2026年12月20日"];
      let faults = 0;
      for (let k = 0; k < 200; k++) {
        const completed = await withDoubleResult({ paragraphs: doc, modes }, async (d) => {
          d.model.changeTrackingMode = "TrackAll";
          d.injectFault(k, "SearchDialogIsOpen");
          const first = await formatDocument(standardProfile).then((r) => r.interrupted, (e: Error) => ({ zh: e.message, en: e.message }));
          d.injectFault(1e9);
          assert.ok(!texts(d).some((t) => t.includes("报告助手样式")), `fault at ${k}: markers left: ${texts(d).join("|")}`);
          assert.equal(d.model.changeTrackingMode, "TrackAll", `fault at ${k}: Track Changes restored`);
          if (first === null) return true;
          faults++;
          // Running again completes it (a pessimistic double may refuse its own first package once more).
          let again = await formatDocument(standardProfile);
          if (again.interrupted) again = await formatDocument(standardProfile);
          assert.equal(again.interrupted, null, `fault at ${k}: running again completes`);
          assert.ok(!texts(d).some((t) => t.includes("报告助手样式")), `fault at ${k}: no marker after running again`);
          assert.equal(d.model.changeTrackingMode, "TrackAll", `fault at ${k}: Track Changes still on after running again`);
          return false;
        });
        if (completed) break;
      }
      assert.ok(faults > 10, `the fault hit ${faults} operations`);
    });
  }

  // A fault at the 14th operation of the first run (SearchDialogIsOpen) once left one empty
  // paragraph before the title, and the second run kept it.
  test("R9b (2): 一键排版 failing at any operation adds no paragraph to the document", async () => {
    const doc = ["关于2026年度工作情况的报告", "各位领导、同志们：", "一、主要工作", "（一）抓好理论学习。全年参加集中学习24次。", "述职人：张三", "2026年12月20日"];
    for (let k = 0; k < 70; k++) {
      await withDouble({ paragraphs: doc, modes: DEFAULT_MODES }, async (d) => {
        d.model.changeTrackingMode = "TrackAll";
        d.injectFault(k, "SearchDialogIsOpen");
        await formatDocument(standardProfile).catch(() => null);
        assert.deepEqual(texts(d), doc, `fault at ${k}: nothing added`);
      });
    }
  });

  test("R10 (6d): a retry after an interrupted 填入 fills the identical line still reading XX", async () => {
    await withDouble({ paragraphs: ["一、财政局", "预算执行XX万元。", "二、教育局", "预算执行XX万元。"] }, async (d) => {
      const { scan, values } = await scanAndValues(() => "100");
      // Word fails at the second write: 2 × (search, getFirst), 2 × paragraphs.getFirst, the first write.
      d.model.onNextSync(() => d.injectFault(7), 2);
      const first = await fillPlaceholders({ scan, values }).catch(() => null);
      assert.ok(first === null || first.filled < 2, "first === null || first.filled < 2");
      const second = await fillPlaceholders({ scan, values });
      assert.deepEqual(texts(d), ["一、财政局", "预算执行100万元。", "二、教育局", "预算执行100万元。"]);
      assert.equal(second.filled, 2);
    });
  });

  test("R17 (6c): Backspace joins the figure's paragraph to the one above — written, reported filled, no error", async () => {
    await withDouble({ paragraphs: ["一、收入", "完成XX亿元。"] }, async (d) => {
      const { scan, values } = await scanAndValues(() => "100");
      d.model.onNextSync(() => applyPersonEdit(d, { kind: "join", paragraph: 1 }), 2);
      const report = await fillPlaceholders({ scan, values });
      assert.deepEqual(texts(d), ["一、收入完成100亿元。"]);
      assert.equal(report.filled, 1);
      assert.equal(report.interrupted, null);
    });
  });
});

/** The campaign's minimal counterexamples (npm run campaign, seed 20261206), shrunk by fast-check. */
describe("reliability campaign: minimal counterexamples (issue 28)", () => {
  const BLOCK: SkeletonParagraph[] = [
    { role: "heading1", level: 1, ordinal: "一、", segments: [{ text: "新增专项工作" }] },
    { role: "body", segments: [{ text: "本节说明新增专项工作的进展情况。" }] },
  ];
  const REPORT = ["关于2026年工作情况的报告", "二、财政局", "预算执行XX万元。", "三、财政局", "预算执行XX万元。"];

  test("C1 插入骨架: the cursor's paragraph cut between locate and write — an error, not “inserted 2” with no block in the document", async () => {
    await withDouble({ paragraphs: REPORT }, async (d) => {
      d.model.setSelection(0, 0);
      d.model.onNextSync(() => applyPersonEdit(d, { kind: "cut", paragraph: 0 }), 2);
      const outcome = await insertSkeletonBlock(BLOCK).then(
        (r) => ({ inserted: r.inserted, error: null as Error | null }),
        (e: Error) => ({ inserted: 0, error: e }),
      );
      const inDocument = texts(d).filter((t) => /^[一二三四五六]、新增专项工作$/.test(t)).length;
      assert.equal(inDocument, 0, `no block: ${texts(d).join("|")}`);
      assert.ok(outcome.error !== null && outcome.inserted === 0, `reported ${JSON.stringify(outcome)} for a block that is not there`);
      assert.deepEqual(texts(d), REPORT.slice(1), "nothing else written");
    });
  });

  test("C2 插入骨架: Word failing at any operation of the write — the report says inserted only when the block is in", async () => {
    // The campaign's case: sections with identical names, the cursor on a body line, fault at 47.
    const doc = ["关于2026年工作情况的报告", "一、农业农村局", "全年完成XX万元", "预算执行XX万元。", "预算执行XX万元。", "二、农业农村局", "（一）主要做法", "预算执行XX万元。", "各项工作取得新进展,成效明显。", "三、农业农村局", "各项工作取得新进展,成效明显。", "四、卫健委"];
    for (const modes of [{}, { deletedRange: "invalid" as const }]) {
      for (let k = 0; k <= 70; k++) {
        await withDouble({ paragraphs: doc, modes }, async (d) => {
          d.model.setSelection(3, 0);
          d.injectFault(k);
          const result = await insertSkeletonBlock(BLOCK).catch(() => null);
          const inDocument = texts(d).filter((t) => /^[一二三四五六]、新增专项工作$/.test(t)).length;
          if (result) assert.equal(inDocument, result.inserted > 0 ? 1 : 0, `fault at ${k} (${JSON.stringify(modes)}): reported ${result.inserted} inserted: ${texts(d).join("|")}`);
          else assert.equal(inDocument, 0, `fault at ${k}: an error, yet the block is in: ${texts(d).join("|")}`);
        });
      }
    }
  });

  test("C3 插入短语: what the person typed at the cursor after clicking is kept (their caret moves past it, as in Word)", async () => {
    await withDouble({ paragraphs: REPORT.slice(0, 3) }, async (d) => {
      d.model.setSelection(2, 0);
      applyPersonEdit(d, { kind: "overtype", paragraph: 2, start: 0, end: 1, text: "键入甲" });
      await insertSnippetText("以上情况特此报告。");
      assert.ok(d.model.text().includes("键入甲"), `typing kept: ${texts(d).join("|")}`);
      assert.equal(d.model.text().split("以上情况特此报告。").length - 1, 1, "inserted once");
    });
  });

  test("C4 插入短语 (section 8): Word fails at the cursor move and the paragraph is moved meanwhile — no error, so no second copy on retry", async () => {
    await withDouble({ paragraphs: REPORT.slice(0, 3) }, async (d) => {
      d.model.setSelection(1, 0);
      d.injectFault(2);
      d.model.onNextSync(() => applyPersonEdit(d, { kind: "move", from: 1, count: 0, to: 0 }), 1);
      const result = await insertSnippetText("以上情况特此报告。");
      assert.equal(result.cursorMoved, false, "the text went in; only the cursor did not move");
      assert.equal(d.model.text().split("以上情况特此报告。").length - 1, 1, `inserted once: ${texts(d).join("|")}`);
    });
  });

  test("C5 插入短语 (section 8): Word fails at the insertion itself — an error, and nothing inserted", async () => {
    await withDouble({ paragraphs: REPORT.slice(0, 3) }, async (d) => {
      d.model.setSelection(1, 0);
      d.injectFault(1);
      await assert.rejects(insertSnippetText("以上情况特此报告。"), (e: Error) => e.name === "WordOperationError" || /Word/.test(e.message));
      assert.deepEqual(texts(d), REPORT.slice(0, 3), "nothing written");
    });
  });
});

describe("6e: a fix's texts are the document (issue 28)", () => {
  const doc = ["一、总体情况", "各项工作取得新进展,成效明显。", "二、下一步打算"];
  const cutAndType = (d: WordDouble) => {
    applyPersonEdit(d, { kind: "delete", paragraph: 1, start: 8, end: 11 });
    applyPersonEdit(d, { kind: "type", paragraph: 0, offset: 0, text: "键入甲" });
  };

  test("C6 fix one: the comma deleted by the person and another line typed into between read and locate — nothing written, the result's texts read as the document", async () => {
    await withDouble({ paragraphs: doc }, async (d) => {
      const run = await checkDraft();
      const fixable = run.findings.filter((f) => f.replacement !== undefined);
      assert.ok(fixable.length > 0, "a half-width comma to fix");
      d.model.onNextSync(() => cutAndType(d), 1);
      const result = await fixFindings(fixable, run.texts);
      assert.deepEqual(result.applied, [], "nothing applied");
      assert.deepEqual(result.texts, texts(d), "the report reads as the document");
    });
  });

  test("C6 全部修复: the same — the result's texts read as the document", async () => {
    await withDouble({ paragraphs: doc }, async (d) => {
      d.model.onNextSync(() => cutAndType(d), 1);
      const result = await fixAllFindings();
      assert.deepEqual(result.applied, [], "nothing applied");
      assert.deepEqual(result.texts, texts(d), "the report reads as the document");
    });
  });
});

/**
 * 全部修复 and fix one: an advertising line is removed only through a guarded write (issue 28):
 * its text is searched for again inside the located line in the write sync, and only that hit is
 * deleted; the paragraph goes only when it then reads empty.
 */
describe("line removals guarded like every edit (issue 28)", () => {
  const AD = "本文档由某某文库下载，更多精品资料请访问www.example.com";
  const DOC = ["关于2026年工作情况的报告", "一、总体情况", "各项工作取得新进展,成效明显。", AD, "二、下一步打算", "继续推进各项工作。"];
  const ops = {
    fixAll: () => fixAllFindings(),
    fixOne: async () => {
      const run = await checkDraft();
      const ad = run.findings.filter((f) => f.rule === "ads.line");
      assert.equal(ad.length, 1, "the ad line is found");
      return fixFindings(ad, run.texts);
    },
  };

  for (const [name, run] of Object.entries(ops)) {
    test(`${name}: nobody editing — the line and its paragraph are gone, reported removed`, async () => {
      await withDouble({ paragraphs: DOC }, async (d) => {
        const result = await run();
        assert.ok(!texts(d).includes(AD), texts(d).join("|"));
        assert.equal(texts(d).length, DOC.length - 1, "the paragraph itself is deleted");
        assert.deepEqual(result.removedLines, [AD]);
        assert.deepEqual(result.texts, texts(d), "the report reads as the document");
      });
    });

    // fixAll: read, locate, write; fixOne: check, read, locate, write.
    const betweenLocateAndWrite = name === "fixAll" ? 2 : 3;

    test(`${name}: the person types at the end of the line between locate and write — their text stays, the ad text goes`, async () => {
      await withDouble({ paragraphs: DOC }, async (d) => {
        const pending = run();
        d.model.onNextSync(() => applyPersonEdit(d, { kind: "type", paragraph: 3, offset: AD.length, text: "键入甲" }), betweenLocateAndWrite);
        const result = await pending;
        assert.ok(texts(d).includes("键入甲"), `typing kept: ${texts(d).join("|")}`);
        assert.ok(!d.model.text().includes("www.example.com"), texts(d).join("|"));
        assert.deepEqual(result.texts, texts(d), "the report reads as the document");
        assert.deepEqual(texts(d).filter((t) => !DOC.includes(t) && t !== DOC[2]!.replace(",", "，")), ["键入甲"], "nothing else changed");
      });
    });

    test(`${name}: the person overtypes inside the line between locate and write — nothing written to it, reported not applied`, async () => {
      await withDouble({ paragraphs: DOC }, async (d) => {
        const pending = run();
        d.model.onNextSync(() => applyPersonEdit(d, { kind: "overtype", paragraph: 3, start: 3, end: 5, text: "键入乙" }), betweenLocateAndWrite);
        const result = await pending;
        const line = texts(d).find((t) => t.includes("键入乙"));
        assert.equal(line, AD.slice(0, 3) + "键入乙" + AD.slice(5), `the line as the person left it: ${texts(d).join("|")}`);
        assert.ok(!result.applied.some((f) => f.rule === "ads.line"), "not reported removed");
        assert.deepEqual(result.removedLines, []);
        assert.deepEqual(result.texts, texts(d), "the report reads as the document");
      });
    });

    test(`${name}: the person cuts the line between locate and write — its neighbours are untouched`, async () => {
      await withDouble({ paragraphs: DOC }, async (d) => {
        const pending = run();
        d.model.onNextSync(() => applyPersonEdit(d, { kind: "cut", paragraph: 3 }), betweenLocateAndWrite);
        const result = await pending;
        assert.ok(texts(d).includes("二、下一步打算") && texts(d).includes("继续推进各项工作。"), `the next lines stay: ${texts(d).join("|")}`);
        assert.ok(texts(d).some((t) => t.startsWith("各项工作取得新进展")), `the line before stays: ${texts(d).join("|")}`);
        assert.deepEqual(result.removedLines, [], "nothing removed by us");
        assert.deepEqual(result.texts, texts(d), "the report reads as the document");
      });
    });

    test(`${name}: Backspace joins the next line into the ad line between locate and write — that line's text stays`, async () => {
      await withDouble({ paragraphs: DOC }, async (d) => {
        const pending = run();
        d.model.onNextSync(() => applyPersonEdit(d, { kind: "join", paragraph: 4 }), betweenLocateAndWrite);
        const result = await pending;
        assert.ok(d.model.text().includes("二、下一步打算"), `the joined heading stays: ${texts(d).join("|")}`);
        assert.deepEqual(result.texts, texts(d), "the report reads as the document");
      });
    });
  }
});
