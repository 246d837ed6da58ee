/**
 * scanPlaceholders: every blank of a template in reading order, classified, labelled, grouped.
 */
import type { ContentControlInfo, Placeholder, ScanOptions } from "./types";
import { forEachCandidate } from "./patterns";
import type { Candidate } from "./patterns";
import { classify, countedNounAt } from "./classify";
import type { Classification } from "./classify";
import { labelFor, nameLabel, type PreviousPlaceholder } from "./label";
import { codeSet } from "./chars";

const SENTENCE_END_RE = /[。！？；!?;]/g;
const MAX_CONTEXT = 80;

/** Offsets just after each sentence end of a paragraph. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  SENTENCE_END_RE.lastIndex = 0;
  while (SENTENCE_END_RE.exec(text) !== null) ends.push(SENTENCE_END_RE.lastIndex);
  return ends;
}

/** Index of the sentence holding `pos`: the number of sentence ends at or before it. */
function sentenceIndexAt(ends: readonly number[], pos: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence around [start, end) within its paragraph, cut to a readable window. */
function sentenceAround(text: string, ends: readonly number[], start: number, end: number): string {
  const index = sentenceIndexAt(ends, start);
  let from = index > 0 ? (ends[index - 1] ?? 0) : 0;
  let to = text.length;
  for (let i = index; i < ends.length; i++) {
    if ((ends[i] ?? 0) >= end) {
      to = ends[i] ?? text.length;
      break;
    }
  }
  if (to - from > MAX_CONTEXT) {
    const half = MAX_CONTEXT / 2;
    from = Math.max(from, start - half);
    to = Math.min(to, end + half);
  }
  return text.slice(from, to).trim();
}

function defaultGroup(p: Pick<Placeholder, "id" | "kind" | "label">, specific: boolean): string {
  if (p.kind === "year") return "year:年度";
  if (p.kind === "name" && specific) return `name:${p.label}`;
  return "field:"; // numbered by withStableFieldGroups once the whole document is read
}

function controlLabel(cc: ContentControlInfo): string {
  const colon = cc.tag.indexOf(":");
  const fromTag = colon >= 0 ? cc.tag.slice(colon + 1).trim() : "";
  return fromTag || cc.title.trim() || cc.text.trim() || cc.tag;
}

function fromContentControl(text: string, ends: readonly number[], cc: ContentControlInfo): Placeholder {
  const label = controlLabel(cc);
  const pseudo: Candidate = { start: cc.start, end: cc.end, raw: cc.text, form: "x" };
  const cls: Classification = classify(text, pseudo);
  let kind = cls.kind;
  if (/年度$/.test(label)) kind = "year";
  else if (kind === "name" || kind === "text") {
    if (/姓名|名称/.test(label)) kind = "name";
    else if (/metric/i.test(cc.tag)) kind = "number";
  }
  const id = `${cc.paragraph}:${cc.start}`;
  const p: Placeholder = {
    id,
    paragraph: cc.paragraph,
    start: cc.start,
    end: cc.end,
    raw: cc.text,
    kind,
    label,
    group: `cc:${cc.tag}`,
    context: sentenceAround(text, ends, cc.start, cc.end),
  };
  if (cls.unit !== undefined && kind === cls.kind) p.unit = cls.unit;
  return p;
}

/**
 * Find every placeholder in reading order. Content controls (from skeletons) become placeholders
 * too; a text placeholder inside one is not counted twice.
 */
export function scanPlaceholders(paragraphs: readonly string[], options: ScanOptions = {}): Placeholder[] {
  const controlsByParagraph = new Map<number, ContentControlInfo[]>();
  for (const cc of options.contentControls ?? []) {
    const list = controlsByParagraph.get(cc.paragraph) ?? [];
    list.push(cc);
    controlsByParagraph.set(cc.paragraph, list);
  }
  const out: Placeholder[] = [];
  scan(paragraphs, controlsByParagraph, true, (placeholder) => out.push(placeholder));
  return withStableFieldGroups(out);
}

/** What the checker reads of a placeholder: where it is, how it is written, what it is called. */
export type PlaceholderLabel = Pick<Placeholder, "paragraph" | "start" | "end" | "raw" | "kind" | "label">;

/**
 * The placeholders of scanPlaceholders (no content controls) with the same labels, in reading
 * order, handed to `visit` one by one instead of collected, and without the id, context and field
 * group built for the fill-in form. The checker reports every blank of a template (150,000 in one
 * paragraph): it keeps a finding of each, not the placeholder too.
 */
export function forEachPlaceholderLabel(paragraphs: readonly string[], visit: (placeholder: PlaceholderLabel) => void): void {
  scan(paragraphs, new Map(), false, visit);
}

/**
 * Calls `emit` with each placeholder in reading order. A placeholder is held only until the
 * enumeration it may belong to ends (numberEnumeration may still relabel it), or to the end
 * of its paragraph when content controls are merged in. `full`: fill in id and context.
 */
function scan(
  paragraphs: readonly string[],
  controlsByParagraph: ReadonlyMap<number, ContentControlInfo[]>,
  full: boolean,
  emit: (placeholder: Placeholder) => void,
): void {
  // The current enumeration: chain[0 … chained). Entries past `chained` are stale and unread
  // (setting chain.length = 0 for every blank is a runtime call each time).
  const chain: Placeholder[] = [];
  let chained = 0;
  paragraphs.forEach((text, paragraph) => {
    const controls = controlsByParagraph.get(paragraph);
    // With content controls the text placeholders are collected, merged with the controls' and sorted.
    const fromText: Placeholder[] = [];
    const done = controls ? (p: Placeholder) => fromText.push(p) : emit;
    const endChain = () => {
      if (chained >= 2) numberEnumeration(text, chain.slice(0, chained));
      for (let i = 0; i < chained; i++) done(chain[i]!);
      chained = 0;
    };
    let ends: number[] | undefined;
    let floor = 0;
    let subject: string | undefined;
    let subjectSentence = -1;
    let previous: PreviousPlaceholder | undefined;
    const idPrefix = full ? `${paragraph}:` : "";
    forEachCandidate(text, (c) => {
      if (controls?.some((cc) => c.start < cc.end && c.end > cc.start)) return;
      ends ??= sentenceEnds(text);
      const cls = classify(text, c);
      const sentence = sentenceIndexAt(ends, c.start);
      if (sentence !== subjectSentence) subject = undefined;
      const labelled = labelFor(text, c, cls, floor, subject, previous);
      if ((cls.kind === "number" || cls.kind === "percent") && labelled.subject) {
        subject = labelled.subject;
        subjectSentence = sentence;
      }
      // The next clause starts after this blank and the unit or noun written with it (XX亿元, X区).
      const tail = cls.unit ?? cls.noun ?? "";
      floor = c.end + (tail && text.startsWith(tail, c.end) ? tail.length : 0);
      previous = { raw: c.raw, tail: floor > c.end ? tail : "", label: labelled.label };
      const p: Placeholder = {
        id: full ? idPrefix + c.start : "",
        paragraph,
        start: c.start,
        end: c.end,
        raw: c.raw,
        kind: cls.kind,
        label: labelled.label,
        group: "",
        context: full ? sentenceAround(text, ends, c.start, c.end) : "",
      };
      if (cls.unit !== undefined) p.unit = cls.unit;
      p.group = defaultGroup(p, labelled.specific);
      if (chained > 0 && !joinsEnumeration(text, chain[chained - 1]!.end, p.start)) endChain();
      chain[chained++] = p;
    });
    endChain();
    if (!controls) return;

    ends ??= sentenceEnds(text);
    const found: Placeholder[] = controls.map((cc) => fromContentControl(text, ends!, cc));
    for (const placeholder of fromText) found.push(placeholder); // no spread (see below)
    found.sort((a, b) => a.start - b.start);
    for (const placeholder of found) emit(placeholder); // no spread: 150,000 in a paragraph overflow the stack
  });
}

/** Between two blanks of one enumeration: at most 12 characters, no clause break, a joiner (、和与及或). */
const ENUMERATION_GAP_MAX = 12;
const CLAUSE_BREAKS = codeSet("，。；：！？,;:!?\n");
const ENUMERATION_JOINERS = codeSet("、和与及或");

/** Whether text[from, to) joins two blanks of one enumeration (read in place: no slice per blank). */
function joinsEnumeration(text: string, from: number, to: number): boolean {
  if (to - from > ENUMERATION_GAP_MAX) return false;
  let joined = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (CLAUSE_BREAKS.has(code)) return false;
    if (ENUMERATION_JOINERS.has(code)) joined = true;
  }
  return joined;
}

/**
 * Blanks inside one enumeration (X科技园、X科技产业园、X科技园四个园区; 在××、××两地) name different
 * things: identical ones are numbered (科技园名称（第1个）) and given their own fields, and
 * nameless ones take the enumeration's noun (地名). Nothing else changes. `chain`: two or more
 * placeholders of one paragraph, each joined to the next (joinsEnumeration).
 */
function numberEnumeration(text: string, chain: Placeholder[]): void {
  const last = chain[chain.length - 1]!;
  // After the enumeration: 两地, 三个园区, 两县 — what its items are (countedNounAt).
  const noun = countedNounAt(text, last.end);
  for (const p of chain) {
    if ((p.kind === "name" || p.kind === "text") && noun && !/.名称$|姓名$|^第几/.test(p.label)) {
      p.kind = "name";
      p.label = nameLabel(noun);
    }
  }
  const byLabel = new Map<string, Placeholder[]>();
  for (const p of chain) {
    if (p.kind !== "name") continue;
    const same = byLabel.get(p.label);
    if (same) same.push(p);
    else byLabel.set(p.label, [p]);
  }
  for (const [label, same] of byLabel) {
    if (same.length < 2) continue;
    same.forEach((p, k) => {
      p.label = `${label}（第${k + 1}个）`;
      p.group = "field:";
    });
  }
}

/**
 * Figures get their own group each. Its id names the figure by label and unit and counts
 * same-named figures in reading order ("field:主营业务收入|亿元#1") rather than by position, so a
 * value kept in the document still finds its field after the text around it was edited.
 */
function withStableFieldGroups(placeholders: Placeholder[]): Placeholder[] {
  // One counter per name ("主营业务收入|亿元"), found by label then unit or kind without building
  // the name string for every placeholder; its prefix "field:name#" is built once.
  const byName = new Map<string, { prefix: string; n: number }>();
  const byParts = new Map<string, Map<string, { prefix: string; n: number }>>();
  for (const p of placeholders) {
    if (!p.group.startsWith("field:")) continue;
    const second = p.unit ?? p.kind;
    let byLabel = byParts.get(p.label);
    if (!byLabel) byParts.set(p.label, (byLabel = new Map()));
    let counter = byLabel.get(second);
    if (!counter) {
      const name = `${p.label}|${second}`;
      counter = byName.get(name);
      if (!counter) byName.set(name, (counter = { prefix: `field:${name}#`, n: 0 }));
      byLabel.set(second, counter);
    }
    counter.n++;
    p.group = counter.prefix + counter.n;
  }
  return placeholders;
}
