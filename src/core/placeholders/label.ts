/**
 * Short human labels for placeholders ("主营业务收入", "主营业务收入 同比增长", "科技园名称"),
 * taken from the nearest noun phrase before the blank. Deterministic heuristics, no tokenizer.
 */
import type { Candidate } from "./patterns";
import type { Classification } from "./classify";
import { isCjk } from "./patterns";
import { wordIndex } from "./wordIndex";

const CLAUSE_BREAKS = "，。；：！？、,;:!?（）()“”‘’《》「」『』…—\n\t";


/** Verbs and adverbs that sit between a subject and its figure: 收入完成X亿元. */
const TRAILING_FILLERS = wordIndex([
  "完成", "达到", "实现", "为", "共计", "共", "累计", "新增", "达", "到", "约", "约为", "近", "超过",
  "突破", "控制在", "保持在", "稳定在", "提高到", "提升到", "增加到", "增长到", "下降到", "降至", "升至",
  "合计", "总计", "计", "是", "有", "力争", "预计", "的", "均", "已", "分别为", "分别", "高达", "仅",
  "逾", "超", "全年", "年均", "平均",
]);

/** Action verbs: the noun phrase is what follows the last of them (撰写学习笔记 → 学习笔记). */
const ACTION_VERBS = wordIndex([
  "实现", "完成", "达到", "组织", "撰写", "带领", "开展", "举办", "召开", "签订", "获得", "获评", "制定",
  "新建", "建成", "更新", "改造", "投入", "招聘", "引进", "培训", "开发", "新签", "新增", "解决", "发放",
  "讲授", "接待", "受理", "办理", "走访", "慰问", "参加", "参与", "承办", "发表", "出版", "实施", "培育",
  "吸引", "带动", "覆盖", "争取", "落实", "推动", "帮扶", "申报", "培养", "指导", "力争",
]);

/** Scope words that carry no meaning of their own in a label. */
const LEADING_FILLERS = wordIndex([
  "全年", "其中", "全校", "全市", "全县", "全区", "全省", "全镇", "一年来", "年内", "本年度", "本年",
  "今年", "去年", "共", "累计", "新", "年度", "年", "度", "我们", "我", "公司", "学校", "单位",
]);

const GROWTH_TAIL =
  /(?:同比|比上年|较上年|比去年|较去年|较年初|比年初|环比|比上年同期|较上年同期)?(?:增长|下降|提高|降低|减少|增加|上升|回落|增速为|增幅为|增速|增幅)了?$/;

/** Characters that end a noun written after a unit (XX名教师获评…). */
const NOUN_AFTER_STOPS = "获被在参攻开完实达进是有为和与及的等共均全已将从向对把";

const MAX_LABEL = 10;

function stripTrailing(s: string): string {
  for (;;) {
    const w = TRAILING_FILLERS.endingAt(s, s.length);
    if (!w || w.length >= s.length) return s;
    s = s.slice(0, -w.length);
  }
}

function cutAtLastVerb(s: string): string {
  // Scan from the right; a verb must leave something after it.
  for (let i = s.length - 2; i >= 0; i--) {
    const v = ACTION_VERBS.startingAt(s, i);
    if (v && i + v.length < s.length) return s.slice(i + v.length);
  }
  return s;
}

function stripLeading(s: string): string {
  for (;;) {
    const w = LEADING_FILLERS.startingAt(s, 0);
    if (!w) return s;
    s = s.slice(w.length);
  }
}

/** The nearest noun phrase at the end of a clause fragment, or "" when there is none. */
export function nounPhraseBefore(fragment: string): string {
  let s = fragment.replace(/[\s"'‘’“”]/g, "");
  s = stripTrailing(s);
  s = cutAtLastVerb(s);
  s = stripLeading(s);
  s = stripTrailing(s);
  return s.length > MAX_LABEL ? s.slice(-MAX_LABEL) : s;
}

/** Text of the clause before `start`, not reaching back past `floor` (the previous placeholder). */
export function clauseBefore(text: string, start: number, floor: number): string {
  let i = start;
  while (i > floor && !CLAUSE_BREAKS.includes(text[i - 1] ?? "")) i--;
  return text.slice(i, start);
}

function nounAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && i - from < 6 && isCjk(text[i]) && !NOUN_AFTER_STOPS.includes(text[i] ?? "")) i++;
  return text.slice(from, i);
}

const PERSON_NOUNS = new Set(["同志", "先生", "女士", "书记", "主任", "局长", "校长", "院长", "县长", "市长", "镇长", "经理", "董事长", "姓名"]);

export interface LabelResult {
  label: string;
  /** The subject of a figure, carried to a growth figure later in the same sentence. */
  subject?: string;
  /** True when the label names something specific enough to merge repeats of it. */
  specific: boolean;
}

/**
 * Label for one placeholder. `floor` is the end of the previous placeholder in the paragraph;
 * `sentenceSubject` the subject of the previous figure in the same sentence.
 */
export function labelFor(
  text: string,
  c: Candidate,
  cls: Classification,
  floor: number,
  sentenceSubject: string | undefined,
): LabelResult {
  switch (cls.kind) {
    case "year":
      return { label: "年度", specific: true };
    case "date":
      return { label: cls.unit === "月" ? "月份" : "日期", specific: false };
    case "name": {
      if (cls.noun && PERSON_NOUNS.has(cls.noun)) return { label: "姓名", specific: true };
      if (cls.noun) return { label: `${cls.noun}名称`, specific: true };
      return { label: "名称", specific: false };
    }
    default:
      break;
  }
  const clause = clauseBefore(text, c.start, floor).trim();
  if (cls.kind === "number" || cls.kind === "percent") {
    const growth = GROWTH_TAIL.exec(clause);
    if (growth) {
      const own = nounPhraseBefore(clause.slice(0, growth.index));
      const subject = own || sentenceSubject;
      return { label: subject ? `${subject} ${growth[0]}` : growth[0], subject, specific: false };
    }
  }
  let phrase = nounPhraseBefore(clause);
  const prev = text[c.start - 1];
  if (!phrase && (prev === "：" || prev === ":")) {
    // 营业收入：XX亿元 — the label is what the colon introduces.
    phrase = nounPhraseBefore(clauseBefore(text, c.start - 1, floor).trim());
  }
  if (!phrase && cls.unit) {
    // 带领全校XXX名教职工: the counted noun comes after the unit.
    phrase = nounAfter(text, c.end + cls.unit.length);
  }
  if (!phrase) phrase = cls.kind === "text" ? "待填内容" : "数值";
  return { label: phrase, subject: phrase, specific: false };
}
