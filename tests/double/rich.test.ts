import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createWordDouble, type ParagraphInit } from "../../src/word-double";
import { rejectsWithCode, withDouble } from "../support/double";

/** One paragraph with every kind of rich content a report carries (review A.2). */
const RICH: ParagraphInit = {
  text: "",
  runs: [
    { text: "一是", bold: true },
    { text: "加强学习，详见" },
    { text: "学习平台", link: "https://example.org/study", underline: "Single", color: "#0563C1" },
    { text: "，共" },
    { text: "3", field: "PAGE" },
    { text: "页" },
    { footnote: "数据来源：办公室统计。" },
    { picture: { width: 120, height: 80, altText: "学习照片" } },
    { text: "（新增）", revision: "insert" },
    { text: "。" },
  ],
  bookmarks: [{ name: "_Toc123456", start: 0, end: 2 }, { name: "学习", start: 2, end: 6 }],
  comments: [{ id: "c1", content: "请核实数字", start: 4, end: 6 }],
};

describe("Word double: rich content (issue 11; review A.2)", () => {
  test("paragraph.text shows a footnote reference as \\u0002 and a picture as \\u0001; fields show their result", () =>
    withDouble({ paragraphs: [RICH] }, async () => {
      await Word.run(async (context) => {
        const p = context.document.body.paragraphs.getFirst().load("text");
        const pictures = p.inlinePictures.load("items/width,items/altTextDescription");
        await context.sync();
        assert.equal(p.text, "一是加强学习，详见学习平台，共3页\u0002\u0001（新增）。");
        assert.deepEqual(pictures.items.map((i) => [i.width, i.altTextDescription]), [[120, "学习照片"]]);
      });
    }));

  test("hyperlinks, bookmarks (hidden _Toc… only on request) through the API", () =>
    withDouble({ paragraphs: [RICH] }, async () => {
      await Word.run(async (context) => {
        const link = context.document.body.search("学习平台").getFirst().load("hyperlink");
        const whole = context.document.body.paragraphs.getFirst().getRange("Whole");
        const visible = whole.getBookmarks();
        const all = whole.getBookmarks(true);
        await context.sync();
        assert.equal(link.hyperlink, "https://example.org/study");
        assert.deepEqual(visible.value, ["学习"]);
        assert.deepEqual(all.value, ["_Toc123456", "学习"]);
      });
    }));

  test("bookmarks and comments are live spans: text typed before them moves them", () =>
    withDouble({ paragraphs: [RICH] }, async (d) => {
      const before = d.model.contentSignature(0);
      await Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertText("首先，", "Start");
        await context.sync();
      });
      const sig = d.model.contentSignature(0);
      assert.notEqual(sig, before);
      assert.match(sig, /bookmark _Toc123456@0-5/, "text typed at a bookmark's start joins it");
      assert.match(sig, /bookmark 学习@5-9/);
      assert.match(sig, /comment "请核实数字"@7-9/);
    }));

  test("contentSignature sees every kind of content: losing any one of them changes it", async () => {
    const base = createWordDouble({ paragraphs: [RICH] }).model.contentSignature(0);
    const without = (change: (p: ParagraphInit) => ParagraphInit) => createWordDouble({ paragraphs: [change(structuredClone(RICH))] }).model.contentSignature(0);
    const runs = (f: (r: NonNullable<ParagraphInit["runs"]>[number]) => void) => (p: ParagraphInit) => {
      p.runs!.forEach(f);
      return p;
    };
    assert.notEqual(without(runs((r) => delete r.bold)), base, "bold lead-in");
    assert.notEqual(without(runs((r) => delete r.link)), base, "hyperlink");
    assert.notEqual(without(runs((r) => delete r.underline)), base, "underline");
    assert.notEqual(without(runs((r) => delete r.field)), base, "field");
    assert.notEqual(without(runs((r) => delete r.revision)), base, "tracked insertion");
    assert.notEqual(without((p) => ({ ...p, bookmarks: [] })), base, "bookmarks");
    assert.notEqual(without((p) => ({ ...p, comments: [] })), base, "comment");
    assert.notEqual(without(runs((r) => r.footnote && (r.footnote = "别的脚注"))), base, "footnote");
    assert.notEqual(without(runs((r) => r.picture && (r.picture.altText = "x"))), base, "picture");
    assert.equal(without((p) => p), base, "and the same content gives the same signature");
  });

  test("getOoxml → insertOoxml keeps links, fields, footnotes, pictures, tracked insertions, bookmarks and comments", async () => {
    const src = createWordDouble({ paragraphs: [RICH] });
    let xml = "";
    await src.Word.run(async (context: Word.RequestContext) => {
      const r = context.document.body.getOoxml();
      await context.sync();
      xml = r.value;
    });
    assert.match(xml, /<w:hyperlink r:id="rIdLink1"/);
    assert.match(xml, /<w:fldSimple w:instr="PAGE">/);
    assert.match(xml, /<w:footnoteReference w:id="\d+"\/>/);
    assert.match(xml, /<w:bookmarkStart w:id="\d+" w:name="_Toc123456"\/>/);
    assert.match(xml, /<w:commentRangeStart w:id="\d+"\/>/);
    const dst = createWordDouble({ paragraphs: ["占位"] });
    await dst.Word.run(async (context: Word.RequestContext) => {
      context.document.body.insertOoxml(xml, "Replace");
      await context.sync();
    });
    assert.equal(dst.model.contentSignature(0), src.model.contentSignature(0));
  });

  test("formatting through styles, direct paragraph properties and fonts leaves every rich item alone", () =>
    withDouble({ styleLocale: "zh", profile: "windows", paragraphs: [RICH] }, async (d) => {
      const before = d.model.contentSignature(0);
      await Word.run(async (context) => {
        const p = context.document.body.paragraphs.getFirst();
        p.styleBuiltIn = Word.BuiltInStyleName.heading2;
        p.alignment = "Justified";
        p.firstLineIndent = 32;
        p.lineSpacing = 28;
        p.font.name = "仿宋_GB2312";
        await context.sync();
      });
      assert.equal(d.model.contentSignature(0), before);
      assert.notEqual(d.model.contentSignature(0, { typography: true }), before, "typography is only in the opt-in signature");
    }));
});

describe("Word double: track changes (WordApi 1.4 document.changeTrackingMode)", () => {
  test("while tracking, text insertions and deletions are revisions; style and property changes are not text revisions", () =>
    withDouble({ paragraphs: ["今年完成XX项。", "第二段。"] }, async (d) => {
      await Word.run(async (context) => {
        context.document.changeTrackingMode = "TrackAll";
        await context.sync();
        const body = context.document.body;
        body.paragraphs.getFirst().styleBuiltIn = Word.BuiltInStyleName.heading1;
        body.paragraphs.getLast().lineSpacing = 28;
        body.paragraphs.getLast().font.bold = true;
        await context.sync();
        assert.equal(d.model.revisions.length, 0, "formatting is no text revision");
        assert.ok(d.model.rich.formatChanges.length >= 3, "d.model.rich.formatChanges.length >= 3");
        body.search("XX").getFirst().insertText("12", "Replace");
        await context.sync();
        const mode = context.document.load("changeTrackingMode");
        await context.sync();
        assert.equal(mode.changeTrackingMode, "TrackAll");
      });
      assert.deepEqual(d.model.revisions.map((r) => [r.kind, r.paragraph, r.text]), [["delete", 0, "XX"], ["insert", 0, "12"]]);
      assert.ok(d.model.paragraphs[0]!.runs.some((r) => r.text === "12" && r.rich?.revision?.kind === "insert"), "d.model.paragraphs[0]!.runs.some((r) => r.text === \"12\" && r.rich?.revision?.kind === \"insert\")");
    }));

  test("with tracking off nothing is logged; an unknown mode is InvalidArgument; Office 2019 has no 1.4 (ApiNotFound)", async () => {
    await withDouble({ paragraphs: ["甲"] }, async (d) => {
      await Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertText("乙", "End");
        await context.sync();
      });
      assert.equal(d.model.revisions.length, 0);
      await rejectsWithCode(
        Word.run(async (context) => {
          context.document.changeTrackingMode = "Sometimes" as Word.ChangeTrackingMode;
          await context.sync();
        }),
        "InvalidArgument",
      );
    });
    await withDouble({ profile: "office2019", paragraphs: ["甲"] }, async () => {
      await rejectsWithCode(
        Word.run(async (context) => {
          context.document.load("changeTrackingMode");
          await context.sync();
        }),
        "ApiNotFound",
      );
    });
  });
});

describe("Word double: WordApi 1.5 style objects", () => {
  test("getStyles / getByNameOrNullObject / font / paragraphFormat read a style; writes change every paragraph in it", () =>
    withDouble({ styleLocale: "zh", profile: "web", paragraphs: [{ text: "一、总体", styleBuiltIn: "Heading1" }, "正文"] }, async (d) => {
      await Word.run(async (context) => {
        const styles = context.document.getStyles();
        const h1 = styles.getByNameOrNullObject("标题 1");
        const missing = styles.getByNameOrNullObject("公文正文");
        h1.load("nameLocal,type,builtIn,inUse,baseStyle");
        h1.font.load("size,bold");
        h1.paragraphFormat.load("outlineLevel,spaceBefore");
        missing.load("nameLocal");
        await context.sync();
        assert.deepEqual([h1.nameLocal, h1.type, h1.builtIn, h1.inUse, h1.baseStyle], ["标题 1", "Paragraph", true, true, "正文"]);
        assert.deepEqual([h1.font.size, h1.font.bold, h1.paragraphFormat.outlineLevel, h1.paragraphFormat.spaceBefore], [22, true, "OutlineLevel1", 17]);
        assert.equal(missing.isNullObject, true);
        h1.font.name = "黑体";
        h1.font.size = 16;
        h1.paragraphFormat.lineSpacing = 28;
        await context.sync();
      });
      const p = d.model.paragraphs[0]!;
      assert.deepEqual([p.runs[0]!.font.name, p.runs[0]!.font.size, p.lineSpacing, p.lineRule], ["黑体", 16, 28, "multiple"]);
      assert.equal(d.model.paragraphs[1]!.runs[0]!.font.size, 10.5, "Normal text is untouched");
    }));

  test("addStyle creates a custom style that paragraphs can take by name; Style.delete sends them back to Normal", () =>
    withDouble({ styleLocale: "zh", paragraphs: ["甲", "乙"] }, async (d) => {
      await Word.run(async (context) => {
        const s = context.document.addStyle("公文正文", Word.StyleType.paragraph);
        s.font.size = 16;
        s.paragraphFormat.firstLineIndent = 32;
        context.document.body.paragraphs.getFirst().style = "公文正文";
        await context.sync();
        const p = context.document.body.paragraphs.getFirst().load("style,firstLineIndent");
        await context.sync();
        assert.deepEqual([p.style, p.firstLineIndent], ["公文正文", 32]);
        context.document.getStyles().getByName("公文正文").delete();
        await context.sync();
      });
      assert.equal(d.model.paragraphs[0]!.style, "正文");
      assert.equal(d.model.paragraphs[0]!.firstLineIndent, 0);
    }));

  test("adding an existing name is refused; Office 2019 has no WordApi 1.5 (ApiNotFound)", async () => {
    await withDouble({ styleLocale: "zh", paragraphs: ["甲"] }, async () => {
      await rejectsWithCode(
        Word.run(async (context) => {
          context.document.addStyle("标题 1", "Paragraph");
          await context.sync();
        }),
        "InvalidArgument",
      );
    });
    await withDouble({ profile: "office2019", paragraphs: ["甲"] }, async () => {
      await rejectsWithCode(
        Word.run(async (context) => {
          context.document.getStyles().load("items/nameLocal");
          await context.sync();
        }),
        "ApiNotFound",
      );
    });
  });
});

describe("Word double: Section.pageSetup (WordApiDesktop 1.3) and the document grid", () => {
  test("windows: margins in points, paper size, grid lines × characters; the model's grid follows", () =>
    withDouble({ styleLocale: "zh", profile: "windows", paragraphs: ["甲"] }, async (d) => {
      const mm = (v: number) => (v * 72) / 25.4;
      await Word.run(async (context) => {
        const setup = context.document.sections.getFirst().pageSetup;
        setup.load("paperSize,topMargin,layoutMode,linesPage");
        await context.sync();
        assert.deepEqual([setup.paperSize, setup.topMargin, setup.layoutMode, setup.linesPage], ["A4", 72, "LineGrid", 44]);
        setup.paperSize = "A4";
        setup.topMargin = mm(37);
        setup.bottomMargin = mm(35);
        setup.leftMargin = mm(28);
        setup.rightMargin = mm(26);
        setup.layoutMode = "Grid";
        setup.linesPage = 22;
        setup.charsLine = 28;
        await context.sync();
      });
      const s = d.model.pageSetup;
      assert.deepEqual([s.layoutMode, s.linesPage, s.charsLine], ["Grid", 22, 28]);
      assert.ok(Math.abs(s.topMargin - 104.88) < 0.01, "Math.abs(s.topMargin - 104.88) < 0.01");
    }));

  test("web and Office 2019 have no pageSetup (ApiNotFound); a bad value is InvalidArgument", async () => {
    for (const profile of ["web", "office2019"] as const) {
      await withDouble({ profile, paragraphs: ["甲"] }, async () => {
        await rejectsWithCode(
          Word.run(async (context) => {
            context.document.sections.getFirst().pageSetup.load("topMargin");
            await context.sync();
          }),
          "ApiNotFound",
        );
      });
    }
    await withDouble({ profile: "windows", paragraphs: ["甲"] }, async () => {
      await rejectsWithCode(
        Word.run(async (context) => {
          context.document.sections.getFirst().pageSetup.linesPage = 0;
          await context.sync();
        }),
        "InvalidArgument",
      );
    });
  });
});

describe("Word double: typing between two syncs (issue 11: a sentence typed at 400 ms was lost)", () => {
  test("onNextSync changes the document after the given sync, as a person typing would", () =>
    withDouble({ paragraphs: ["甲。", "乙。"] }, async (d) => {
      d.model.onNextSync((m) => m.typeText(1, "用户输入的句子。"), 1);
      await Word.run(async (context) => {
        const ps = context.document.body.paragraphs.load("items/text");
        await context.sync();
        assert.equal(ps.items[1]!.text, "乙。", "read before the typing");
        const again = context.document.body.paragraphs.getLast().load("text");
        await context.sync();
        assert.equal(again.text, "乙。用户输入的句子。");
      });
    }));

  test("typeDuring option: text typed after N syncs is in the document, in the formatting where it was typed", () =>
    withDouble({ paragraphs: [{ text: "甲。", font: { name: "仿宋_GB2312" } }], typeDuring: { afterSyncs: 2, paragraph: 0, text: "补一句。" } }, async (d) => {
      await Word.run(async (context) => {
        await context.sync();
        assert.equal(d.model.text(), "甲。");
        await context.sync();
      });
      assert.equal(d.model.text(), "甲。补一句。");
      assert.equal(d.model.paragraphs[0]!.runs.length, 1, "typed text takes the run's formatting");
    }));
});

describe("Word double: a saved file keeps styles and rich content", () => {
  test("snapshot → reopen keeps style definitions, direct formatting, bookmarks, comments, page setup and Track Changes", async () => {
    const d = createWordDouble({ styleLocale: "zh", profile: "windows", paragraphs: [RICH, { text: "正文", style: "公文正文", firstLineIndent: 32 }] });
    await d.Word.run(async (context: Word.RequestContext) => {
      context.document.changeTrackingMode = "TrackAll";
      context.document.sections.getFirst().pageSetup.linesPage = 22;
      await context.sync();
    });
    const again = createWordDouble({ snapshot: d.snapshot(), profile: "web" });
    assert.equal(again.model.styles.locale, "zh");
    for (const i of [0, 1]) {
      assert.equal(again.model.contentSignature(i), d.model.contentSignature(i));
      assert.equal(again.model.styleSignature(i), d.model.styleSignature(i));
    }
    assert.deepEqual([again.model.pageSetup.linesPage, again.model.changeTrackingMode], [22, "TrackAll"]);
    assert.equal(again.model.paragraphs[1]!.firstLineIndent, 32);
  });

  test("the body's getOoxml ends with the section: page size, margins and the document grid", () =>
    withDouble({ styleLocale: "zh", profile: "windows", paragraphs: ["甲"] }, async () => {
      await Word.run(async (context) => {
        const setup = context.document.sections.getFirst().pageSetup;
        setup.topMargin = (37 * 72) / 25.4;
        setup.bottomMargin = (35 * 72) / 25.4;
        setup.linesPage = 22;
        await context.sync();
        const xml = context.document.body.getOoxml();
        await context.sync();
        assert.match(xml.value, /<w:pgSz w:w="11906" w:h="16838"\/>/);
        assert.match(xml.value, /<w:pgMar w:top="2098" w:right="1800" w:bottom="1984" w:left="1800"/);
        // (841.9 − 104.9 − 99.2) / 22 = 28.99 pt per line.
        assert.match(xml.value, /<w:docGrid w:type="lines" w:linePitch="580"\/>/);
      });
    }));
});
