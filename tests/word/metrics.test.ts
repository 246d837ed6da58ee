import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { withDouble } from "../support/double";
import { createWordDouble, OfficeError, type WordDouble } from "../../src/word-double";
import { scanDocument, selectPlaceholder, METRIC_CONTROL_PREFIX } from "../../src/word/metricsScan";
import { fillPlaceholders } from "../../src/word/metricsFill";
import { saveStoredValues, METRICS_SETTINGS_KEY } from "../../src/word/metricsStore";
import { WordOperationError } from "../../src/word/errors";
import { METRICS_NAMESPACE, carryOver, growthWording, parseStoredValues, type StoredValues } from "../../src/core/metrics";

/** A long report: headings, plain paragraphs, and `count` figures to fill. */
function generatedReport(paragraphCount: number, count: number): string[] {
  const out: string[] = [];
  let figures = 0;
  const ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六"];
  for (let i = 0; out.length < paragraphCount; i++) {
    if (i % 100 === 0) out.push(`${ordinals[i / 100] ?? "十七"}、第${i}部分工作`);
    else if (i % 2 === 1 && figures < count) {
      out.push(`第${i}项工作投入资金X亿元，推进顺利。`);
      figures++;
    } else out.push(`第${i}段正文，记述工作开展情况。`);
  }
  return out;
}

function wrapControl(d: WordDouble, paragraph: number, start: number, end: number, tag: string, title: string): number {
  const node = d.model.paragraphs[paragraph]!;
  const rec = d.model.newControl({ tag, title });
  d.model.wrapInControl({ para: node, offset: start }, { para: node, offset: end }, rec.id);
  return rec.id;
}

const STORE: StoredValues = { year: "2026", values: { "year:年度": "2026" }, previous: {}, updatedAt: "2026-12-01T00:00:00.000Z" };

describe("scanDocument", () => {
  test("a 1,500-paragraph report with 500 placeholders: 1 sync, every one found and grouped by place", async () => {
    const paragraphs = generatedReport(1500, 500);
    await withDouble({ paragraphs, profile: "web" }, async (d) => {
      d.resetStats();
      const scan = await scanDocument();
      assert.ok(d.stats.syncs <= 2, `syncs ${d.stats.syncs}`);
      assert.equal(d.stats.syncs, 1, "no controls, no stored part: one read");
      assert.equal(scan.placeholders.length, 500);
      assert.equal(scan.paragraphs.length, 1500);
      assert.ok(scan.placeholders.every((p) => p.kind === "number" && p.unit === "亿元"), "scan.placeholders.every((p) => p.kind === \"number\" && p.unit === \"亿元\")");
      assert.equal(new Set(scan.placeholders.map((p) => p.group)).size, 500);
      assert.equal(scan.stored, null);
    });
  });

  test("with metric controls and a stored part: still at most 2 syncs; controls located and labelled", async () => {
    const paragraphs = generatedReport(1500, 500);
    paragraphs[1] = "主营业务收入完成X亿元，同比增长X%。";
    await withDouble({ paragraphs, profile: "windows" }, async (d) => {
      const revenue = wrapControl(d, 1, 8, 9, `${METRIC_CONTROL_PREFIX}主营业务收入`, "主营业务收入");
      d.model.addCustomXmlPart(
        `<metrics xmlns="${METRICS_NAMESPACE}" version="1" updatedAt="t"><value group="cc:rc-metric:主营业务收入">12.5</value></metrics>`,
        METRICS_NAMESPACE,
      );
      d.resetStats();
      const scan = await scanDocument();
      assert.equal(d.stats.syncs, 2);
      const cc = scan.placeholders.find((p) => p.group === "cc:rc-metric:主营业务收入");
      assert.ok(cc, "cc");
      assert.deepEqual([cc.paragraph, cc.start, cc.end, cc.label, cc.kind], [1, 8, 9, "主营业务收入", "number"]);
      assert.equal(scan.controlIds[cc.id], revenue);
      assert.equal(scan.placeholders.filter((p) => p.paragraph === 1).length, 2, "the control and the growth blank");
      assert.equal(scan.stored?.values["cc:rc-metric:主营业务收入"], "12.5");
    });
  });

  test("office2019 profile: no custom XML parts requested (no ApiNotFound), settings read instead", async () => {
    const d1 = createWordDouble({ paragraphs: ["全年完成X项。"], profile: "office2019" });
    d1.model.savedOfficeSettings = { [METRICS_SETTINGS_KEY]: `<metrics xmlns="${METRICS_NAMESPACE}" updatedAt="t"><value group="field:0:4">7</value></metrics>` };
    const d = createWordDouble({ snapshot: d1.snapshot(), profile: "office2019" });
    const uninstall = d.install();
    try {
      const scan = await scanDocument();
      assert.equal(scan.storage, "settings");
      assert.equal(scan.stored?.values["field:0:4"], "7");
      assert.equal(d.stats.syncs, 1);
    } finally {
      uninstall();
    }
  });
});

describe("fillPlaceholders", () => {
  test("500 placeholders in 3 syncs (read, locate, write), each replaced, nothing else changed", async () => {
    const paragraphs = generatedReport(1500, 500);
    await withDouble({ paragraphs, profile: "web" }, async (d) => {
      const scan = await scanDocument();
      const values = Object.fromEntries(scan.placeholders.map((p, i) => [p.group, `${i}.5`]));
      d.resetStats();
      const report = await fillPlaceholders({ scan, values, store: STORE });
      assert.ok(d.stats.syncs <= 3, `syncs ${d.stats.syncs}`);
      assert.equal(d.stats.syncs, 3, "read, locate, write");
      assert.equal(report.filled, 500);
      assert.deepEqual(report.skipped, []);
      const expected = [...paragraphs];
      scan.placeholders.forEach((p, i) => {
        const t = expected[p.paragraph]!;
        expected[p.paragraph] = t.slice(0, p.start) + `${i}.5` + t.slice(p.end);
      });
      assert.deepEqual(d.model.paragraphs.map((p) => p.text), expected);
      assert.equal(d.model.customXmlParts.length, 1);
    });
  });

  test("fills only what has a value; reports skipped invalid values", async () => {
    const paragraphs = ["一、基本情况", "全年组织学习XX次，撰写笔记X万字，讲授党课X次。", "述职人：×××"];
    await withDouble({ paragraphs, profile: "web" }, async (d) => {
      const scan = await scanDocument();
      const [study, notes] = scan.placeholders;
      const name = scan.placeholders.find((p) => p.kind === "name")!;
      const report = await fillPlaceholders({ scan, values: { [study!.group]: "24", [notes!.group]: "12.5x", [name.group]: "张明" } });
      assert.equal(report.filled, 2);
      assert.equal(report.skipped.length, 1);
      assert.match(report.skipped[0]!.reason.zh, /字母/);
      assert.deepEqual(d.model.paragraphs.map((p) => p.text), ["一、基本情况", "全年组织学习24次，撰写笔记X万字，讲授党课X次。", "述职人：张明"]);
      assert.equal(report.stored, false);
      assert.equal(d.model.customXmlParts.length, 0, "no store requested, nothing stored");
    });
  });

  test("a derived growth writes 下降 (never 增长-) and the rate change uses 个百分点", async () => {
    const paragraphs = ["营业收入X亿元，同比增长X%；毛利率X%，同比提高X个百分点。"];
    await withDouble({ paragraphs, profile: "windows" }, async (d) => {
      const scan = await scanDocument();
      const [, growth, , rate] = scan.placeholders;
      const down = growthWording(96.8, 100);
      const up = growthWording(25.4, 24.6, { unit: "个百分点" });
      assert.ok(down.ok && up.ok, "down.ok && up.ok");
      await fillPlaceholders({ scan, values: {}, derived: { [growth!.group]: down, [rate!.group]: up } });
      assert.equal(d.model.paragraphs[0]!.text, "营业收入X亿元，同比下降3.2%；毛利率X%，同比提高0.8个百分点。");
    });
  });

  test("formatting kept: fonts of the runs around the replaced text are unchanged", async () => {
    await withDouble({ paragraphs: [""], profile: "web" }, async (d) => {
      d.model.replaceAll([
        {
          text: "",
          props: { firstLineIndent: 32, alignment: "Justified" },
          runs: [
            { text: "（一）坚持学习。", font: { name: "楷体_GB2312", bold: true, size: 16 } },
            { text: "全年组织学习XX次，", font: { name: "仿宋_GB2312", size: 16 } },
            { text: "效果良好。", font: { name: "仿宋_GB2312", size: 16, bold: true } },
          ],
        },
      ]);
      const scan = await scanDocument();
      await fillPlaceholders({ scan, values: { [scan.placeholders[0]!.group]: "36" } });
      const p = d.model.paragraphs[0]!;
      assert.equal(p.text, "（一）坚持学习。全年组织学习36次，效果良好。");
      assert.equal(p.firstLineIndent, 32);
      assert.equal(p.alignment, "Justified");
      const fontAt = (needle: string) => {
        let at = 0;
        for (const r of p.runs) {
          const i = p.text.indexOf(needle);
          if (i >= at && i < at + r.text.length) return r.font;
          at += r.text.length;
        }
        return undefined;
      };
      assert.equal(fontAt("坚持学习")?.name, "楷体_GB2312");
      assert.equal(fontAt("坚持学习")?.bold, true);
      assert.equal(fontAt("36")?.name, "仿宋_GB2312");
      assert.equal(fontAt("36")?.bold, false);
      assert.equal(fontAt("效果良好")?.bold, true);
    });
  });

  test("document changed after the scan: moved text still filled, changed context skipped, nothing else touched", async () => {
    const paragraphs = ["全年组织学习XX次。", "新招聘教师XX名。", "投入资金XXX万元。"];
    await withDouble({ paragraphs, profile: "web" }, async (d) => {
      const scan = await scanDocument();
      const values = Object.fromEntries(scan.placeholders.map((p, i) => [p.group, String(10 + i)]));
      // Someone edits the document between scan and fill.
      d.model.load(["今年全年组织学习XX次。", "新招聘青年教师XX名。", "投入资金XXX万元。"]);
      d.resetStats();
      const report = await fillPlaceholders({ scan, values });
      assert.equal(d.stats.syncs, 3);
      assert.deepEqual(d.model.paragraphs.map((p) => p.text), ["今年全年组织学习10次。", "新招聘青年教师XX名。", "投入资金12万元。"]);
      assert.equal(report.filled, 2);
      assert.equal(report.skipped.length, 1);
      assert.equal(report.skipped[0]!.placeholderId, scan.placeholders[1]!.id);
      assert.match(report.skipped[0]!.reason.zh, /改动/);
    });
  });

  test("a content-control slot is filled through the control: tag and title kept", async () => {
    await withDouble({ paragraphs: ["营业收入完成X亿元，同比增长X%。"], profile: "windows" }, async (d) => {
      const id = wrapControl(d, 0, 6, 7, "rc-metric:营业收入", "营业收入");
      const growthId = wrapControl(d, 0, 14, 15, "rc-metric:营业收入增速", "营业收入增速");
      const scan = await scanDocument();
      const revenue = scan.placeholders.find((p) => scan.controlIds[p.id] === id)!;
      const growth = scan.placeholders.find((p) => scan.controlIds[p.id] === growthId)!;
      const report = await fillPlaceholders({ scan, values: { [revenue.group]: "12.5", [growth.group]: "-2.1" } });
      assert.equal(report.filled, 2);
      assert.equal(d.model.paragraphs[0]!.text, "营业收入完成12.5亿元，同比下降2.1%。");
      const controls = d.model.controls();
      assert.deepEqual(controls.map((c) => [c.tag, c.title]), [["rc-metric:营业收入", "营业收入"], ["rc-metric:营业收入增速", "营业收入增速"]]);
      assert.equal(controls[0]!.text, "12.5");
    });
  });

  test("read-only document: Word refuses the first write, nothing written, a plain message", async () => {
    await withDouble({ paragraphs: ["全年组织学习XX次。", "撰写笔记X万字。"], profile: "web" }, async (d) => {
      const scan = await scanDocument();
      const before = d.snapshot();
      const values = Object.fromEntries(scan.placeholders.map((p) => [p.group, "5"]));
      const deny = () => {
        throw new OfficeError("AccessDenied", "The document is read-only.", "Range.insertText");
      };
      d.model.deleteRange = deny;
      d.model.insertText = deny;
      await assert.rejects(fillPlaceholders({ scan, values, store: STORE }), (e: unknown) => {
        assert.ok(e instanceof WordOperationError, "e instanceof WordOperationError");
        assert.match(e.userMessage.zh, /只读/);
        return true;
      });
      assert.deepEqual(d.model.paragraphs.map((p) => p.text), ["全年组织学习XX次。", "撰写笔记X万字。"]);
      assert.deepEqual(d.model.customXmlParts, before.customXmlParts);
    });
  });
});

describe("stored values", () => {
  for (const profile of ["web", "windows"] as const) {
    test(`${profile}: kept in a namespaced custom XML part; reopening restores them in the scan`, async () => {
      await withDouble({ paragraphs: ["全年组织学习XX次，撰写笔记X万字。"], profile }, async (d) => {
        const scan = await scanDocument();
        const [a, b] = scan.placeholders;
        const store: StoredValues = { values: { [a!.group]: "24", [b!.group]: "3" }, previous: {}, updatedAt: "t1" };
        await saveStoredValues(store);
        const again = { ...store, values: { ...store.values, [b!.group]: "4" }, updatedAt: "t2" };
        await saveStoredValues(again);
        assert.equal(d.model.customXmlParts.length, 1, "the part is replaced, not duplicated");
        assert.equal(d.model.customXmlParts[0]!.namespaceUri, METRICS_NAMESPACE);

        const reopened = createWordDouble({ snapshot: d.snapshot(), profile });
        const uninstall = reopened.install();
        try {
          const restored = await scanDocument();
          assert.deepEqual(restored.stored, again);
          assert.equal(reopened.stats.syncs, 2);
        } finally {
          uninstall();
          d.install();
        }
      });
    });
  }

  test("fill writes the store in its write sync (custom XML)", async () => {
    await withDouble({ paragraphs: ["全年组织学习XX次。"], profile: "web" }, async (d) => {
      const scan = await scanDocument();
      const group = scan.placeholders[0]!.group;
      d.resetStats();
      const report = await fillPlaceholders({ scan, values: { [group]: "24" }, store: { values: { [group]: "24" }, previous: {}, updatedAt: "t" } });
      assert.equal(d.stats.syncs, 3);
      assert.equal(report.stored, true);
      assert.equal(parseStoredValues(d.model.customXmlParts[0]!.xml)?.values[group], "24");
    });
  });

  test("office2019: Office settings (saved with saveAsync), no custom XML; reopen restores", async () => {
    await withDouble({ paragraphs: ["全年组织学习XX次。"], profile: "office2019" }, async (d) => {
      const scan = await scanDocument();
      const group = scan.placeholders[0]!.group;
      d.resetStats();
      const report = await fillPlaceholders({ scan, values: { [group]: "24" }, store: { values: { [group]: "24" }, previous: {}, updatedAt: "t" } });
      assert.equal(report.stored, true);
      assert.equal(d.stats.syncs, 3);
      assert.equal(d.model.customXmlParts.length, 0);
      assert.equal(typeof d.model.savedOfficeSettings[METRICS_SETTINGS_KEY], "string");
      const reopened = createWordDouble({ snapshot: d.snapshot(), profile: "office2019" });
      const uninstall = reopened.install();
      try {
        assert.equal((await scanDocument()).stored?.values[group], "24");
      } finally {
        uninstall();
        d.install();
      }
    });
  });

  test("a document saved from Office 2019 opened on the web still restores (settings fallback)", async () => {
    const old = createWordDouble({ paragraphs: ["全年组织学习XX次。"], profile: "office2019" });
    let uninstall = old.install();
    try {
      await saveStoredValues({ values: { a: "1" }, previous: {}, updatedAt: "t" });
    } finally {
      uninstall();
    }
    const web = createWordDouble({ snapshot: old.snapshot(), profile: "web" });
    uninstall = web.install();
    try {
      assert.equal((await scanDocument()).stored?.values.a, "1");
    } finally {
      uninstall();
    }
  });

  test("结转下一年: this year's values become last year's, stored and restored", async () => {
    await withDouble({ paragraphs: ["20XX年营业收入X亿元。"], profile: "windows" }, async (d) => {
      const scan = await scanDocument();
      const revenue = scan.placeholders.find((p) => p.unit === "亿元")!;
      await fillPlaceholders({ scan, values: {}, store: { year: "2026", values: { [revenue.group]: "12.5" }, previous: {}, updatedAt: "t" } });
      const next = carryOver((await scanDocument()).stored!, { now: "t2" });
      await saveStoredValues(next);
      const restored = (await scanDocument()).stored!;
      assert.equal(restored.year, "2027");
      assert.equal(restored.previous[revenue.group], "12.5");
      assert.equal(restored.values[revenue.group], undefined);
      assert.equal(d.model.customXmlParts.length, 1);
      assert.deepEqual(d.model.paragraphs.map((p) => p.text), ["20XX年营业收入X亿元。"], "carry-over writes no text");
    });
  });
});

describe("selectPlaceholder", () => {
  test("selects exactly the placeholder, checked, even when the same words occur elsewhere", async () => {
    const paragraphs = ["组织学习XX次。", "撰写笔记X万字，组织学习XX次。"];
    await withDouble({ paragraphs, profile: "web" }, async (d) => {
      const scan = await scanDocument();
      const target = scan.placeholders.find((p) => p.paragraph === 1 && p.raw === "XX")!;
      d.resetStats();
      await selectPlaceholder(scan, target);
      assert.equal(d.stats.syncs, 3, "read, locate, select");
      assert.deepEqual(d.model.selectionInfo(), { startParagraph: 1, startOffset: target.start, endParagraph: 1, endOffset: target.end });
    });
  });

  test("a control slot is selected through the control", async () => {
    await withDouble({ paragraphs: ["营业收入完成X亿元。"], profile: "web" }, async (d) => {
      wrapControl(d, 0, 6, 7, "rc-metric:营业收入", "营业收入");
      const scan = await scanDocument();
      d.resetStats();
      await selectPlaceholder(scan, scan.placeholders[0]!);
      assert.equal(d.stats.syncs, 1);
      assert.deepEqual(d.model.selectionInfo(), { startParagraph: 0, startOffset: 6, endParagraph: 0, endOffset: 7 });
    });
  });


});
