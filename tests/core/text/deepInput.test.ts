// Input from outside nested 10,000 levels deep in 20 KB: every reader refuses it with a reason
// (or ignores it where it is only a cache) and none throws or overflows the stack.
import { test } from "node:test";
import assert from "node:assert/strict";
import { defaultUserState, importSnippetFile, parseSnippetFile, parseTeamCache, parseTeamLibrary } from "../../../src/core/snippets";
import { parseStoredValues, METRICS_NAMESPACE } from "../../../src/core/metrics";

const deepArrays = "[".repeat(10_000) + "]".repeat(10_000);
// The envelope of a real snippet file with the nesting hidden inside it.
const deepFile = `{"format":"report-composer-snippets","version":1,"snippets":[${"[".repeat(9_990)}${"]".repeat(9_990)}]}`;

test("snippet import: a 20 KB file nested 10,000 levels gives a clear message, no throw", () => {
  for (const text of [deepArrays, deepFile]) {
    assert.ok(text.length >= 20_000 && text.length < 21_000, "text.length >= 20_000 && text.length < 21_000");
    const parsed = parseSnippetFile(text);
    assert.equal(parsed.ok, false);
    assert.match(parsed.ok ? "" : parsed.error.zh, /文件嵌套层数过多（超过 64 层），不是本插件导出的短语文件，已拒绝导入。/);
    assert.match(parsed.ok ? "" : parsed.error.en, /nested more than 64 levels deep/);
    const imported = importSnippetFile(defaultUserState(), new TextEncoder().encode(text));
    assert.equal(imported.ok, false);
  }
});

test("team library download and its offline cache: refused (download) or ignored (cache), no throw", () => {
  const team = parseTeamLibrary(deepFile);
  assert.equal(team.ok, false);
  assert.match(team.ok ? "" : team.error.zh, /嵌套层数过多/);
  assert.equal(parseTeamCache(deepArrays), null);
  const deepCache = `{"format":"report-composer-team-cache","version":1,"url":"u","fetchedAt":"t","snippets":${deepArrays}}`;
  assert.equal(parseTeamCache(deepCache, "u"), null);
});

test("stored metrics values (XML from the document, or document settings): deep nesting gives null, no throw", () => {
  const deepXml = `<metrics xmlns="${METRICS_NAMESPACE}" version="1" updatedAt="x">` + "<value>".repeat(3_000) + "</value>".repeat(3_000) + "</metrics>";
  assert.ok(deepXml.length > 20_000, "deepXml.length > 20_000");
  assert.equal(parseStoredValues(deepXml), null);
  assert.equal(parseStoredValues("<a>".repeat(7_000)), null);
  // JSON where XML belongs (a document edited by another tool): not ours.
  assert.equal(parseStoredValues(deepArrays), null);
});
