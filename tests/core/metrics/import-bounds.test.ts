// The 数据 table import against hostile or careless files (reliability review 2, findings 7a, 7c
// and section 8): no quadratic step on a cell, every line ending counted against the row cap, and
// a UTF-8 file with a stray byte read as UTF-8 (saying so), not silently as GB18030.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  MAX_IMPORT_ROWS,
  countLineBreaks,
  decodeTableFile,
  matchImportedValues,
  normalizeFieldName,
  parseValueTable,
  readValueTable,
  withoutBracketed,
} from "../../../src/core/metrics";
import { guessTextEncoding } from "../../../src/core/text/encoding";
import { seeded } from "../../support/reportFuzz";

const cpuMs = (run: () => unknown) => {
  const started = process.cpuUsage().user;
  run();
  return (process.cpuUsage().user - started) / 1000;
};

describe("brackets in a name (7a)", () => {
  test("the same text as the regular expression it replaces, on random names (seeded)", () => {
    const rand = seeded(77);
    for (let round = 0; round < 2000; round++) {
      const name = Array.from({ length: Math.floor(rand() * 20) }, () => "（(【[）)】]甲1 ".charAt(Math.floor(rand() * 11))).join("");
      assert.equal(withoutBracketed(name), name.replace(/[（(【[][^）)】\]]*[）)】\]]/g, ""), name);
    }
    assert.equal(normalizeFieldName("主营业务收入（亿元）"), "主营业务收入");
  });

  test("80,000 “(” in a pasted cell: read and matched in linear time (was 7.2 s)", { timeout: 10_000 }, () => {
    const cell = "(".repeat(80_000);
    const ms = cpuMs(() => {
      const table = readValueTable(`${cell}\t12\n收入\t3`);
      assert.ok(table.ok, "table.ok");
      const result = matchImportedValues(table.rows, [{ group: "a", label: "收入" }]);
      assert.deepEqual(result.matched.map((m) => m.value), ["3"]);
      assert.equal(result.unmatched.length, 1);
    });
    assert.ok(ms < 3000, `${ms} ms`);
  });

  test("a 5 MB cell (brackets, text and a label inside) is read and left unmatched, in linear time", { timeout: 20_000 }, () => {
    const cell = "(收入".repeat(Math.floor((5 * 1024 * 1024 - 20) / 3));
    const ms = cpuMs(() => {
      const table = readValueTable(`${cell},1`);
      assert.ok(table.ok, "table.ok");
      const result = matchImportedValues(table.rows, Array.from({ length: 300 }, (_, i) => ({ group: `g${i}`, label: `收入${i}` })));
      assert.equal(result.matched.length, 0);
    });
    assert.ok(ms < 6000, `${ms} ms`);
  });
});

describe("rows counted by every line ending (7c)", () => {
  test("\\r, \\n and \\r\\n each end one row", () => {
    assert.equal(countLineBreaks("a\rb\nc\r\nd"), 3);
    assert.equal(countLineBreaks("\r\r\n\n"), 3);
    assert.equal(countLineBreaks(""), 0);
    assert.deepEqual(parseValueTable("收入\t1\r利润\t2\r").map((r) => [r.name, r.value]), [["收入", "1"], ["利润", "2"]]);
  });

  for (const [name, ending] of [["\\r only (old Mac Excel)", "\r"], ["\\n", "\n"], ["\\r\\n", "\r\n"]] as const) {
    test(`100,000 rows ended by ${name} are refused at once, nothing imported`, () => {
      const r = readValueTable(`收入,1${ending}`.repeat(100_000));
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.match(r.error.zh, new RegExp(`超过上限 ${MAX_IMPORT_ROWS} 行`));
        assert.match(r.error.en, /more than the limit/);
      }
    });
  }

  test("a \\r-only CSV under the cap is read row by row, with its delimiter", () => {
    const r = readValueTable("指标,数值\r主营业务收入,12.5\r利润总额,3\r");
    assert.ok(r.ok, "r.ok");
    assert.deepEqual(r.rows.map((x) => [x.row, x.name, x.value]), [[2, "主营业务收入", "12.5"], [3, "利润总额", "3"]]);
  });
});

describe("the encoding of a table file, said and switchable (section 8)", () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const withStray = (text: string, at: number) => {
    const bytes = utf8(text);
    return new Uint8Array([...bytes.subarray(0, at), 0xa0, ...bytes.subarray(at)]);
  };

  test("a UTF-8 CSV with one stray 0xA0 is read as UTF-8, the byte as �, and the note says why", () => {
    const text = "指标,数值\n主营业务收入,12.5\n利润总额,3\n";
    const bytes = withStray(text, utf8("指标,数值\n主营业务收入,12.5").length);
    const decoded = decodeTableFile(bytes);
    assert.ok(decoded.ok, "decoded.ok");
    assert.equal(decoded.encoding, "UTF-8");
    assert.equal(decoded.text, "指标,数值\n主营业务收入,12.5\uFFFD\n利润总额,3\n");
    assert.match(decoded.note.zh, /按 UTF-8 编码读取.*只有 1 个字节不是/);
    assert.match(decoded.note.en, /UTF-8 but for 1 stray byte/);
    assert.match(decoded.note.zh, /改选 GB18030/);
  });

  test("the person can read the same bytes in another encoding", () => {
    const bytes = withStray("指标,数值\n收入,1\n", 3);
    const gb = decodeTableFile(bytes, "GB18030");
    assert.ok(gb.ok, "gb.ok");
    assert.equal(gb.encoding, "GB18030");
    assert.equal(gb.chosen, "GB18030");
    assert.match(gb.note.zh, /已按您的选择以 GB18030 编码读取/);
    assert.notEqual(gb.text, decodeTableFile(bytes, "UTF-8").ok && (decodeTableFile(bytes, "UTF-8") as { text: string }).text);
  });

  test("GBK files stay GBK: their bytes are far from UTF-8", () => {
    const decoder = new TextDecoder("gb18030");
    const codes = new Map<string, number[]>();
    for (let lead = 0xb0; lead <= 0xf7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) codes.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
    const gbk = (text: string) => new Uint8Array(Array.from(text).flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : codes.get(c)!)));
    for (const text of ["指标,数值\r\n理论学习次数,24\r\n投入资金,350\r\n", "主营业务收入,12\n利润总额,3\n营业外收入,4\n"]) {
      const guess = guessTextEncoding(gbk(text));
      assert.equal(guess?.encoding, "GB18030", text);
      const decoded = decodeTableFile(gbk(text));
      assert.ok(decoded.ok, "decoded.ok");
      assert.equal(decoded.text, text);
      assert.match(decoded.note.zh, /按 GB18030（GBK）编码读取/);
    }
  });
});
