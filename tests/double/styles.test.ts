import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { rejectsWithCode, withDouble } from "../support/double";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
/** A flat-OPC package with a document part and, when given, a styles part. */
const pkg = (body: string, styles?: string) =>
  `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
  `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document ${W}><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part>` +
  (styles ? `<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"><pkg:xmlData><w:styles ${W}>${styles}</w:styles></pkg:xmlData></pkg:part>` : "") +
  `</pkg:package>`;

const BODY_STYLE =
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="gwbody"><w:name w:val="公文正文"/><w:basedOn w:val="a"/>` +
  `<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr>` +
  `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>`;
const LEAD_STYLE =
  `<w:style w:type="character" w:customStyle="1" w:styleId="gwlead"><w:name w:val="公文标题句"/>` +
  `<w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>`;

describe("Word double: style definitions (issue 11; word-api.md 'Styled text and Chinese fonts')", () => {
  test("a Chinese Word document has Chinese Word's built-in ids and names; paragraph.style returns the NAME", () =>
    withDouble({ styleLocale: "zh", paragraphs: [{ text: "一、总体情况", styleBuiltIn: "Heading1" }, "正文", { text: "标题", styleBuiltIn: "Title" }] }, async (d) => {
      const ids = d.model.styles.all().map((s) => [s.builtIn, s.id, s.name]);
      assert.deepEqual(ids.find((x) => x[0] === "Normal"), ["Normal", "a", "正文"]);
      assert.deepEqual(ids.find((x) => x[0] === "Heading1"), ["Heading1", "1", "标题 1"]);
      assert.deepEqual(ids.find((x) => x[0] === "Heading9"), ["Heading9", "9", "标题 9"]);
      assert.deepEqual(ids.find((x) => x[0] === "Title"), ["Title", "a3", "标题"]);
      await Word.run(async (context) => {
        const ps = context.document.body.paragraphs.load("items/style,items/styleBuiltIn");
        await context.sync();
        assert.deepEqual(ps.items.map((p) => [p.style, p.styleBuiltIn]), [["标题 1", "Heading1"], ["正文", "Normal"], ["标题", "Title"]]);
      });
    }));

  test("an English Word document: Normal / Heading1 / Title ids and names", () =>
    withDouble({ paragraphs: [{ text: "x", styleBuiltIn: "Heading2" }] }, async (d) => {
      assert.equal(d.model.styles.get("Heading2")?.name, "Heading 2");
      assert.equal(d.model.styles.get("Normal")?.name, "Normal");
      assert.equal(d.model.styles.get("Title")?.name, "Title");
      assert.equal(d.model.paragraphs[0]!.style, "Heading 2");
    }));

  test("style by localized name and by styleBuiltIn; effective values come from the style, direct ones win", () =>
    withDouble({ styleLocale: "zh", paragraphs: ["甲", { text: "乙", spaceBefore: 3 }] }, async (d) => {
      await Word.run(async (context) => {
        const ps = context.document.body.paragraphs;
        ps.getFirst().style = "标题 1";
        ps.getLast().styleBuiltIn = Word.BuiltInStyleName.heading2;
        await context.sync();
        ps.load("items/style,items/outlineLevel,items/spaceBefore,items/lineSpacing");
        const f = ps.getFirst().font.load("size,bold");
        await context.sync();
        assert.deepEqual(ps.items.map((p) => [p.style, p.outlineLevel]), [["标题 1", 1], ["标题 2", 2]]);
        // 标题 1 carries 17 pt before; paragraph 2 keeps its direct 3 pt over 标题 2's 13 pt.
        assert.deepEqual(ps.items.map((p) => p.spaceBefore), [17, 3]);
        assert.equal(ps.items[0]!.lineSpacing, 28.92);
        assert.deepEqual([f.size, f.bold], [22, true]);
      });
      assert.deepEqual(d.model.directFormatting(d.model.paragraphs[1]!).paragraph, ["spaceBefore"]);
      assert.deepEqual(d.model.directFormatting(d.model.paragraphs[0]!).paragraph, []);
    }));

  test("an unknown style name fails at sync with ItemNotFound and changes nothing (verify in real Word)", () =>
    withDouble({ styleLocale: "zh", paragraphs: ["甲"] }, async (d) => {
      await rejectsWithCode(
        Word.run(async (context) => {
          context.document.body.paragraphs.getFirst().style = "Heading 1"; // the English name in a Chinese Word
          await context.sync();
        }),
        "ItemNotFound",
      );
      assert.equal(d.model.paragraphs[0]!.style, "正文");
    }));

  test("direct formatting is kept apart: lineSpacing set through the API is direct (multiple) and reported", () =>
    withDouble({ paragraphs: [{ text: "甲", runs: [{ text: "仿宋", font: { name: "仿宋" } }, { text: "正文" }] }] }, async (d) => {
      await Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().lineSpacing = 28;
        await context.sync();
      });
      const p = d.model.paragraphs[0]!;
      assert.deepEqual([p.lineSpacing, p.lineRule, p.direct.lineSpacing], [28, "multiple", 28]);
      assert.deepEqual(d.model.directFormatting(p), { paragraph: ["lineSpacing"], characters: { name: 2 } });
    }));

  test("range.style = a character style styles exactly those characters; runs keep bold, link and text", () =>
    withDouble(
      {
        styleLocale: "zh",
        paragraphs: [{ text: "", runs: [{ text: "（一）抓实", bold: true }, { text: "理论学习。认真落实", link: "https://example.org/a" }, { text: "各项制度。" }] }],
      },
      async (d) => {
        const before = d.model.contentSignature(0);
        await Word.run(async (context) => {
          context.document.body.insertOoxml(pkg(`<w:p><w:r><w:t>临时</w:t></w:r></w:p>`, LEAD_STYLE), "End");
          await context.sync();
          context.document.body.paragraphs.getLast().delete();
          const lead = context.document.body.paragraphs.getFirst().search("（一）抓实理论学习。").getFirst();
          lead.style = "公文标题句";
          await context.sync();
          const r = context.document.body.paragraphs.getFirst().search("（一）抓实理论学习。").getFirst().load("style");
          const rest = context.document.body.paragraphs.getFirst().search("各项制度").getFirst().load("style");
          const f = context.document.body.paragraphs.getFirst().search("理论").getFirst().font.load("nameFarEast,bold");
          await context.sync();
          assert.equal(r.style, "公文标题句");
          assert.equal(rest.style, "正文");
          assert.deepEqual([f.nameFarEast, f.bold], ["楷体_GB2312", false]);
        });
        const p = d.model.paragraphs[0]!;
        assert.equal(p.text, "（一）抓实理论学习。认真落实各项制度。");
        const styled = p.runs.filter((r) => r.charStyle).map((r) => r.text).join("");
        assert.equal(styled, "（一）抓实理论学习。");
        assert.equal(p.runs.find((r) => r.text.startsWith("（一）"))!.font.bold, true);
        assert.equal(p.runs.filter((r) => r.rich?.link).map((r) => r.text).join(""), "理论学习。认真落实");
        assert.equal(d.model.contentSignature(0), before, "a character style is not a content change");
        assert.notEqual(d.model.styleSignature(0), "", "styleSignature exists");
      },
    ));
});

describe("Word double: styles part in OOXML (MS 'Create better add-ins for Word with Office Open XML')", () => {
  test("a package's styles part adds the styles the document lacks; w:pStyle/w:rStyle resolve by id", () =>
    withDouble({ styleLocale: "zh", paragraphs: ["旧"] }, async (d) => {
      await Word.run(async (context) => {
        context.document.body.insertOoxml(
          pkg(`<w:p><w:pPr><w:pStyle w:val="gwbody"/></w:pPr><w:r><w:rPr><w:rStyle w:val="gwlead"/></w:rPr><w:t>抓实学习。</w:t></w:r><w:r><w:t>全年……</w:t></w:r></w:p>`, BODY_STYLE + LEAD_STYLE),
          "End",
        );
        await context.sync();
        const p = context.document.body.paragraphs.getLast().load("style,lineSpacing,firstLineIndent,alignment");
        await context.sync();
        assert.deepEqual([p.style, p.lineSpacing, p.firstLineIndent, p.alignment], ["公文正文", 28, 32, "Justified"]);
      });
      const p = d.model.paragraphs[d.model.paragraphs.length - 1]!;
      assert.deepEqual([p.lineRule, p.firstLineChars, p.snapToGrid], ["exact", 200, false]);
      assert.deepEqual(p.direct, {}, "all of it comes from the style, none is direct");
      assert.equal(p.runs[0]!.font.nameFarEast, "楷体_GB2312");
      assert.equal(p.runs[1]!.font.nameFarEast, "仿宋_GB2312");
      assert.equal(d.model.styles.byName("公文标题句")?.type, "Character");
    }));

  test("a style the document already has keeps the DOCUMENT's definition", () =>
    withDouble({ styleLocale: "zh", paragraphs: [{ text: "正文", style: "公文正文" }] }, async (d) => {
      const mine = d.model.styles.byName("公文正文")!;
      mine.paragraph = { lineSpacing: 30, lineRule: "exact" };
      d.model.restyleAll();
      await Word.run(async (context) => {
        context.document.body.insertOoxml(pkg(`<w:p><w:pPr><w:pStyle w:val="gwbody"/></w:pPr><w:r><w:t>新段</w:t></w:r></w:p>`, BODY_STYLE), "End");
        await context.sync();
      });
      const added = d.model.paragraphs[d.model.paragraphs.length - 1]!;
      assert.equal(added.style, "公文正文");
      assert.deepEqual([added.lineSpacing, added.lineRule], [30, "exact"]);
      assert.equal(d.model.styles.all().filter((s) => s.name === "公文正文").length, 1);
    }));

  test("without a styles part an id the document lacks is ignored: 'Heading1' in a Chinese document stays 正文", () =>
    withDouble({ styleLocale: "zh", paragraphs: ["旧"] }, async (d) => {
      await Word.run(async (context) => {
        context.document.body.insertOoxml(pkg(`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>一、标题</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>二、标题</w:t></w:r></w:p>`), "End");
        await context.sync();
      });
      const last2 = d.model.paragraphs.slice(-2).map((p) => p.style);
      assert.deepEqual(last2, ["正文", "标题 1"]);
    }));

  test("a built-in in the package (w:name 'heading 1', English id) maps to the document's own 标题 1", () =>
    withDouble({ styleLocale: "zh", paragraphs: ["旧"] }, async (d) => {
      const h1 = `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:sz w:val="64"/></w:rPr></w:style>`;
      await Word.run(async (context) => {
        context.document.body.insertOoxml(pkg(`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>一、标题</w:t></w:r></w:p>`, h1), "End");
        await context.sync();
      });
      const p = d.model.paragraphs[d.model.paragraphs.length - 1]!;
      assert.deepEqual([p.style, p.styleBuiltIn, p.runs[0]!.font.size], ["标题 1", "Heading1", 22]);
    }));

  test("getOoxml carries the styles part, style ids, rFonts eastAsia, lineRule, snapToGrid, outlineLvl, rStyle", () =>
    withDouble({ styleLocale: "zh", paragraphs: ["旧"] }, async () => {
      let xml = "";
      await Word.run(async (context) => {
        context.document.body.insertOoxml(
          pkg(`<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>一、总体</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="gwbody"/><w:outlineLvl w:val="2"/></w:pPr><w:r><w:rPr><w:rStyle w:val="gwlead"/><w:b/></w:rPr><w:t>抓实。</w:t></w:r></w:p>`, BODY_STYLE + LEAD_STYLE),
          "Replace",
        );
        await context.sync();
        const r = context.document.body.getOoxml();
        await context.sync();
        xml = r.value;
      });
      assert.match(xml, /<w:pStyle w:val="1"\/>/);
      assert.match(xml, /<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"\/>/);
      assert.match(xml, /w:styleId="gwbody" w:customStyle="1"|w:customStyle="1">?<w:name w:val="公文正文"/);
      assert.match(xml, /w:eastAsia="仿宋_GB2312"/);
      assert.match(xml, /<w:snapToGrid w:val="0"\/><w:spacing w:line="560" w:lineRule="exact"\/>/);
      assert.match(xml, /<w:outlineLvl w:val="2"\/>/);
      assert.match(xml, /<w:rStyle w:val="gwlead"\/>/);
      assert.match(xml, /pkg:name="\/word\/styles.xml"/);
    }));

  test("getOoxml → insertOoxml into another Chinese document reproduces style and direct formatting", async () => {
    const { createWordDouble } = await import("../../src/word-double");
    const src = createWordDouble({ styleLocale: "zh", paragraphs: [{ text: "正文", style: "公文正文", firstLineIndent: 32, runs: [{ text: "甲", bold: true }, { text: "乙" }] }] });
    let xml = "";
    await src.Word.run(async (context: Word.RequestContext) => {
      const r = context.document.body.getOoxml();
      await context.sync();
      xml = r.value;
    });
    const dst = createWordDouble({ styleLocale: "zh", paragraphs: ["占位"] });
    await dst.Word.run(async (context: Word.RequestContext) => {
      context.document.body.insertOoxml(xml, "Replace");
      await context.sync();
    });
    const p = dst.model.paragraphs[0]!;
    assert.deepEqual([p.style, p.direct.firstLineIndent, p.text], ["公文正文", 32, "甲乙"]);
    assert.equal(dst.model.contentSignature(0), src.model.contentSignature(0));
  });
});

describe("Word double: contentSignature / styleSignature", () => {
  test("style changes leave contentSignature alone and change styleSignature; a text edit changes contentSignature", () =>
    withDouble({ styleLocale: "zh", paragraphs: ["一、总体情况", "正文内容。"] }, async (d) => {
      const content = [d.model.contentSignature(0), d.model.contentSignature(1)];
      const style = d.model.styleSignature(0);
      await Word.run(async (context) => {
        const ps = context.document.body.paragraphs;
        ps.getFirst().styleBuiltIn = Word.BuiltInStyleName.heading1;
        ps.getFirst().alignment = "Centered";
        await context.sync();
      });
      assert.equal(d.model.contentSignature(0), content[0]);
      assert.notEqual(d.model.styleSignature(0), style);
      await Word.run(async (context) => {
        context.document.body.paragraphs.getLast().insertText("补充。", "End");
        await context.sync();
      });
      assert.notEqual(d.model.contentSignature(1), content[1]);
    }));
});
