import { test } from "node:test";
import assert from "node:assert/strict";
// @ts-expect-error plain ESM helper shared with webpack.config.js, no type declarations
import { contentSecurityPolicy, officeJsMode, officeJsUrl, parseTeamOrigins, CDN_OFFICE_JS } from "../../scripts/office-js.mjs";

const directive = (csp: string, name: string) =>
  csp.split(";").map((d) => d.trim()).find((d) => d.startsWith(name + " "))?.split(/\s+/).slice(1) ?? [];

test("OFFICE_JS: cdn by default, bundled on request, anything else refused", () => {
  assert.equal(officeJsMode(undefined), "cdn");
  assert.equal(officeJsMode(""), "cdn");
  assert.equal(officeJsMode("Bundled"), "bundled");
  assert.throws(() => officeJsMode("local"), /OFFICE_JS must be "cdn" or "bundled"/);
  assert.equal(officeJsUrl("cdn"), CDN_OFFICE_JS);
  assert.equal(officeJsUrl("bundled"), "office-js/office.js");
});

test("TEAM_ORIGINS: https origins only, separated by commas or spaces", () => {
  assert.deepEqual(parseTeamOrigins(undefined), []);
  assert.deepEqual(parseTeamOrigins("https://a.example.gov.cn, https://b.example.gov.cn:8443/"), [
    "https://a.example.gov.cn",
    "https://b.example.gov.cn:8443",
  ]);
  assert.throws(() => parseTeamOrigins("http://intranet.example"), /must use https/);
  assert.throws(() => parseTeamOrigins("https://a.example/library.json"), /origin only/);
  assert.throws(() => parseTeamOrigins("intranet"), /not a URL/);
});

test("the pane's CSP: connect-src is 'self' plus the team origins, nothing else", () => {
  const csp = contentSecurityPolicy({ page: "taskpane", mode: "cdn", teamOrigins: ["https://lib.example.gov.cn"] });
  assert.deepEqual(directive(csp, "connect-src"), ["'self'", "https://lib.example.gov.cn"]);
  assert.deepEqual(directive(contentSecurityPolicy({ page: "taskpane", mode: "cdn" }), "connect-src"), ["'self'"]);
  assert.ok(!/https?:(?=[\s;]|$)/.test(csp), "no bare scheme source such as https:");
});

test("the CSP names Microsoft's CDN only in the CDN build", () => {
  for (const page of ["taskpane", "commands"]) {
    const cdn = contentSecurityPolicy({ page, mode: "cdn" });
    const bundled = contentSecurityPolicy({ page, mode: "bundled" });
    assert.deepEqual(directive(cdn, "script-src"), ["'self'", "https://appsforoffice.microsoft.com"]);
    assert.deepEqual(directive(bundled, "script-src"), ["'self'"]);
    assert.ok(!bundled.includes("microsoft.com"), `${page}: ${bundled}`);
  }
});

test("production builds make source maps only with SOURCE_MAPS=1; development always", async () => {
  // @ts-expect-error webpack.config.js is plain ESM without type declarations
  const { default: config } = await import("../../webpack.config.js");
  const saved = { ...process.env };
  try {
    process.env.ADDIN_BASE_URL = "https://addins.example.gov.cn/rc/";
    delete process.env.SOURCE_MAPS;
    const plain: Array<{ devtool: unknown }> = await config({}, { mode: "production" });
    assert.deepEqual(plain.map((c) => c.devtool), [false, false]);
    process.env.SOURCE_MAPS = "1";
    const withMaps: Array<{ devtool: unknown }> = await config({}, { mode: "production" });
    assert.deepEqual(withMaps.map((c) => c.devtool), ["source-map", "source-map"]);
  } finally {
    process.env = saved;
  }
});

test("MODEL_ORIGINS is read like TEAM_ORIGINS, and its errors name it", () => {
  assert.deepEqual(parseTeamOrigins("https://llm.example.gov.cn", "MODEL_ORIGINS"), ["https://llm.example.gov.cn"]);
  assert.throws(() => parseTeamOrigins("http://llm.example.gov.cn", "MODEL_ORIGINS"), /^Error: MODEL_ORIGINS: .*must use https/);
  const csp = contentSecurityPolicy({ page: "taskpane", mode: "cdn", teamOrigins: ["https://llm.example.gov.cn"] });
  assert.match(csp, /connect-src 'self' https:\/\/llm\.example\.gov\.cn;/);
});
