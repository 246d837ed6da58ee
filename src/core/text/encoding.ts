/**
 * The one detection of a text file's encoding, for every import (phrases, the 数据 table): UTF-16
 * by its BOM or by its zero bytes, strict UTF-8 (with or without BOM), else GBK/GB18030 — what
 * Excel's CSV and Notepad's "ANSI" write on Chinese Windows — when the bytes decode cleanly as
 * GB18030 into Chinese text. Each import decides what to do with what is found.
 */
export type TextEncodingName = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030";

/** The encoding of `bytes`, or null when they are none of these (not text, or another code page). */
export function detectTextEncoding(bytes: Uint8Array): TextEncodingName | null {
  const [b0, b1] = [bytes[0], bytes[1]];
  if (b0 === 0xff && b1 === 0xfe) return "UTF-16LE";
  if (b0 === 0xfe && b1 === 0xff) return "UTF-16BE";
  // Without a BOM: ASCII in UTF-16 is every other byte zero; UTF-8 and GBK text has none.
  const sample = Math.min(bytes.length, 400);
  let zeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i++) {
    if (bytes[i] === 0) {
      zeros++;
      if (i % 2 === 1) oddZeros++;
    }
  }
  if (sample >= 4 && zeros * 4 >= sample) return oddZeros * 2 >= zeros ? "UTF-16LE" : "UTF-16BE";
  if (decodes(bytes, "utf-8") !== null) return "UTF-8";
  const gb = decodes(bytes, "gb18030");
  return gb !== null && /[\u4e00-\u9fff]/.test(gb) ? "GB18030" : null;
}

/** `bytes` as text in `encoding` (a BOM dropped); invalid sequences become U+FFFD. */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  return new TextDecoder(encoding.toLowerCase()).decode(bytes);
}

function decodes(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
