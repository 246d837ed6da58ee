/**
 * The difference between the original and a draft, by characters (Myers' O(ND) algorithm), for
 * showing a draft against what it replaces. Past a bound of differences the whole text is shown
 * as replaced: a rewrite that different reads better that way, and the cost stays bounded.
 */

export type DiffSegment = { kind: "same" | "added" | "removed"; text: string };

/** Beyond this many edits the diff is "all removed, all added". */
const MAX_EDITS = 4000;

export function diffText(before: string, after: string): DiffSegment[] {
  const a = Array.from(before);
  const b = Array.from(after);
  // Common prefix and suffix first: most drafts keep some.
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const middle = diffMiddle(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix));
  const segments: DiffSegment[] = [];
  const push = (kind: DiffSegment["kind"], text: string) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) last.text += text;
    else segments.push({ kind, text });
  };
  push("same", a.slice(0, prefix).join(""));
  for (const s of middle) push(s.kind, s.text);
  push("same", a.slice(a.length - suffix).join(""));
  return segments;
}

function diffMiddle(a: readonly string[], b: readonly string[]): DiffSegment[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [{ kind: "removed", text: a.join("") }, { kind: "added", text: b.join("") }];
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, offset, d);
    }
  }
  return [{ kind: "removed", text: a.join("") }, { kind: "added", text: b.join("") }];
}

function backtrack(trace: readonly Int32Array[], a: readonly string[], b: readonly string[], offset: number, last: number): DiffSegment[] {
  const out: DiffSegment[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = last; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      out.push({ kind: "same", text: a[--x]! });
      y--;
    }
    if (x === prevX) out.push({ kind: "added", text: b[--y]! });
    else out.push({ kind: "removed", text: a[--x]! });
  }
  while (x > 0 && y > 0) {
    out.push({ kind: "same", text: a[--x]! });
    y--;
  }
  return out.reverse();
}
