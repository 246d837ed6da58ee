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

/** Why an encoding was chosen: the import says so, and lets the person switch. */
export type EncodingReason = "bom" | "utf16-zeros" | "utf8-valid" | "utf8-mostly" | "gb18030";

export interface EncodingGuess {
  encoding: TextEncodingName;
  reason: EncodingReason;
  /** Bytes that are not UTF-8 (each read as U+FFFD when the file is read as UTF-8). */
  invalidUtf8: number;
  /** Multi-byte UTF-8 characters found (Chinese text in UTF-8 is mostly these). */
  validUtf8: number;
}

/**
 * detectTextEncoding, for a table import that shows its choice: a file that is UTF-8 but for a
 * few stray bytes (one 0xA0 of a hand-edited CSV) is read as UTF-8, the stray bytes as U+FFFD,
 * rather than silently as GB18030 mojibake — GB18030 decodes nearly any bytes. "Mostly": at least
 * 10 well-formed multi-byte characters for each stray byte; GBK text is far from that.
 */
export function guessTextEncoding(bytes: Uint8Array): EncodingGuess | null {
  const detected = detectTextEncoding(bytes);
  const counts = countUtf8(bytes);
  if (detected === "UTF-16LE" || detected === "UTF-16BE") {
    return { encoding: detected, reason: bytes[0] === 0xff || bytes[0] === 0xfe ? "bom" : "utf16-zeros", ...counts };
  }
  if (detected === "UTF-8") return { encoding: "UTF-8", reason: "utf8-valid", ...counts };
  if (counts.validUtf8 > 0 && counts.validUtf8 >= 10 * counts.invalidUtf8) return { encoding: "UTF-8", reason: "utf8-mostly", ...counts };
  return detected === "GB18030" ? { encoding: "GB18030", reason: "gb18030", ...counts } : null;
}

/** Well-formed multi-byte UTF-8 sequences and bytes outside any, in one linear pass. */
function countUtf8(bytes: Uint8Array): { validUtf8: number; invalidUtf8: number } {
  let validUtf8 = 0;
  let invalidUtf8 = 0;
  const continuation = (at: number) => at < bytes.length && (bytes[at]! & 0xc0) === 0x80;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 1) {
      i++;
      continue;
    }
    let ok = length > 0;
    for (let k = 1; ok && k < length; k++) ok = continuation(i + k);
    if (ok) {
      validUtf8++;
      i += length;
    } else {
      invalidUtf8++;
      i++;
    }
  }
  return { validUtf8, invalidUtf8 };
}
