/**
 * Advertising and watermark lines that downloaded templates carry (site credits, contact numbers,
 * membership and subscription offers, anti-resale and copying notices, QR prompts), and the blank
 * paragraphs that come with them at the start and end of the document. Used by the checker (to
 * report and remove them) and by the formatter (to leave them out of the title search).
 */
import { startsWithOrdinal } from "../outline/index";
import { emailRanges } from "./contact";
import { AD_SIGNALS, CONTACT_NUMBER } from "./signals";
import { hasTitlePattern } from "./title";

export { AD_SIGNALS, type AdSignalKind } from "./signals";
export { emailRanges, urlRanges } from "./contact";
export { detectTitle, hasTitlePattern, isMastheadLine, titleUncertain, type TitleDetection } from "./title";

/** Lines longer than this are body text unless several ad signals meet in them. */
const SHORT_LINE = 60;

// "XX整理" / "张三 整理" as a whole short line (an attribution watermark), not "档案整理工作".
const ATTRIBUTION = /^[^，。；：]{0,14}整理[）)】\]]?$|^[（(【[]?整理[:：]/;

/** True when the paragraph reads as an advertising or watermark line rather than report text. */
export function isAdLine(paragraph: string): boolean {
  const text = paragraph.trim();
  if (!text) return false;
  let strong = 0;
  let weak = 0;
  for (const signal of AD_SIGNALS) {
    if (!signal.pattern.test(text)) continue;
    if (signal.strong) strong++;
    else weak++;
  }
  const contact = CONTACT_NUMBER.test(text) || (text.includes("@") && emailRanges(text).length > 0) ? 1 : 0;
  // Body text (long, a full sentence, or a heading) needs an ad signal plus another one.
  const bodyLike =
    text.length > SHORT_LINE || startsWithOrdinal(text) || (/[，；]/.test(text) && /[。！？]$/.test(text));
  if (bodyLike) return strong >= 1 && strong + weak + contact >= 2;
  if (strong >= 1) return true;
  if (ATTRIBUTION.test(text)) return true;
  // A complete sentence with two such words is report text (开展政策咨询和档案整理工作。).
  return weak + contact >= 2 && !/[。！？]$/.test(text);
}

/** Paragraphs to remove: the advertising lines, and blank runs that only served them. */
export interface AdParagraphs {
  /** Indices of advertising and watermark lines. */
  ads: number[];
  /**
   * Indices of blank paragraphs in a run that touches an advertising line and reaches the start
   * or end of the document, or lies between two advertising lines: removing the ads alone would
   * leave the document opening (or ending) with empty paragraphs.
   */
  blanks: number[];
}

const isBlank = (text: string) => text.trim() === "";

// A brand in an advertising line: the name before a credit verb ("笔杆子之家整理"), a name ending in a
// site word ("某某公文网"), or the name quoted after 公众号/关注/搜索.
const CREDIT_VERB = /^(.{2,12}?)(?:整理|出品|制作|提供|原创|首发|编辑|收集|分享|独家)/;
const SITE_WORD = /^.{1,10}(?:网|站|之家|文库|平台|工作室|资料库)$/;
const QUOTED = /(?:公众号|关注|搜索)[：:\s]*[「“【《"]([^」”】》"]{2,12})[」”】》"]/;
const SEPARATORS = /[，,。；;：:、\s|｜丨·•【】[\]「」《》()（）"“”!！?？]+/;

/** Brand names an advertising line carries (at least 3 characters, no digits, no ad wording of their own). */
export function brandNames(adLine: string): string[] {
  const brands = new Set<string>();
  const quoted = QUOTED.exec(adLine)?.[1];
  if (quoted) brands.add(quoted.trim());
  for (const piece of adLine.split(SEPARATORS)) {
    const credited = CREDIT_VERB.exec(piece)?.[1];
    const name = credited ?? (SITE_WORD.test(piece) ? piece : null);
    if (!name || name.length < 3 || /[0-9０-９]/.test(name) || /^(?:本文|本站|本平台|来自|转自|由)/.test(name)) continue;
    if (AD_SIGNALS.some((signal) => signal.strong && signal.pattern.test(name))) continue;
    brands.add(name.replace(/^(?:本文由|来自|转自|关注|搜索|访问|欢迎访问)/, ""));
  }
  return [...brands].filter((b) => b.length >= 3);
}

/** A short line that names a brand of an advertising line and little else (a bare site name, a slogan with it). */
function repeatsBrand(text: string, brands: readonly string[]): boolean {
  const t = text.trim();
  if (!t || t.length > 30 || startsWithOrdinal(t) || /[。！？]$/.test(t) || hasTitlePattern(t)) return false;
  return brands.some((b) => t.includes(b) && t.length - b.length <= 16);
}

/** Finds the advertising lines of a document and the blank runs that go with them. */
export function findAdParagraphs(paragraphs: readonly string[]): AdParagraphs {
  const isAd = paragraphs.map(isAdLine);
  // A line repeating the brand of a flagged line is one too: "笔杆子之家" above the title, once
  // "笔杆子之家整理，咨询QQ……" is flagged (ux-review-3 problem 1).
  const brands = [...new Set(paragraphs.filter((_, i) => isAd[i]).flatMap(brandNames))];
  if (brands.length) paragraphs.forEach((p, i) => (isAd[i] ||= repeatsBrand(p, brands)));
  const ads: number[] = [];
  isAd.forEach((ad, i) => ad && ads.push(i));
  if (ads.length === 0) return { ads, blanks: [] };

  const isContent = (i: number) => !isAd[i] && !isBlank(paragraphs[i]!);
  let first = 0;
  while (first < paragraphs.length && !isContent(first)) first++;
  let last = paragraphs.length - 1;
  while (last >= first && !isContent(last)) last--;
  const headerHasAds = ads[0]! < first;
  const footerHasAds = ads[ads.length - 1]! > last;

  // For each blank: is the nearest non-blank paragraph above (below) an advertising line?
  const adAbove: boolean[] = [];
  for (let i = 0, seen = false; i < paragraphs.length; i++) {
    adAbove[i] = seen;
    if (isAd[i] || !isBlank(paragraphs[i]!)) seen = isAd[i]!;
  }
  const blanks: number[] = [];
  for (let i = paragraphs.length - 1, seen = false; i >= 0; i--) {
    if (isAd[i] || !isBlank(paragraphs[i]!)) {
      seen = isAd[i]!;
      continue;
    }
    const inHeader = i < first && headerHasAds;
    const inFooter = i > last && footerHasAds;
    if (inHeader || inFooter || (adAbove[i] && seen)) blanks.push(i);
  }
  return { ads, blanks: blanks.reverse() };
}
