/** Gzip sizes of a built task pane: the scripts taskpane.html loads first, and every chunk. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleSizes {
  /** Scripts taskpane.html loads before first paint (office.js from Microsoft's CDN excluded). */
  initial: Array<{ file: string; gzipKB: number }>;
  initialGzipKB: number;
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
  const initial = initialFiles.map((file) => ({ file, gzipKB: size(file) }));
  return { initial, initialGzipKB: kb(initial.reduce((sum, f) => sum + f.gzipKB * 1024, 0)), chunks };
}
