import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { rejectsWithCode, withDouble } from "../support/double";

describe("Word double: editing", () => {
  test("insertParagraph After inherits the source paragraph's style and formatting (docs: word.paragraph#insertParagraph)", () =>
    withDouble(
      { paragraphs: [{ text: "一、总体情况", styleBuiltIn: "Heading1", alignment: "Centered", firstLineIndent: 32, font: { name: "黑体", size: 16 } }] },
      async (d) => {
        await Word.run(async (context) => {
          const next = context.document.body.paragraphs.getFirst().insertParagraph("二、主要做法", "After");
          next.load("styleBuiltIn,style,alignment,firstLineIndent");
          next.font.load("name,size");
          await context.sync();
          assert.equal(next.styleBuiltIn, "Heading1");
          assert.equal(next.style, "Heading 1");
          assert.equal(next.alignment, "Centered");
          assert.equal(next.firstLineIndent, 32);
          assert.equal(next.font.name, "黑体");
          assert.equal(next.font.size, 16);
        });
        assert.equal(d.model.text(), "一、总体情况\n二、主要做法");
      },
    ));

  for (const wholeParagraphsDelete of ["removed", "mergedIntoFirst"] as const) {
    test(`a range from one paragraph's start to a later one's start, deleted (mode wholeParagraphsDelete ${wholeParagraphsDelete})`, () =>
      withDouble({ paragraphs: [{ text: "甲", styleBuiltIn: "Heading1" }, "乙", { text: "丙", styleBuiltIn: "Heading2" }], modes: { wholeParagraphsDelete } }, async (d) => {
        await Word.run(async (context) => {
          const items = context.document.body.paragraphs;
          items.load("items");
          await context.sync();
          items.items[0]!.getRange("Start").expandTo(items.items[2]!.getRange("Start")).delete();
          await context.sync();
        });
        assert.deepEqual(d.model.paragraphs.map((p) => p.text), ["丙"]);
        // Removed: the later paragraph keeps its own style; merged: it takes the first deleted one's.
        assert.equal(d.model.paragraphs[0]!.style, wholeParagraphsDelete === "removed" ? "Heading 2" : "Heading 1");
      }));
  }

  test("insertText locations on a range and the returned range (docs: word.range#insertText)", () =>
    withDouble({ paragraphs: ["甲乙丙"] }, async (d) => {
      await Word.run(async (context) => {
        const r = context.document.body.search("乙").getFirst();
        const start = r.insertText("<", "Start");
        const end = r.insertText(">", "End");
        const before = r.insertText("[", "Before");
        const after = r.insertText("]", "After");
        for (const x of [r, start, end, before, after]) x.load("text");
        await context.sync();
        assert.deepEqual([r.text, start.text, end.text, before.text, after.text], ["<乙>", "<", ">", "[", "]"]);
        const replaced = r.insertText("丁", "Replace");
        replaced.load("text");
        r.load("text");
        await context.sync();
        assert.equal(replaced.text, "丁");
        assert.equal(r.text, "丁", "the original range now covers the replacement");
      });
      assert.equal(d.model.text(), "甲[丁]丙");
    }));

  test("insertText with \\n or \\r splits paragraphs, which keep the paragraph formatting", () =>
    withDouble({ paragraphs: [{ text: "头尾", styleBuiltIn: "Heading2" }] }, async (d) => {
      await Word.run(async (context) => {
        const r = context.document.body.paragraphs.getFirst().search("头").getFirst().insertText("一\n二\r三", "End");
        r.paragraphs.load("items");
        await context.sync();
        assert.equal(r.paragraphs.items.length, 3);
      });
      assert.equal(d.model.text(), "头一\n二\n三尾");
      assert.deepEqual(d.model.paragraphs.map((p) => p.styleBuiltIn), ["Heading2", "Heading2", "Heading2"]);
    }));

  test("invalid locations and values fail at sync with InvalidArgument", () =>
    withDouble({ paragraphs: ["a"] }, async () => {
      await rejectsWithCode(
        Word.run(async (context) => {
          context.document.body.paragraphs.getFirst().insertText("x", "Before" as "Start");
          await context.sync();
        }),
        "InvalidArgument",
      );
      await rejectsWithCode(
        Word.run(async (context) => {
          context.document.body.paragraphs.getFirst().styleBuiltIn = "Heading10" as Word.BuiltInStyleName;
          await context.sync();
        }),
        "InvalidArgument",
      );
    }));

  test("lineSpacing in points produces multiple spacing (office-js #2296, #3203)", () =>
    withDouble({ paragraphs: ["a"] }, async (d) => {
      await Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().lineSpacing = 28;
        await context.sync();
      });
      assert.equal(d.model.paragraphs[0]!.lineSpacing, 28);
      assert.equal(d.model.paragraphs[0]!.lineRule, "multiple");
    }));

  test("font over mixed runs reads null for the differing property (docs: word.font)", () =>
    withDouble({ paragraphs: ["粗体普通"] }, async () => {
      await Word.run(async (context) => {
        const p = context.document.body.paragraphs.getFirst();
        p.search("粗体").getFirst().font.bold = true;
        p.font.load("bold,size");
        await context.sync();
        assert.equal(p.font.bold, null);
        assert.equal(p.font.size, 10.5);
      });
    }));

  test("cursor paragraph index via body.getRange('Start').expandTo(selection.getRange('Start')).paragraphs", () =>
    withDouble({ paragraphs: ["零", "一", "二", "三"] }, async (d) => {
      d.model.setSelection(2, 1);
      const index = async () =>
        Word.run(async (context) => {
          const sel = context.document.getSelection();
          const ps = context.document.body.getRange("Start").expandTo(sel.getRange("Start")).paragraphs;
          ps.load("items");
          await context.sync();
          return ps.items.length - 1;
        });
      assert.equal(await index(), 2);
      d.model.setSelection(0, 0);
      assert.equal(await index(), 0);
      d.model.setSelection(3, 0, 3, 1);
      assert.equal(await index(), 3);
    }));

  test("select() moves the model's selection; getSelection reads it back", () =>
    withDouble({ paragraphs: ["甲乙丙"] }, async (d) => {
      await Word.run(async (context) => {
        context.document.body.search("乙").getFirst().select();
        await context.sync();
        const sel = context.document.getSelection();
        sel.load("text");
        await context.sync();
        assert.equal(sel.text, "乙");
      });
      assert.deepEqual(d.model.selectionInfo(), { startParagraph: 0, startOffset: 1, endParagraph: 0, endOffset: 2 });
    }));

  test("paragraph.delete removes it; deleting text across paragraphs merges them", () =>
    withDouble({ paragraphs: ["a", "b", "c", "d"] }, async (d) => {
      await Word.run(async (context) => {
        const ps = context.document.body.paragraphs;
        ps.load("items");
        await context.sync();
        ps.items[1]!.delete();
        ps.items[2]!.getRange("End").expandTo(ps.items[3]!.getRange("Start")).delete();
        await context.sync();
      });
      assert.equal(d.model.text(), "a\ncd");
    }));

  test("using a deleted paragraph fails ItemNotFound", () =>
    withDouble({ paragraphs: ["a", "b"] }, async () => {
      await Word.run(async (context) => {
        const p = context.document.body.paragraphs.getFirst();
        p.delete();
        p.insertText("x", "End");
        await rejectsWithCode(context.sync(), "ItemNotFound");
      });
    }));
});

describe("Word double: content controls (docs: word.contentcontrol)", () => {
  test("insertContentControl over a range, then getByTag finds it with its text", () =>
    withDouble({ paragraphs: ["报告人：某某某，单位：某局"] }, async (d) => {
      await Word.run(async (context) => {
        const cc = context.document.body.search("某某某").getFirst().insertContentControl();
        cc.tag = "rc:name";
        cc.title = "姓名";
        await context.sync();
        const found = context.document.contentControls.getByTag("rc:name");
        found.load("items/text,items/tag,items/title");
        await context.sync();
        assert.deepEqual(found.items.map((c) => [c.text, c.tag, c.title]), [["某某某", "rc:name", "姓名"]]);
      });
      assert.deepEqual(d.model.controls().map((c) => [c.startOffset, c.endOffset]), [[4, 7]]);
    }));

  test("insertText Replace keeps the control and its tag; Start/End stay inside it", () =>
    withDouble({ paragraphs: ["前文 占位 后文"] }, async (d) => {
      await Word.run(async (context) => {
        const cc = context.document.body.search("占位").getFirst().insertContentControl();
        cc.tag = "slot";
        cc.insertText("张三", "Replace");
        cc.insertText("（", "Start");
        cc.insertText("）", "End");
        await context.sync();
        const again = context.document.contentControls.getByTag("slot").getFirst();
        again.load("text,tag");
        await context.sync();
        assert.equal(again.text, "（张三）");
      });
      assert.equal(d.model.text(), "前文 （张三） 后文");
    }));

  test("Replace with an empty string leaves an empty control that can be refilled", () =>
    withDouble({ paragraphs: ["a占位b"] }, async (d) => {
      await Word.run(async (context) => {
        const cc = context.document.body.search("占位").getFirst().insertContentControl();
        cc.tag = "t";
        cc.insertText("", "Replace");
        await context.sync();
        cc.insertText("新", "Replace");
        cc.load("text");
        await context.sync();
        assert.equal(cc.text, "新");
      });
      assert.equal(d.model.text(), "a新b");
    }));

  test("a control's text survives edits elsewhere and ranges next to it stay outside", () =>
    withDouble({ paragraphs: ["第一段", "甲【值】乙"] }, async (d) => {
      await Word.run(async (context) => {
        const cc = context.document.body.search("【值】").getFirst().insertContentControl();
        cc.tag = "v";
        await context.sync();
        context.document.body.insertParagraph("新开头", "Start");
        context.document.body.paragraphs.getFirst().insertText("！", "End");
        cc.getRange("After").insertText("外", "Before");
        cc.getRange("Before").insertText("前", "After");
        await context.sync();
        cc.load("text");
        await context.sync();
        assert.equal(cc.text, "【值】");
      });
      assert.deepEqual(d.model.controls().map((c) => [c.text, c.startParagraph]), [["【值】", 2]]);
      assert.equal(d.model.paragraphs[2]!.text, "甲前【值】外乙");
    }));

  test("delete(true) keeps the text, delete(false) removes it; cannotDelete refuses", () =>
    withDouble({ paragraphs: ["AxB yC"] }, async (d) => {
      await Word.run(async (context) => {
        const body = context.document.body;
        const a = body.search("x").getFirst().insertContentControl();
        const b = body.search("y").getFirst().insertContentControl();
        await context.sync();
        a.delete(true);
        b.delete(false);
        await context.sync();
        const c = body.search("A").getFirst().insertContentControl();
        c.cannotDelete = true;
        c.delete(false);
        await rejectsWithCode(context.sync(), "AccessDenied");
      });
      assert.equal(d.model.text(), "AxB C");
      assert.equal(d.model.controls().length, 1);
    }));

  test("parentContentControlOrNullObject finds the enclosing control (docs: word.range#parentContentControlOrNullObject)", () =>
    withDouble({ paragraphs: ["外 内容 外"] }, async () => {
      await Word.run(async (context) => {
        const cc = context.document.body.search("内容").getFirst().insertContentControl();
        cc.tag = "in";
        await context.sync();
        const inside = context.document.body.search("容").getFirst().parentContentControlOrNullObject;
        const outside = context.document.body.search("外").getFirst().parentContentControlOrNullObject;
        inside.load("tag");
        outside.load("tag");
        await context.sync();
        assert.equal(inside.tag, "in");
        assert.equal(outside.isNullObject, true);
      });
    }));
});
