import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { resolveDrafting } from "../../src/taskpane/drafting/config";
import { DEFAULT_DRAFTING_SETTINGS, loadDraftingSettings, saveDraftingSettings } from "../../src/taskpane/drafting/settings";
import type { LoadedPack } from "../../src/core/packs";
import { memoryStorage } from "../support/memoryStorage";

const pack = (locked: boolean): LoadedPack => ({
  key: "https://packs.example/p.json",
  pack: { format: "report-composer-pack", version: 1, id: "p", name: { zh: "本局", en: "Ours" }, drafting: { endpoint: "https://llm.example.gov.cn/v1", model: "qwen3-32b", locked } },
});

/** Runs `body` with a page whose CSP meta has `policy` (or none) at `origin`. */
function withPage<T>(policy: string | null, origin: string, body: () => T): T {
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, location: g.location };
  g.document = { querySelector: () => (policy ? { getAttribute: () => policy } : null) };
  g.location = { origin };
  try {
    return body();
  } finally {
    g.document = saved.document;
    g.location = saved.location;
  }
}

describe("drafting configuration", () => {
  test("off by default", () => {
    const storage = memoryStorage();
    assert.deepEqual(loadDraftingSettings(storage), DEFAULT_DRAFTING_SETTINGS);
    assert.equal(withPage(null, "https://addins.example", () => resolveDrafting([], DEFAULT_DRAFTING_SETTINGS)).config, null);
  });

  test("a person's settings round-trip and enable it", () => {
    const storage = memoryStorage();
    const mine = { ...DEFAULT_DRAFTING_SETTINGS, enabled: true, endpoint: "https://llm.example.gov.cn/v1/", model: "m", apiKey: "sk-x" };
    assert.deepEqual(saveDraftingSettings(mine, storage), { ok: true });
    assert.deepEqual(loadDraftingSettings(storage), mine);
    const resolved = withPage(null, "https://addins.example", () => resolveDrafting([], mine));
    assert.equal(resolved.config?.endpoint, "https://llm.example.gov.cn/v1");
    assert.deepEqual(resolved.config?.source, { kind: "settings" });
  });

  test("http is refused, a locked pack wins over a person's settings", () => {
    const http = { ...DEFAULT_DRAFTING_SETTINGS, enabled: true, endpoint: "http://llm.example.gov.cn/v1", model: "m" };
    assert.match(withPage(null, "https://a", () => resolveDrafting([], http)).problem?.zh ?? "", /https/);
    const mine = { ...DEFAULT_DRAFTING_SETTINGS, enabled: true, endpoint: "https://mine.example/v1", model: "m" };
    assert.equal(withPage(null, "https://a", () => resolveDrafting([pack(true)], mine)).config?.endpoint, "https://llm.example.gov.cn/v1");
    assert.equal(withPage(null, "https://a", () => resolveDrafting([pack(false)], mine)).config?.endpoint, "https://mine.example/v1");
    assert.equal(withPage(null, "https://a", () => resolveDrafting([pack(false)], DEFAULT_DRAFTING_SETTINGS)).config?.model, "qwen3-32b");
  });

  test("the page's CSP connect-src decides", () => {
    const policy = "default-src 'self'; connect-src 'self' https://library.example.gov.cn";
    const blocked = withPage(policy, "https://addins.example", () => resolveDrafting([pack(true)], DEFAULT_DRAFTING_SETTINGS));
    assert.equal(blocked.config, null);
    assert.equal(blocked.blockedOrigin, "https://llm.example.gov.cn");
    const allowed = withPage(`${policy} https://llm.example.gov.cn`, "https://addins.example", () => resolveDrafting([pack(true)], DEFAULT_DRAFTING_SETTINGS));
    assert.ok(allowed.config, "allowed.config");
  });
});
