/** 数据核对 as rules of checkDocument, never fixed by 全部修复, dismissals kept with the stored values. */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { checkDocument, planFixes, ruleCatalog } from "../../../src/core/checks";
import {
  carryOver,
  dismissedFindings,
  formFiguresOf,
  isFormKey,
  parseStoredValues,
  serializeStoredValues,
  withDismissal,
  withFieldValue,
  type StoredValues,
} from "../../../src/core/metrics";

const REPORT = ["某市2025年政府工作报告", "全市地区生产总值达到386.5亿元,同比增长5.6%。", "（略）", "2025年，全市实现地区生产总值368.5亿元。"];

describe("数据核对 in checkDocument", () => {
  test("a finding per disagreement, every place listed, no replacement", () => {
    const findings = checkDocument(REPORT).filter((f) => f.rule.startsWith("figures."));
    assert.equal(findings.length, 1);
    const [f] = findings;
    assert.equal(f?.rule, "figures.conflict");
    assert.equal(f?.paragraph, 1);
    assert.deepEqual(f?.places?.map((p) => p.paragraph), [1, 3]);
    assert.equal(f?.replacement, undefined);
    assert.ok(f?.dismissKey, "f?.dismissKey");
    assert.match(f?.id ?? "", /^figures\.conflict:1:/);
  });

  test("全部修复 fixes the comma and leaves the figures", () => {
    const plan = planFixes(REPORT);
    assert.ok(plan.edits.length > 0, "plan.edits.length > 0");
    assert.ok(plan.applied.every((f) => !f.rule.startsWith("figures.")), "plan.applied.every((f) => !f.rule.startsWith(\"figures.\"))");
    assert.ok(plan.paragraphs[3]!.includes("368.5亿元"), "plan.paragraphs[3]!.includes(\"368.5亿元\")");
    assert.ok(plan.findings.some((f) => f.rule === "figures.conflict"), "plan.findings.some((f) => f.rule === \"figures.conflict\")");
  });

  test("a dismissed finding is not reported; a disabled rule is not run", () => {
    const key = checkDocument(REPORT).find((f) => f.rule === "figures.conflict")!.dismissKey!;
    assert.equal(checkDocument(REPORT, { dismissedFigures: [key] }).filter((f) => f.rule.startsWith("figures.")).length, 0);
    assert.equal(checkDocument(REPORT, { enabledRules: ["punct.halfWidth"] }).filter((f) => f.rule.startsWith("figures.")).length, 0);
  });

  test("the form's values reach the check", () => {
    const paragraphs = ["某公司2025年工作总结", "全年实现主营业务收入5.6亿元。"];
    const figureForm = [{ group: "field:主营业务收入|亿元#1", value: "5.2" }];
    const [f] = checkDocument(paragraphs, { figureForm }).filter((x) => x.rule === "figures.form");
    assert.equal(f?.formValue, "5.2亿元");
  });

  test("the catalog lists the 数据核对 rules before punctuation, none fixable", () => {
    const ids = ruleCatalog.map((r) => r.id);
    const figures = ids.filter((id) => id.startsWith("figures."));
    assert.equal(figures.length, 6);
    assert.ok(ids.indexOf("figures.conflict") < ids.indexOf("punct.halfWidth"), "ids.indexOf(\"figures.conflict\") < ids.indexOf(\"punct.halfWidth\")");
    assert.ok(ruleCatalog.filter((r) => r.id.startsWith("figures.")).every((r) => !r.fixable), "ruleCatalog.filter((r) => r.id.startsWith(\"figures.\")).every((r) => !r.fixable)");
  });
});

describe("dismissals in the stored values", () => {
  const stored: StoredValues = { values: { "field:主营业务收入|亿元#1": "5.2" }, previous: { "field:主营业务收入|亿元#1": "4.8" }, updatedAt: "2026-01-01T00:00:00Z" };

  test("kept as values under dismissed:, read back after a round trip", () => {
    const next = withDismissal(stored, "figures.conflict|地区生产总值|2025|386.5亿元|368.5亿元", "2026-02-01T00:00:00Z");
    const again = parseStoredValues(serializeStoredValues(next));
    assert.deepEqual(dismissedFindings(again), ["figures.conflict|地区生产总值|2025|386.5亿元|368.5亿元"]);
    assert.equal(again?.values["field:主营业务收入|亿元#1"], "5.2", "the form's values are kept");
    assert.ok(isFormKey("dismissed:x"), "not shown as a field of the form");
    assert.deepEqual(formFiguresOf(again), [{ group: "field:主营业务收入|亿元#1", value: "5.2", previous: "4.8" }]);
  });

  test("a document stored before dismissals existed reads as none dismissed", () => {
    assert.deepEqual(dismissedFindings(parseStoredValues(serializeStoredValues(stored))), []);
    assert.deepEqual(dismissedFindings(null), []);
  });

  test("结转下一年 drops dismissals: the new year's figures are checked afresh", () => {
    const next = carryOver(withDismissal(stored, "k", "2026-02-01T00:00:00Z"), { now: "2027-01-01T00:00:00Z" });
    assert.deepEqual(dismissedFindings(next), []);
    assert.ok(!Object.keys(next.previous).some((k) => k.startsWith("dismissed:")), "!Object.keys(next.previous).some((k) => k.startsWith(\"dismissed:\"))");
  });

  test("以文档为准 sets one field", () => {
    assert.equal(withFieldValue(stored, "field:主营业务收入|亿元#1", "5.6", "t").values["field:主营业务收入|亿元#1"], "5.6");
    assert.equal(withFieldValue(null, "g", "1", "t").values.g, "1");
  });
});

describe("数据核对 indicators in content packs", () => {
  test("an optional indicators list: parsed, merged, and read by the check", async () => {
    const { packFromJson, mergeContent } = await import("../../../src/core/packs");
    const json = {
      format: "report-composer-pack",
      version: 1,
      id: "energy",
      name: { zh: "能源集团", en: "Energy group" },
      indicators: [{ name: "光伏装机容量", synonyms: ["光伏装机"], units: ["万千瓦"] }],
    };
    const parsed = packFromJson(json);
    assert.ok(parsed.ok, JSON.stringify(parsed));
    const merged = mergeContent({ genres: [] }, {}, [{ key: "file:energy", pack: parsed.pack }]);
    assert.equal(merged.figureIndicators[0]?.name, "光伏装机容量");
    const findings = checkDocument(["某集团2025年工作总结", "光伏装机容量12.5万千瓦。", "全年光伏装机15.2万千瓦。"], { figureIndicators: merged.figureIndicators });
    assert.ok(findings.some((f) => f.rule === "figures.conflict"), "findings.some((f) => f.rule === \"figures.conflict\")");
    const bad = packFromJson({ ...json, indicators: [{ name: "光伏装机容量", units: [] }] });
    assert.equal(bad.ok, false);
    const withoutIndicators = packFromJson({ ...json, indicators: undefined, tifa: [] });
    assert.equal(withoutIndicators.ok, false, "a pack with nothing in it is still refused");
  });
});
