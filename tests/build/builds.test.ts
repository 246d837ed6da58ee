// Builds dist/ twice, as an administrator would (`npm run build` with ADDIN_BASE_URL): the default
// CDN build and the intranet build (OFFICE_JS=bundled, TEAM_ORIGINS), then checks every reference
// of every page, the CSP, that no source map ships, the ES5 level of everything Internet Explorer
// runs, the manifest, and runs the emitted ribbon bundle on the double's Office 2016 profile.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import vm from "node:vm";
import { parse } from "acorn";
import { createWordDouble } from "../../src/word-double";

const root = join(import.meta.dirname, "../..");
const BASE = "https://addins.example.gov.cn/report-composer/";
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TEAM = "https://library.example.gov.cn";

function build(extraEnv: Record<string, string>): string {
  const outDir = mkdtempSync(join(tmpdir(), "rc-dist-"));
  execFileSync(process.execPath, ["node_modules/webpack/bin/webpack.js", "--mode", "production", "--env", `outDir=${outDir}`], {
    cwd: root,
    env: { ...process.env, ADDIN_BASE_URL: BASE, OFFICE_JS: "", TEAM_ORIGINS: "", SOURCE_MAPS: "", ...extraEnv },
    stdio: ["ignore", "ignore", "pipe"],
  });
  return outDir;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const pages = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".html"));
/** src/href values of a (minified, so maybe unquoted) page. */
const references = (html: string) => [...html.matchAll(/\s(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
const csp = (html: string) => html.match(/http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/)?.[1] ?? "";
const directive = (policy: string, name: string) =>
  policy.split(";").map((d) => d.trim()).find((d) => d.startsWith(name + " "))?.split(/\s+/).slice(1) ?? [];

let cdnDir = "";
let bundledDir = "";
before(() => {
  cdnDir = build({});
  bundledDir = build({ OFFICE_JS: "bundled", TEAM_ORIGINS: TEAM });
});
after(() => [cdnDir, bundledDir].filter(Boolean).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

test("CDN build: every page loads office.js from Microsoft's CDN and everything else from dist", () => {
  assert.deepEqual(pages(cdnDir).sort(), ["commands.html", "taskpane.html"]);
  for (const page of pages(cdnDir)) {
    const html = readFileSync(join(cdnDir, page), "utf8");
    const external = references(html).filter((r) => /^(https?:)?\/\//.test(r));
    assert.deepEqual(external, [CDN], page);
    for (const ref of references(html).filter((r) => !external.includes(r))) {
      assert.ok(existsSync(join(cdnDir, ref)), `${page} references ${ref}, which is not in dist`);
    }
    assert.deepEqual(directive(csp(html), "script-src"), ["'self'", "https://appsforoffice.microsoft.com"], page);
    assert.deepEqual(directive(csp(html), "connect-src"), ["'self'"], page);
  }
  assert.ok(!existsSync(join(cdnDir, "office-js")), "no office.js copy in the CDN build");
});

test("intranet build: no file in dist references Microsoft's CDN; every page loads dist's own office.js", () => {
  for (const file of files(bundledDir)) {
    assert.ok(!readFileSync(file, "latin1").includes("appsforoffice.microsoft.com"), `${relative(bundledDir, file)} names the CDN`);
  }
  for (const page of pages(bundledDir)) {
    const html = readFileSync(join(bundledDir, page), "utf8");
    const refs = references(html);
    assert.ok(refs.includes("office-js/office.js"), `${page} loads office-js/office.js`);
    for (const ref of refs) {
      assert.ok(!/^(https?:)?\/\//.test(ref), `${page} references ${ref} outside dist`);
      assert.ok(existsSync(join(bundledDir, ref)), `${page} references ${ref}, which is not in dist`);
    }
    const policy = csp(html);
    assert.deepEqual(directive(policy, "script-src"), ["'self'"], page);
    if (page === "taskpane.html") {
      assert.deepEqual(directive(policy, "frame-src"), ["'self'"]);
      assert.deepEqual(directive(policy, "connect-src"), ["'self'", TEAM]);
    }
  }
});

test("intranet build: office-js/ holds every file office.js loads in Word, byte for byte", () => {
  const dir = join(bundledDir, "office-js");
  const packageDir = join(root, "node_modules/@microsoft/office-js/dist");
  const officeJs = readFileSync(join(dir, "office.js"), "utf8");
  // Copied, not rewritten: minifying Microsoft's files again would change what we tested.
  assert.equal(officeJs, readFileSync(join(packageDir, "office.js"), "utf8"));
  // UI strings of every locale office.js may ask for.
  const locales = Object.keys(JSON.parse(officeJs.match(/SupportedLocales=(\{[^}]*\})/)![1]!));
  assert.ok(locales.includes("zh-cn") && locales.length > 40, `${locales.length} locales`);
  for (const locale of locales) assert.ok(existsSync(join(dir, locale, "office_strings.js")), `${locale}/office_strings.js`);
  // Host files: word-<platform>-<version>.js for Windows, Mac, the web and iPad.
  const hostFiles = ["word-win32-16.00.js", "word-win32-16.01.js", "word-mac-16.00.js", "word-web-16.00.js", "word-ios-16.00.js"];
  // Every script these name (relative to office.js's folder). Not copied on purpose: Office 2013's
  // mapping table (Word 2013 has no WordApi, so the manifest never loads there) and debug builds.
  const notNeeded = new Set(["o15apptofilemappingtable.js", "office.js", "office_strings.js"]);
  const copied = new Set(files(dir).map((f) => relative(dir, f).replaceAll("\\", "/")));
  const basenames = new Set([...copied].map((f) => f.split("/").pop()));
  for (const file of ["office.js", ...hostFiles]) {
    assert.ok(copied.has(file), `${file} copied`);
    const named = [...readFileSync(join(dir, file), "utf8").matchAll(/"([\w./-]+\.js)"/g)].map((m) => m[1]!);
    for (const name of named.filter((n) => !n.startsWith("//") && !n.endsWith(".debug.js") && n !== ".js" && !notNeeded.has(n))) {
      assert.ok(copied.has(name) || basenames.has(name), `${file} loads ${name}, which is not in office-js/`);
    }
  }
});

test("production builds ship no source maps", () => {
  for (const dir of [cdnDir, bundledDir]) {
    assert.deepEqual(files(dir).filter((f) => f.endsWith(".map")), []);
    assert.ok(!readdirSync(dir).some((f) => f.endsWith(".js") && readFileSync(join(dir, f), "utf8").includes("sourceMappingURL")), "!readdirSync(dir).some((f) => f.endsWith(\".js\") && readFileSync(join(dir, f), \"utf8\").includes(\"s...");
  }
});

test("everything Internet Explorer runs parses as ES5: the ribbon's bundle and the webview check", () => {
  for (const dir of [cdnDir, bundledDir]) {
    const es5 = readdirSync(dir).filter((f) => /^(commands|webview-check)\.[0-9a-f]+\.js$/.test(f));
    assert.equal(es5.length, 2, es5.join());
    for (const file of es5) {
      assert.doesNotThrow(() => parse(readFileSync(join(dir, file), "utf8"), { ecmaVersion: 5, sourceType: "script" }), file);
    }
  }
  // The check fails for what it is meant to catch.
  assert.throws(() => parse("var f = () => 1;", { ecmaVersion: 5 }));
});

test("the built manifest points at ADDIN_BASE_URL, asks for WordApi 1.1, and validates", () => {
  for (const dir of [cdnDir, bundledDir]) {
    const manifest = readFileSync(join(dir, "manifest.xml"), "utf8");
    assert.ok(!manifest.includes("localhost"), "!manifest.includes(\"localhost\")");
    assert.match(manifest, /<Set Name="WordApi" MinVersion="1\.1"\/>/);
    const out = execFileSync(process.execPath, [join(root, "scripts/validate-manifest.mjs"), "manifest.xml"], {
      cwd: dir,
      env: { ...process.env, MANIFEST_SCHEMAS: join(root, "../shared/schemas/manifest") },
      encoding: "utf8",
    });
    assert.match(out, /valid/);
  }
});

test("the ribbon command runs on the double's office2016 (WordApi 1.1) profile", async () => {
  const double = createWordDouble({
    profile: "office2016",
    paragraphs: ["关于2025年工作的报告", "一、总体情况", "正文。", "三、主要做法", "（一）抓学习", "（三）抓落实", "五、下一步打算"],
  });
  const dialogs: string[] = [];
  const Office = {
    ...double.Office,
    context: { ...double.Office.context, ui: { displayDialogAsync: (url: string) => dialogs.push(decodeURIComponent(url)) } },
  };
  // The emitted ES5 bundle, in a realm of its own with only what a function file gets.
  const sandbox: Record<string, unknown> = {
    Office,
    Word: double.Word,
    OfficeExtension: double.OfficeExtension,
    location: { origin: "https://addins.example.gov.cn", pathname: "/report-composer/commands.html", search: "" },
    document: { body: {} },
    navigator: { userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko" },
    setTimeout,
    clearTimeout,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  const bundle = readdirSync(cdnDir).find((f) => /^commands\.[0-9a-f]+\.js$/.test(f))!;
  vm.runInNewContext(readFileSync(join(cdnDir, bundle), "utf8"), vm.createContext(sandbox), { filename: bundle });
  const command = sandbox.renumberDocument as (event: { completed(): void }) => void;
  assert.equal(typeof command, "function", "the function file defines renumberDocument for older hosts");
  await new Promise<void>((resolve) => command({ completed: resolve }));
  assert.deepEqual(dialogs, [], "no error message shown");
  assert.deepEqual(
    double.model.paragraphs.map((p) => p.text),
    ["关于2025年工作的报告", "一、总体情况", "正文。", "二、主要做法", "（一）抓学习", "（二）抓落实", "三、下一步打算"],
  );
});
