import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import {
  FORMATTED_ROLES,
  OFFICIAL_STYLES,
  headingSentenceStyle,
  localPracticeProfile,
  officialStyle,
  pageSetupFor,
  sectionPropertiesXml,
  standardProfile,
  styleDefinitions,
  styleDefinitionSignature,
  stylesPackage,
  stylesPart,
  type FormatProfile,
} from "../../../src/core/format/index";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Parses XML, failing the test on any well-formedness error. */
function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(xml, "text/xml");
  assert.deepEqual(errors, []);
  return doc;
}

const children = (el: Element): Element[] =>
  Array.from(el.childNodes as unknown as ArrayLike<Element>).filter((n) => n.nodeType === 1);
const child = (el: Element, name: string): Element | undefined => children(el).find((c) => c.localName === name);
const need = (el: Element | undefined, name: string): Element => {
  const found = el && child(el, name);
  assert.ok(found, `expected w:${name}`);
  return found;
};
const attr = (el: Element, name: string) => el.getAttributeNS(W, name);

/** The `<w:style>` elements of a styles part, by id. */
function stylesById(xml: string): Map<string, Element> {
  const doc = parse(xml);
  assert.equal(doc.documentElement?.localName, "styles");
  assert.equal(doc.documentElement?.namespaceURI, W);
  const styles = Array.from(doc.getElementsByTagNameNS(W, "style") as unknown as ArrayLike<Element>);
  return new Map(styles.map((s) => [attr(s, "styleId") ?? "", s]));
}

/** Children orders from ECMA-376 transitional wml.xsd (the subsets these styles can use). */
const CT_STYLE = ["name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority", "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose", "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr"];
const CT_PPR_BASE = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"];
const EG_RPR_BASE = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"];
const CT_SECT_PR = ["headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"];

function assertSchemaOrder(el: Element, order: readonly string[], where: string): void {
  const names = children(el).map((c) => c.localName ?? "");
  for (const name of names) assert.ok(order.includes(name), `${where}: w:${name} is not allowed here`);
  const positions = names.map((name) => order.indexOf(name));
  assert.deepEqual(positions, [...positions].sort((a, b) => a - b), `${where}: ${names.join(" < ")} is out of schema order`);
  assert.equal(new Set(names).size, names.length, `${where}: repeated child`);
}

function edited(change: (p: FormatProfile) => void, from: FormatProfile = standardProfile): FormatProfile {
  const copy = structuredClone(from) as FormatProfile;
  change(copy);
  return copy;
}

describe("OFFICIAL_STYLES", () => {
  test("ASCII ids and language-independent names, all distinct", () => {
    const ids = OFFICIAL_STYLES.map((s) => s.id);
    const names = OFFICIAL_STYLES.map((s) => s.name);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(new Set(names).size, names.length);
    for (const id of ids) assert.match(id, /^[A-Za-z][A-Za-z0-9]*$/);
    for (const name of names) assert.match(name, /^公文/);
    assert.equal(officialStyle("body").name, "公文正文");
    assert.equal(officialStyle("addressee").name, "公文主送");
    assert.equal(officialStyle("heading3").name, "公文三级标题");
  });

  test("a paragraph style for every role; one character style per heading level", () => {
    for (const role of FORMATTED_ROLES) assert.equal(officialStyle(role).type, "paragraph", role);
    const characters = OFFICIAL_STYLES.filter((s) => s.type === "character");
    assert.deepEqual(characters.map((s) => s.name), ["公文一级标题句", "公文二级标题句", "公文三级标题句", "公文四级标题句"]);
    assert.equal(headingSentenceStyle(2).id, "GongwenHeading2Sentence");
  });

  test("outline levels 0–3 on the heading styles only", () => {
    const levels = OFFICIAL_STYLES.filter((s) => s.outlineLevel !== undefined).map((s) => [s.role, s.outlineLevel]);
    assert.deepEqual(levels, [["heading1", 0], ["heading2", 1], ["heading3", 2], ["heading4", 3]]);
  });
});

describe("stylesPart", () => {
  const standard = stylesById(stylesPart(standardProfile));
  const local = stylesById(stylesPart(localPracticeProfile));

  test("defines every official style, well-formed and in ECMA-376 schema order", () => {
    for (const [profile, styles] of [["standard", standard], ["local", local]] as const) {
      assert.deepEqual([...styles.keys()], OFFICIAL_STYLES.map((s) => s.id), profile);
      for (const style of OFFICIAL_STYLES) {
        const el = styles.get(style.id)!;
        assert.equal(attr(el, "type"), style.type);
        assert.equal(attr(el, "customStyle"), "1");
        assert.equal(attr(need(el, "name"), "val"), style.name);
        assert.equal(child(el, "basedOn"), undefined, "based on no style: nothing leaks in from Normal");
        assertSchemaOrder(el, CT_STYLE, style.id);
        assertSchemaOrder(need(el, "rPr"), EG_RPR_BASE, `${style.id} rPr`);
        const pPr = child(el, "pPr");
        if (style.type === "paragraph") assertSchemaOrder(need(el, "pPr"), CT_PPR_BASE, `${style.id} pPr`);
        else assert.equal(pPr, undefined, "a character style has no paragraph properties");
      }
    }
  });

  test("body: exact 28 pt lines, no space around, grid snapping off, two-character indent, justified, 仿宋 3号", () => {
    const body = standard.get("GongwenBody")!;
    const pPr = need(body, "pPr");
    const spacing = need(pPr, "spacing");
    assert.deepEqual(["line", "lineRule", "before", "after"].map((a) => attr(spacing, a)), ["560", "exact", "0", "0"]);
    assert.equal(attr(need(pPr, "snapToGrid"), "val"), "0");
    assert.equal(attr(need(pPr, "widowControl"), "val"), "0");
    const ind = need(pPr, "ind");
    assert.deepEqual(["firstLineChars", "firstLine", "left", "right"].map((a) => attr(ind, a)), ["200", "640", "0", "0"]);
    assert.equal(attr(need(pPr, "jc"), "val"), "both");
    assert.equal(child(pPr, "outlineLvl"), undefined);
    const rPr = need(body, "rPr");
    const fonts = need(rPr, "rFonts");
    assert.deepEqual(["ascii", "hAnsi", "eastAsia"].map((a) => attr(fonts, a)), ["仿宋_GB2312", "仿宋_GB2312", "仿宋_GB2312"]);
    assert.equal(fonts.hasAttributeNS(W, "hint"), false, "one font for both scripts: no hint");
    assert.equal(attr(need(rPr, "sz"), "val"), "32");
    assert.equal(attr(need(rPr, "szCs"), "val"), "32");
    assert.equal(attr(need(rPr, "b"), "val"), "0");
  });

  test("title: 2号 小标宋, centred, no indent, kept with the next paragraph", () => {
    const title = standard.get("GongwenTitle")!;
    const pPr = need(title, "pPr");
    assert.equal(attr(need(pPr, "jc"), "val"), "center");
    assert.equal(attr(need(pPr, "ind"), "firstLine"), "0");
    assert.equal(need(pPr, "ind").hasAttributeNS(W, "firstLineChars"), false);
    assert.ok(child(pPr, "keepNext"), "child(pPr, \"keepNext\")");
    assert.equal(attr(need(need(title, "rPr"), "rFonts"), "eastAsia"), "方正小标宋简体");
    assert.equal(attr(need(need(title, "rPr"), "sz"), "val"), "44");
    assert.equal(attr(need(title, "next"), "val"), "GongwenBody");
  });

  test("headings: level fonts, outline levels 0–3, level 3 plain in the national standard", () => {
    const expected = [
      ["GongwenHeading1", "黑体", "0"],
      ["GongwenHeading2", "楷体_GB2312", "1"],
      ["GongwenHeading3", "仿宋_GB2312", "2"],
      ["GongwenHeading4", "仿宋_GB2312", "3"],
    ];
    for (const [id, font, level] of expected) {
      const style = standard.get(id!)!;
      assert.equal(attr(need(need(style, "pPr"), "outlineLvl"), "val"), level, id);
      assert.equal(attr(need(need(style, "rPr"), "rFonts"), "eastAsia"), font, id);
      assert.equal(attr(need(need(style, "rPr"), "b"), "val"), "0", `${id} is not bold in the national standard`);
      assert.equal(attr(need(need(style, "pPr"), "ind"), "firstLineChars"), "200", id);
      assert.ok(child(need(style, "pPr"), "keepNext"), id);
    }
  });

  test("local practice: Times New Roman in the Latin slots with the eastAsia hint; levels 2 and 3 bold", () => {
    const body = need(need(local.get("GongwenBody")!, "rPr"), "rFonts");
    assert.deepEqual(["ascii", "hAnsi", "eastAsia", "hint"].map((a) => attr(body, a)), [
      "Times New Roman", "Times New Roman", "仿宋_GB2312", "eastAsia",
    ]);
    for (const id of ["GongwenHeading2", "GongwenHeading3", "GongwenHeading2Sentence", "GongwenHeading3Sentence"]) {
      const rPr = need(local.get(id)!, "rPr");
      assert.equal(attr(need(rPr, "b"), "val"), null, `${id} bold`);
      assert.equal(attr(need(rPr, "bCs"), "val"), null, `${id} bold`);
    }
    assert.equal(attr(need(need(local.get("GongwenHeading4")!, "rPr"), "b"), "val"), "0");
  });

  test("signature and date: right-aligned, two characters in from the right (右空二字), no first-line indent", () => {
    for (const id of ["GongwenSignature", "GongwenDate"]) {
      const pPr = need(standard.get(id)!, "pPr");
      assert.equal(attr(need(pPr, "jc"), "val"), "right", id);
      const ind = need(pPr, "ind");
      assert.deepEqual(["rightChars", "right", "firstLine"].map((a) => attr(ind, a)), ["200", "640", "0"], id);
    }
    assert.equal(attr(need(need(standard.get("GongwenBody")!, "pPr"), "ind"), "rightChars"), null);
  });

  test("heading-sentence character styles carry their level's font, size and weight", () => {
    const kai = need(need(standard.get("GongwenHeading2Sentence")!, "rPr"), "rFonts");
    assert.equal(attr(kai, "eastAsia"), "楷体_GB2312");
    const hei = need(need(standard.get("GongwenHeading1Sentence")!, "rPr"), "rFonts");
    assert.equal(attr(hei, "eastAsia"), "黑体");
    assert.equal(attr(need(need(standard.get("GongwenHeading3Sentence")!, "rPr"), "b"), "val"), "0");
    assert.equal(attr(need(need(standard.get("GongwenHeading2Sentence")!, "rPr"), "sz"), "val"), "32");
  });

  test("the profile's line spacing, sizes and fonts reach every style", () => {
    const styles = stylesById(stylesPart(edited((p) => {
      p.lineSpacingPt = 29;
      p.roles.body.sizePt = 15;
      p.roles.body.eastAsianFont = "仿宋";
    })));
    for (const style of OFFICIAL_STYLES.filter((s) => s.type === "paragraph")) {
      // Pictures and captions keep single spacing ("auto" 240): exact spacing would crop a picture.
      const figure = style.role === "picture" || style.role === "caption";
      assert.equal(attr(need(need(styles.get(style.id)!, "pPr"), "spacing"), "line"), figure ? "240" : "580", style.id);
    }
    const body = styles.get("GongwenBody")!;
    assert.equal(attr(need(need(body, "rPr"), "sz"), "val"), "30");
    assert.equal(attr(need(need(body, "pPr"), "ind"), "firstLine"), "600"); // two characters of 15 pt
    assert.equal(attr(need(need(body, "rPr"), "rFonts"), "eastAsia"), "仿宋");
  });

  test("font names are escaped", () => {
    const styles = stylesById(stylesPart(edited((p) => (p.roles.body.latinFont = `A&B "<x>"`))));
    assert.equal(attr(need(need(styles.get("GongwenBody")!, "rPr"), "rFonts"), "ascii"), `A&B "<x>"`);
  });
});

describe("styleDefinitions: the figures behind the styles part (the styles part and the read-back)", () => {
  test("body, signature and character styles under the national standard", () => {
    const definitions = new Map(styleDefinitions(standardProfile).map((d) => [d.style.id, d]));
    assert.deepEqual([...definitions.keys()], OFFICIAL_STYLES.map((s) => s.id));
    assert.deepEqual(definitions.get("GongwenBody")!.paragraph, {
      alignment: "justified",
      lineRule: "exact",
      lineSpacingPt: 28,
      spaceBeforePt: 0,
      spaceAfterPt: 0,
      leftIndentPt: 0,
      firstLineIndentChars: 2,
      firstLineIndentPt: 32,
      rightIndentChars: 0,
      rightIndentPt: 0,
      keepWithNext: false,
      widowControl: false,
      snapToGrid: false,
      outlineLevel: null,
      nextStyleId: "GongwenBody",
    });
    const date = definitions.get("GongwenDate")!.paragraph!;
    assert.deepEqual([date.alignment, date.rightIndentChars, date.rightIndentPt, date.firstLineIndentPt], ["right", 2, 32, 0]);
    assert.deepEqual([definitions.get("GongwenHeading2")!.paragraph!.outlineLevel, definitions.get("GongwenHeading2")!.paragraph!.keepWithNext], [1, true]);
    const sentence = definitions.get("GongwenHeading2Sentence")!;
    assert.equal(sentence.paragraph, null);
    assert.deepEqual(sentence.font, { eastAsianFont: "楷体_GB2312", latinFont: "楷体_GB2312", sizePt: 16, bold: false });
    assert.equal(definitions.get("GongwenHeading3")!.font.bold, false);
  });
});

describe("styleDefinitionSignature", () => {
  test("short, stable, and the same for the same definitions", () => {
    const signature = styleDefinitionSignature(standardProfile);
    assert.match(signature, /^gw1-[0-9a-f]{14}$/);
    assert.equal(styleDefinitionSignature(structuredClone(standardProfile) as FormatProfile), signature);
    // Name and id of a profile do not change any style.
    assert.equal(styleDefinitionSignature(edited((p) => { p.id = "mine"; p.name = { zh: "我的", en: "Mine" }; })), signature);
  });

  test("changes whenever a style definition would change", () => {
    const base = styleDefinitionSignature(standardProfile);
    const variants = [
      styleDefinitionSignature(localPracticeProfile),
      styleDefinitionSignature(edited((p) => (p.roles.heading3.bold = true))),
      styleDefinitionSignature(edited((p) => (p.lineSpacingPt = 28.5))),
      styleDefinitionSignature(edited((p) => (p.roles.title.eastAsianFont = "宋体"))),
      styleDefinitionSignature(edited((p) => (p.roles.body.firstLineIndentChars = 0))),
      styleDefinitionSignature(edited((p) => (p.roles.date.alignment = "left"))),
    ];
    assert.equal(new Set([base, ...variants]).size, variants.length + 1);
  });
});

describe("stylesPackage", () => {
  const MARKER = "§RC-STYLES§";
  const xml = stylesPackage(standardProfile, MARKER);
  const doc = parse(xml);
  const parts = Array.from(doc.getElementsByTagNameNS(PKG, "part") as unknown as ArrayLike<Element>);
  const part = (name: string) => {
    const found = parts.find((p) => p.getAttributeNS(PKG, "name") === name);
    assert.ok(found, name);
    const data = children(found).find((c) => c.localName === "xmlData");
    assert.ok(data, "data");
    const [root] = children(data);
    assert.ok(root, "root");
    return { part: found, root };
  };

  test("a flat-OPC package: document, styles part and their relationships, well under 20 KB", () => {
    assert.equal(doc.documentElement?.localName, "package");
    assert.equal(doc.documentElement?.namespaceURI, PKG);
    assert.deepEqual(parts.map((p) => p.getAttributeNS(PKG, "name")), [
      "/_rels/.rels",
      "/word/document.xml",
      "/word/_rels/document.xml.rels",
      "/word/styles.xml",
    ]);
    const rel = (name: string) => {
      const r = children(part(name).root)[0]!;
      assert.equal(r.namespaceURI, RELS);
      return [r.getAttribute("Type"), r.getAttribute("Target")];
    };
    assert.deepEqual(rel("/_rels/.rels"), ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "word/document.xml"]);
    assert.deepEqual(rel("/word/_rels/document.xml.rels"), ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"]);
    assert.equal(part("/word/styles.xml").part.getAttributeNS(PKG, "contentType"), "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
    assert.ok(new TextEncoder().encode(xml).length < 20_000, `${xml.length} characters`);
    assert.ok(xml.includes(stylesPart(standardProfile)), "the package carries exactly stylesPart(profile)");
  });

  test("one marked paragraph per paragraph style and a marked run in each character style", () => {
    const paragraphs = Array.from(part("/word/document.xml").root.getElementsByTagNameNS(W, "p") as unknown as ArrayLike<Element>);
    assert.ok(paragraphs.length > 1, "more than one paragraph (office-js #3149)");
    const used: string[] = [];
    for (const p of paragraphs) {
      const texts = Array.from(p.getElementsByTagNameNS(W, "t") as unknown as ArrayLike<Element>).map((t) => t.textContent ?? "");
      assert.ok(texts.join("").startsWith(MARKER), texts.join(""));
      used.push(attr(need(need(p, "pPr"), "pStyle"), "val")!);
      for (const rStyle of Array.from(p.getElementsByTagNameNS(W, "rStyle") as unknown as ArrayLike<Element>)) used.push(attr(rStyle, "val")!);
    }
    const defined = new Set(OFFICIAL_STYLES.map((s) => s.id));
    for (const id of used) assert.ok(defined.has(id), `${id} is defined in the styles part`);
    for (const id of defined) assert.ok(used.includes(id), `${id} is used, so Word brings it in`);
  });

  test("the marker is escaped; an empty marker is refused", () => {
    const odd = parse(stylesPackage(standardProfile, "<&\">"));
    const first = odd.getElementsByTagNameNS(W, "t")[0];
    assert.ok(first?.textContent?.startsWith("<&\">"), "first?.textContent?.startsWith(\"<&\\\">\")");
    assert.throws(() => stylesPackage(standardProfile, ""), RangeError);
  });
});

describe("pageSetupFor and sectionPropertiesXml", () => {
  test("A4, GB/T margins 37/35/28/26 mm, a 156 × 225 mm type area, 22 lines × 28 characters", () => {
    const page = pageSetupFor(standardProfile);
    assert.deepEqual([page.widthTwips, page.heightTwips], [11906, 16838]);
    assert.deepEqual(page.marginsMm, { top: 37, bottom: 35, left: 28, right: 26 });
    assert.deepEqual(page.marginsTwips, { top: 2098, bottom: 1984, left: 1587, right: 1474 });
    assert.ok(Math.abs(page.marginsPt.top - 104.88) < 0.01, "Math.abs(page.marginsPt.top - 104.88) < 0.01");
    assert.deepEqual(page.textAreaPt, { width: 442.2, height: 637.8 });
    assert.deepEqual([page.linesPerPage, page.charsPerLine, page.linePitchTwips], [22, 28, 579]);
    assert.ok(page.linePitchTwips * 22 <= (page.textAreaPt.height * 20), "22 grid lines fit the type area");
    assert.deepEqual(page.api, {
      paperSize: "A4",
      pageWidth: 595.28,
      pageHeight: 841.89,
      topMargin: 104.88,
      bottomMargin: 99.21,
      leftMargin: 79.37,
      rightMargin: 73.7,
      layoutMode: "Grid",
      linesPage: 22,
      charsLine: 28,
    });
  });

  test("follows the profile's margins", () => {
    const page = pageSetupFor(edited((p) => (p.pageMargins = { top: 30, bottom: 30, left: 25, right: 25 })));
    assert.equal(page.marginsTwips.top, 1701);
    assert.deepEqual(page.textAreaPt, { width: 453.54, height: 671.81 });
  });

  test("w:sectPr: page size, margins and a line grid, in schema order", () => {
    const doc = parse(`<root xmlns:w="${W}">${sectionPropertiesXml(standardProfile)}</root>`);
    const sectPr = children(doc.documentElement as unknown as Element)[0]!;
    assertSchemaOrder(sectPr, CT_SECT_PR, "sectPr");
    assert.deepEqual([attr(need(sectPr, "pgSz"), "w"), attr(need(sectPr, "pgSz"), "h")], ["11906", "16838"]);
    const mar = need(sectPr, "pgMar");
    assert.deepEqual(["top", "bottom", "left", "right"].map((a) => attr(mar, a)), ["2098", "1984", "1587", "1474"]);
    assert.deepEqual([attr(need(sectPr, "docGrid"), "type"), attr(need(sectPr, "docGrid"), "linePitch")], ["lines", "579"]);
    assert.match(sectionPropertiesXml(standardProfile, 312), /w:linePitch="312"/);
  });
});
