import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createWordDouble } from "../../src/word-double";
import { rejectsWithCode, withDouble } from "../support/double";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const pkg = (body: string) =>
  `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document ${W}><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;

describe("Word double: OOXML (docs: word.range#insertOoxml, word-api.md#styled-text-and-chinese-fonts)", () => {
  test("insertOoxml sets the East Asian font and exact 28 pt spacing the API cannot (docs-reference #2056, office-js #2296)", () =>
    withDouble({ profile: "web", paragraphs: ["旧"] }, async (d) => {
      const xml = pkg(
        `<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr>` +
          `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t>正文内容</w:t></w:r></w:p>`,
      );
      await Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertOoxml(xml, "Replace");
        await context.sync();
      });
      const p = d.model.paragraphs[0]!;
      assert.equal(d.model.text(), "正文内容");
      assert.deepEqual([p.lineSpacing, p.lineRule, p.firstLineIndent, p.firstLineChars, p.alignment], [28, "exact", 32, 200, "Justified"]);
      assert.deepEqual([p.runs[0]!.font.name, p.runs[0]!.font.nameFarEast, p.runs[0]!.font.size], ["Times New Roman", "仿宋_GB2312", 16]);
    }));

  test("getOoxml then insertOoxml round-trips styles, fonts, spacing and content controls", async () => {
    const src = createWordDouble({
      paragraphs: [
        { text: "一、标题", styleBuiltIn: "Heading1", font: { name: "黑体", nameFarEast: "黑体", size: 16, bold: true } },
        { text: "正文 姓名 结束", firstLineIndent: 32, leftIndent: 4, spaceAfter: 6, font: { nameFarEast: "仿宋_GB2312", size: 16 } },
      ],
    });
    let xml = "";
    await src.Word.run(async (context: Word.RequestContext) => {
      const cc = context.document.body.search("姓名").getFirst().insertContentControl();
      cc.tag = "rc:name";
      cc.title = "姓名";
      context.document.body.paragraphs.getLast().lineSpacing = 24;
      const r = context.document.body.getOoxml();
      await context.sync();
      xml = r.value;
    });
    assert.match(xml, /<w:sdt><w:sdtPr><w:alias w:val="姓名"\/><w:tag w:val="rc:name"\/>/);
    assert.match(xml, /w:eastAsia="仿宋_GB2312"/);
    assert.match(xml, /<w:sz w:val="32"\/>/);

    const dst = createWordDouble({ paragraphs: ["占位"] });
    await dst.Word.run(async (context: Word.RequestContext) => {
      context.document.body.insertOoxml(xml, "Replace");
      await context.sync();
    });
    const strip = (d: typeof src) =>
      d.model.paragraphs.map((p) => ({ text: p.text, style: p.styleBuiltIn, ind: p.firstLineIndent, left: p.leftIndent, ls: [p.lineSpacing, p.lineRule], after: p.spaceAfter, runs: p.runs.map((r) => [r.text, r.font]) }));
    assert.deepEqual(strip(dst), strip(src));
    assert.deepEqual(dst.model.controls().map((c) => [c.tag, c.title, c.text]), [["rc:name", "姓名", "姓名"]]);
  });

  test("a single OOXML paragraph inserted inside text goes inline; several paragraphs split it", () =>
    withDouble({ paragraphs: ["前后"] }, async (d) => {
      await Word.run(async (context) => {
        const at = context.document.body.search("前").getFirst();
        at.insertOoxml(pkg(`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>中</w:t></w:r></w:p>`), "After");
        await context.sync();
      });
      assert.equal(d.model.text(), "前中后");
      await Word.run(async (context) => {
        const at = context.document.body.search("中").getFirst();
        at.insertOoxml(pkg(`<w:p><w:r><w:t>A</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>B</w:t></w:r></w:p>`), "Replace");
        await context.sync();
      });
      assert.equal(d.model.text(), "前\nA\nB\n后");
      assert.equal(d.model.paragraphs[2]!.styleBuiltIn, "Heading2");
    }));

  test("malformed OOXML fails InvalidArgument at sync; unknown elements are ignored", () =>
    withDouble({ paragraphs: ["a"] }, async (d) => {
      await rejectsWithCode(
        Word.run(async (context) => {
          context.document.body.insertOoxml("<w:p><w:r>", "End");
          await context.sync();
        }),
        "InvalidArgument",
      );
      await Word.run(async (context) => {
        context.document.body.insertOoxml(pkg(`<w:p><w:bookmarkStart w:id="0"/><w:r><w:drawing/><w:t>b</w:t></w:r></w:p>`), "End");
        await context.sync();
      });
      assert.equal(d.model.text(), "a\nb");
    }));
});

describe("Word double: data stored in the document (word-api.md#persisting-data-in-the-document)", () => {
  test("customXmlParts and document.settings survive snapshot and reopen (WordApi 1.4)", async () => {
    const d = createWordDouble({ paragraphs: ["a"] });
    await d.Word.run(async (context: Word.RequestContext) => {
      context.document.customXmlParts.add(`<outline xmlns="urn:report-composer:v1"><h n="1"/></outline>`);
      context.document.settings.add("rc.genre", { kind: "述职报告", year: 2026 });
      await context.sync();
    });
    const reopened = createWordDouble({ profile: "web", snapshot: d.snapshot() });
    await reopened.Word.run(async (context: Word.RequestContext) => {
      const part = context.document.customXmlParts.getByNamespace("urn:report-composer:v1").getOnlyItemOrNullObject();
      const missing = context.document.customXmlParts.getByNamespace("urn:other").getOnlyItemOrNullObject();
      const setting = context.document.settings.getItemOrNullObject("rc.genre");
      part.load("id,namespaceUri");
      missing.load("id");
      setting.load("value");
      await context.sync();
      assert.equal(part.isNullObject, false);
      assert.equal(missing.isNullObject, true);
      const xml = part.getXml();
      await context.sync();
      assert.match(xml.value, /<h n="1"\/>/);
      assert.deepEqual(setting.value, { kind: "述职报告", year: 2026 });
      part.setXml(`<outline xmlns="urn:report-composer:v1"/>`);
      await context.sync();
    });
    assert.equal(reopened.model.customXmlParts[0]!.xml, `<outline xmlns="urn:report-composer:v1"/>`);
  });

  test("Office.context.document.settings survive only after saveAsync", async () => {
    const d = createWordDouble();
    const settings = d.Office.context.document.settings;
    settings.set("draft", 1);
    assert.equal(createWordDouble({ snapshot: d.snapshot() }).Office.context.document.settings.get("draft"), null);
    const status = await new Promise((resolve) => settings.saveAsync((r: { status: string }) => resolve(r.status)));
    assert.equal(status, "succeeded");
    assert.equal(createWordDouble({ snapshot: d.snapshot() }).Office.context.document.settings.get("draft"), 1);
  });

  test("snapshot keeps paragraphs, formatting and content controls", async () => {
    const d = createWordDouble({ paragraphs: [{ text: "标题", styleBuiltIn: "Title" }, "正文"] });
    await d.Word.run(async (context: Word.RequestContext) => {
      const cc = context.document.body.paragraphs.getLast().insertContentControl();
      cc.tag = "body";
      await context.sync();
    });
    const again = createWordDouble({ snapshot: d.snapshot() });
    assert.equal(again.model.text(), "标题\n正文");
    assert.equal(again.model.paragraphs[0]!.style, "Title");
    assert.deepEqual(again.model.controls().map((c) => [c.tag, c.text]), [["body", "正文"]]);
  });

  test("Office.onReady resolves with host and platform per profile; theme and language are set", async () => {
    const web = createWordDouble({ profile: "web", theme: "dark" });
    let viaCallback = "";
    const info = await web.Office.onReady((i: { platform: string }) => (viaCallback = i.platform));
    assert.deepEqual(info, { host: "Word", platform: "OfficeOnline" });
    assert.equal(viaCallback, "OfficeOnline");
    assert.equal(web.Office.context.displayLanguage, "zh-CN");
    assert.equal(web.Office.context.officeTheme.bodyBackgroundColor, "#262626");
    assert.equal((await createWordDouble().Office.onReady()).platform, "PC");
  });
});
