// Core of 撤销排版 and of the picture/TOC plan (issue 21): pure, deterministic.
import { test } from "node:test";
import assert from "node:assert/strict";
import { planFormat, standardProfile, isStyleMarkerText, OFFICIAL_STYLES } from "../../../src/core/format";
import { alignRecorded, parseFormatRecord, planUndo, recordParagraphs, serializeFormatRecord, type FormatRecord } from "../../../src/core/format/undo";

const record = (entries: Array<{ text: string; before: string; after: string | null }>): FormatRecord => ({
  v: 1, state: "complete", at: "2026-12-06T00:00:00Z", tracking: "Off", stylesExisted: false, sections: [], ...recordParagraphs(entries),
});

test("planUndo: restores unchanged paragraphs, refuses edited or restyled ones", () => {
  const r = record([{ text: "甲", before: "Normal", after: "公文标题" }, { text: "乙", before: "Normal", after: "公文正文" }, { text: "丙", before: "Heading 1", after: "公文一级标题" }]);
  const plan = planUndo(r, [{ text: "甲", style: "公文标题" }, { text: "乙改", style: "公文正文" }, { text: "丙", style: "Normal" }]);
  assert.deepEqual(plan.restore, [{ paragraph: 0, style: "Normal" }]);
  assert.deepEqual(plan.refused.map((x) => x.reason).sort(), ["style-changed", "text-changed"]);
});

test("alignRecorded passes over inserted and removed paragraphs", () => {
  const r = record(["a", "b", "c", "d"].map((text) => ({ text, before: "Normal", after: "公文正文" })));
  assert.deepEqual(alignRecorded(r.paragraphs, ["a", "x", "b", "d"]), [0, -1, 1, 3]);
});

test("a record round-trips; damaged ones read as null", () => {
  const r = record([{ text: "甲", before: "Normal", after: null }]);
  assert.deepEqual(parseFormatRecord(serializeFormatRecord(r)), r);
  for (const bad of ["", "{", '{"v":2}', JSON.stringify({ ...r, paragraphs: [["x", 5, 0]] })]) assert.equal(parseFormatRecord(bad), null);
});

test("planFormat: pictures, captions and TOC lines", () => {
  const plan = planFormat(["关于2026年度工作情况的报告", "一、主要工作\t3", "\u0001", "图1 学习次数", "正文。"], standardProfile, [{}, {}, { picture: true }, {}, {}]);
  assert.deepEqual(plan.map((p) => p.role), ["title", "toc", "picture", "caption", "body"]);
  assert.equal(plan[1]!.style, null);
  assert.equal(plan[2]!.style?.name, "公文图片");
});

test("marker lines are recognised by their visible text only as whole lines", () => {
  const names = new Set(OFFICIAL_STYLES.map((s) => s.name));
  assert.ok(isStyleMarkerText("\u2060报告助手样式\u2060公文正文", names), "isStyleMarkerText(\"\\u2060报告助手样式\\u2060公文正文\", names)");
  assert.ok(isStyleMarkerText("报告助手样式公文正文", names), "U+2060 stripped");
  assert.ok(!isStyleMarkerText("报告助手样式是本插件定义的。", names), "!isStyleMarkerText(\"报告助手样式是本插件定义的。\", names)");
});
