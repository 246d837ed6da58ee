/**
 * The add-in's only network request: downloading the team phrase library. Kept in its own
 * module so tests can stub it (or route the URL in the browser).
 */
import { MAX_SNIPPET_FILE_BYTES, parseTeamLibrary, type TeamLibraryCache } from "../../core/snippets";
import type { Bilingual } from "../i18n/locale";

export type TeamRefreshResult = { ok: true; cache: TeamLibraryCache } | { ok: false; error: Bilingual };

/** True for an absolute http(s) address. */
export function isTeamUrl(url: string): boolean {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "https:" || parsed.protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * A SharePoint/OneDrive file link opens a viewer page; `download=1` asks for the file itself.
 * Other servers get the address unchanged.
 */
export function downloadUrlFor(url: string): string {
  const parsed = new URL(url.trim());
  if (/\.sharepoint\.(com|cn)$/i.test(parsed.hostname) && !parsed.searchParams.has("download")) {
    parsed.searchParams.set("download", "1");
  }
  return parsed.toString();
}

const fail = (zh: string, en: string): TeamRefreshResult => ({ ok: false, error: { zh, en } });

/**
 * Fetches and parses the team library at `url` (cookies included: SharePoint needs the user's
 * sign-in). Every failure — bad address, no network, HTTP error, oversized or malformed
 * content — comes back as a bilingual message; nothing is thrown.
 */
export async function fetchTeamLibrary(
  url: string,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  now: () => Date = () => new Date(),
): Promise<TeamRefreshResult> {
  if (!isTeamUrl(url)) {
    return fail("团队短语库地址无效，应以 http:// 或 https:// 开头。", "The team library address is not valid; it must start with http:// or https://.");
  }
  let response: Response;
  try {
    response = await fetchImpl(downloadUrlFor(url), { credentials: "include", cache: "no-cache" });
  } catch {
    return fail(
      "无法连接团队短语库服务器（网络不通、地址有误，或服务器不允许跨域访问）。已继续使用上次下载的内容。",
      "Could not reach the team library server (no network, a wrong address, or the server does not allow cross-origin access). The last downloaded copy stays in use.",
    );
  }
  if (!response.ok) {
    if (response.status === 401 || response.status === 403) {
      return fail(
        `服务器拒绝访问（${response.status}）。请先在浏览器中登录该网站（如 SharePoint），或请管理员开放权限。`,
        `The server refused access (${response.status}). Sign in to the site (e.g. SharePoint) in your browser first, or ask for access.`,
      );
    }
    return fail(`服务器返回错误 ${response.status}，未能下载团队短语库。`, `The server answered ${response.status}; the team library was not downloaded.`);
  }
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > MAX_SNIPPET_FILE_BYTES) {
    return fail(
      `团队短语库文件过大（${(declared / 1024 / 1024).toFixed(1)} MB），不能超过 ${MAX_SNIPPET_FILE_BYTES / 1024 / 1024} MB。`,
      `The team library file is too large (${(declared / 1024 / 1024).toFixed(1)} MB); the limit is ${MAX_SNIPPET_FILE_BYTES / 1024 / 1024} MB.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    return fail("下载团队短语库时连接中断，请重试。", "The connection broke while downloading the team library. Try again.");
  }
  const parsed = parseTeamLibrary(bytes);
  if (!parsed.ok) return parsed;
  return { ok: true, cache: { url: url.trim(), fetchedAt: now().toISOString(), snippets: parsed.snippets } };
}
