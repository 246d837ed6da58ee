// The one version check for exported files (content packs and snippet files): a newer major is
// refused with a bilingual message asking for an update, the current and older ones are accepted
// (the caller migrates), and a missing or malformed version is unsupported, as before.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { checkFileVersion } from "../../../src/core/text/version";
import { parsePack, PACK_VERSION } from "../../../src/core/packs";
import { parseSnippetFile, SNIPPET_FILE_FORMAT, SNIPPET_FILE_VERSION } from "../../../src/core/snippets";

describe("checkFileVersion", () => {
  test("a newer major is refused in both languages, naming the kind of file and the version", () => {
    const pack = checkFileVersion(3, 2, "pack");
    assert.equal(pack.ok, false, "version 3 is newer than 2");
    if (pack.ok) return;
    assert.match(pack.error.zh, /^内容包版本为 3，由更新版本的插件导出；请先升级插件。$/, "zh names 内容包, the version and the remedy");
    assert.match(pack.error.en, /^The content pack is version 3, made by a newer add-in; please update the add-in first\.$/, "en likewise");
    const snippets = checkFileVersion(2, 1, "snippetFile");
    assert.equal(snippets.ok, false, "version 2 is newer than 1");
    if (snippets.ok) return;
    assert.match(snippets.error.zh, /^短语文件版本为 2/, "zh names 短语文件");
    assert.match(snippets.error.en, /^The snippet file is version 2/, "en names the snippet file");
  });

  test("the current version and older ones are accepted, with the version to migrate from", () => {
    assert.deepEqual(checkFileVersion(3, 3, "pack"), { ok: true, version: 3 }, "current");
    assert.deepEqual(checkFileVersion(1, 3, "pack"), { ok: true, version: 1 }, "older: accepted for migration");
    assert.deepEqual(checkFileVersion(2, 3, "snippetFile"), { ok: true, version: 2 }, "older snippet file");
  });

  test("a missing or malformed version is unsupported, as before", () => {
    for (const version of [undefined, null, "1", 0, -1, 0.5, true]) {
      const r = checkFileVersion(version, 1, "snippetFile");
      assert.equal(r.ok, false, `version ${String(version)} is refused`);
      if (r.ok) continue;
      assert.equal(r.error.zh, `不支持的短语文件版本：${String(version)}。`, `zh for ${String(version)}`);
      assert.equal(r.error.en, `Unsupported snippet file version: ${String(version)}.`, `en for ${String(version)}`);
    }
  });

  test("packs, snippet files read as packs, and snippet files all give the same refusal", () => {
    const snippetFile = JSON.stringify({ format: SNIPPET_FILE_FORMAT, version: SNIPPET_FILE_VERSION + 1, snippets: [] });
    const asPack = parsePack(snippetFile);
    const asFile = parseSnippetFile(snippetFile);
    assert.ok(!asPack.ok && !asFile.ok, "both refuse a newer snippet file");
    if (asPack.ok || asFile.ok) return;
    assert.deepEqual(asPack.error, asFile.error, "one message for one refusal");
    const shared = checkFileVersion(SNIPPET_FILE_VERSION + 1, SNIPPET_FILE_VERSION, "snippetFile");
    assert.deepEqual(asFile, shared, "parseSnippetFile returns the shared check's refusal");
    const pack = parsePack(JSON.stringify({ format: "report-composer-pack", version: PACK_VERSION + 1 }));
    assert.equal(pack.ok, false, "a newer pack is refused");
    if (pack.ok) return;
    assert.match(pack.error.en, new RegExp(`content pack is version ${PACK_VERSION + 1}, made by a newer add-in`), "pack message from the catalog");
  });
});
