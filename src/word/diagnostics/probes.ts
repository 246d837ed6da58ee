/**
 * 诊断's probes: each asks the running Word one question the product's correctness rests on and
 * that Microsoft's docs or office-js issues leave open (src/word-double/modes.ts lists the modes
 * with sources; word-fidelity-review-2 B.8). A probe writes only in the ProbeBlock's paragraphs.
 */
// Probes read results through proxies and ClientResults loaded right before each sync, which
// office-addins' load tracking does not follow.
/* eslint-disable office-addins/load-object-before-read, office-addins/no-context-sync-in-loop */
import type { Bilingual } from "../../core/text/bilingual";
import type { ProbeBlock } from "./block";
import { documentPart, PROBE_STYLE, PROBE_STYLE_NAME, probeStyleDefinition, probeStylePackage, tocFieldPackage } from "./stylePackage";

export interface ProbeOutcome {
  expected: string;
  observed: string;
  /** The fidelity mode this probe measures and the value this Word showed. */
  mode?: { key: string; value: string | number | boolean };
  as: boolean;
}

/** What probes share: whether the probe style is in the document (and who may delete it). */
export interface ProbeState {
  styleDefined: boolean;
  /** The last-paragraph probe's paragraph stayed, emptied, at the end of the body. */
  emptyLastParagraph: boolean;
  /** Text a person typed into a probe paragraph outside the block, left in the document for them. */
  leftForPerson: string[];
}

export interface Probe {
  id: string;
  title: Bilingual;
  needs?: [string, string];
  run(context: Word.RequestContext, block: ProbeBlock, state: ProbeState): Promise<ProbeOutcome>;
}

const EXACT = { matchCase: true, matchWildcards: false };
const NS = "urn:report-composer:diagnostics";
/** A 1 × 1 transparent PNG. */
const PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

async function firstHits(context: Word.RequestContext, block: ProbeBlock, label: string, needle: string): Promise<string[]> {
  const hits = block.add(label).search(needle, EXACT);
  hits.load("items/text");
  await context.sync();
  return hits.items.map((h) => h.text);
}

const codeOf = (error: unknown): string => String((error as { code?: unknown } | null)?.code ?? (error instanceof Error ? error.message : error));

export const PROBES: Probe[] = [
  // ---------- search ----------
  {
    id: "searchWidth",
    title: { zh: "查找“XX”时，全角“ＸＸ”是否也算匹配", en: "Does a search for “XX” also match a full-width “ＸＸ”" },
    async run(context, block) {
      const hits = await firstHits(context, block, "ＸＸ和XX", "XX");
      const loose = hits[0] === "ＸＸ";
      return { expected: "XX", observed: hits.join(" | ") || "(none)", mode: { key: "searchWidth", value: loose ? "insensitive" : "exact" }, as: !loose };
    },
  },
  {
    id: "searchComma",
    title: { zh: "查找半角逗号时，全角“，”是否也算匹配", en: "Does a search for “,” also match a full-width “，”" },
    async run(context, block) {
      const hits = await firstHits(context, block, "甲，乙,丙", ",");
      return { expected: ",", observed: hits.join(" | ") || "(none)", as: hits[0] === "," };
    },
  },
  {
    id: "searchQuotes",
    title: { zh: "查找直引号时，弯引号是否也算匹配", en: "Does a search for a straight quote also match curly ones" },
    async run(context, block) {
      const hits = await firstHits(context, block, "“甲”和\"乙\"", '"');
      const loose = hits[0] !== undefined && hits[0] !== '"';
      return { expected: '"', observed: hits.join(" | ") || "(none)", mode: { key: "searchQuotes", value: loose ? "insensitive" : "exact" }, as: !loose };
    },
  },
  {
    id: "searchTooLong",
    title: { zh: "查找超过 255 个字符时的错误代码", en: "The error code for a search longer than 255 characters" },
    async run(context, block) {
      const hits = block.add("长查找").search("长".repeat(300), EXACT);
      hits.load("items/text");
      try {
        await context.sync();
        return { expected: "InvalidArgument", observed: "no error", as: false };
      } catch (error) {
        const code = codeOf(error);
        const known = code === "SearchStringInvalidOrTooLong" ? code : "InvalidArgument";
        return { expected: "InvalidArgument", observed: code, mode: { key: "searchErrorCode", value: known }, as: code === "InvalidArgument" };
      }
    },
  },
  // ---------- ranges and text ----------
  {
    id: "rangeBoundary",
    title: { zh: "止于某段开头的范围是否包含该段（光标在空行时的段落序号）", en: "Does a range ending at a paragraph's start include it (cursor index on an empty line)" },
    async run(context, block) {
      const first = block.add("边界甲");
      const second = block.add("边界乙");
      const paragraphs = first.getRange("Start").expandTo(second.getRange("Start")).paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const includes = paragraphs.items.length === 2;
      return { expected: "2", observed: String(paragraphs.items.length), mode: { key: "rangeBoundary", value: includes ? "includes" : "excludes" }, as: includes };
    },
  },
  {
    id: "deletedRange",
    title: { zh: "范围内的文字被整段删去后，该范围是收缩为空还是失效", en: "After a range's whole text is deleted, does the range collapse or become invalid" },
    async run(context, block) {
      const word = "甲乙丙";
      const paragraph = block.add(`删除范围·${word}`);
      block.text("删除范围·"); // what the paragraph reads once the words are gone: still ours
      const hits = paragraph.search(word, EXACT);
      hits.load("items/text");
      await context.sync();
      const range = hits.items[0];
      if (!range || range.text !== word) return { expected: "collapses", observed: "the probe words were not found", as: false };
      // The same words deleted through another object, in a later sync, as a person's Delete would.
      paragraph.search(word, EXACT).getFirst().delete();
      await context.sync();
      range.load("text");
      try {
        await context.sync();
        return { expected: "collapses", observed: `collapses ("${range.text}")`, mode: { key: "deletedRange", value: "collapses" }, as: true };
      } catch (error) {
        const code = codeOf(error);
        return { expected: "collapses", observed: `invalid (${code})`, mode: { key: "deletedRange", value: "invalid" }, as: false };
      }
    },
  },
  {
    id: "rangeGrowth",
    title: { zh: "在范围末端（段末）后来加入的文字是否并入该范围", en: "Does text added later right at a range's end (the paragraph's end) join the range" },
    async run(context, block) {
      const paragraph = block.add("范围增长甲乙");
      block.text("范围增长甲乙丙"); // the paragraph once the probe added its character
      const hits = paragraph.search("甲乙", EXACT);
      hits.load("items/text");
      await context.sync();
      const range = hits.items[0];
      if (!range || range.text !== "甲乙") return { expected: "甲乙", observed: "the probe words were not found", as: false };
      paragraph.insertText("丙", "End");
      range.load("text");
      await context.sync();
      const grown: string = range.text;
      const edges = grown === "甲乙丙";
      return { expected: "甲乙", observed: range.text, mode: { key: "rangeGrowth", value: edges ? "edges" : "inside-only" }, as: !edges };
    },
  },
  {
    id: "wholeParagraphsDelete",
    title: { zh: "删除从一段开头到下一段开头的范围后，下一段是否保持自己的样式（一键排版删除临时段落的方式）", en: "After deleting a range from one paragraph's start to the next one's start, does the next keep its own style (how Format removes its temporary lines)" },
    needs: ["WordApi", "1.3"],
    async run(context, block) {
      const gone = block.add("整段删除·标题");
      const kept = block.add("整段删除·正文");
      gone.styleBuiltIn = Word.BuiltInStyleName.heading1;
      kept.styleBuiltIn = Word.BuiltInStyleName.normal;
      kept.load("style");
      await context.sync();
      const keptStyle = kept.style;
      const span = gone.getRange("Start").expandTo(kept.getRange("Start"));
      span.delete();
      // The paragraph left where the range was (which object survives a merge is not known).
      const left = span.paragraphs.getFirst();
      left.load("style,text");
      await context.sync();
      block.continueAfter(left);
      const removed = left.style === keptStyle;
      return { expected: keptStyle, observed: `${left.text}: ${left.style}`, mode: { key: "wholeParagraphsDelete", value: removed ? "removed" : "mergedIntoFirst" }, as: removed };
    },
  },
  {
    id: "zeroWidthJoiner",
    title: { zh: "插入的文字中的零宽连接符（U+2060）是否保留", en: "Does U+2060 in inserted text survive" },
    async run(context, block) {
      const paragraph = block.add("\u2060连接符\u2060");
      paragraph.load("text");
      await context.sync();
      const kept = paragraph.text.includes("\u2060");
      return { expected: "kept", observed: kept ? "kept" : "stripped", mode: { key: "zeroWidthJoinerInInsert", value: kept ? "kept" : "stripped" }, as: kept };
    },
  },
  {
    id: "pictureText",
    title: { zh: "含图片的段落，paragraph.text 中图片是什么字符", en: "What an inline picture reads as in paragraph.text" },
    async run(context, block) {
      const paragraph = block.add("图片");
      paragraph.insertInlinePictureFromBase64(PIXEL, "End");
      paragraph.load("text");
      const pictures = paragraph.inlinePictures;
      pictures.load("items");
      await context.sync();
      const rest = paragraph.text.slice(block.text("图片").length);
      const value = rest === "" ? "" : rest === "\uFFFC" ? "ufffc" : "u0001";
      const shown = rest === "" ? '""' : [...rest].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`).join(" ");
      return { expected: "U+0001", observed: `${shown}; inlinePictures: ${pictures.items.length}`, mode: { key: "pictureCharInText", value }, as: value === "u0001" };
    },
  },
  {
    id: "lastParagraph",
    title: { zh: "能否删除正文的最后一段（标记段落在文末时）", en: "Can the body's last paragraph be deleted (a marker at the end of the body)" },
    needs: ["WordApi", "1.3"],
    async run(context, block, state) {
      // The one probe paragraph outside the block: after the person's last paragraph, then deleted.
      const persons = context.document.body.paragraphs.getLast();
      const own = block.text("末段");
      const last = context.document.body.insertParagraph(own, "End");
      await context.sync();
      // The person may have typed at the end of the document meanwhile, into this paragraph: then
      // only our own words go and theirs stay; the probe is not measured this time.
      last.load("text");
      await context.sync();
      if (last.text !== own) {
        const hits = last.search(own, EXACT);
        hits.load("items/text");
        await context.sync();
        if (hits.items.length === 1 && hits.items[0]!.text === own) hits.items[0]!.insertText("", "Replace");
        await context.sync();
        state.leftForPerson.push(last.text.replace(own, ""));
        return { expected: "deleted", observed: "not measured: text was typed into the probe paragraph, which was left for the person", as: true };
      }
      last.delete();
      const now = context.document.body.paragraphs.getLast();
      const relation = now.getRange("Whole").compareLocationWith(persons.getRange("Whole"));
      now.load("text");
      await context.sync();
      const deletable = relation.value === "Equal";
      state.emptyLastParagraph = !deletable;
      return {
        expected: "deleted",
        observed: deletable ? "deleted" : `kept as the last paragraph ("${now.text}")`,
        mode: { key: "lastParagraphDeletable", value: deletable },
        as: deletable,
      };
    },
  },
  // ---------- styles ----------
  {
    id: "stylePackage",
    title: { zh: "样式包（OOXML）插入后，样式的每项定义是否原样到达", en: "Does a styles package arrive with every defined property" },
    async run(context, block, state) {
      const anchor = block.add("样式包");
      const host = block.add("样式包宿主");
      const texts = [block.own(block.text("样式包一")), block.own(block.text("样式包二"))] as const;
      let threw = "";
      let inserted: Word.ParagraphCollection;
      try {
        inserted = host.insertOoxml(probeStylePackage(texts), "Replace").paragraphs;
        await context.sync();
      } catch (error) {
        // Part of the package may have landed before the failure (#2615, #3271): try once more.
        threw = codeOf(error);
        block.continueAfter(anchor);
        const again = block.add("样式包重试");
        inserted = again.insertOoxml(probeStylePackage(texts), "Replace").paragraphs;
        await context.sync();
      }
      inserted.load("items/text,items/style,items/lineSpacing,items/firstLineIndent,items/outlineLevel,items/font/name,items/font/size");
      await context.sync();
      const first = inserted.items.find((p) => p.text === texts[0]) ?? inserted.items[0]!;
      block.continueAfter(first);
      const xml = first.getOoxml();
      await context.sync();
      state.styleDefined = first.style === PROBE_STYLE_NAME;
      const definition = probeStyleDefinition(xml.value);
      const s = PROBE_STYLE;
      const checks: Array<[string, boolean]> = [
        ["style", first.style === PROBE_STYLE_NAME],
        [`size ${s.sizePt}`, Math.abs(first.font.size - s.sizePt) < 0.6],
        [`exact ${s.lineSpacingPt} pt`, Math.abs(first.lineSpacing - s.lineSpacingPt) < 0.6 && /w:lineRule="exact"/.test(definition)],
        [`eastAsia ${s.eastAsianFont}`, definition.includes(`w:eastAsia="${s.eastAsianFont}"`)],
        ["snapToGrid off", /<w:snapToGrid w:val="(?:0|false)"\/>/.test(definition)],
        [`firstLineChars ${s.firstLineIndentChars * 100}`, definition.includes(`w:firstLineChars="${s.firstLineIndentChars * 100}"`) && Math.abs(first.firstLineIndent - s.firstLineIndentChars * s.sizePt) < 0.6],
        [`outline level ${s.outlineLvl + 1}`, first.outlineLevel === s.outlineLvl + 1],
      ];
      const missing = checks.filter(([, ok]) => !ok).map(([name]) => name);
      return {
        expected: "every property",
        observed: `${threw ? `first insertOoxml failed (${threw}); ` : ""}${missing.length ? `missing: ${missing.join(", ")}` : "every property"}`,
        mode: { key: "insertOoxmlThrowsPartway", value: threw ? "first-call" : "never" },
        as: !threw && missing.length === 0,
      };
    },
  },
  {
    id: "sameNameStyle",
    title: { zh: "文档已有同名样式时，插入的定义是否被忽略（保留文档原定义）", en: "With a same-name style already in the document, is the inserted definition ignored" },
    async run(context, block, state) {
      if (!state.styleDefined) return { expected: "document's definition kept", observed: "the probe style did not arrive (see above)", as: false };
      const host = block.add("同名样式");
      const texts = [block.own(block.text("同名一")), block.own(block.text("同名二"))] as const;
      const inserted = host.insertOoxml(probeStylePackage(texts, 12), "Replace").paragraphs;
      inserted.load("items/text,items/style,items/font/size");
      await context.sync();
      const first = inserted.items.find((p) => p.text === texts[0]) ?? inserted.items[0]!;
      block.continueAfter(inserted.items[inserted.items.length - 1]!);
      const kept = Math.abs(first.font.size - PROBE_STYLE.sizePt) < 0.6;
      return { expected: `${PROBE_STYLE.sizePt} pt (resident definition)`, observed: `${first.font.size} pt, style ${first.style}`, as: kept };
    },
  },
  {
    id: "styleAssignDirect",
    title: { zh: "给加粗、红色（或部分加粗）的段落套用样式，是否清除这些直接格式", en: "Does assigning a style clear a bold, coloured or partly bold paragraph's direct formatting" },
    async run(context, block, state) {
      if (!state.styleDefined) return { expected: "kept", observed: "the probe style did not arrive (see above)", as: false };
      const whole = block.add("整段加粗红色");
      whole.font.bold = true;
      whole.font.color = "#C00000";
      // A paragraph inserted after a bold one starts bold: set it plain, then bold its first words.
      const partly = block.add("部分加粗，其余不加粗的较长文字");
      partly.font.bold = false;
      partly.font.color = "#000000";
      partly.search("部分加粗", EXACT).getFirst().font.bold = true;
      await context.sync();
      whole.style = PROBE_STYLE_NAME;
      partly.style = PROBE_STYLE_NAME;
      whole.load("font/bold,font/color");
      partly.load("font/bold");
      await context.sync();
      const wholeKept = whole.font.bold === true && String(whole.font.color).toUpperCase() === "#C00000";
      const partKept = partly.font.bold === null;
      const keeps = wholeKept && partKept;
      return {
        expected: "bold and colour kept",
        observed: `whole: bold ${whole.font.bold}, colour ${whole.font.color}; partly bold: ${partly.font.bold === null ? "mixed (kept)" : String(partly.font.bold)}`,
        mode: { key: "styleAssignDirect", value: keeps ? "keeps" : "clears-majority" },
        as: keeps,
      };
    },
  },
  {
    id: "unknownStyleName",
    title: { zh: "套用不存在的样式名时的错误", en: "The error for an unknown style name" },
    async run(context, block) {
      const paragraph = block.add("未知样式");
      await context.sync();
      paragraph.style = "报告助手不存在的样式";
      try {
        await context.sync();
        return { expected: "ItemNotFound", observed: "no error", as: false };
      } catch (error) {
        const code = codeOf(error);
        return { expected: "ItemNotFound", observed: code, as: code === "ItemNotFound" };
      }
    },
  },
  {
    id: "styleName",
    title: { zh: "内置样式在本 Word 中的名称（style 返回名称，不是 ID）", en: "A built-in style's name in this Word (style returns the name, not the id)" },
    needs: ["WordApi", "1.3"],
    async run(context, block) {
      const paragraph = block.add("正文样式");
      paragraph.styleBuiltIn = Word.BuiltInStyleName.normal;
      paragraph.load("style");
      await context.sync();
      return { expected: "Normal / 正文", observed: paragraph.style, as: paragraph.style === "Normal" || paragraph.style === "正文" };
    },
  },
  {
    id: "tocStyle",
    title: { zh: "目录行的 styleBuiltIn 是否读作 Toc1", en: "Does a table-of-contents line read styleBuiltIn Toc1" },
    needs: ["WordApi", "1.3"],
    async run(context, block) {
      const paragraph = block.add("目录行\t3");
      paragraph.styleBuiltIn = Word.BuiltInStyleName.toc1;
      paragraph.load("styleBuiltIn,style");
      await context.sync();
      return { expected: "Toc1", observed: `${paragraph.styleBuiltIn} (${paragraph.style})`, as: String(paragraph.styleBuiltIn) === "Toc1" };
    },
  },
  {
    id: "tocField",
    title: { zh: "目录域中的各行（正文样式）能否经 fields 读出为目录：第二行的 fields 是否含 TOC 域", en: "Are the lines of a TOC field (Normal style) readable as such through fields: does the second line's fields hold the TOC field" },
    needs: ["WordApi", "1.4"],
    async run(context, block) {
      const host = block.add("目录域");
      const lines = [block.own(block.text("目录域一")), block.own(block.text("目录域二"))] as const;
      const inserted = host.insertOoxml(tocFieldPackage(lines), "Replace").paragraphs;
      inserted.load("items/text,items/styleBuiltIn,items/fields/items/code");
      const fields = context.document.body.fields;
      fields.load("items/code,items/result/text");
      await context.sync();
      const at = (text: string) => inserted.items.find((p) => p.text === text);
      const first = at(lines[0]);
      const second = at(lines[1]);
      if (second) block.continueAfter(second);
      const isToc = (code: string) => /^\s*TOC\b/i.test(code);
      const toc = fields.items.find((f) => isToc(f.code) && f.result.text.includes(lines[1]));
      const inFirst = first?.fields.items.some((f) => isToc(f.code)) === true;
      const inSecond = second?.fields.items.some((f) => isToc(f.code)) === true;
      const overlapping = inFirst && inSecond;
      return {
        expected: "TOC field in both lines' fields; the lines keep Normal",
        observed: `body TOC field: ${toc ? `"${toc.code.trim()}"` : "not found"}; line 1 fields: ${inFirst ? "TOC" : "no TOC"}, line 2: ${inSecond ? "TOC" : "no TOC"}; styleBuiltIn ${first?.styleBuiltIn ?? "?"}/${second?.styleBuiltIn ?? "?"}`,
        mode: { key: "fieldsInRange", value: overlapping ? "overlapping" : "contained" },
        as: overlapping && toc !== undefined,
      };
    },
  },
  {
    id: "fontNameSlots",
    title: { zh: "设置 font.name 是否也改变中文（东亚）字体", en: "Does font.name also set the East Asian (Chinese) font slot" },
    async run(context, block) {
      const paragraph = block.add("中文字体");
      paragraph.font.name = "Arial";
      const xml = paragraph.getOoxml();
      await context.sync();
      // The run's w:rFonts in the document part only: w:lang w:eastAsia="zh-CN" is no font (B.8).
      const eastAsia = /<w:rFonts\b[^>]*\bw:eastAsia="([^"]*)"/.exec(documentPart(xml.value))?.[1] ?? "";
      const all = eastAsia === "Arial";
      return { expected: "eastAsia unchanged", observed: `eastAsia="${eastAsia}"`, mode: { key: "fontNameSlots", value: all ? "all" : "latin-only" }, as: !all };
    },
  },
  {
    id: "styleDelete",
    title: { zh: "Style.delete 之后，用该样式的段落在同名样式重新定义时是否回到该样式", en: "After Style.delete, do its paragraphs take the style again when it is defined anew" },
    needs: ["WordApi", "1.5"],
    async run(context, block, state) {
      if (!state.styleDefined) return { expected: "kept on the name", observed: "the probe style did not arrive (see above)", as: false };
      const paragraph = block.add("删除样式");
      paragraph.style = PROBE_STYLE_NAME;
      await context.sync();
      context.document.getStyles().getByNameOrNullObject(PROBE_STYLE_NAME).delete();
      paragraph.load("style");
      await context.sync();
      const afterDelete = paragraph.style;
      const host = block.add("重新定义");
      const texts = [block.own(block.text("重定义一")), block.own(block.text("重定义二"))] as const;
      host.insertOoxml(probeStylePackage(texts), "Replace");
      block.continueAfter(paragraph);
      paragraph.load("style");
      await context.sync();
      const turnsNormal = paragraph.style !== PROBE_STYLE_NAME;
      return {
        expected: "the style again",
        observed: `after delete: ${afterDelete}; after redefining: ${paragraph.style}`,
        mode: { key: "styleDeleteTurnsNormal", value: turnsNormal },
        as: !turnsNormal,
      };
    },
  },
  // ---------- document state ----------
  {
    id: "trackingRestore",
    title: { zh: "依次设置每种修订模式，读回是否生效（最后恢复为关闭）", en: "Setting each Track Changes mode: does it read back (then Off again)" },
    needs: ["WordApi", "1.4"],
    async run(context) {
      const seen: string[] = [];
      for (const mode of ["TrackAll", "TrackMineOnly", "Off"] as const) {
        context.document.changeTrackingMode = mode as Word.ChangeTrackingMode;
        context.document.load("changeTrackingMode");
        await context.sync();
        seen.push(`${mode}→${context.document.changeTrackingMode}`);
      }
      const ignored = !seen[1]!.endsWith("→TrackMineOnly");
      const off = seen[2]!.endsWith("→Off");
      return { expected: "each as set", observed: seen.join(", "), mode: { key: "trackingRestoreIgnored", value: ignored }, as: !ignored && off && seen[0]!.endsWith("→TrackAll") };
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
      for (let i = 0; i < 50; i++) block.add(`计时${i}`);
      const started = Date.now();
      await context.sync();
      const ms = Date.now() - started;
      return { expected: "< 1000 ms", observed: `${ms} ms`, as: ms < 1000 };
    },
  },
];
