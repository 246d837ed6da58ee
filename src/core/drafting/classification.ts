/**
 * The classified-text guard of 起草助手: text carrying a security marking (绝密, 机密, 秘密 as
 * GB/T 9704 writes them: 机密★1年, a line of its own at the head, 密级：秘密, 【机密】) or one of the
 * organisation's own terms is never sent to a model. The words alone in running prose (保守国家
 * 秘密, 商业秘密) are not markings: a report on 保密工作 may be drafted.
 */

export type ClassificationLevel = "绝密" | "机密" | "秘密";

export interface ClassificationHit {
  /** Index of the paragraph (of the texts given) that carries it. */
  paragraph: number;
  /** The marking or term as written. */
  text: string;
  /** The level, or null for an organisation's own term. */
  level: ClassificationLevel | null;
}

const LEVEL = "(绝密|机密|秘密)";
const MARKINGS: readonly RegExp[] = [
  // 机密★1年, 秘密★, 绝密★启用前
  new RegExp(`${LEVEL}\\s*[★☆*＊]`, "u"),
  // 密级：机密
  new RegExp(`密级\\s*[:：]?\\s*${LEVEL}`, "u"),
  // 【机密】 〔秘密〕 （绝密） [机密]
  new RegExp(`[【〔［\\[（(]\\s*${LEVEL}\\s*[】〕］\\]）)]`, "u"),
  // A line that is the marking alone (top left of the first page).
  new RegExp(`^\\s*${LEVEL}\\s*$`, "u"),
];

/** Every marking or organisation term in `paragraphs` (first hit per paragraph). */
export function findClassificationMarkings(paragraphs: readonly string[], organisationTerms: readonly string[] = []): ClassificationHit[] {
  const terms = organisationTerms.map((t) => t.trim()).filter(Boolean);
  const hits: ClassificationHit[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const marking of MARKINGS) {
      const m = marking.exec(text);
      if (m) {
        hits.push({ paragraph, text: m[0].trim(), level: m[1] as ClassificationLevel });
        return;
      }
    }
    const term = terms.find((t) => text.includes(t));
    if (term) hits.push({ paragraph, text: term, level: null });
  });
  return hits;
}

/** How many paragraphs at the head of a document carry its marking (GB/T 9704 puts it in the 版头). */
export const MARKING_HEAD_PARAGRAPHS = 6;

/**
 * Whether a request may be sent: the text to send must carry no marking, nor may the document's
 * head (a marked document's sections are classified even where the marking is not repeated).
 */
export function classificationRefusal(
  documentHead: readonly string[],
  toSend: readonly string[],
  organisationTerms: readonly string[] = [],
): ClassificationHit | null {
  return (
    findClassificationMarkings(documentHead.slice(0, MARKING_HEAD_PARAGRAPHS), organisationTerms)[0] ??
    findClassificationMarkings(toSend, organisationTerms)[0] ??
    null
  );
}
