import { test, describe } from "node:test";
import assert from "node:assert/strict";
import {
  builtInSnippets,
  serializeSnippetFile,
  parseSnippetFile,
  importSnippetFile,
  defaultUserState,
  addOwnSnippet,
  MAX_SNIPPET_FILE_BYTES,
  MAX_SNIPPETS_PER_FILE,
  SNIPPET_FILE_FORMAT,
  type Snippet,
} from "../../../src/core/snippets/index";

const sample: Snippet[] = [
  { id: "mine-1", category: "personal", title: "开头", text: "各位领导：现将{年度}年工作报告如下：", tags: ["shuzhi", "正式"] },
  { id: "mine-2", category: "zhenggaicuoshi", title: "整改", text: "逐项建立整改台账。", tags: [] },
];

function fileWith(overrides: Record<string, unknown>): string {
  return JSON.stringify({ format: SNIPPET_FILE_FORMAT, version: 1, exportedAt: "2026-12-01T00:00:00Z", snippets: sample, ...overrides });
}

function expectError(input: Uint8Array | string, en: RegExp, zh: RegExp): void {
  const result = parseSnippetFile(input);
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.match(result.error.en, en);
  assert.match(result.error.zh, zh);
}

describe("serialize and parse", () => {
  test("round-trips snippets as text and as UTF-8 bytes (with or without BOM)", () => {
    const text = serializeSnippetFile(sample, "2026-12-31T08:00:00.000Z");
    assert.match(text, /"format": "report-composer-snippets"/);
    assert.match(text, /"version": 1/);
    for (const input of [text, new TextEncoder().encode(text), new TextEncoder().encode("\uFEFF" + text)]) {
      const parsed = parseSnippetFile(input);
      assert.ok(parsed.ok, parsed.ok ? "" : parsed.error.en);
      assert.deepEqual(parsed.snippets, sample);
      assert.equal(parsed.exportedAt, "2026-12-31T08:00:00.000Z");
    }
  });

  test("the whole built-in library can be exported and read back", () => {
    const parsed = parseSnippetFile(serializeSnippetFile(builtInSnippets));
    assert.ok(parsed.ok, "parsed.ok");
    assert.equal(parsed.snippets.length, builtInSnippets.length);
  });
});

describe("every import failure mode has a clear bilingual message", () => {
  test("file over the size limit says the limit", () => {
    const big = new Uint8Array(MAX_SNIPPET_FILE_BYTES + 1).fill(0x20);
    expectError(big, /too large.*snippet file may be at most 5 MB/, /过大.*不能超过 5 MB/);
  });

  test("UTF-16 with BOM, UTF-16 without BOM, GBK and other invalid UTF-8", () => {
    const text = fileWith({});
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    expectError(le, /UTF-16/, /UTF-16/);
    expectError(new Uint8Array(Buffer.from(text, "utf16le")), /UTF-16/, /UTF-16/);
    // "述职报告" in GBK
    const gbk = new Uint8Array([0x7b, 0x22, 0xca, 0xf6, 0xd6, 0xb0, 0xb1, 0xa8, 0xb8, 0xe6, 0x22, 0x7d]);
    expectError(gbk, /GBK/, /GBK/);
    expectError(new Uint8Array([0x7b, 0xff, 0x7d, 0x80]), /not valid UTF-8/, /不是有效的 UTF-8/);
  });

  test("empty file and non-JSON", () => {
    expectError("   ", /empty/, /空/);
    expectError("title,text\n开头,各位领导", /not valid JSON/, /不是有效的 JSON/);
  });

  test("an HTML page is named as such", () => {
    expectError("<!DOCTYPE html><html><body>hi</body></html>", /web page/, /网页/);
  });

  for (const [label, text, en] of [
    ["<script>", "正文<script>alert(1)</script>", /script \(<script>\)/],
    ["<iframe>", "正文<iframe src=x>", /embedded frame/],
    ["javascript:", "点此 javascript:alert(1)", /javascript:/],
    ["on…= handler", "正文 onclick=steal()", /event handler/],
    ["plain tag", "正文<b>加粗</b>", /HTML tag/],
    ["escaped tag", "\\u003cb\\u003e加粗\\u003c/b\\u003e", /HTML tag/],
  ] as const) {
    test(`markup inside a snippet is refused: ${label}`, () => {
      const raw = fileWith({}).replace("逐项建立整改台账。", text);
      expectError(raw, en, /拒绝导入/);
    });
  }

  test("markup in a title or tag is refused too", () => {
    expectError(fileWith({ snippets: [{ ...sample[0], title: "<img src=x onerror=alert(1)>" }] }), /event handler|HTML tag/, /拒绝/);
  });

  test("wrong format, newer version, unknown version, missing list", () => {
    expectError(JSON.stringify({ hello: "world" }), /not a Report Composer snippet file/, /不是“报告助手”短语文件/);
    expectError(JSON.stringify([sample]), /not a Report Composer snippet file/, /不是/);
    expectError(fileWith({ version: 2 }), /version 2.*newer add-in/, /升级插件/);
    expectError(fileWith({ version: "1" }), /Unsupported snippet file version: 1/, /不支持/);
    expectError(fileWith({ snippets: undefined }), /no "snippets" list/, /没有短语列表/);
  });

  test("too many snippets says the limit", () => {
    const many = Array.from({ length: MAX_SNIPPETS_PER_FILE + 1 }, (_, i) => ({ id: `s-${i}`, category: "c", title: "t", text: `第${i}条`, tags: [] }));
    expectError(fileWith({ snippets: many }), new RegExp(`Too many snippets \\(${MAX_SNIPPETS_PER_FILE + 1}\\).*at most ${MAX_SNIPPETS_PER_FILE}`), /短语过多/);
  });

  test("malformed and duplicate entries are named", () => {
    expectError(
      fileWith({ snippets: [sample[0], { ...sample[1], title: "" }, { ...sample[1], id: "mine-1" }] }),
      /2 snippet\(s\).*entry 2 \(mine-2\).*title is empty.*entry 3 \(mine-1\) repeats the id/,
      /2 条短语有问题/,
    );
  });
});

describe("importing into the user library", () => {
  test("merges new snippets, skips known texts and renames taken ids", () => {
    let state = defaultUserState();
    const own = addOwnSnippet(state, { text: "逐项建立整改台账。", title: "已有" });
    assert.ok(own.ok, "own.ok");
    state = own.state;
    const incoming: Snippet[] = [
      ...sample,
      { id: "kaitouyu-001", category: "kaitouyu", title: "撞号", text: "与内置编号相同的一段。", tags: [] },
    ];
    const result = importSnippetFile(state, serializeSnippetFile(incoming), new Set(builtInSnippets.map((s) => s.id)));
    assert.ok(result.ok, "result.ok");
    assert.equal(result.added, 2);
    assert.equal(result.skippedDuplicates, 1);
    assert.equal(result.renamed, 1);
    const ids = result.state.snippets.map((s) => s.id);
    assert.deepEqual(ids, ["user-1", "mine-1", "kaitouyu-001-2"]);
    assert.equal(new Set(ids).size, ids.length);
  });

  test("a bad file leaves the library untouched", () => {
    const own = addOwnSnippet(defaultUserState(), { text: "原有短语。" });
    assert.ok(own.ok, "own.ok");
    const before = JSON.stringify(own.state);
    const result = importSnippetFile(own.state, fileWith({ version: 3 }));
    assert.equal(result.ok, false);
    assert.equal(JSON.stringify(own.state), before);
  });
});
