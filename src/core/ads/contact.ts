/** Finding e-mail addresses and URLs in linear time (a regex for e-mail backtracks on long digit runs). */

const LOCAL = /[\w.+-]/;
const DOMAIN = /[\w-]/;

/** [start, end) of every e-mail address: each @ is extended outwards once, so the cost is linear. */
export function emailRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && LOCAL.test(text[start - 1]!)) start--;
    if (start === at) continue;
    // Domain: labels of [\w-] joined by single dots, at least two labels.
    let end = at + 1;
    let labels = 0;
    let lastGood = -1;
    for (;;) {
      const labelStart = end;
      while (end < text.length && DOMAIN.test(text[end]!)) end++;
      if (end === labelStart) break;
      labels++;
      if (labels >= 2) lastGood = end;
      if (text[end] !== "." || !DOMAIN.test(text[end + 1] ?? "")) break;
      end++;
    }
    if (lastGood > 0) ranges.push([start, lastGood]);
  }
  return ranges;
}

const URL_START = /https?:\/\/|ftp:\/\/|www\./gi;

/**
 * [start, end) of every URL and e-mail address, sorted and merged where they overlap: half-width
 * punctuation inside them is correct.
 */
export function urlRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  URL_START.lastIndex = 0;
  for (let m = URL_START.exec(text); m; m = URL_START.exec(text)) {
    let end = m.index + m[0].length;
    while (end < text.length && text.charCodeAt(end) >= 0x21 && text.charCodeAt(end) <= 0x7e) end++;
    ranges.push([m.index, end]);
    URL_START.lastIndex = end;
  }
  const sorted = text.includes("@") ? ranges.concat(emailRanges(text)).sort((a, b) => a[0] - b[0]) : ranges;
  const merged: Array<[number, number]> = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from < last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}
