// Where the pages get office.js from, and the Content-Security-Policy that follows from it.
// OFFICE_JS=cdn (default) loads Microsoft's CDN, the only source Microsoft supports.
// OFFICE_JS=bundled copies office.js and the files it loads from the npm package
// @microsoft/office-js into dist/office-js/, for intranets with no internet (README, "Intranet build").
import { createRequire } from "node:module";
import path from "node:path";

export const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CDN_ORIGIN = "https://appsforoffice.microsoft.com";
/** Folder of dist/ that holds the bundled copy. */
export const BUNDLED_DIR = "office-js";

/** "cdn" or "bundled"; anything else is refused so a typo cannot silently ship the CDN build. */
export function officeJsMode(value) {
  const mode = (value || "cdn").trim().toLowerCase();
  if (mode !== "cdn" && mode !== "bundled") throw new Error(`OFFICE_JS must be "cdn" or "bundled", got "${value}"`);
  return mode;
}

/** The script URL every page uses (relative in the bundled build: it works at any base URL). */
export function officeJsUrl(mode) {
  return mode === "bundled" ? `${BUNDLED_DIR}/office.js` : CDN_OFFICE_JS;
}

/** The npm package's dist/ folder (throws with a clear message when it is not installed). */
export function officeJsPackageDir() {
  const require = createRequire(import.meta.url);
  try {
    return path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  } catch {
    throw new Error("OFFICE_JS=bundled needs the npm package @microsoft/office-js (npm ci installs it).");
  }
}

/**
 * The files office.js loads in Word, relative to its folder: itself, the Word host files
 * (name built as word-<platform>-<version>.js: win32 16.00/16.01, mac, web, ios), the UI strings of
 * every locale it supports (<locale>/office_strings.js; a missing one costs a 5 s timeout), and the
 * telemetry and web-sign-in scripts the host files name. Office 2013 files (word-15*.js) are left
 * out: Word 2013 has no WordApi 1.1, so the manifest never loads there. Debug builds are left out.
 */
export const BUNDLED_GLOBS = [
  "office.js",
  "word-*-16.0[0-9].js",
  "*/office_strings.js",
  "telemetry/oteljs_agave.js",
  "ariatelemetry/aria-web-telemetry.js",
  "webauth/webauth.browserauth.js",
];

/** copy-webpack-plugin patterns for the bundled build. */
export function officeJsCopyPatterns() {
  const from = officeJsPackageDir();
  return BUNDLED_GLOBS.map((glob) => ({
    from: glob,
    context: from,
    // A plain file name is copied flat by copy-webpack-plugin: give its folder explicitly.
    to: /[*?[]/.test(glob) ? `${BUNDLED_DIR}/[path][name][ext]` : `${BUNDLED_DIR}/${glob}`,
    globOptions: { ignore: ["**/*.debug.js"] },
    // Microsoft's files ship as they are: not minified again (Terser would rewrite them).
    info: { minimized: true },
  }));
}

/** TEAM_ORIGINS or MODEL_ORIGINS ("https://a.example, https://b.example") → origins; http: and paths are refused. */
export function parseTeamOrigins(value, name = "TEAM_ORIGINS") {
  if (!value || !value.trim()) return [];
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      let url;
      try {
        url = new URL(entry);
      } catch {
        throw new Error(`${name}: "${entry}" is not a URL (expected e.g. https://intranet.example.gov.cn)`);
      }
      if (url.protocol !== "https:") throw new Error(`${name}: "${entry}" must use https (the pane is served over https; http is blocked as mixed content)`);
      if (url.origin !== entry.replace(/\/$/, "")) throw new Error(`${name}: "${entry}" must be an origin only (scheme, host, port), e.g. ${url.origin}`);
      return url.origin;
    });
}

/**
 * Content-Security-Policy of a page. Scripts only from this origin (plus Microsoft's CDN in the
 * CDN build); connect-src only this origin and the team-library origins given at build time.
 * style-src allows inline styles: Fluent UI injects its styles at run time.
 */
export function contentSecurityPolicy({ page, mode, teamOrigins = [] }) {
  const office = mode === "bundled" ? "" : ` ${CDN_ORIGIN}`;
  if (page === "commands") {
    return `default-src 'self'; script-src 'self'${office}; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'`;
  }
  const connect = ["'self'", ...teamOrigins].join(" ");
  return (
    `default-src 'self'; script-src 'self'${office}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; ` +
    `font-src 'self' data:; connect-src ${connect}; frame-src 'self'${office}; object-src 'none'; base-uri 'self'; form-action 'none'`
  );
}
