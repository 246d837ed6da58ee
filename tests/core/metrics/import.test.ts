import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, decodeTableFile, matchImportedValues, readValueTable, type ImportedRow } from "../../../src/core/metrics";
import { parseSnippetFile } from "../../../src/core/snippets";
import { detectTextEncoding } from "../../../src/core/text/encoding";

// "名称,数值\r\n主营业务收入,12.34\r\n利润总额,3.5\r\n" as Excel saves a CSV on Chinese Windows (GBK).
const GBK_CSV = new Uint8Array([
  195, 251, 179, 198, 44, 202, 253, 214, 181, 13, 10, 214, 247, 211, 170, 210, 181, 206, 241, 202, 213, 200, 235, 44, 49, 50, 46, 51, 52, 13, 10, 192,
  251, 200, 243, 215, 220, 182, 238, 44, 51, 46, 53, 13, 10,
]);

describe("reading a CSV file", () => {
  test("GBK/GB18030 is detected and decoded; every row matches", () => {
    const decoded = decodeTableFile(GBK_CSV);
    assert.ok(decoded.ok, "decoded.ok");
    assert.equal(decoded.encoding, "GB18030");
    const table = readValueTable(decoded.text);
    assert.ok(table.ok, "table.ok");
    const result = matchImportedValues(table.rows, [{ group: "a", label: "主营业务收入" }, { group: "b", label: "利润总额" }]);
    assert.deepEqual(result.matched.map((m) => [m.group, m.value]), [["a", "12.34"], ["b", "3.5"]]);
    assert.deepEqual(result.unmatched, []);
  });
  test("UTF-8 with and without BOM, UTF-16 by its BOM", () => {
    const utf8 = new TextEncoder().encode("主营业务收入,1\n");
    const plain = decodeTableFile(utf8);
    assert.ok(plain.ok, "plain.ok");
    assert.deepEqual([plain.text, plain.encoding, plain.chosen], ["主营业务收入,1\n", "UTF-8", "UTF-8"]);
    assert.match(plain.note.zh, /按 UTF-8 编码读取：整个文件都是有效的 UTF-8/);
    const le = new Uint8Array([0xff, 0xfe, ...Array.from("收入,1", (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat()]);
    const decoded = decodeTableFile(le);
    assert.ok(decoded.ok, "decoded.ok");
    assert.equal(decoded.encoding, "UTF-16");
    assert.equal(readValueTable(decoded.text).ok && readValueTable(decoded.text).ok, true);
  });
  test("a file over the size limit is refused with a message", () => {
    const r = decodeTableFile(new Uint8Array(MAX_IMPORT_BYTES + 1));
    assert.ok(!r.ok, "!r.ok");
    assert.match(r.error.zh, /MB/);
    assert.match(r.error.en, /MB/);
  });
});

describe("pasted tables: limits", () => {
  test("100,000 pasted rows are refused at once with a message, nothing imported", () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `指标${i}\t${i}`).join("\n");
    const r = readValueTable(text);
    assert.ok(!r.ok, "!r.ok");
    assert.match(r.error.zh, new RegExp(`超过上限 ${MAX_IMPORT_ROWS} 行`));
  });
  test("an empty paste says so", () => {
    const r = readValueTable("  \n ");
    assert.ok(!r.ok, "!r.ok");
    assert.equal(r.error.zh, "没有可导入的行。");
  });
  test("counts match with or without 数 / 次数", () => {
    const result = matchImportedValues([{ row: 1, name: "理论学习", value: "24" }, { row: 2, name: "新成立支部数", value: "3" }], [
      { group: "a", label: "理论学习次数" },
      { group: "b", label: "新成立支部数" },
    ]);
    assert.deepEqual(result.matched.map((m) => m.group), ["a", "b"]);
  });
});

describe("matching is linear in the number of rows", () => {
  const fields = Array.from({ length: 60 }, (_, i) => ({ group: `g${i}`, label: `指标名称${i}号` }));
  const comparisons = (n: number): number => {
    const rows: ImportedRow[] = Array.from({ length: n }, (_, i) => ({ row: i + 1, name: `无关行${i}`, value: "1" }));
    const stats = { comparisons: 0 };
    const result = matchImportedValues(rows, fields, stats);
    assert.equal(result.unmatched.length, n);
    return stats.comparisons;
  };
  test("ten times the rows, ten times the comparisons (no more)", () => {
    const small = comparisons(1_000);
    const large = comparisons(10_000);
    assert.ok(large <= small * 10, `${small} → ${large}`);
    assert.ok(large <= 10_000 * fields.length, "at most one comparison per free field per row");
  });
  test("once every field is taken, later rows cost no comparison", () => {
    const rows: ImportedRow[] = [
      ...fields.map((f, i) => ({ row: i + 1, name: f.label, value: "1" })),
      ...Array.from({ length: 5_000 }, (_, i) => ({ row: 100 + i, name: `无关行${i}`, value: "1" })),
    ];
    const stats = { comparisons: 0 };
    matchImportedValues(rows, fields, stats);
    assert.equal(stats.comparisons, 0);
  });
});

describe("one encoding detection for the phrase import and the table import", () => {
  const csv = "名称,数值\r\n主营业务收入,12.34\r\n";
  test("BOM-less UTF-16 (every other byte zero) is read as UTF-16, not as UTF-8 with NULs", () => {
    const le = new Uint8Array(Buffer.from(csv, "utf16le"));
    assert.equal(detectTextEncoding(le), "UTF-16LE");
    const decoded = decodeTableFile(le);
    assert.ok(decoded.ok, "decoded.ok");
    assert.equal(decoded.text, csv);
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    assert.equal(detectTextEncoding(be), "UTF-16BE");
  });
  test("GBK: the table import reads it, the phrase import names it (the same detection)", () => {
    assert.equal(detectTextEncoding(GBK_CSV), "GB18030");
    const phrases = parseSnippetFile(GBK_CSV);
    assert.ok(!phrases.ok, "!phrases.ok");
    assert.match(phrases.error.zh, /GBK/);
  });
  test("bytes neither UTF-8 nor Chinese in GB18030 are refused with a message, not read as garbage", () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2c, 0x31]); // "café,1" in Windows-1252
    assert.equal(detectTextEncoding(latin1), null);
    const r = decodeTableFile(latin1);
    assert.ok(!r.ok, "!r.ok");
    assert.match(r.error.zh, /编码无法识别/);
  });
});
