/**
 * 存为骨架: the outline of a finished report turned into a genre that 骨架 inserts like a built-in.
 *
 * What is kept, and why (a reusable skeleton, not a copy of last year's report):
 * - the frame: title, lines under it (题注), addressee, opening, closing, signature and date,
 *   each as written but with its placeholders and typed figures generalised: names become {字段}
 *   fields (filled in 骨架's 标题与落款信息), the report's year {年度}, other figures placeholders;
 * - every level-1 heading as a section and every level-2 heading under it as a subsection, titles
 *   without their ordinals (the skeleton builder numbers them again), figures as placeholders;
 *   level-3 headings (1. 2.) become the section's points (一是……；二是……), level 4 is left out;
 * - a one-line hint from each section's first sentence;
 * - as example body, the section's first paragraph reduced to its first sentence and the
 *   sentences that carry figures, each figure a {{指标}} metric slot named by the placeholder
 *   scanner, so the 数据 tab can fill it; the rest of last year's prose is not kept.
 * Headings come from core/outline (the ordinals written in the text); when the text has none,
 * from the heading levels Word reports for the paragraphs' styles (numbering done by Word).
 */
import { detectTitle, findAdParagraphs } from "../ads";
import { validateGenre, type Genre, type GenreField, type GenreSection, type GenreSubsection } from "../genres";
import { matchHeadingOrdinal, readOutline } from "../outline";
import type { Bilingual } from "../text/bilingual";
import { convertText, SlotContext, typedYears, YEAR_FIELD } from "./figures";
import { skeletonMessages } from "./messages";

export interface SourceParagraph {
  text: string;
  /** Heading level (1–9) Word reports from the paragraph's style or outline level; null for body text. */
  styleLevel?: number | null;
  /** In a table: never a heading, never part of the frame or an example. */
  inTable?: boolean;
}

export interface OutlineGenreOptions {
  /** Genre ids already in use (built-in and personal): the new id avoids them. */
  takenIds?: Iterable<string>;
}

export interface OutlineGenreStats {
  sections: number;
  subsections: number;
  /** Metric slots ({{指标}}) in the example text. */
  metrics: number;
  fields: number;
}

export type OutlineGenreResult =
  | { ok: true; genre: Genre; stats: OutlineGenreStats }
  | { ok: false; reason: "empty" | "no-headings" | "unusable"; message: Bilingual };

/** Longest example paragraph kept for a section (characters, slots counted as written). */
export const MAX_EXAMPLE_CHARS = 200;
/** Longest hint (characters, before the closing ……). */
export const MAX_HINT_CHARS = 32;
const MAX_OPENING_CHARS = 240;

const FAILURES: Record<"empty" | "no-headings", Bilingual> = {
  empty: skeletonMessages.empty,
  "no-headings": skeletonMessages.noHeadings,
};

interface Heading {
  paragraph: number;
  /** 1 = section, 2 = subsection, 3 = point, 4 = left out (relative to the document's top level). */
  level: number;
  title: string;
  /** Body text on the heading's own line (（一）坚持集中学习。全年……), or "". */
  runIn: string;
}

const TITLE_END = /[。；：，、,;:.\s]+$/;
const POINT_ORDINAL = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、]|其[一二三四五六七八九十]+[，、]|首先[，、]|其次[，、]|再次[，、])/;
const DATE_LINE =
  /^[0-9０-９XxＸｘ×〇○零一二三四五六七八九]{4}年(?:[0-9０-９XxＸｘ×一二三四五六七八九十]{1,2}月(?:[0-9０-９XxＸｘ×一二三四五六七八九十]{1,3}日)?)?$/;
const CLOSING = /^(?:以上|特此|专此|恳请|请予)|请予?(?:审议|评议|审阅|批准)|批评指正|请指正|(?:奋斗|奋进|前进|努力)[！!]$/;
const SIGNER = /^(.{0,12}?(?:人|述职人|汇报人|报告人|总结人|发言人)[：:][\s\u3000]*)([\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff]){1,3})$/;
const POST_THEN_NAME = /^(.*(?:总理|省长|市长|县长|区长|镇长|乡长|书记|主任|局长|校长|院长|经理|董事长)[\s\u3000]+)([\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff]){1,2})$/;
const POST_AT_END = /(?:总理|省长|市长|县长|区长|镇长|乡长|书记|主任|局长|校长|院长|经理|董事长)[\s\u3000]*$/;
const BARE_NAME = /^[\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff]){1,2}$/;
const SPACED_NAME = /^[\u4e00-\u9fff][\s\u3000]+[\u4e00-\u9fff]$/;

// eslint-disable-next-line no-restricted-syntax -- fields the skeleton declares are genre data, as in the built-in genres
const PERSON_FIELD: GenreField = { key: "姓名", label: { zh: "姓名", en: "Name" }, example: "×××", placeholder: "×××" };
// eslint-disable-next-line no-restricted-syntax -- as PERSON_FIELD
const TITLE_FIELD: GenreField = { key: "标题", label: { zh: "报告标题", en: "Report title" }, example: "××工作报告", placeholder: "××报告" };

const squash = (text: string) => text.replace(/[\s\u3000]+/g, "");

/** Heading text without a leading ordinal (一、（一）1.（1）一是) and without end punctuation. */
export function cleanHeading(title: string): string {
  const t = title.trim();
  // Every leading ordinal, however many ("一、一、一、…" is a paragraph a person can type): each
  // is looked for in a short window at the offset reached, so a long run costs linear time.
  let at = 0;
  for (;;) {
    while (at < t.length && /\s/.test(t[at]!)) at++;
    const window = t.slice(at, at + ORDINAL_WINDOW);
    const form = matchHeadingOrdinal(window);
    const point = POINT_ORDINAL.exec(window);
    const length = form ? form.prefix.length + form.numeral.length + form.suffix.length : point ? point[0].length : 0;
    if (length === 0) break;
    at += length;
  }
  return t.slice(at).replace(TITLE_END, "").trim();
}

/** Longer than any leading ordinal (（一百二十三）, 123.), so a window of the text finds it. */
const ORDINAL_WINDOW = 24;

/** Sentences with their end marks (and closing quotes), in order. */
function sentences(text: string): string[] {
  return text.match(/[^。！？!?]*[。！？!?]+[”’」』）)]*|[^。！？!?]+$/g)?.filter((s) => s.trim()) ?? [];
}

/** Offsets outside any {…} slot. */
function outsideSlots(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}") depth--;
  }
  return depth === 0;
}

/** Cut to at most `max` characters at a clause break (，；、) outside slots, then ……. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = -1;
  for (let i = Math.min(max, text.length - 1); i > max / 3; i--) {
    if ("，；、,;".includes(text[i]!) && outsideSlots(text, i)) {
      cut = i;
      break;
    }
  }
  if (cut < 0) {
    cut = max;
    while (cut > 0 && !outsideSlots(text, cut)) cut--;
  }
  return text.slice(0, cut).replace(TITLE_END, "") + "……";
}

/** The example: the first sentence, then the sentences that carry metric slots, within the limit. */
function reduceExample(text: string): string {
  const parts = sentences(text.trim());
  const first = parts[0]?.trim();
  if (!first) return "";
  if (first.length > MAX_EXAMPLE_CHARS) return clip(first, MAX_EXAMPLE_CHARS);
  let out = first;
  for (const s of parts.slice(1)) {
    if (!s.includes("{{")) continue;
    if (out.length + s.length > MAX_EXAMPLE_CHARS) break;
    out += s.trim();
  }
  return out;
}

/** The opening paragraph: whole when short, else its first sentence and its 现将……如下： close. */
function reduceOpening(text: string): string {
  const t = text.trim();
  if (t.length <= MAX_OPENING_CHARS) return t;
  const parts = sentences(t);
  const first = parts[0]?.trim() ?? t;
  const lastParts = /[：:]$/.test(t) ? t.split(/[。！？]/) : [];
  const close = lastParts.length > 1 ? lastParts[lastParts.length - 1]!.trim() : "";
  const head = first.length > MAX_OPENING_CHARS / 2 ? clip(first, MAX_OPENING_CHARS / 2) : first;
  return close ? `${head}${head.endsWith("……") ? "" : "……"}${close}` : clip(t, MAX_OPENING_CHARS);
}

/** Skeleton text as the pane shows it: slots as their placeholders. */
function displayText(text: string, ctx: SlotContext): string {
  return text
    .replace(/\{\{[^{}]+\}\}/g, "X")
    .replace(/\{([^{}]+)\}/g, (_, key: string) => ctx.fields.find((f) => f.key === key)?.placeholder ?? "×××");
}

function hintFromText(text: string, ctx: SlotContext): Bilingual | null {
  const first = displayText(text, ctx).split(/[。！？；!?;]/)[0]?.replace(TITLE_END, "").trim();
  if (!first) return null;
  const zh = first.length > MAX_HINT_CHARS ? clip(first, MAX_HINT_CHARS) : first;
  // eslint-disable-next-line no-restricted-syntax -- the Chinese is the document's own words (no table entry can be Chinese text)
  return { zh, en: `From the document: ${zh}` };
}

function hintFromList(items: readonly string[], ctx: SlotContext): Bilingual {
  const list = clip(items.map((t) => displayText(t, ctx)).join("、"), MAX_HINT_CHARS);
  return skeletonMessages.hintFromList(list);
}

/** Both strings, in the title's own words, for a section with nothing under it. */
function hintFromTitle(title: string, ctx: SlotContext): Bilingual {
  const t = displayText(title, ctx);
  return skeletonMessages.hintFromTitle(t);
}

/** FNV-1a, for a stable id from the title. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** `base`, or base-2, base-3 … : the first not in `taken`. */
export function uniqueSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The headings, from the written ordinals, or (none written) from Word's heading levels. */
function findHeadings(texts: readonly string[], source: readonly SourceParagraph[], titleIndex: number | null): Heading[] {
  const written = readOutline(texts).filter((e) => e.level <= 4);
  let raw: Array<{ paragraph: number; level: number; title: string; runIn: string }>;
  if (written.length > 0) {
    raw = written.map((e) => {
      const text = texts[e.paragraph]!;
      const stop = text.indexOf("。", e.end);
      return { paragraph: e.paragraph, level: e.level, title: e.title, runIn: e.runIn && stop >= 0 ? text.slice(stop + 1).trim() : "" };
    });
  } else {
    raw = [];
    source.forEach((p, i) => {
      const level = p.styleLevel;
      const text = texts[i]!.trim();
      if (!text || i === titleIndex || typeof level !== "number" || level < 1 || level > 4) return;
      const stop = text.indexOf("。");
      raw.push({ paragraph: i, level, title: stop >= 0 ? text.slice(0, stop) : text, runIn: stop >= 0 ? text.slice(stop + 1).trim() : "" });
    });
  }
  if (raw.length === 0) return [];
  const top = Math.min(...raw.map((h) => h.level));
  return raw.map((h) => ({ ...h, level: h.level - top + 1 }));
}

interface Frame {
  title: number | null;
  subtitle: number[];
  addressee: number | null;
  opening: number | null;
  closing: number | null;
  signature: number | null;
  date: number | null;
  /** Section content ends before this paragraph. */
  contentEnd: number;
}

function findFrame(texts: readonly string[], headingAt: ReadonlySet<number>, firstTop: number, last: Heading, titleIndex: number | null): Frame {
  const lastHeading = last.paragraph;
  const lines = (from: number, to: number) => {
    const out: number[] = [];
    for (let i = from; i < to; i++) if (texts[i]!.trim() && !headingAt.has(i)) out.push(i);
    return out;
  };
  const t = (i: number) => texts[i]!.trim();
  const title = titleIndex !== null && titleIndex < firstTop ? titleIndex : null;
  const head = lines(title === null ? 0 : title + 1, firstTop);
  const addressee = head.find((i) => t(i).length <= 40 && /[：:]$/.test(t(i)) && !/[。！？]/.test(t(i))) ?? null;
  const subtitle: number[] = [];
  if (title !== null) {
    for (const i of head) {
      if (i === addressee || /[。；！？]/.test(t(i)) || t(i).length > 40 || /[：:]$/.test(t(i))) break;
      subtitle.push(i);
    }
  }
  const openFrom = Math.max(addressee ?? -1, subtitle[subtitle.length - 1] ?? -1, title ?? -1);
  let candidates = head.filter((i) => i > openFrom && !subtitle.includes(i) && i !== addressee);
  if (title === null && addressee === null) candidates = candidates.filter((i) => /[。！？：:]/.test(t(i)));
  const opening = candidates.find((i) => /(?:如下|如下几点|以下)[：:]$/.test(t(i))) ?? candidates[0] ?? null;

  const tail = lines(lastHeading + 1, texts.length);
  let date: number | null = null;
  let signature: number | null = null;
  const final = tail[tail.length - 1];
  if (final !== undefined && (tail.length > 1 || last.runIn) && DATE_LINE.test(squash(t(final)))) date = final;
  const beforeDate = date === null ? final : tail[tail.length - 2];
  if (beforeDate !== undefined && (tail.indexOf(beforeDate) > 0 || last.runIn)) {
    const line = t(beforeDate);
    const short = line.length <= 30 && !/[。；，！？]/.test(line);
    if ((date !== null && short) || SIGNER.test(line)) signature = beforeDate;
  }
  const ends = [signature, date].filter((i): i is number => i !== null);
  // The last heading's first paragraph is its body, not a closing (unless the heading runs in).
  const closingScope = tail.slice(last.runIn ? 0 : 1).filter((i) => ends.every((e) => i < e));
  const closingAt = [...closingScope].reverse().find((i) => t(i).length <= 200 && CLOSING.test(t(i)));
  const closing = closingAt ?? null;
  const contentEnd = Math.min(closing ?? texts.length, signature ?? texts.length, date ?? texts.length);
  return { title, subtitle, addressee, opening, closing, signature, date, contentEnd };
}

/** The report's year: the title's, else the lines under it, the date, the opening, else the commonest. */
function reportYearOf(texts: readonly string[], frame: Frame): number | null {
  const order = [frame.title, ...frame.subtitle, frame.date, frame.opening].filter((i): i is number => i !== null);
  for (const i of order) {
    const years = typedYears(texts[i]!);
    if (years.length) return years[0]!;
  }
  const counts = new Map<number, number>();
  for (const text of texts) for (const y of typedYears(text)) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}

/** 述职人：李明 → 述职人：{姓名}; 国务院总理 李 强 (ideographic spaces) → 国务院总理 {姓名}. */
function personToField(line: string, ctx: SlotContext, previous?: string): string {
  const signer = SIGNER.exec(line) ?? POST_THEN_NAME.exec(line);
  if (signer) return signer[1]! + ctx.field(PERSON_FIELD);
  if (SPACED_NAME.test(line) || (previous !== undefined && POST_AT_END.test(previous) && BARE_NAME.test(line))) return ctx.field(PERSON_FIELD);
  return line;
}

/**
 * Genre name from the title (the one 一键排版 detects), the year written as {年度} and other fields
 * and placeholders left out: {中学名称}中学校长{年度}年度述职述廉报告 → 中学校长{年度}年度述职述廉报告;
 * 第{第几中学}中学 → 中学; XX集团20XX年工作总结 → 集团{年度}年工作总结.
 */
export function suggestedName(titlePattern: string): string {
  const YEAR_TOKEN = `{${YEAR_FIELD.key}}`;
  const name = titlePattern
    .replace(/(?:19|20)[0-9Xx]{2}(?=年)/g, YEAR_TOKEN)
    .replace(/第?\{第几[^{}]*\}/g, "")
    .replace(/\{(?!年度\})[^{}]+\}/g, "")
    .replace(/[XxＸｘ×○]+/g, "")
    .replace(/^[\s\u3000、，·—-]+/, "")
    .trim();
  return name.replace(/\{年度\}/g, "").replace(/[年度\s]/g, "") ? name : "我的骨架";
}


/**
 * The genre a report's outline makes. `paragraphs` are the document's body paragraphs in order
 * (texts, or texts with the heading level of their style). Fails, with a message to show, on an
 * empty document and on one without numbered headings.
 */
export function genreFromOutline(paragraphs: readonly (string | SourceParagraph)[], options: OutlineGenreOptions = {}): OutlineGenreResult {
  const source: SourceParagraph[] = paragraphs.map((p) => (typeof p === "string" ? { text: p } : p));
  // Tables, advertising lines and the template lines above the title (a bare site name, a slogan:
  // the title detection 一键排版 uses) take no part; blanked rather than removed, so indices hold.
  const texts = source.map((p) => (p.inTable ? "" : p.text.replace(/[\r\v\f]/g, " ")));
  for (const i of findAdParagraphs(texts).ads) texts[i] = "";
  if (!texts.some((t) => t.trim())) return { ok: false, reason: "empty", message: FAILURES.empty };
  const detected = detectTitle(texts);
  for (const i of detected.template) texts[i] = "";
  const titleIndex = detected.index;
  const headings = findHeadings(texts, source, titleIndex);
  const firstTopIndex = headings.findIndex((h) => h.level === 1);
  if (firstTopIndex < 0) return { ok: false, reason: "no-headings", message: FAILURES["no-headings"] };
  const used = headings.slice(firstTopIndex);
  const headingAt = new Set(headings.map((h) => h.paragraph));
  const frame = findFrame(texts, headingAt, used[0]!.paragraph, used[used.length - 1]!, titleIndex);
  const ctx = new SlotContext(reportYearOf(texts, frame));
  const line = (i: number | null) => (i === null ? undefined : texts[i]!.trim());

  // The frame first: it declares the fields that headings and body text then reuse.
  const titleText = line(frame.title);
  const titlePattern = titleText ? convertText(titleText, ctx, "frame") : ctx.field(TITLE_FIELD);
  const subtitle: string[] = [];
  frame.subtitle.forEach((i, k) => {
    const converted = personToField(convertText(line(i)!, ctx, "frame"), ctx, k > 0 ? line(frame.subtitle[k - 1]!) : undefined);
    if (converted.trim()) subtitle.push(converted);
  });
  const frameText = (i: number | null) => (i === null ? undefined : convertText(line(i)!, ctx, "frame").trim() || undefined);
  const addressee = frameText(frame.addressee);
  const openingText = line(frame.opening);
  const opening = openingText ? reduceOpening(convertText(openingText, ctx, "frame")) || undefined : undefined;
  const closing = frameText(frame.closing);
  const signatureText = frameText(frame.signature);
  const signature = signatureText === undefined ? undefined : personToField(signatureText, ctx);
  const date = frameText(frame.date);

  const inContent = used.filter((h) => h.paragraph < frame.contentEnd);
  const bodyOf = (h: Heading): string | undefined => {
    if (h.runIn) return h.runIn;
    for (let i = h.paragraph + 1; i < frame.contentEnd && !headingAt.has(i); i++) {
      const text = texts[i]!.trim();
      if (text) return text;
    }
    return undefined;
  };
  const titleOf = (h: Heading): string => cleanHeading(convertText(cleanHeading(h.title), ctx, "heading")) || "未命名章节";
  const pointsOf = (children: readonly Heading[]): string[] =>
    children
      .map((c) => cleanHeading(convertText(cleanHeading(c.title), ctx, "body")))
      .filter((p) => p && !POINT_ORDINAL.test(p) && !matchHeadingOrdinal(p));
  const build = (h: Heading, id: string, points: readonly Heading[]): GenreSubsection => {
    const title = titleOf(h);
    const bodyText = bodyOf(h);
    const example = bodyText ? reduceExample(convertText(bodyText, ctx, "body")) : "";
    const body = example && !matchHeadingOrdinal(example) ? [example] : [];
    const items = points.length >= 2 ? pointsOf(points) : [];
    const section: GenreSubsection = {
      id,
      title,
      hint: (body[0] ? hintFromText(body[0], ctx) : null) ?? (items.length >= 2 ? hintFromList(items, ctx) : hintFromTitle(title, ctx)),
      body,
    };
    if (items.length >= 2) section.points = items;
    return section;
  };

  const sections: GenreSection[] = [];
  let subsectionCount = 0;
  inContent.forEach((h, index) => {
    if (h.level !== 1) return;
    const end = inContent.findIndex((x, k) => k > index && x.level === 1);
    const inside = inContent.slice(index + 1, end < 0 ? undefined : end);
    const id = `s${sections.length + 1}`;
    const firstSub = inside.findIndex((x) => x.level === 2);
    const ownPoints = inside.slice(0, firstSub < 0 ? undefined : firstSub).filter((x) => x.level === 3);
    const subs = inside.filter((x) => x.level === 2);
    const sectionShell = build(h, id, ownPoints);
    const subsections = subs.map((sub, k) => {
      const from = inside.indexOf(sub);
      const next = inside.findIndex((x, j) => j > from && x.level <= 2);
      const points = inside.slice(from + 1, next < 0 ? undefined : next).filter((x) => x.level === 3);
      return build(sub, `${id}-${k + 1}`, points);
    });
    subsectionCount += subsections.length;
    const hint =
      sectionShell.body.length === 0 && !sectionShell.points && subsections.length
        ? hintFromList(subsections.map((s) => s.title), ctx)
        : sectionShell.hint;
    sections.push({ ...sectionShell, hint, subsections });
  });

  const taken = new Set(options.takenIds ?? []);
  const baseTitle = titleText ?? sections.map((s) => s.title).join("/");
  const name = suggestedName(titlePattern);
  const shownTitle = (titleText ?? name).slice(0, 40);
  const genre: Genre = {
    id: uniqueSlug(`mine-${hash(baseTitle)}`, taken),
    name: { zh: name, en: name },
    description: skeletonMessages.savedFrom(shownTitle, sections.length, subsectionCount),
    fields: ctx.fields,
    titlePattern,
    sections,
  };
  if (subtitle.length) genre.subtitle = subtitle;
  if (addressee) genre.addressee = addressee;
  if (opening) genre.opening = opening;
  if (closing) genre.closing = closing;
  if (signature) genre.signature = signature;
  if (date) genre.date = date;
  // Fields in the order the frame reads (title first), the year where the built-ins have it.
  genre.fields = [...ctx.fields].sort((a, b) => (a.key === YEAR_FIELD.key ? 1 : 0) - (b.key === YEAR_FIELD.key ? 1 : 0));
  // What the catalog would refuse is refused here, in words, rather than thrown at the pane.
  const problems = validateGenre(genre);
  if (problems.length) {
    const where = problems.slice(0, 3).map((p) => `${p.section ?? ""} ${p.path}: ${p.message}`.trim()).join("; ");
    return {
      ok: false,
      reason: "unusable",
      message: skeletonMessages.unusable(where),
    };
  }
  return {
    ok: true,
    genre,
    stats: { sections: sections.length, subsections: subsectionCount, metrics: ctx.metrics.length, fields: ctx.fields.length },
  };
}
