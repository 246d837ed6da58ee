import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import type { FindingDraft } from "../types";
import { compareDays, parseDay, type Day } from "../../text/partyCongress";

const RULE = "text.yearBound" as const;

/** A wording that is right only in reports of certain years (年度). */
export interface YearBoundPhrase {
  pattern: RegExp;
  /** Report years in which the wording fits. */
  years: readonly number[];
  /** Why, in a few words: what the wording refers to. */
  zh: string;
  en: string;
  /** Judge even when the sentence names another year or says 明年/去年 (the phrase carries its own 今年). */
  strict?: true;
}

/**
 * Year-bound wordings of 2025–2027 reports. The "十五五" period is 2026–2030 (规划建议, 二十届四中全会,
 * 2025); the 二十一大 is due in 2027 (five-year congress cycle since the 二十大, October 2022).
 */
/* eslint-disable no-restricted-syntax -- year facts are data (docs/ARCHITECTURE.md, Languages), not messages */
export const YEAR_BOUND_PHRASES: readonly YearBoundPhrase[] = [
  { pattern: /今年是[^。；]*?开局之年/g, years: [2026], zh: "2026年是“十五五”开局之年", en: "2026 is the first year of the 15th Five-Year Plan", strict: true },
  { pattern: /明年是[^。；]*?开局之年/g, years: [2025], zh: "2026年才是“十五五”开局之年", en: "the plan's first year is 2026", strict: true },
  { pattern: /今年[^。；]*?开好局、起好步/g, years: [2026], zh: "2026年是“十五五”开局之年", en: "2026 is the first year of the 15th Five-Year Plan", strict: true },
  { pattern: /今年[^。；]*?迎接党的二十一大/g, years: [2027], zh: "党的二十一大在2027年召开", en: "the 21st Party Congress is due in 2027", strict: true },
  { pattern: /开局之年/g, years: [2025, 2026], zh: "“十五五”开局之年指2026年", en: "the plan's first year is 2026" },
  { pattern: /开好局、起好步|开好局起好步|开局起步/g, years: [2025, 2026], zh: "“开好局、起好步”是2026年（及2025年谋划次年时）的提法", en: "“a good start” belongs to 2026 (and to 2025 plans for it)" },
  { pattern: /今年是[^。；]*?“十五五”[^。；]*?第二年/g, years: [2027], zh: "2027年是“十五五”第二年", en: "2027 is the plan's second year", strict: true },
  { pattern: /“十五五”[^。；]{0,8}第二年/g, years: [2026, 2027], zh: "“十五五”第二年指2027年", en: "the plan's second year is 2027" },
  { pattern: /迎接党的二十一大|党的二十一大胜利召开/g, years: [2026, 2027], zh: "迎接党的二十一大是2027年（及2026年谋划次年时）的提法", en: "the run-up to the 21st Party Congress belongs to 2027 (and to 2026 plans for it)" },
  { pattern: /建党105周年|中国共产党成立105周年/g, years: [2025, 2026], zh: "建党105周年是2026年", en: "the Party's 105th anniversary is in 2026" },
  { pattern: /(?:扎实|深入|认真)开展树立和践行正确政绩观学习教育/g, years: [2026], zh: "树立和践行正确政绩观学习教育在2026年开展", en: "the campaign on the right view of performance ran in 2026" },
  { pattern: /正确政绩观学习教育/g, years: [2026, 2027], zh: "树立和践行正确政绩观学习教育始于2026年", en: "the campaign on the right view of performance began in 2026" },
  { pattern: /(?:扎实|深入|认真)开展深入贯彻中央八项规定精神学习教育/g, years: [2025], zh: "深入贯彻中央八项规定精神学习教育在2025年开展", en: "the eight-point rules campaign ran in 2025" },
  { pattern: /党的二十一大精神/g, years: [2027, 2028, 2029, 2030, 2031, 2032], zh: "党的二十一大在2027年召开，此前没有它的精神可学", en: "the 21st Party Congress meets in 2027; before it there is nothing of it to study" },
  { pattern: /换届之年/g, years: [2026, 2027], zh: "本轮地方换届集中在2026—2027年", en: "the current round of local elections falls in 2026–2027" },
  { pattern: /今年是[^。；]*?“十四五”[^。；]*?收官之年/g, years: [2025], zh: "“十四五”收官之年是2025年", en: "the 14th plan ended in 2025", strict: true },
];
/* eslint-enable no-restricted-syntax */

const SENTENCE = /[^。；！？]*[。；！？]?/g;
const OTHER_YEAR = /(?:19|20)\d{2}\s*年|明年|去年|上年|下一年|来年|过去一年|新的一年/;

/** The report's year: the first four-digit year in its first three non-empty paragraphs (title, 副标题, 主送). */
export function reportYearOf(paragraphs: readonly string[]): number | undefined {
  const head = paragraphs.filter((p) => p.trim()).slice(0, 3);
  for (const p of head) {
    const match = /((?:19|20)\d{2})\s*年/.exec(p.normalize("NFKC"));
    if (match) return Number(match[1]);
  }
  return undefined;
}

const DATE_LINE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g;

/**
 * The day the report speaks from: the latest date in its last three non-empty paragraphs (落款日期),
 * else in its first three (题注 of a speech or 政府工作报告); a month without a day counts as its first day.
 */
export function reportDayOf(paragraphs: readonly string[]): Day | undefined {
  const filled = paragraphs.filter((p) => p.trim());
  for (const lines of [filled.slice(-3), filled.slice(0, 3)]) {
    let latest: Day | undefined;
    for (const p of lines) {
      for (const m of p.normalize("NFKC").matchAll(DATE_LINE)) {
        const day = { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : 1 };
        if (!latest || compareDays(day, latest) > 0) latest = day;
      }
    }
    if (latest) return latest;
  }
  return undefined;
}

const WELCOME_CONGRESS = /迎接党的二十一大|党的二十一大胜利召开/g;
const CONGRESS_SPIRIT = /党的二十一大精神/g;

/**
 * With the organisation's 二十一大 date: 迎接 in a report from after it, and its 精神 in one from
 * before it. The report's day is its date line; without one only its year decides, and a report of
 * the congress's own year is left alone.
 */
function congressFindings(paragraphs: readonly string[], year: number, congressDate: string | undefined): FindingDraft[] {
  const opened = parseDay(congressDate);
  if (!opened) return [];
  const day = reportDayOf(paragraphs);
  const order = day ? compareDays(day, opened) : year === opened.year ? undefined : year - opened.year;
  if (order === undefined) return [];
  const when = `${opened.year}年${opened.month}月${opened.day}日`;
  const [pattern, say] = order >= 0 ? [WELCOME_CONGRESS, checksMessages.congressHeld] : [CONGRESS_SPIRIT, checksMessages.congressAhead];
  const out: FindingDraft[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const m of text.matchAll(pattern)) {
      out.push(draft(RULE, paragraph, m.index, m.index + m[0].length, "warning", say(m[0], when, opened)));
    }
  });
  return out;
}

/** Wordings that hold only in certain years (开局之年, 迎接二十一大 …) found in a report of another year. */
export const textYearBoundRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const year = reportYearOf(ctx.paragraphs);
    if (year === undefined) return [];
    const out: FindingDraft[] = congressFindings(ctx.paragraphs, year, ctx.options.congressDate);
    const congressTaken = new Set(out.map((f) => `${f.paragraph}:${f.start}`));
    ctx.paragraphs.forEach((text, paragraph) => {
      const taken: Array<[number, number]> = [];
      for (const sentence of text.matchAll(SENTENCE)) {
        const body = sentence[0];
        if (!body) continue;
        const base = sentence.index;
        const namesOtherYear = OTHER_YEAR.test(body);
        for (const phrase of YEAR_BOUND_PHRASES) {
          if (phrase.years.includes(year) || (namesOtherYear && !phrase.strict)) continue;
          for (const m of body.matchAll(phrase.pattern)) {
            const start = base + m.index;
            const end = start + m[0].length;
            if (taken.some(([s, e]) => start < e && s < end) || congressTaken.has(`${paragraph}:${start}`)) continue;
            taken.push([start, end]);
            out.push(
              draft(RULE, paragraph, start, end, "warning",
                checksMessages.yearBound(m[0], phrase.years, phrase, year)),
            );
          }
        }
      }
    });
    return out;
  },
};
