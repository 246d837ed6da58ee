import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createWordDouble } from "../../src/word-double";
import { rejectsWithCode, withDouble } from "../support/double";

describe("Word double: proxy, load and sync semantics", () => {
  test("reading text before load throws PropertyNotLoaded (docs: application-specific-api-model#load)", () =>
    withDouble({ paragraphs: ["甲"] }, async () => {
      await Word.run(async (context) => {
        const p = context.document.body.paragraphs.getFirst();
        assert.throws(() => p.text, (e: { code?: string; message?: string }) => e.code === "PropertyNotLoaded" && /call the load method/.test(e.message ?? ""));
        p.load("style");
        await context.sync();
        assert.throws(() => p.text, /PropertyNotLoaded|not available/);
        assert.equal(p.style, "Normal");
      });
    }));

  test("load without sync is not enough (docs: application-specific-api-model#sync)", () =>
    withDouble({ paragraphs: ["甲"] }, async () => {
      await Word.run(async (context) => {
        const ps = context.document.body.paragraphs;
        ps.load("items/text");
        assert.throws(() => ps.items, (e: { code?: string }) => e.code === "PropertyNotLoaded");
        await context.sync();
        assert.equal(ps.items[0]!.text, "甲");
      });
    }));

  test("loaded values are snapshots taken at that sync, not live", () =>
    withDouble({ paragraphs: ["旧文本"] }, async () => {
      await Word.run(async (context) => {
        const p = context.document.body.paragraphs.getFirst();
        p.load("text");
        await context.sync();
        p.insertText("新文本", "Replace");
        await context.sync();
        assert.equal(p.text, "旧文本", "stale until loaded again");
        p.load("text");
        await context.sync();
        assert.equal(p.text, "新文本");
      });
    }));

  test("writes are invisible until sync and applied in order (docs: application-specific-api-model#sync)", () =>
    withDouble({ paragraphs: ["abc"] }, async (d) => {
      await Word.run(async (context) => {
        const p = context.document.body.paragraphs.getFirst();
        p.insertText("1", "End");
        p.insertText("2", "End");
        p.styleBuiltIn = Word.BuiltInStyleName.heading1;
        assert.equal(d.model.text(), "abc");
        assert.equal(d.model.paragraphs[0]!.styleBuiltIn, "Normal");
        await context.sync();
        assert.equal(d.model.text(), "abc12");
        assert.equal(d.model.paragraphs[0]!.style, "Heading 1");
      });
    }));

  test("stats count syncs, queued operations and loads; the final automatic sync counts only with pending ops", () =>
    withDouble({ paragraphs: ["a", "b"] }, async (d) => {
      await Word.run(async (context) => {
        const ps = context.document.body.paragraphs;
        ps.load("text");
        await context.sync();
        ps.items[0]!.insertText("x", "End");
        ps.items[1]!.font.bold = true;
      });
      assert.deepEqual({ syncs: d.stats.syncs, ops: d.stats.ops, loads: d.stats.loads }, { syncs: 2, ops: 2, loads: 1 });
      d.resetStats();
      await Word.run(async (context) => {
        context.document.body.paragraphs.load("text");
        await context.sync();
      });
      assert.equal(d.stats.syncs, 1);
      assert.equal(d.model.text(), "ax\nb");
      assert.equal(d.model.paragraphs[1]!.runs[0]!.font.bold, true);
    }));

  test("objects returned by methods chain before any sync (docs: application-specific-api-model, proxy objects)", () =>
    withDouble({ paragraphs: ["一"] }, async (d) => {
      await Word.run(async (context) => {
        const p = context.document.body.insertParagraph("二", "End").insertParagraph("三", "After");
        const r = p.insertText("！", "End");
        r.font.bold = true;
        p.load("text");
        await context.sync();
        assert.equal(p.text, "三！");
        assert.equal(d.stats.syncs, 1);
      });
      assert.equal(d.model.text(), "一\n二\n三！");
      assert.equal(d.model.paragraphs[2]!.runs.at(-1)!.font.bold, true);
    }));

  test("a failing op rejects the sync but earlier ops stay applied (not transactional)", () =>
    withDouble({ paragraphs: ["a"] }, async (d) => {
      await Word.run(async (context) => {
        const body = context.document.body;
        body.insertParagraph("b", "End");
        body.insertParagraph("bad", "After" as Word.InsertLocation.end); // Body only accepts Start/End
        body.insertParagraph("c", "End");
        await rejectsWithCode(context.sync(), "InvalidArgument");
      });
      assert.equal(d.model.text(), "a\nb");
    }));

  test("proxies from another Word.run fail with InvalidObjectPath (docs: application-specific-api-model#trackedobjects)", () =>
    withDouble({ paragraphs: ["a"] }, async () => {
      let saved: Word.Paragraph | undefined;
      await Word.run(async (context) => {
        saved = context.document.body.paragraphs.getFirst();
        saved.load("text");
        await context.sync();
      });
      await rejectsWithCode(
        Word.run(async (context) => {
          saved!.insertText("x", "End");
          await context.sync();
        }),
        "InvalidObjectPath",
      );
      await rejectsWithCode(
        Word.run(async (context) => {
          context.document.body.getRange("Start").expandTo(saved!.getRange("End"));
          await context.sync();
        }),
        "InvalidObjectPath",
      );
    }));

  test("trackedObjects keep a range usable in a later Word.run(obj, batch); its position stays live", () =>
    withDouble({ paragraphs: ["前缀 目标 后缀"] }, async (d) => {
      let tracked: Word.Range | undefined;
      await Word.run(async (context) => {
        tracked = context.document.body.search("目标").getFirst();
        context.trackedObjects.add(tracked);
        await context.sync();
      });
      await Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertText("新", "Start");
        await context.sync();
      });
      await Word.run(tracked!, async (context) => {
        tracked!.load("text");
        await context.sync();
        assert.equal(tracked!.text, "目标");
        tracked!.insertText("结果", "Replace");
        context.trackedObjects.remove(tracked!);
        await context.sync();
      });
      assert.equal(d.model.text(), "新前缀 结果 后缀");
    }));

  test("*OrNullObject gives isNullObject after load+sync; the plain version fails ItemNotFound (docs: application-specific-api-model#ornullobject-methods)", () =>
    withDouble({ paragraphs: ["无控件"] }, async () => {
      await Word.run(async (context) => {
        const cc = context.document.contentControls.getFirstOrNullObject();
        assert.throws(() => cc.isNullObject, (e: { code?: string }) => e.code === "PropertyNotLoaded");
        cc.load("tag");
        await context.sync();
        assert.equal(cc.isNullObject, true);
        context.document.contentControls.getFirst().load("tag");
        await rejectsWithCode(context.sync(), "ItemNotFound");
      });
    }));

  test("ClientResult.value is only readable after sync", () =>
    withDouble({ paragraphs: ["a"] }, async () => {
      await Word.run(async (context) => {
        const x = context.document.body.getOoxml();
        assert.throws(() => x.value, (e: { code?: string }) => e.code === "ValueNotLoaded");
        await context.sync();
        assert.match(x.value, /pkg:package/);
      });
    }));

  test("syncLatencyMs delays each sync", async () => {
    const d = createWordDouble({ paragraphs: ["a"], syncLatencyMs: 30 });
    const t0 = Date.now();
    await d.Word.run(async (context: Word.RequestContext) => {
      await context.sync();
    });
    assert.ok(Date.now() - t0 >= 25, "Date.now() - t0 >= 25");
  });

  test("subscribe fires after a sync that changed the document, not after a read-only sync", async () => {
    const d = createWordDouble({ paragraphs: ["a"] });
    let calls = 0;
    const off = d.subscribe(() => calls++);
    await d.Word.run(async (context: Word.RequestContext) => {
      context.document.body.load("text");
      await context.sync();
      assert.equal(calls, 0);
      context.document.body.insertParagraph("b", "End");
      await context.sync();
    });
    off();
    assert.equal(calls, 1);
  });

  test("install puts the globals in place and uninstall restores the previous state", () => {
    const target: Record<string, unknown> = { Office: "old" };
    const d = createWordDouble();
    const uninstall = d.install(target);
    assert.equal(target.Word, d.Word);
    uninstall();
    assert.equal(target.Office, "old");
    assert.equal("Word" in target, false);
  });
});

describe("Word double: requirement sets per platform (word-api.md#requirement-sets)", () => {
  test("isSetSupported per profile", () => {
    const web = createWordDouble({ profile: "web" }).Office.context.requirements;
    const win = createWordDouble({ profile: "windows" }).Office.context.requirements;
    const o19 = createWordDouble({ profile: "office2019" }).Office.context.requirements;
    assert.equal(web.isSetSupported("WordApi", "1.9"), true);
    assert.equal(web.isSetSupported("WordApiOnline", "1.1"), true);
    assert.equal(web.isSetSupported("WordApiDesktop", "1.1"), false);
    assert.equal(win.isSetSupported("WordApiDesktop", "1.4"), true);
    assert.equal(win.isSetSupported("WordApiDesktop", "1.5"), false);
    assert.equal(win.isSetSupported("WordApiOnline", "1.1"), false);
    assert.equal(o19.isSetSupported("WordApi", "1.3"), true);
    assert.equal(o19.isSetSupported("WordApi", "1.4"), false);
    assert.equal(o19.isSetSupported("WordApi"), true);
  });

  test("font.nameFarEast (WordApiDesktop 1.3) fails ApiNotFound on web and Office 2019, works on Windows", async () => {
    for (const profile of ["web", "office2019"] as const) {
      await withDouble({ profile, paragraphs: ["正文"] }, async () => {
        await rejectsWithCode(
          Word.run(async (context) => {
            context.document.body.paragraphs.getFirst().font.nameFarEast = "仿宋_GB2312";
            await context.sync();
          }),
          "ApiNotFound",
        );
      });
    }
    await withDouble({ profile: "windows", paragraphs: ["正文"] }, async (d) => {
      await Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().font.nameFarEast = "仿宋_GB2312";
        await context.sync();
      });
      assert.equal(d.model.paragraphs[0]!.runs[0]!.font.nameFarEast, "仿宋_GB2312");
    });
  });

  test("customXmlParts and document.settings (WordApi 1.4) fail ApiNotFound on Office 2019", () =>
    withDouble({ profile: "office2019" }, async () => {
      await rejectsWithCode(
        Word.run(async (context) => {
          context.document.customXmlParts.add("<a xmlns='urn:x'/>");
          await context.sync();
        }),
        "ApiNotFound",
      );
      await rejectsWithCode(
        Word.run(async (context) => {
          context.document.settings.load("items");
          await context.sync();
        }),
        "ApiNotFound",
      );
    }));

  test("WordApi 1.3 members (styleBuiltIn, getRange, expandTo, isEmpty, tableNestingLevel) work on Office 2019", () =>
    withDouble({ profile: "office2019", paragraphs: ["a", { text: "b", inTable: true }] }, async () => {
      await Word.run(async (context) => {
        const ps = context.document.body.paragraphs;
        ps.load("styleBuiltIn,tableNestingLevel");
        const r = context.document.body.getRange("Start").expandTo(context.document.body.getRange("End"));
        r.load("isEmpty");
        const table = ps.getLast().parentTableOrNullObject;
        table.load("rowCount");
        await context.sync();
        assert.deepEqual(ps.items.map((p) => p.tableNestingLevel), [0, 1]);
        assert.equal(r.isEmpty, false);
        assert.equal(table.isNullObject, false);
      });
    }));

  test("loading everything with load() skips members the platform lacks instead of failing", () =>
    withDouble({ profile: "web", paragraphs: ["a"] }, async () => {
      await Word.run(async (context) => {
        const f = context.document.body.paragraphs.getFirst().font;
        f.load();
        await context.sync();
        assert.equal(f.bold, false);
        assert.throws(() => f.nameFarEast, (e: { code?: string }) => e.code === "PropertyNotLoaded");
      });
    }));
});
