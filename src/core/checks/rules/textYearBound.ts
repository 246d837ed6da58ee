import type { Rule } from "../context";
import { draft } from "../finding";
import type { FindingDraft } from "../types";

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
  { pattern: /换届之年/g, years: [2026, 2027], zh: "本轮地方换届集中在2026—2027年", en: "the current round of local elections falls in 2026–2027" },
  { pattern: /今年是[^。；]*?“十四五”[^。；]*?收官之年/g, years: [2025], zh: "“十四五”收官之年是2025年", en: "the 14th plan ended in 2025", strict: true },
];

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

/** Wordings that hold only in certain years (开局之年, 迎接二十一大 …) found in a report of another year. */
export const textYearBoundRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const year = reportYearOf(ctx.paragraphs);
    if (year === undefined) return [];
    const out: FindingDraft[] = [];
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
            if (taken.some(([s, e]) => start < e && s < end)) continue;
            taken.push([start, end]);
            const fits = phrase.years.join("、");
            out.push(
              draft(RULE, paragraph, start, end, "warning",
                `“${m[0]}”只适用于${fits}年度的报告（${phrase.zh}），本文是${year}年度，请改写或删去。`,
                `“${m[0]}” fits only reports of ${phrase.years.join(", ")} (${phrase.en}); this report is for ${year}: rewrite or remove it.`),
            );
          }
        }
      }
    });
    return out;
  },
};
