/**
 * Many literal patterns found in one pass (Aho–Corasick): the time to scan a text is linear in its
 * length plus the occurrences reported, whatever the number of patterns; building is linear in
 * their total length. One union regular expression of a 500 KB 提法 list was refused by the engine
 * ("Regular expression too large") and a 107 KB one took 92 s on a 400-page report.
 *
 * Characters are UTF-16 code units, as in String.prototype.indexOf. Empty patterns never match.
 * The trie lives in typed arrays and one open-addressing hash table, so a list of hundreds of
 * thousands of characters builds without a JavaScript object per node.
 */

/** Transitions of the root are a dense table: most scanning of prose stays at the root. */
const ALPHABET = 0x10000;

export interface MultiMatcher {
  /** Number of patterns given (empty ones included). */
  readonly size: number;
  /**
   * Calls `found(pattern, end)` for every occurrence of every pattern in `text` (overlapping ones
   * too): `end` is the offset just after it, so it starts at `end − patterns[pattern].length`.
   * Occurrences come in order of `end`; for one `end`, longer patterns first, then by index.
   */
  forEach(text: string, found: (pattern: number, end: number) => void): void;
}

/** Edges (node, code) → child of every node but the root, by linear probing. */
class EdgeTable {
  private readonly mask: number;
  private readonly nodes: Int32Array;
  private readonly codes: Int32Array;
  private readonly children: Int32Array;

  constructor(edges: number) {
    let capacity = 16;
    while (capacity < edges * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.nodes = new Int32Array(capacity).fill(-1);
    this.codes = new Int32Array(capacity);
    this.children = new Int32Array(capacity);
  }

  private slot(node: number, code: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 0 & this.mask;
  }

  get(node: number, code: number): number {
    for (let at = this.slot(node, code); ; at = (at + 1) & this.mask) {
      const held = this.nodes[at]!;
      if (held === -1) return -1;
      if (held === node && this.codes[at] === code) return this.children[at]!;
    }
  }

  set(node: number, code: number, child: number): void {
    let at = this.slot(node, code);
    while (this.nodes[at] !== -1) at = (at + 1) & this.mask;
    this.nodes[at] = node;
    this.codes[at] = code;
    this.children[at] = child;
  }
}

export function buildMultiMatcher(patterns: readonly string[]): MultiMatcher {
  let total = 0;
  for (const pattern of patterns) total += pattern.length;
  const capacity = total + 1; // at most one node per character, and the root
  const rootNext = new Int32Array(ALPHABET).fill(-1);
  const edges = new EdgeTable(total);
  const parents = new Int32Array(capacity);
  const codes = new Int32Array(capacity);
  const depths = new Int32Array(capacity);
  /** Patterns ending at a node: the first index (-1: none), and the rest (duplicates) when any. */
  const firstPattern = new Int32Array(capacity).fill(-1);
  const morePatterns = new Map<number, number[]>();
  let count = 1;

  const child = (node: number, code: number): number => (node === 0 ? rootNext[code]! : edges.get(node, code));

  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = child(node, code);
      if (next < 0) {
        next = count++;
        parents[next] = node;
        codes[next] = code;
        depths[next] = depths[node]! + 1;
        if (node === 0) rootNext[code] = next;
        else edges.set(node, code, next);
      }
      node = next;
    }
    if (firstPattern[node]! < 0) firstPattern[node] = index;
    else {
      const list = morePatterns.get(node);
      if (list) list.push(index);
      else morePatterns.set(node, [index]);
    }
  });

  // Failure links in order of depth (a counting sort): a node's link is shallower than it.
  const fail = new Int32Array(count);
  /** The nearest node on the failure chain where some pattern ends (0: none). */
  const output = new Int32Array(count);
  const byDepth = orderByDepth(depths.subarray(0, count));
  for (const node of byDepth) {
    if (depths[node]! <= 1) continue; // the root and its children fail to the root
    const code = codes[node]!;
    let state = fail[parents[node]!]!;
    let next = child(state, code);
    while (next < 0 && state !== 0) {
      state = fail[state]!;
      next = child(state, code);
    }
    fail[node] = next < 0 ? 0 : next;
  }
  for (const node of byDepth) {
    if (node === 0) continue;
    const link = fail[node]!;
    output[node] = firstPattern[link]! >= 0 ? link : output[link]!;
  }

  return {
    size: patterns.length,
    forEach(text, found) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let next = child(state, code);
        while (next < 0 && state !== 0) {
          state = fail[state]!;
          next = child(state, code);
        }
        state = next < 0 ? 0 : next;
        for (let hit = firstPattern[state]! >= 0 ? state : output[state]!; hit !== 0; hit = output[hit]!) {
          found(firstPattern[hit]!, i + 1);
          const more = morePatterns.get(hit);
          if (more) for (const pattern of more) found(pattern, i + 1);
        }
      }
    },
  };
}

/** Node numbers sorted by depth, shallowest first. */
function orderByDepth(depths: Int32Array): Int32Array {
  let deepest = 0;
  for (const d of depths) if (d > deepest) deepest = d;
  const starts = new Int32Array(deepest + 2);
  for (const d of depths) starts[d + 1] = starts[d + 1]! + 1;
  for (let d = 1; d < starts.length; d++) starts[d] = starts[d]! + starts[d - 1]!;
  const out = new Int32Array(depths.length);
  depths.forEach((d, node) => {
    out[starts[d]!] = node;
    starts[d] = starts[d]! + 1;
  });
  return out;
}
