/** Translates Word's Find syntax (plain or wildcard) into a JavaScript RegExp. */
export interface SearchOptions {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchWildcards?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
}

const WORD_CHAR = "[\\p{L}\\p{N}_]";
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * Returns the regex for a search, or throws a string describing why the pattern is invalid.
 * `fold` (modes.ts searchFolder) is applied to the literal characters; search folded text with it.
 */
export function searchRegExp(text: string, options: SearchOptions = {}, fold: ((s: string) => string) | null = null): RegExp {
  const lit = fold ?? ((s: string) => s);
  if (options.matchWildcards) return new RegExp(wildcardSource(text, lit), "gu");
  let source = escapeRe(lit(text));
  if (options.ignoreSpace) source = source.replace(/ /g, "\\s*");
  if (options.matchWholeWord || options.matchPrefix) source = `(?<!${WORD_CHAR})${source}`;
  if (options.matchWholeWord || options.matchSuffix) source = `${source}(?!${WORD_CHAR})`;
  return new RegExp(source, options.matchCase ? "gu" : "giu");
}

function wildcardSource(pattern: string, lit: (s: string) => string): string {
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "\\") {
      const next = pattern[i + 1];
      if (next === undefined) throw "trailing escape";
      out += escapeRe(lit(next));
      i += 2;
    } else if (c === "?") {
      out += ".";
      i++;
    } else if (c === "*") {
      out += "[^]*?";
      i++;
    } else if (c === "@") {
      if (!out) throw "@ without a preceding expression";
      out += "+";
      i++;
    } else if (c === "<") {
      out += `(?<!${WORD_CHAR})(?=${WORD_CHAR})`;
      i++;
    } else if (c === ">") {
      out += `(?<=${WORD_CHAR})(?!${WORD_CHAR})`;
      i++;
    } else if (c === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close < 0) throw "unclosed [";
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith("!");
      if (negate) body = body.slice(1);
      const cls = [...body].map((ch, k, arr) => (ch === "-" && k > 0 && k < arr.length - 1 ? "-" : escapeRe(lit(ch)))).join("");
      out += `[${negate ? "^" : ""}${cls}]`;
      i = close + 1;
    } else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (!m || !out) throw "bad {n,m}";
      out += m[0];
      i += m[0].length;
    } else if (c === "(" || c === ")") {
      out += c;
      i++;
    } else {
      out += escapeRe(lit(c));
      i++;
    }
  }
  return out;
}

/** Non-overlapping matches of re in one paragraph's text, as [start, end) offsets. */
export function findAll(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
