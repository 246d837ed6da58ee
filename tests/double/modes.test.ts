import { describe, mock, test } from "node:test";
import assert from "node:assert/strict";
import {
  actionBytes,
  createWordDouble,
  DEFAULT_MODES,
  formatBytes,
  modesFromEnvironment,
  payloadSummary,
  PESSIMISTIC_MODES,
  type DoubleOptions,
  type FidelityModes,
  type WordDouble,
} from "../../src/word-double";
import { rejectsWithCode } from "../support/double";

/**
 * Every test pins its modes itself (never WORD_DOUBLE_MODES), so each mode's kind and unkind
 * value is observed through the office-js surface whatever the environment says.
 */
async function inDouble(modes: Partial<FidelityModes>, options: DoubleOptions, body: (d: WordDouble) => Promise<void>): Promise<void> {
  const d = createWordDouble({ ...options, modes });
  const uninstall = d.install();
  try {
    await body(d);
  } finally {
    uninstall();
  }
}

/** Paragraph index and offset of the first hit, and its text. */
async function firstHit(text: string): Promise<{ text: string; paragraph: number; offset: number } | null> {
  return Word.run(async (context) => {
    const found = context.document.body.search(text, { matchCase: true });
    found.load("items/text");
    await context.sync();
    if (!found.items.length) return null;
    const prefix = context.document.body.getRange("Start").expandTo(found.items[0]!.getRange("Start"));
    prefix.load("text");
    await context.sync();
    const lines = prefix.text.split("\r");
    return { text: found.items[0]!.text, paragraph: lines.length - 1, offset: lines[lines.length - 1]!.length };
  });
}

async function hitCount(text: string): Promise<number> {
  return Word.run(async (context) => {
    const found = context.document.body.search(text);
    found.load("items");
    await context.sync();
    return found.items.length;
  });
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const pkg = (body: string, extraParts = "") =>
  `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document ${W}><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part>${extraParts}</pkg:package>`;
const stylesPart = `<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"><pkg:xmlData><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles></pkg:xmlData></pkg:part>`;
const exactParagraph = (text: string, pPrExtra = "") =>
  `<w:p><w:pPr>${pPrExtra}<w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/></w:rPr><w:t>${text}</w:t></w:r></w:p>`;

async function replaceFirstParagraphWithOoxml(xml: string): Promise<void> {
  await Word.run(async (context) => {
    context.document.body.paragraphs.getFirst().insertOoxml(xml, "Replace");
    await context.sync();
  });
}

describe("Word double fidelity modes: the sets", () => {
  test("DEFAULT_MODES is what createWordDouble uses; PESSIMISTIC_MODES differs in every mode Word may be unkind in", () => {
    assert.deepEqual({ ...createWordDouble().modes }, { ...DEFAULT_MODES });
    const same = Object.keys(DEFAULT_MODES).filter((k) => DEFAULT_MODES[k as keyof FidelityModes] === PESSIMISTIC_MODES[k as keyof FidelityModes]);
    assert.deepEqual(
      same,
      ["fontNameSlots", "personEditsBetweenSyncs", "deletedRange"],
      "only fontNameSlots (the double always set just the Latin slot), personEditsBetweenSyncs (a person's typing, set by the tests that exercise it) and deletedRange (collapsing is the unkind answer and the default)",
    );
    assert.equal(PESSIMISTIC_MODES.payloadLimitBytes, 4 * 1024 * 1024);
  });

  test("createWordDouble merges partial modes over the defaults and rejects unknown modes or values", () => {
    const d = createWordDouble({ modes: { searchWidth: "insensitive" } });
    assert.equal(d.modes.searchWidth, "insensitive");
    assert.equal(d.modes.rangeBoundary, "includes");
    assert.throws(() => createWordDouble({ modes: { searchWidht: "insensitive" } as Partial<FidelityModes> }), /unknown mode "searchWidht"/);
    assert.throws(() => createWordDouble({ modes: { rangeBoundary: "sometimes" } as unknown as Partial<FidelityModes> }), /rangeBoundary/);
    assert.throws(() => createWordDouble({ modes: { payloadLimitBytes: -1 } }), /payloadLimitBytes/);
  });

  test("modesFromEnvironment reads WORD_DOUBLE_MODES: unset/default, pessimistic, a JSON object; anything else throws", () => {
    const saved = process.env.WORD_DOUBLE_MODES;
    try {
      delete process.env.WORD_DOUBLE_MODES;
      assert.deepEqual(modesFromEnvironment(), {});
      process.env.WORD_DOUBLE_MODES = "default";
      assert.deepEqual(modesFromEnvironment(), {});
      process.env.WORD_DOUBLE_MODES = "pessimistic";
      assert.deepEqual(modesFromEnvironment(), { ...PESSIMISTIC_MODES });
      process.env.WORD_DOUBLE_MODES = '{"rangeBoundary":"excludes"}';
      assert.deepEqual(modesFromEnvironment(), { rangeBoundary: "excludes" });
      process.env.WORD_DOUBLE_MODES = "pesimistic";
      assert.throws(() => modesFromEnvironment(), /WORD_DOUBLE_MODES/);
      process.env.WORD_DOUBLE_MODES = '{"rangeBoundary":"maybe"}';
      assert.throws(() => modesFromEnvironment(), /rangeBoundary/);
    } finally {
      if (saved === undefined) delete process.env.WORD_DOUBLE_MODES;
      else process.env.WORD_DOUBLE_MODES = saved;
    }
  });
});

describe("Word double fidelity modes: search", () => {
  test('searchWidth: "XX" in "ＸＸ和XX" finds XX exactly, or the full-width ＸＸ first when insensitive (VBA Find.MatchByte)', async () => {
    const doc = { paragraphs: ["ＸＸ和XX", "，,", "第１．条 1."] };
    await inDouble({ searchWidth: "exact" }, doc, async () => {
      assert.deepEqual(await firstHit("XX"), { text: "XX", paragraph: 0, offset: 3 });
      assert.deepEqual(await firstHit(","), { text: ",", paragraph: 1, offset: 1 });
      assert.deepEqual(await firstHit("1."), { text: "1.", paragraph: 2, offset: 5 });
    });
    await inDouble({ searchWidth: "insensitive" }, doc, async () => {
      assert.deepEqual(await firstHit("XX"), { text: "ＸＸ", paragraph: 0, offset: 0 });
      assert.deepEqual(await firstHit(","), { text: "，", paragraph: 1, offset: 0 });
      assert.deepEqual(await firstHit("1."), { text: "１．", paragraph: 2, offset: 1 });
      assert.deepEqual(await firstHit("ＸＸ"), { text: "ＸＸ", paragraph: 0, offset: 0 }, "and the other way round");
      assert.equal(await hitCount("XX"), 2);
    });
  });

  test("searchWidth insensitive also applies to literal characters of wildcard searches", () =>
    inDouble({ searchWidth: "insensitive" }, { paragraphs: ["第１条 第2条"] }, async () => {
      const texts = await Word.run(async (context) => {
        const found = context.document.body.search("第[0-9]条", { matchWildcards: true });
        found.load("items/text");
        await context.sync();
        return found.items.map((r) => r.text);
      });
      assert.deepEqual(texts, ["第１条", "第2条"]);
    }));

  test("searchQuotes: a straight quote matches curly ones only when insensitive", async () => {
    const doc = { paragraphs: ["他说“好”，又说\"好\"。", "it’s"] };
    await inDouble({ searchQuotes: "exact" }, doc, async () => {
      assert.deepEqual(await firstHit('"好"'), { text: '"好"', paragraph: 0, offset: 8 });
      assert.equal(await firstHit("it's"), null);
    });
    await inDouble({ searchQuotes: "insensitive" }, doc, async () => {
      assert.deepEqual(await firstHit('"好"'), { text: "“好”", paragraph: 0, offset: 2 });
      assert.deepEqual(await firstHit("it's"), { text: "it’s", paragraph: 1, offset: 0 });
      assert.equal(await hitCount("“好”"), 2, "curly finds straight too");
    });
  });

  test("searchImeMiss: a paragraph typed through an IME is never found when set (#5134)", async () => {
    const doc = { paragraphs: [{ text: "全年完成XX项", ime: true }, "全年完成XX项"] };
    await inDouble({ searchImeMiss: false }, doc, async () => assert.equal(await hitCount("XX"), 2));
    await inDouble({ searchImeMiss: true }, doc, async () => {
      assert.equal(await hitCount("XX"), 1);
      assert.deepEqual(await firstHit("XX"), { text: "XX", paragraph: 1, offset: 4 });
    });
  });

  test("searchErrorCode: a search over 255 characters fails with the mode's code (#168, #320, #731)", async () => {
    const long = "字".repeat(256);
    const search = () =>
      Word.run(async (context) => {
        context.document.body.search(long).load("items");
        await context.sync();
      });
    await inDouble({ searchErrorCode: "InvalidArgument" }, { paragraphs: ["a"] }, () => rejectsWithCode(search(), "InvalidArgument"));
    await inDouble({ searchErrorCode: "SearchStringInvalidOrTooLong" }, { paragraphs: ["a"] }, () => rejectsWithCode(search(), "SearchStringInvalidOrTooLong"));
  });

  test("model.findPaneOpen: every search fails with SearchDialogIsOpen while it is set, writes before it stay applied", () =>
    inDouble({}, { paragraphs: ["全年XX"] }, async (d) => {
      d.model.findPaneOpen = true;
      await rejectsWithCode(
        Word.run(async (context) => {
          context.document.body.insertParagraph("前", "Start");
          context.document.body.search("XX").load("items");
          await context.sync();
        }),
        "SearchDialogIsOpen",
      );
      assert.equal(d.model.text(), "前\n全年XX");
      d.model.findPaneOpen = false;
      assert.equal(await hitCount("XX"), 1);
    }));
});

describe("Word double fidelity modes: ranges and the selection", () => {
  /** The cursor's paragraph index as src/word computed it: paragraphs of start-of-body..cursor, minus one. */
  const cursorIndexByExpand = () =>
    Word.run(async (context) => {
      const r = context.document.body.getRange("Start").expandTo(context.document.getSelection().getRange("Start"));
      r.paragraphs.load("items");
      await context.sync();
      return r.paragraphs.items.length - 1;
    });

  test("rangeBoundary: a range ending exactly at the start of paragraph N counts N when includes, not when excludes (review A.5)", async () => {
    const doc = { paragraphs: ["一、总体情况", "", "二、主要做法"] };
    await inDouble({ rangeBoundary: "includes" }, doc, async (d) => {
      d.model.setSelection(1, 0);
      assert.equal(await cursorIndexByExpand(), 1);
    });
    await inDouble({ rangeBoundary: "excludes" }, doc, async (d) => {
      d.model.setSelection(1, 0);
      assert.equal(await cursorIndexByExpand(), 0, "one paragraph early: the risk the review describes");
      d.model.setSelection(2, 2);
      assert.equal(await cursorIndexByExpand(), 2, "a range ending inside a paragraph still counts it");
      const collapsed = await Word.run(async (context) => {
        const ps = context.document.getSelection().paragraphs;
        ps.load("items/text");
        await context.sync();
        return ps.items.map((p) => p.text);
      });
      assert.deepEqual(collapsed, ["二、主要做法"], "a collapsed range at a paragraph's start still belongs to it");
    });
  });

  test("model.setSelectionStory('header'): the selection leaves the body; expandTo with a body range throws ItemNotFound", () =>
    inDouble({}, { paragraphs: ["正文一", "正文二"] }, async (d) => {
      d.model.setSelectionStory("header", "某某局文件");
      assert.equal(d.model.selectionStory, "header");
      await rejectsWithCode(cursorIndexByExpand(), "ItemNotFound");
      const seen = await Word.run(async (context) => {
        const sel = context.document.getSelection();
        sel.paragraphs.load("items/text");
        const body = context.document.body.paragraphs;
        body.load("items/text");
        const relation = context.document.body.getRange("Start").compareLocationWith(sel);
        await context.sync();
        return { selection: sel.paragraphs.items.map((p) => p.text), body: body.items.map((p) => p.text), relation: relation.value };
      });
      assert.deepEqual(seen, { selection: ["某某局文件"], body: ["正文一", "正文二"], relation: "Unrelated" });
      d.model.setSelectionStory("body");
      assert.equal(d.model.selectionStory, "body");
      assert.equal(await cursorIndexByExpand(), 0);
    }));
});

describe("Word double fidelity modes: OOXML", () => {
  const target = { paragraphs: [{ text: "旧", alignment: "Centered", lineSpacing: 15 }, "下一段"] };

  test("singleParagraphOoxml: a one-paragraph package's pPr applies, or the target keeps its own (#3149, docs #272)", async () => {
    await inDouble({ singleParagraphOoxml: "applies-package" }, target, async (d) => {
      await replaceFirstParagraphWithOoxml(pkg(exactParagraph("新正文")));
      const p = d.model.paragraphs[0]!;
      assert.deepEqual([p.text, p.lineSpacing, p.lineRule, p.alignment], ["新正文", 28, "exact", "Justified"]);
    });
    await inDouble({ singleParagraphOoxml: "keeps-target" }, target, async (d) => {
      await replaceFirstParagraphWithOoxml(pkg(exactParagraph("新正文")));
      const p = d.model.paragraphs[0]!;
      assert.deepEqual([p.text, p.lineSpacing, p.lineRule, p.alignment], ["新正文", 15, "multiple", "Centered"]);
      assert.equal(p.runs[0]!.font.nameFarEast, "仿宋_GB2312", "run properties still apply");
      assert.equal(d.model.paragraphs.length, 2);
    });
  });

  test("singleParagraphOoxml keeps-target: with two paragraphs in the package its pPr applies", () =>
    inDouble({ singleParagraphOoxml: "keeps-target" }, target, async (d) => {
      await replaceFirstParagraphWithOoxml(pkg(exactParagraph("新正文") + "<w:p/>"));
      const p = d.model.paragraphs[0]!;
      assert.deepEqual([p.text, p.lineRule, p.alignment], ["新正文", "exact", "Justified"]);
      assert.deepEqual(d.model.paragraphs.map((q) => q.text), ["新正文", "", "下一段"], "the extra empty paragraph is the caller's to delete");
    }));

  test("pStyleWithoutStylesPart: w:pStyle without a styles part applies, or is ignored (Microsoft: Create better add-ins … with OOXML)", async () => {
    const heading = `<w:pStyle w:val="Heading1"/>`;
    await inDouble({ pStyleWithoutStylesPart: "applied" }, { paragraphs: ["旧"] }, async (d) => {
      await replaceFirstParagraphWithOoxml(pkg(exactParagraph("标题", heading)));
      assert.equal(d.model.paragraphs[0]!.styleBuiltIn, "Heading1");
    });
    await inDouble({ pStyleWithoutStylesPart: "ignored" }, { paragraphs: ["旧"] }, async (d) => {
      await replaceFirstParagraphWithOoxml(pkg(exactParagraph("标题", heading)));
      assert.equal(d.model.paragraphs[0]!.styleBuiltIn, "Normal");
      assert.equal(d.model.paragraphs[0]!.lineRule, "exact", "the rest of the pPr still applies");
    });
    await inDouble({ pStyleWithoutStylesPart: "ignored" }, { paragraphs: ["旧"] }, async (d) => {
      await replaceFirstParagraphWithOoxml(pkg(exactParagraph("标题", heading), stylesPart));
      assert.equal(d.model.paragraphs[0]!.styleBuiltIn, "Heading1", "with a styles part the style applies");
    });
  });

  test("getOoxmlSize: minimal packages hold the paragraphs only; realistic ones carry ~40 KB of styles/theme/fonts/settings and still round-trip", async () => {
    const read = () =>
      Word.run(async (context) => {
        const x = context.document.body.paragraphs.getFirst().getOoxml();
        await context.sync();
        return x.value;
      });
    await inDouble({ getOoxmlSize: "minimal" }, { paragraphs: ["一段"] }, async () => {
      const xml = await read();
      assert.ok(xml.length < 4000, `minimal: ${xml.length}`);
      // Minimal: the paragraph and the styles it uses only — no theme, fonts or settings parts.
      assert.doesNotMatch(xml, /\/word\/theme\//);
    });
    await inDouble({ getOoxmlSize: "realistic", pStyleWithoutStylesPart: "ignored" }, { paragraphs: [{ text: "标题", styleBuiltIn: "Heading1" }, "二"] }, async (d) => {
      const xml = await read();
      assert.ok(xml.length > 35_000 && xml.length < 60_000, `realistic: ${xml.length}`);
      assert.match(xml, /pkg:name="\/word\/styles\.xml"/);
      assert.match(xml, /pkg:name="\/word\/theme\/theme1\.xml"/);
      await Word.run(async (context) => {
        context.document.body.paragraphs.getLast().insertOoxml(xml, "Replace");
        await context.sync();
      });
      assert.deepEqual(d.model.paragraphs.map((p) => [p.text, p.styleBuiltIn]), [["标题", "Heading1"], ["标题", "Heading1"]]);
    });
  });
});

describe("Word double fidelity modes: fonts and custom XML", () => {
  test("fontNameSlots: font.name sets only the Latin slot (latin-only), or the East Asian one too (all) — read back through getOoxml", async () => {
    const doc = { paragraphs: [{ text: "中文 text", font: { name: "Calibri", nameFarEast: "等线" } }] };
    const setAndRead = () =>
      Word.run(async (context) => {
        const p = context.document.body.paragraphs.getFirst();
        p.font.name = "仿宋_GB2312";
        const x = p.getOoxml();
        await context.sync();
        return /w:eastAsia="([^"]*)"/.exec(x.value)?.[1];
      });
    await inDouble({ fontNameSlots: "latin-only" }, doc, async (d) => {
      assert.equal(await setAndRead(), "等线");
      assert.equal(d.model.paragraphs[0]!.runs[0]!.font.name, "仿宋_GB2312");
    });
    await inDouble({ fontNameSlots: "all" }, doc, async () => assert.equal(await setAndRead(), "仿宋_GB2312"));
  });

  test("customXmlEmptyItems: getByNamespace with no part loads items as [] or undefined (#6673)", async () => {
    const load = () =>
      Word.run(async (context) => {
        const parts = context.document.customXmlParts.getByNamespace("urn:report-composer:none");
        parts.load("items");
        await context.sync();
        return parts.items as unknown;
      });
    await inDouble({ customXmlEmptyItems: "array" }, { paragraphs: ["a"] }, async () => assert.deepEqual(await load(), []));
    await inDouble({ customXmlEmptyItems: "undefined" }, { paragraphs: ["a"] }, async () => assert.equal(await load(), undefined));
    await inDouble({ customXmlEmptyItems: "undefined" }, { paragraphs: ["a"] }, async (d) => {
      d.model.addCustomXmlPart('<v xmlns="urn:report-composer:none"/>', "urn:report-composer:none");
      assert.equal((await load() as unknown[]).length, 1, "a non-empty result is an array as usual");
    });
  });

  test("customXmlDeclaration: a part stored with <?xml …?> refuses a later setXml with GeneralException (#1643)", async () => {
    const NS = "urn:report-composer:values";
    const addThenSet = (first: string) =>
      Word.run(async (context) => {
        const part = context.document.customXmlParts.add(first);
        await context.sync();
        part.setXml(`<values xmlns="${NS}"><v>2</v></values>`);
        await context.sync();
      });
    const declared = `<?xml version="1.0" encoding="UTF-8"?><values xmlns="${NS}"><v>1</v></values>`;
    await inDouble({ customXmlDeclaration: "accepted" }, { paragraphs: ["a"] }, async (d) => {
      await addThenSet(declared);
      assert.match(d.model.customXmlParts[0]!.xml, /<v>2<\/v>/);
    });
    await inDouble({ customXmlDeclaration: "breaks-setXml" }, { paragraphs: ["a"] }, async (d) => {
      await rejectsWithCode(addThenSet(declared), "GeneralException");
      assert.match(d.model.customXmlParts[0]!.xml, /<v>1<\/v>/, "the part is unchanged");
    });
    await inDouble({ customXmlDeclaration: "breaks-setXml" }, { paragraphs: ["a"] }, async (d) => {
      await addThenSet(`<values xmlns="${NS}"><v>1</v></values>`);
      assert.match(d.model.customXmlParts[0]!.xml, /<v>2<\/v>/, "without a declaration setXml works");
    });
  });
});

describe("Word double: payload accounting and the payload limit (#2615, #617, #4697)", () => {
  test("every sync records its request bytes; OOXML and text arguments count in full; resetStats clears them", () =>
    inDouble({}, { paragraphs: ["一", "二"] }, async (d) => {
      const xml = pkg(exactParagraph("正文".repeat(2000)));
      await Word.run(async (context) => {
        context.document.body.paragraphs.load("items/text");
        await context.sync();
        context.document.body.paragraphs.getFirst().insertOoxml(xml, "Replace");
        await context.sync();
      });
      assert.equal(d.stats.syncBytes.length, 2);
      const [readBytes, writeBytes] = d.stats.syncBytes as [number, number];
      assert.ok(readBytes > 0 && readBytes < 200, `a load is small: ${readBytes}`);
      assert.ok(writeBytes >= new TextEncoder().encode(xml).length, `the package counts in full: ${writeBytes}`);
      assert.equal(d.stats.maxSyncBytes, writeBytes);
      assert.deepEqual(payloadSummary(d.stats), { syncs: 2, totalBytes: readBytes + writeBytes, maxBytes: writeBytes, meanBytes: Math.round((readBytes + writeBytes) / 2) });
      d.resetStats();
      assert.deepEqual([d.stats.syncs, d.stats.syncBytes.length, d.stats.maxSyncBytes], [0, 0, 0]);
    }));

  test("actionBytes is the UTF-8 size of the action's JSON (3 bytes per Chinese character); formatBytes reads well", () => {
    assert.equal(actionBytes("Range.insertText", ["中", "End"]), new TextEncoder().encode(JSON.stringify({ name: "Range.insertText", args: ["中", "End"] })).length);
    assert.equal(actionBytes("x", ["字".repeat(100)]) - actionBytes("x", [""]), 300);
    assert.deepEqual([formatBytes(512), formatBytes(2048), formatBytes(5 * 1024 * 1024)], ["512 B", "2.0 KB", "5.0 MB"]);
  });

  test("bytesPerMsLatency: a sync waits syncLatencyMs plus its request bytes / bytesPerMsLatency (simulated clock)", async () => {
    mock.timers.enable({ apis: ["setTimeout"] });
    try {
      const d = createWordDouble({ paragraphs: ["一"], syncLatencyMs: 10, bytesPerMsLatency: 100 });
      let done = false;
      const sync = d.Word.run(async (context: Word.RequestContext) => {
        context.document.body.insertParagraph("字".repeat(3000), "End");
        await context.sync();
        done = true;
      });
      const bytes = actionBytes("Body.insertParagraph", ["字".repeat(3000), "End"]);
      const waitMs = 10 + bytes / 100;
      mock.timers.tick(waitMs - 1);
      await new Promise((r) => setImmediate(r)); // every pending microtask runs
      assert.equal(done, false, `still waiting before ${waitMs} ms`);
      mock.timers.tick(1);
      await sync;
      assert.equal(d.model.paragraphs.length, 2);
    } finally {
      mock.timers.reset();
    }
  });

  test("payloadLimitBytes: a sync over the limit is rejected whole with GeneralException, nothing of it applied; under it, it applies", async () => {
    const writeThree = (size: number) =>
      Word.run(async (context) => {
        const ps = context.document.body.paragraphs;
        ps.getFirst().insertText("甲".repeat(size), "End");
        ps.getLast().insertText("乙".repeat(size), "End");
        context.document.body.insertParagraph("丙".repeat(size), "End");
        await context.sync();
      });
    await inDouble({ payloadLimitBytes: 30_000 }, { paragraphs: ["一", "二"] }, async (d) => {
      await rejectsWithCode(writeThree(4000), "GeneralException");
      assert.equal(d.model.text(), "一\n二", "not even the first write is applied");
      assert.ok(d.stats.maxSyncBytes > 30_000, "d.stats.maxSyncBytes > 30_000");
      await writeThree(3000);
      assert.equal(d.model.paragraphs.length, 3);
    });
    await inDouble({ payloadLimitBytes: null }, { paragraphs: ["一", "二"] }, async (d) => {
      await writeThree(4000);
      assert.equal(d.model.paragraphs.length, 3, "no limit by default");
    });
  });
});
