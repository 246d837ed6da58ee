// styles.ts at its edges (mutation testing, issue 27): the signature is cyrb53 of the styles part
// (checked against the algorithm's published values), pictures and captions, the styles that are
// not kept with the next paragraph, and the exact marker paragraphs of the package.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  MARKER_END,
  OFFICIAL_STYLES,
  officialStyle,
  standardProfile,
  styleDefinitions,
  styleDefinitionSignature,
  stylesPackage,
  stylesPart,
  type OfficialStyleRole,
} from "../../../src/core/format/index";

/** cyrb53 (bryc, public domain), written from its published source, seed 0. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

describe("styleDefinitionSignature is cyrb53 of the styles part", () => {
  test("the reference agrees with cyrb53's published values", () => {
    assert.deepEqual(
      ["a", "b", "revenge", "revenue"].map(cyrb53),
      [7929297801672961, 8684336938537663, 4051478007546757, 8309097637345594],
      "published examples",
    );
  });
  test("gw1- and 14 hexadecimal digits of cyrb53(stylesPart)", () => {
    const expected = `gw1-${cyrb53(stylesPart(standardProfile)).toString(16).padStart(14, "0")}`;
    assert.equal(styleDefinitionSignature(standardProfile), expected, "signature of the national standard");
  });
});

describe("styleDefinitions: pictures, captions and the styles not kept with the next", () => {
  const byRole = new Map(styleDefinitions(standardProfile).map((d) => [d.style.role, d]));
  const paragraph = (role: OfficialStyleRole) => {
    const p = byRole.get(role)?.paragraph;
    assert.ok(p, `${role} is a paragraph style`);
    return p;
  };

  test("a picture: centred, single spacing, no indent, kept with its caption", () => {
    const p = paragraph("picture");
    assert.deepEqual(
      [p.alignment, p.lineRule, p.firstLineIndentChars, p.firstLineIndentPt, p.keepWithNext, p.outlineLevel],
      ["centered", "single", 0, 0, true, null],
      "picture",
    );
    assert.deepEqual(byRole.get("picture")!.font, { eastAsianFont: "仿宋_GB2312", latinFont: "仿宋_GB2312", sizePt: 16, bold: false }, "the body's font");
  });

  test("a caption: centred, single spacing, no indent, not kept with the next", () => {
    const p = paragraph("caption");
    assert.deepEqual([p.alignment, p.lineRule, p.firstLineIndentChars, p.keepWithNext], ["centered", "single", 0, false], "caption");
  });

  test("subtitle, addressee, body, signature and date are not kept with the next paragraph", () => {
    for (const role of ["subtitle", "addressee", "body", "signature", "date"] as const) {
      assert.equal(paragraph(role).keepWithNext, false, role);
    }
    assert.equal(paragraph("title").keepWithNext, true, "the title is");
  });

  test("only signature and date are indented from the right", () => {
    for (const d of styleDefinitions(standardProfile).filter((x) => x.paragraph)) {
      const closing = d.style.role === "signature" || d.style.role === "date";
      assert.equal(d.paragraph!.rightIndentChars, closing ? 2 : 0, d.style.role);
    }
  });

  test("a role without a style is refused", () => {
    assert.throws(() => officialStyle("nonsense" as OfficialStyleRole), RangeError, "RangeError");
  });
});

describe("stylesPart: a picture's properties", () => {
  test("auto line spacing of 240, no keepNext for a caption", () => {
    const xml = stylesPart(standardProfile);
    const style = (id: string) => {
      const from = xml.indexOf(`w:styleId="${id}"`);
      assert.ok(from >= 0, id);
      return xml.slice(from, xml.indexOf("</w:style>", from));
    };
    assert.match(style("GongwenPicture"), /<w:keepNext\/>.*<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"\/>.*<w:jc w:val="center"\/>/, "picture");
    assert.doesNotMatch(style("GongwenCaption"), /keepNext/, "caption");
    assert.match(style("GongwenBody"), /<w:spacing w:before="0" w:after="0" w:line="560" w:lineRule="exact"\/>/, "body");
    assert.match(style("GongwenHeading1"), /<w:outlineLvl w:val="0"\/>/, "heading 1");
  });
});

describe("stylesPackage: the marker paragraphs, exactly", () => {
  const M = "§M§";
  const xml = stylesPackage(standardProfile, M);
  const body = xml.slice(xml.indexOf("<w:body>") + "<w:body>".length, xml.indexOf("</w:body>"));
  const paragraphs = body.split("</w:p>").filter(Boolean).map((p) => `${p}</w:p>`);

  test("one paragraph per style and a closing one", () => {
    assert.equal(paragraphs.length, OFFICIAL_STYLES.length + 1, "count");
  });

  test("a paragraph style's paragraph: its style and one run of marker and name", () => {
    assert.equal(
      paragraphs[0],
      '<w:p><w:pPr><w:pStyle w:val="GongwenTitle"/></w:pPr><w:r><w:t xml:space="preserve">§M§公文标题</w:t></w:r></w:p>',
      "the title's paragraph",
    );
  });

  test("a character style's paragraph: body style, the marker, then the name in the character style", () => {
    const at = OFFICIAL_STYLES.findIndex((s) => s.id === "GongwenHeading1Sentence");
    assert.equal(
      paragraphs[at],
      '<w:p><w:pPr><w:pStyle w:val="GongwenBody"/></w:pPr><w:r><w:t xml:space="preserve">§M§</w:t></w:r>' +
        '<w:r><w:rPr><w:rStyle w:val="GongwenHeading1Sentence"/></w:rPr><w:t xml:space="preserve">公文一级标题句</w:t></w:r></w:p>',
      "the heading-1 sentence's paragraph",
    );
  });

  test("the closing paragraph: body style, marker and 结束", () => {
    assert.equal(
      paragraphs.at(-1),
      `<w:p><w:pPr><w:pStyle w:val="GongwenBody"/></w:pPr><w:r><w:t xml:space="preserve">§M§${MARKER_END}</w:t></w:r></w:p>`,
      "closing",
    );
  });
});
