/**
 * The report's title, and what stands above it. Shared by 一键排版 (core/format) and 存为骨架
 * (core/skeleton), which may not import each other, so it lives beside the advertising lines.
 *
 * A formal 公文 may open with a 版头 (份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人: GB/T 9704
 * 7.2, ../shared/docs/gongwen.md); a report read at a meeting opens with its title. Anything else
 * above the title (a site name alone, a slogan, 仅供学习, a source note) is template residue: it is
 * reported and never becomes the 2号 centred title. The title is picked by its pattern (……年度……
 * 报告/总结/讲话), not by being the first short line.
 */
import { startsWithOrdinal } from "../outline/index";
import { findAdParagraphs } from "./index";

/** Longest line still read as a title (long 述职述廉 titles run to about 50 characters). */
const TITLE_MAX_CHARS = 60;
/** Non-empty lines looked at before giving up on finding a title. */
const TOP_LINES = 12;

const END_PUNCTUATION = /[。；，、：！？.;,:!?]$/;
/** A genre noun at the end (with an optional （草案）-style note): the title pattern. */
const GENRE_END =
  /(?:报告|总结|讲话|发言|发言稿|讲稿|述职|汇报|致辞|方案|计划|规划|要点|意见|建议|通知|通报|决定|请示|批复|函|纪要|办法|规定|细则|制度|材料|提纲|说明|倡议书|心得体会|体会|述评|综述|情况|报告会)(?:[（(][^（）()]{1,12}[）)])?$/;
/** "关于……的……": the official title form, whatever noun ends it. */
const ABOUT = /^关于.{2,}的./;
/** A subtitle line: "——在……会议上的讲话", "（2026年12月8日）", "在全县……会议上的讲话". */
const SUBTITLE = /^(?:[—―─-]{1,2}|[（(]|在.{2,40}上的(?:讲话|发言|报告|致辞|汇报)$)/;

/** Parts of a 版头, each a whole line. */
const MASTHEAD: readonly RegExp[] = [
  /^(?:份号[：:]?\s*)?[0-9０-９]{6}$/, //                                  份号
  /^(?:密级[：:]?\s*)?(?:绝密|机密|秘密)(?:\s*[★☆*]\s*.{0,10})?$/, //     密级和保密期限
  /^(?:紧急程度[：:]?\s*)?(?:特急|加急|特提|平急)$/, //                    紧急程度
  /^.{2,30}文件$/, //                                                      发文机关标志
  /^.{0,20}[〔[［【(（][0-9０-９]{4}[〕\]］】)）]\s*[0-9０-９]{1,5}\s*号(?:\s+签发人[：:].{0,12})?$/, // 发文字号
  /^签发人[：:].{0,20}$/, //                                               签发人
];
/** An issuing organ's name: a 发文机关标志 when a 发文字号 follows it. */
const ORGAN = /(?:委员会|人民政府|人民代表大会|政协|办公厅|办公室|党委|党组|纪委|监委|人大常委会|[部委厅局处署院会])$/;

/** True when a line (trimmed) is a part of a 版头. */
export function isMastheadLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && MASTHEAD.some((re) => re.test(t));
}

/** True when a line reads as a report's title by its form (……报告, 关于……的通知). */
export function hasTitlePattern(text: string): boolean {
  const t = text.trim();
  return t.length <= TITLE_MAX_CHARS && !SUBTITLE.test(t) && (GENRE_END.test(t) || ABOUT.test(t));
}

/** Could be a title by its shape: short, no ordinal, no sentence punctuation, not a 版头 part. */
function titleShaped(text: string): boolean {
  return text.length <= TITLE_MAX_CHARS && !startsWithOrdinal(text) && !END_PUNCTUATION.test(text) && !/[。；]/.test(text) && !SUBTITLE.test(text);
}

/** Where the opening stops: a numbered heading, an addressee (……：), a sentence of body text. */
function endsOpening(text: string): boolean {
  return startsWithOrdinal(text) || /[：:]$/.test(text) || /[。！？]/.test(text);
}

export interface TitleDetection {
  /** The title paragraph, or null when the document has none that can be told. */
  index: number | null;
  /**
   * "pattern": the title reads as one (……报告) and nothing but a 版头 or advertising lines stands
   * above it; "guess": the first title-shaped line, or a title with other text above it; "chosen":
   * the person picked it. Only "pattern" and "chosen" are certain.
   */
  basis: "pattern" | "guess" | "chosen" | "none";
  /** Non-empty lines above the title that belong to a 版头 (kept, not formatted as body). */
  masthead: number[];
  /** Non-empty lines above the title that are not: template or advertising lines, left unstyled. */
  template: number[];
  /** Lines the person may pick instead: title-shaped lines of the opening, in order. */
  candidates: number[];
}

/**
 * Whether the pane should show the chosen title and let the person pick another first: a guess,
 * with text above it or another line to pick.
 */
export const titleUncertain = (d: TitleDetection): boolean => d.basis === "guess" && (d.template.length > 0 || d.candidates.length > 1);

/**
 * Finds the title among the opening lines: the first line with the title pattern (a line with a
 * leading —— or （ is a subtitle: the title is the title-shaped line above it), else the first
 * title-shaped line. `chosen` (a paragraph index the person picked) wins when that line is not empty.
 */
export function detectTitle(paragraphs: readonly string[], options: { chosen?: number } = {}): TitleDetection {
  const texts = paragraphs.map((p) => (p ?? "").trim());
  // Advertising lines, those repeating a flagged line's brand included (a bare site name).
  const ads = new Set(findAdParagraphs(paragraphs).ads);
  const candidates: number[] = [];
  let patterned: number | null = null;
  let seen = 0;
  for (let i = 0; i < texts.length && seen < TOP_LINES; i++) {
    const text = texts[i]!;
    if (!text) continue;
    seen++;
    if (isMastheadLine(text) || ads.has(i)) continue;
    if (SUBTITLE.test(text) && patterned === null && candidates.length > 0 && /讲话|发言|报告|汇报|致辞|述职/.test(text)) {
      patterned = candidates[candidates.length - 1]!;
      continue;
    }
    if (endsOpening(text)) break;
    if (!titleShaped(text)) continue;
    candidates.push(i);
    if (patterned === null && hasTitlePattern(text)) patterned = i;
  }

  const chosen = options.chosen;
  let index: number | null;
  let basis: TitleDetection["basis"];
  if (chosen !== undefined && Number.isInteger(chosen) && chosen >= 0 && texts[chosen]) {
    [index, basis] = [chosen, "chosen"];
    if (!candidates.includes(chosen)) {
      candidates.push(chosen);
      candidates.sort((a, b) => a - b);
    }
  } else if (patterned !== null) {
    [index, basis] = [patterned, "pattern"];
  } else if (candidates.length > 0) {
    [index, basis] = [candidates[0]!, "guess"];
  } else {
    return { index: null, basis: "none", masthead: [], template: [], candidates };
  }

  const masthead: number[] = [];
  const template: number[] = [];
  for (let i = 0; i < index; i++) {
    if (!texts[i]) continue;
    if (isMastheadLine(texts[i]!) || isOrganBeforeNumber(texts, i, index)) masthead.push(i);
    else template.push(i);
  }
  // Text above a title found by its pattern: still the title, but the person should see the choice.
  if (basis === "pattern" && template.some((i) => !ads.has(i))) basis = "guess";
  return { index, basis, masthead, template, candidates };
}

/** An organ's name with a 发文字号 among the next two non-empty lines above the title. */
function isOrganBeforeNumber(texts: readonly string[], i: number, title: number): boolean {
  const text = texts[i]!;
  if (text.length > 30 || !ORGAN.test(text)) return false;
  let looked = 0;
  for (let j = i + 1; j < title && looked < 2; j++) {
    if (!texts[j]) continue;
    looked++;
    if (MASTHEAD[4]!.test(texts[j]!)) return true;
  }
  return false;
}
