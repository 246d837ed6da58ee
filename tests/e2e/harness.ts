// Drives the built preview (.test-output/preview, built by scripts/run-tests.mjs) in Debian's
// Chromium through playwright-core. Served from a loopback-only static server.
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";

const ROOT = join(import.meta.dirname, "../../.test-output/preview");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
  ".json": "application/json",
  ".css": "text/css",
};

export interface PreviewSession {
  browser: Browser;
  page: Page;
  baseUrl: string;
  /** Console errors and page errors seen so far (tests assert there are none). */
  errors: string[];
  close(): Promise<void>;
}

/** A static server on loopback for a built folder (the preview build unless told), `index` at "/". */
export function serveStatic(dir = ROOT, index = "preview.html"): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    try {
      const body = await readFile(join(dir, path || index));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ server, baseUrl: `http://127.0.0.1:${port}/` });
    }),
  );
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/**
 * Opens the preview page; `query` picks sample, platform profile, language, theme. `initScript`
 * runs in the page before any of its own scripts, on every load (seeding or breaking localStorage).
 */
export async function openPreview<Arg>(
  query: Record<string, string> = {},
  options: { initScript?: (arg: Arg) => void; initArg?: NoInfer<Arg> } = {},
): Promise<PreviewSession> {
  const { server, baseUrl } = await serveStatic();
  const browser = await launchBrowser();
  // A browser context of our own (axe-core needs one to inject into every frame).
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (options.initScript) await context.addInitScript(options.initScript as (arg: any) => void, options.initArg);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  const params = new URLSearchParams(query).toString();
  await page.goto(`${baseUrl}preview.html${params ? "?" + params : ""}`);
  await page.getByRole("tablist").waitFor();
  return {
    browser,
    page,
    baseUrl,
    errors,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** The preview document's paragraphs, as the Word double holds them. */
export function documentParagraphs(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as any).__preview.paragraphTexts() as string[]);
}

/**
 * Waits until `locator`'s layout has settled: fonts loaded, its animations (and its children's)
 * finished, and its box and scroll sizes unchanged over `frames` animation frames. Layout
 * assertions wait for this, never for a time: on a loaded machine a Fluent popover can still be
 * fading in or measuring when it first becomes visible.
 */
export async function waitForStableLayout(locator: Locator, frames = 3): Promise<void> {
  // tsx keeps function names by wrapping them in __name(), which the page does not have.
  await locator.page().evaluate("globalThis.__name ??= (f) => f");
  await locator.evaluate(
    async (el, needed) => {
      await document.fonts.ready;
      await Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined)));
      await new Promise<void>((resolve) => {
        let last = "";
        let same = 0;
        const tick = () => {
          const r = el.getBoundingClientRect();
          const items = Array.from(el.querySelectorAll<HTMLElement>("*"), (c) => c.scrollWidth - c.clientWidth).join(",");
          const signature = [r.x, r.y, r.width, r.height, el.scrollWidth, el.scrollHeight, items].join(";");
          same = signature === last ? same + 1 : 0;
          last = signature;
          if (same >= needed) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    },
    frames,
  );
}

/** Waits for a task-pane toast (Fluent also mirrors it into an aria-live region: skip that copy). */
export async function waitForToast(page: Page, text: string | RegExp): Promise<string> {
  const toast = page.locator(".fui-ToastBody").filter({ hasText: text }).last();
  await toast.waitFor();
  return (await toast.textContent()) ?? "";
}

/** The task pane's tab names, as a screen reader announces them. */
export async function tabNames(page: Page): Promise<string[]> {
  return page.getByRole("tab").evaluateAll((tabs) => tabs.map((t) => t.querySelector(".fui-Tab__content")?.textContent ?? ""));
}
