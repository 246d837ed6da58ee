/**
 * 诊断: probes that ask the running Word how it really behaves where Microsoft's docs and office-js
 * issues leave more than one answer (src/word-double/modes.ts lists them with sources). They work
 * in a temporary block at the end of the document, wrapped in a content control tagged
 * rc-diagnostics, and remove it afterwards (and any block a crashed run left). The report's
 * `modes` is a platform report (src/word-double/platform-reports): the first report from a real
 * Word becomes a test profile of the double.
 */
// The probes read results through chained proxies and ClientResults that office-addins' load
// tracking does not follow; each is loaded (or is a ClientResult) before its sync.
/* eslint-disable office-addins/load-object-before-read, office-addins/no-navigational-load */
import type { Bilingual } from "../core/text/bilingual";
import { describeWordError } from "./errors";

export type ProbeStatus = "as-expected" | "differs" | "unsupported" | "failed";

export interface ProbeResult {
  id: string;
  title: Bilingual;
  status: ProbeStatus;
  /** What the double assumes by default, and what this Word did. */
  expected: string;
  observed: string;
  /** The fidelity mode this probe measures, when it does. */
  mode?: { key: string; value: string | number | boolean };
  ms: number;
}

export interface DiagnosticsReport {
  schema: 1;
  host: { source: "measured"; platform: string; version: string; requirementSets: string[]; date: string };
  probes: Record<string, Omit<ProbeResult, "id" | "title">>;
  modes: Record<string, string | number | boolean>;
}

const TAG = "rc-diagnostics";
const NS = "urn:report-composer:diagnostics";
const EXACT = { matchCase: true, matchWildcards: false };

const SETS: Array<[string, string[]]> = [
  ["WordApi", ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"]],
  ["WordApiDesktop", ["1.1", "1.2", "1.3", "1.4"]],
  ["WordApiOnline", ["1.1"]],
];

function supported(set: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
}

/** One probe: a Word.run of its own over paragraphs inserted in the temporary block. */
interface Probe {
  id: string;
  title: Bilingual;
  needs?: [string, string];
  run(context: Word.RequestContext, block: Word.Paragraph): Promise<Pick<ProbeResult, "expected" | "observed" | "mode"> & { as: boolean }>;
}

const pkg = (body: string) =>
  `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships></pkg:xmlData></pkg:part><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
const exactPara = (text: string, style = "") =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}<w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** Inserts a probe paragraph after `block` (inside the temporary block); no sync. */
const add = (block: Word.Paragraph, text: string) => block.insertParagraph(text, "After");

async function firstHit(context: Word.RequestContext, block: Word.Paragraph, text: string, needle: string): Promise<string[]> {
  const p = add(block, text);
  const hits = p.search(needle, EXACT);
  hits.load("items/text");
  await context.sync();
  return hits.items.map((h) => h.text);
}

const PROBES: Probe[] = [
  {
    id: "searchWidth",
    title: { zh: "查找“XX”时，全角“ＸＸ”是否也算匹配", en: "Does a search for “XX” also match a full-width “ＸＸ”" },
    async run(context, block) {
      const hits = await firstHit(context, block, "ＸＸ和XX", "XX");
      const loose = hits[0] === "ＸＸ";
      return { expected: "XX", observed: hits.join(" | ") || "(none)", mode: { key: "searchWidth", value: loose ? "insensitive" : "exact" }, as: !loose };
    },
  },
  {
    id: "searchComma",
    title: { zh: "查找半角逗号时，全角“，”是否也算匹配", en: "Does a search for “,” also match a full-width “，”" },
    async run(context, block) {
      const hits = await firstHit(context, block, "甲，乙,丙", ",");
      return { expected: ",", observed: hits.join(" | ") || "(none)", as: hits[0] === "," };
    },
  },
  {
    id: "searchQuotes",
    title: { zh: "查找直引号时，弯引号是否也算匹配", en: "Does a search for a straight quote also match curly ones" },
    async run(context, block) {
      const hits = await firstHit(context, block, "“甲”和\"乙\"", '"');
      const loose = hits[0] !== '"';
      return { expected: '"', observed: hits.join(" | ") || "(none)", mode: { key: "searchQuotes", value: loose ? "insensitive" : "exact" }, as: !loose };
    },
  },
  {
    id: "rangeBoundary",
    title: { zh: "止于某段开头的范围是否包含该段（光标在空行时的段落序号）", en: "Does a range ending at a paragraph's start include it (cursor index on an empty line)" },
    async run(context, block) {
      const first = add(block, "甲");
      const empty = first.insertParagraph("", "After");
      empty.insertParagraph("乙", "After");
      empty.getRange("Start").select();
      const paragraphs = first.getRange("Start").expandTo(context.document.getSelection().getRange("Start")).paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const includes = paragraphs.items.length === 2;
      return { expected: "2", observed: String(paragraphs.items.length), mode: { key: "rangeBoundary", value: includes ? "includes" : "excludes" }, as: includes };
    },
  },
  {
    id: "singleParagraphOoxml",
    title: { zh: "插入单段 OOXML 时，包中的段落格式（固定行距、居中）是否生效", en: "Does a one-paragraph OOXML package's paragraph formatting apply" },
    async run(context, block) {
      const one = add(block, "单段").insertOoxml(pkg(exactPara("单段")), "Replace").paragraphs.getFirst();
      const two = add(block, "两段").insertOoxml(pkg(exactPara("两段") + "<w:p/>"), "Replace").paragraphs.getFirst();
      one.load("lineSpacing,alignment");
      two.load("lineSpacing,alignment");
      await context.sync();
      const applied = Math.abs(one.lineSpacing - 28) < 0.6 && String(one.alignment) === "Centered";
      return {
        expected: "28 pt, Centered",
        observed: `one: ${one.lineSpacing} pt ${one.alignment}; two: ${two.lineSpacing} pt ${two.alignment}`,
        mode: { key: "singleParagraphOoxml", value: applied ? "applies-package" : "keeps-target" },
        as: applied,
      };
    },
  },
  {
    id: "pStyleWithoutStylesPart",
    title: { zh: "没有样式部件时，包中的 pStyle（按样式 ID）是否生效", en: "Does a pStyle (by id) apply without a styles part" },
    async run(context, block) {
      const p = add(block, "样式").insertOoxml(pkg(exactPara("样式", "Heading1") + "<w:p/>"), "Replace").paragraphs.getFirst();
      p.load("styleBuiltIn,style");
      await context.sync();
      const applied = String(p.styleBuiltIn) === "Heading1";
      return { expected: "Heading1", observed: `${p.styleBuiltIn} (${p.style})`, mode: { key: "pStyleWithoutStylesPart", value: applied ? "applied" : "ignored" }, as: applied };
    },
  },
  {
    id: "styleName",
    title: { zh: "内置样式在本 Word 中的名称（style 返回名称，不是 ID）", en: "A built-in style's name in this Word (style returns the name, not the id)" },
    async run(context, block) {
      const p = add(block, "标题");
      p.styleBuiltIn = "Heading1" as Word.BuiltInStyleName;
      p.load("style");
      await context.sync();
      return { expected: "Heading 1", observed: p.style, as: p.style === "Heading 1" };
    },
  },
  {
    id: "fontNameSlots",
    title: { zh: "设置 font.name 是否也改变中文（东亚）字体", en: "Does font.name also set the East Asian (Chinese) font slot" },
    async run(context, block) {
      const p = add(block, "中文字体");
      p.font.name = "Arial";
      const xml = p.getOoxml();
      await context.sync();
      const eastAsia = /w:eastAsia="([^"]*)"/.exec(xml.value)?.[1] ?? "";
      const all = eastAsia === "Arial";
      return { expected: "eastAsia unchanged", observed: `eastAsia="${eastAsia}"`, mode: { key: "fontNameSlots", value: all ? "all" : "latin-only" }, as: !all };
    },
  },
  {
    id: "getOoxmlSize",
    title: { zh: "一个段落的 getOoxml 有多大", en: "How large one paragraph's getOoxml is" },
    async run(context, block) {
      const p = add(block, "大小");
      const xml = p.getOoxml();
      await context.sync();
      const realistic = xml.value.length > 20_000;
      return { expected: "< 20 KB", observed: `${Math.round(xml.value.length / 1024)} KB`, mode: { key: "getOoxmlSize", value: realistic ? "realistic" : "minimal" }, as: !realistic };
    },
  },
  {
    id: "customXmlEmptyItems",
    title: { zh: "没有部件时 getByNamespace().items 是否为空数组", en: "Is getByNamespace().items an empty array when there is no part" },
    needs: ["WordApi", "1.4"],
    async run(context) {
      const parts = context.document.customXmlParts.getByNamespace(NS);
      parts.load("items/id");
      await context.sync();
      const missing = (parts.items as unknown) === undefined;
      return { expected: "[]", observed: missing ? "undefined" : `[${parts.items.length}]`, mode: { key: "customXmlEmptyItems", value: missing ? "undefined" : "array" }, as: !missing };
    },
  },
  {
    id: "customXmlDeclaration",
    title: { zh: "以 XML 声明开头的部件能否再 setXml（并删除）", en: "Can a part that starts with an XML declaration be setXml'd (and deleted)" },
    needs: ["WordApi", "1.4"],
    async run(context) {
      const part = context.document.customXmlParts.add(`<?xml version="1.0" encoding="UTF-8"?><probe xmlns="${NS}">1</probe>`);
      part.load("id");
      await context.sync();
      let breaks = false;
      try {
        part.setXml(`<probe xmlns="${NS}">2</probe>`);
        await context.sync();
      } catch {
        breaks = true;
      }
      part.delete();
      await context.sync();
      return { expected: "setXml works", observed: breaks ? "setXml failed" : "setXml works", mode: { key: "customXmlDeclaration", value: breaks ? "breaks-setXml" : "accepted" }, as: !breaks };
    },
  },
  {
    id: "changeTracking",
    title: { zh: "修订（Track Changes）状态", en: "Track Changes state" },
    needs: ["WordApi", "1.4"],
    async run(context) {
      context.document.load("changeTrackingMode");
      await context.sync();
      return { expected: "Off", observed: String(context.document.changeTrackingMode), as: String(context.document.changeTrackingMode) === "Off" };
    },
  },
  {
    id: "documentGrid",
    title: { zh: "文档网格（中文模板常把固定行距吸附到 31.2 磅）", en: "Document grid (Chinese templates snap exact lines to 31.2 pt)" },
    async run(context) {
      const xml = context.document.body.paragraphs.getFirst().getOoxml();
      await context.sync();
      const grid = /<w:docGrid[^>]*>/.exec(xml.value)?.[0] ?? "(none)";
      return { expected: "(none)", observed: grid, as: grid === "(none)" };
    },
  },
  {
    id: "insertTiming",
    title: { zh: "一次同步插入 50 段所需时间", en: "Time for 50 paragraph inserts in one sync" },
    async run(context, block) {
      let last = block;
      for (let i = 0; i < 50; i++) last = last.insertParagraph(`计时${i}`, "After");
      const started = Date.now();
      await context.sync();
      const ms = Date.now() - started;
      return { expected: "< 1000 ms", observed: `${ms} ms`, as: ms < 1000 };
    },
  },
];

/**
 * Where the probes run: paragraphs added at the end of the body, the first in a content control
 * tagged rc-diagnostics. Afterwards every paragraph past the document's original count goes (a
 * probe may have replaced the ones it added, so their proxies cannot be trusted to delete).
 */
async function withBlock<T>(body: (context: Word.RequestContext, block: Word.Paragraph) => Promise<T>): Promise<T> {
  return Word.run(async (context) => {
    await removeLeftovers(context);
    const before = context.document.body.paragraphs;
    before.load("items/tableNestingLevel");
    const block = context.document.body.insertParagraph("报告助手诊断（完成后自动删除）", "End");
    const control = block.getRange("Whole").insertContentControl();
    control.tag = TAG;
    control.title = "报告助手诊断";
    await context.sync();
    const count = before.items.length;
    try {
      return await body(context, block);
    } finally {
      const after = context.document.body.paragraphs;
      after.load("items/tableNestingLevel");
      await context.sync();
      const ours = context.document.body.contentControls.getByTag(TAG);
      ours.load("items/id");
      await context.sync();
      for (const c of ours.items) c.delete(true);
      for (const p of after.items.slice(count).reverse()) p.delete();
      await context.sync();
    }
  });
}

/** A block a crashed run left behind: its paragraph goes. */
async function removeLeftovers(context: Word.RequestContext): Promise<void> {
  const blocks = context.document.body.contentControls.getByTag(TAG);
  blocks.load("items/id");
  await context.sync();
  if (blocks.items.length === 0) return;
  for (const c of blocks.items) c.delete(false);
  await context.sync();
}

/** Runs every probe (each in a fresh block) and returns the report; never throws for a probe. */
export async function runDiagnostics(onProbe?: (result: ProbeResult) => void): Promise<{ results: ProbeResult[]; report: DiagnosticsReport }> {
  const results: ProbeResult[] = [];
  for (const probe of PROBES) {
    const started = Date.now();
    let result: ProbeResult;
    if (probe.needs && !supported(...probe.needs)) {
      result = { id: probe.id, title: probe.title, status: "unsupported", expected: "", observed: `${probe.needs.join(" ")} not supported`, ms: 0 };
    } else {
      try {
        const outcome = await withBlock((context, block) => probe.run(context, block));
        result = { id: probe.id, title: probe.title, status: outcome.as ? "as-expected" : "differs", expected: outcome.expected, observed: outcome.observed, ms: Date.now() - started, ...(outcome.mode ? { mode: outcome.mode } : {}) };
      } catch (error) {
        result = { id: probe.id, title: probe.title, status: "failed", expected: "", observed: describeWordError(error).en, ms: Date.now() - started };
      }
    }
    results.push(result);
    onProbe?.(result);
  }
  const modes: Record<string, string | number | boolean> = {};
  for (const r of results) if (r.mode && r.status !== "failed") modes[r.mode.key] = r.mode.value;
  const diagnostics: { platform?: unknown; version?: unknown } = Office.context.diagnostics ?? {};
  const report: DiagnosticsReport = {
    schema: 1,
    host: {
      source: "measured",
      platform: String(diagnostics.platform ?? Office.context.platform ?? "unknown"),
      version: String(diagnostics.version ?? "unknown"),
      requirementSets: SETS.flatMap(([set, versions]) => versions.filter((v) => supported(set, v)).map((v) => `${set} ${v}`)),
      date: new Date().toISOString(),
    },
    probes: Object.fromEntries(results.map(({ id, title: _title, ...rest }) => [id, rest])),
    modes,
  };
  return { results, report };
}
