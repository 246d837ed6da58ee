/** Gzip sizes of a built task pane: the scripts taskpane.html loads first, those it preloads, and every chunk. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleSizes {
  /** Scripts taskpane.html loads before first paint (office.js from Microsoft's CDN excluded). */
  initial: Array<{ file: string; gzipKB: number }>;
  initialGzipKB: number;
  /** Scripts taskpane.html preloads (link rel=preload): the first tab's chunks, run before it is interactive. */
  preloaded: Array<{ file: string; gzipKB: number }>;
  /** Initial and preloaded: all the JavaScript the pane runs before its first tab is interactive. */
  firstTabGzipKB: number;
  /** Every emitted .js file, initial or lazily loaded. */
  chunks: Array<{ file: string; gzipKB: number; initial: boolean }>;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export function measureBundle(dir: string): BundleSizes {
  const html = readFileSync(join(dir, "taskpane.html"), "utf8");
  // The built HTML is minified: attribute values may be unquoted.
  const initialFiles = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
  const size = (file: string) => kb(gzipSync(readFileSync(join(dir, file)), { level: 9 }).length);
  const chunks = readdirSync(dir)
    .filter((f) => f.endsWith(".js") && !f.startsWith("preview.") && !f.startsWith("commands."))
    .map((file) => ({ file, gzipKB: size(file), initial: initialFiles.includes(file) }))
    .sort((a, b) => b.gzipKB - a.gzipKB);
  const preloadFiles = [...html.matchAll(/<link[^>]*\srel=["']?preload["']?[^>]*\shref=["']?([^"'\s>]+)/g)].map((m) => m[1]!.replace(/^\.?\//, ""));
  const initial = initialFiles.map((file) => ({ file, gzipKB: size(file) }));
  const preloaded = preloadFiles.map((file) => ({ file, gzipKB: size(file) }));
  const total = (files: Array<{ gzipKB: number }>) => kb(files.reduce((sum, f) => sum + f.gzipKB * 1024, 0));
  return { initial, initialGzipKB: total(initial), preloaded, firstTabGzipKB: total([...initial, ...preloaded]), chunks };
}
