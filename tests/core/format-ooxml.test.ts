import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import {
  paragraphOoxmlPackage,
  paragraphPropertiesOoxml,
  planFormat,
  runPropertiesOoxml,
  standardProfile,
  localPracticeProfile,
  type OoxmlFormat,
} from "../../src/core/format/index";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

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

/** Wraps a fragment with the w: namespace so it can be parsed on its own. */
function parseFragment(fragment: string): Element {
  const doc = parse(`<root xmlns:w="${W}">${fragment}</root>`);
  const first = doc.documentElement?.firstChild;
  assert.ok(first);
  return first as unknown as Element;
}

function one(root: Element | Document, localName: string, ns = W): Element {
  const found = root.getElementsByTagNameNS(ns, localName);
  assert.equal(found.length, 1, `expected one w:${localName}`);
  return found[0] as Element;
}

const attr = (el: Element, name: string) => el.getAttributeNS(W, name);

const body: OoxmlFormat = {
  eastAsianFont: "仿宋_GB2312",
  latinFont: "Times New Roman",
  sizePt: 16,
  bold: false,
  alignment: "justified",
  firstLineIndentChars: 2,
  firstLineIndentPt: 32,
  lineSpacingPt: 28,
};

describe("paragraphPropertiesOoxml", () => {
  test("exact 28 pt line, two-character indent, justified", () => {
    const pPr = parseFragment(paragraphPropertiesOoxml(body));
    assert.equal(pPr.localName, "pPr");
    const spacing = one(pPr, "spacing");
    assert.equal(attr(spacing, "line"), "560");
    assert.equal(attr(spacing, "lineRule"), "exact");
    const ind = one(pPr, "ind");
    assert.equal(attr(ind, "firstLineChars"), "200");
    assert.equal(attr(ind, "firstLine"), "640");
    assert.equal(attr(one(pPr, "jc"), "val"), "both");
    assert.equal(pPr.getElementsByTagNameNS(W, "outlineLvl").length, 0);
  });

  test("a centred title has no indent; headings get an outline level", () => {
    const title = parseFragment(paragraphPropertiesOoxml({ ...body, alignment: "centered", firstLineIndentChars: 0, firstLineIndentPt: 0, sizePt: 22 }));
    assert.equal(attr(one(title, "jc"), "val"), "center");
    assert.equal(attr(one(title, "ind"), "firstLine"), "0");
    const heading = parseFragment(paragraphPropertiesOoxml({ ...body, role: "heading2" }));
    assert.equal(attr(one(heading, "outlineLvl"), "val"), "1");
  });

  test("29.5 pt lines are 590 twentieths", () => {
    const pPr = parseFragment(paragraphPropertiesOoxml({ ...body, lineSpacingPt: 29.5 }));
    assert.equal(attr(one(pPr, "spacing"), "line"), "590");
  });
});

describe("runPropertiesOoxml", () => {
  test("fonts in the Latin and East Asian slots, size in half-points", () => {
    const rPr = parseFragment(runPropertiesOoxml(body));
    const fonts = one(rPr, "rFonts");
    assert.equal(attr(fonts, "ascii"), "Times New Roman");
    assert.equal(attr(fonts, "hAnsi"), "Times New Roman");
    assert.equal(attr(fonts, "eastAsia"), "仿宋_GB2312");
    assert.equal(attr(one(rPr, "sz"), "val"), "32");
    assert.equal(attr(one(rPr, "szCs"), "val"), "32");
    assert.equal(attr(one(rPr, "b"), "val"), "0"); // explicitly off, so a heading style cannot make it bold
  });

  test("bold is on, and font names are escaped", () => {
    const rPr = parseFragment(runPropertiesOoxml({ ...body, bold: true, eastAsianFont: 'A&B "<字体>"' }));
    assert.equal(one(rPr, "b").hasAttributeNS(W, "val"), false);
    assert.equal(attr(one(rPr, "rFonts"), "eastAsia"), 'A&B "<字体>"');
  });
});

describe("paragraphOoxmlPackage", () => {
  const plan = planFormat(["述职报告", "一、工作回顾", "全年完成 <12> & 项。"], localPracticeProfile);
  const xml = paragraphOoxmlPackage([
    { format: plan[0]!, runs: [{ text: "述职报告" }] },
    { format: plan[1]!, runs: [{ text: "一、工作回顾" }] },
    {
      format: plan[2]!,
      runs: [
        { text: "全年完成  " },
        { contentControl: { tag: "field:count", title: "项目数", text: "<12>" } },
        { text: " & 项。\t末" },
      ],
    },
  ]);
  const doc = parse(xml);

  test("a flat-OPC package with the relationships part and the document part", () => {
    assert.equal(doc.documentElement?.localName, "package");
    assert.equal(doc.documentElement?.namespaceURI, PKG);
    const names = Array.from(doc.getElementsByTagNameNS(PKG, "part")).map((p) => (p as Element).getAttributeNS(PKG, "name"));
    assert.deepEqual(names, ["/_rels/.rels", "/word/document.xml"]);
    const rel = doc.getElementsByTagNameNS("http://schemas.openxmlformats.org/package/2006/relationships", "Relationship")[0] as Element;
    assert.equal(rel.getAttribute("Target"), "word/document.xml");
    assert.match(rel.getAttribute("Type") ?? "", /officeDocument$/);
    assert.equal(doc.getElementsByTagNameNS(W, "p").length, 3);
  });

  test("each paragraph carries its own formatting", () => {
    const paragraphs = Array.from(doc.getElementsByTagNameNS(W, "p")) as Element[];
    const firstFonts = paragraphs[0]!.getElementsByTagNameNS(W, "rFonts")[0] as Element;
    assert.equal(attr(firstFonts, "eastAsia"), "方正小标宋简体");
    const headingFonts = paragraphs[1]!.getElementsByTagNameNS(W, "rFonts")[0] as Element;
    assert.equal(attr(headingFonts, "eastAsia"), "黑体");
    assert.equal(attr(one(paragraphs[0]!, "jc"), "val"), "center");
  });

  test("content controls become w:sdt with tag and alias, text escaped and spaces kept", () => {
    const sdt = one(doc, "sdt");
    assert.equal(attr(one(sdt, "tag"), "val"), "field:count");
    assert.equal(attr(one(sdt, "alias"), "val"), "项目数");
    assert.equal(one(sdt, "t").textContent, "<12>");
    const texts = Array.from(doc.getElementsByTagNameNS(W, "t")) as Element[];
    assert.ok(texts.every((t) => t.getAttribute("xml:space") === "preserve"));
    assert.deepEqual(texts.map((t) => t.textContent), ["述职报告", "一、工作回顾", "全年完成  ", "<12>", " & 项。", "末"]);
    assert.equal(doc.getElementsByTagNameNS(W, "tab").length, 1);
  });

  test("the standard profile's body paragraphs indent by 640 twentieths", () => {
    const standard = planFormat(["标题", "正文。"], standardProfile);
    const pkg = parse(paragraphOoxmlPackage([{ format: standard[1]!, runs: [{ text: "正文。" }] }]));
    assert.equal(attr(one(pkg, "ind"), "firstLine"), "640");
  });
});
