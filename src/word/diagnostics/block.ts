/**
 * Where 诊断's probes write: paragraphs it inserts at the end of the body, each carrying the
 * sentinel text. They are found again by that text, never by count or index, so a paragraph a
 * person (or a co-author) adds during the run is never taken for one of ours (word-fidelity-review-2 #3).
 */

/** The start of every paragraph 诊断 inserts. */
export const SENTINEL = "报告助手诊断";
/** Characters a picture may read as in paragraph.text (mode pictureCharInText). */
// eslint-disable-next-line no-control-regex -- U+0001 is how Word's object model marks a picture
const PICTURE_CHARS = /[\u0001\uFFFC]/g;

/** Our paragraphs' texts, as inserted: the only paragraphs cleanup may delete. */
export class ProbeBlock {
  private readonly texts = new Set<string>();
  private last: Word.Paragraph | null = null;

  constructor(private readonly context: Word.RequestContext) {}


  /** The text of a probe paragraph with this label (registered as ours). */
  text(label: string): string {
    const text = `${SENTINEL}·${label}`;
    this.texts.add(text);
    return text;
  }

  /** Registers a text a probe's package writes (a paragraph of an inserted OOXML package). */
  own(text: string): string {
    this.texts.add(text);
    return text;
  }

  /**
   * Opens the block: a first and a closing paragraph just before the body's last paragraph, so the
   * document's final paragraph stays the person's (Word may keep a final paragraph mark it is
   * asked to delete) and every probe paragraph lies between two of ours. No sync.
   */
  open(): void {
    const first = this.context.document.body.paragraphs.getLast().insertParagraph(this.text("（完成后自动删除）"), "Before");
    first.insertParagraph(this.text("（结束）"), "After");
    this.last = first;
  }

  /** Inserts a probe paragraph after the previous one, inside the block; no sync. */
  add(label: string): Word.Paragraph {
    if (!this.last) throw new Error("ProbeBlock.open() first");
    const paragraph = this.last.insertParagraph(this.text(label), "After");
    this.last = paragraph;
    return paragraph;
  }

  /** Whether a paragraph text is one we wrote (a picture's character, or stripped U+2060, aside). */
  isOurs(text: string): boolean {
    const plain = text.replace(PICTURE_CHARS, "");
    return this.texts.has(text) || this.texts.has(plain) || this.texts.has(plain.replace(/\u2060/g, "")) || [...this.texts].some((t) => t.replace(/\u2060/g, "") === plain);
  }

  /** Every paragraph after the next probe inserts lands after this one. */
  continueAfter(paragraph: Word.Paragraph): void {
    this.last = paragraph;
  }
}

/** Whether a paragraph text starts with the sentinel: ours or a leftover, never deleted on that alone. */
export const hasSentinel = (text: string): boolean => text.replace(/^[\u2060\s]+/, "").startsWith(SENTINEL);

/**
 * Deletes our paragraphs (by their exact text) and the empty paragraphs an OOXML insertion left
 * between two of them. Syncs: 2 (read, delete)
 * and 1 more to read back what stayed: paragraphs with the sentinel that are not exactly ours (a
 * person typed into one: left for them), and whether the body's last paragraph, ours, stayed as an
 * empty one (Word keeps the document's final paragraph mark: mode lastParagraphDeletable).
 */
export async function removeProbeParagraphs(context: Word.RequestContext, isOurs: (text: string) => boolean): Promise<{ stayed: string[]; emptyLast: boolean }> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  await context.sync();
  const items = paragraphs.items;
  const ours = items.map((p) => isOurs(p.text));
  const firstOurs = ours.indexOf(true);
  const lastOurs = ours.lastIndexOf(true);
  // Ours, and empty paragraphs between two of ours (what an OOXML insertion may leave, #2914).
  const doomed = items.filter((p, i) => ours[i] || (p.text === "" && i > firstOurs && i < lastOurs && firstOurs >= 0));
  // Later paragraphs first: each delete leaves the ones before it where they were.
  for (const p of [...doomed].reverse()) p.delete();
  if (doomed.length === 0) return { stayed: items.map((p) => p.text).filter(hasSentinel), emptyLast: false };
  await context.sync();
  const left = context.document.body.paragraphs;
  left.load("items/text");
  await context.sync();
  const lastWasOurs = doomed.includes(items[items.length - 1]!);
  const now = left.items;
  return {
    stayed: now.map((p) => p.text).filter(hasSentinel),
    emptyLast: lastWasOurs && now.length === items.length - doomed.length + 1 && now[now.length - 1]?.text === "",
  };
}
