/**
 * Human labels for placeholders: the whole noun phrase a figure measures, taken from its
 * sentence ("主营业务收入", "新成立支部数", "非公企业党组织数", "科技园名称", "第几届人民代表大会").
 * Deterministic heuristics over word lists, no tokenizer. A label never starts mid-word (it is
 * never cut to a length) and is never a lone function word.
 */
import type { Candidate } from "./patterns";
import { COUNTED_PERSON, type Classification } from "./classify";
import { codeSet, isCjkCode } from "./chars";
import { COUNT_UNITS } from "./units";
import { wordIndex } from "./wordIndex";

const CLAUSE_BREAKS = codeSet("，。；：！？、,;:!?（）()“”‘’《》「」『』…—\n\t");

/** Verbs and adverbs that sit between a subject and its figure: 收入完成X亿元. */
const TRAILING_FILLERS = wordIndex([
  "完成", "达到", "实现", "为", "共计", "共", "累计", "新增", "达", "到", "约", "约为", "近", "超过",
  "突破", "控制在", "保持在", "稳定在", "提高到", "提升到", "增加到", "增长到", "下降到", "降至", "升至",
  "合计", "总计", "计", "是", "有", "力争", "预计", "的", "均", "已", "分别为", "分别", "分别达到", "高达", "仅", "仅为",
  "逾", "超", "全年", "年均", "平均", "不低于", "不少于", "不超过", "不高于", "低于", "高于", "在", "占到",
]);

/** Verbs before the measured noun: the label is what follows the last of them (撰写学习笔记 → 学习笔记). */
const ACTION_VERBS = wordIndex([
  "实现", "完成", "达到", "组织", "撰写", "带领", "开展", "举办", "召开", "签订", "获得", "获评", "制定",
  "新建", "建成", "更新", "改造", "投入", "招聘", "引进", "培训", "开发", "新签", "新增", "解决", "发放",
  "讲授", "接待", "受理", "办理", "走访", "慰问", "参加", "参与", "承办", "发表", "出版", "实施", "培育",
  "吸引", "带动", "覆盖", "争取", "落实", "推动", "帮扶", "申报", "培养", "指导", "力争", "选派", "上缴",
  "现有", "共有", "拥有", "下设", "设有", "成立", "发展", "排查", "整改", "获", "惠及", "改扩建", "新改建", "入驻",
]);

/** Verbs that only say something exists: never kept in a label (现有党员 → 党员数). */
const EXISTENCE_VERBS = new Set(["现有", "共有", "拥有", "下设", "设有", "带领", "力争", "实现", "达到", "落实", "推动"]);

/** Scope words that carry no meaning of their own in a label. */
const LEADING_FILLERS = wordIndex([
  "全年", "其中", "全校", "全市", "全县", "全区", "全省", "全镇", "全乡", "一年来", "年内", "本年度", "本年",
  "今年", "去年", "共", "累计", "年度", "年", "度", "我们", "我", "公司", "学校", "单位", "集团", "年末",
  "年初", "截至年末", "截至目前", "目前", "共有", "现有", "一是", "二是", "三是", "四是", "五是", "六是", "首先", "其次",
  "同时", "此外", "另外", "另", "并", "且", "和", "与", "及", "以及", "或", "过去一年", "上年", "当年",
  "我县", "我市", "我区", "我镇", "我乡", "我省", "我校", "我局",
]);

const GROWTH_TAIL =
  /(?:同比|比上年|较上年|比去年|较去年|较年初|比年初|环比|比上年同期|较上年同期)?(?:增长|下降|提高|降低|减少|增加|上升|回落|增速为|增幅为|增速|增幅)了?$/;

const YEAR_PREFIX = /^(?:(?:19|20)[0-9]{2}|[〇○零一二三四五六七八九]{4})年度?/;

/** Characters that end a noun written after a unit (XX名教师获评…). */
const NOUN_AFTER_STOPS = codeSet("获被在参攻开完实达进是有为和与及的等共均全已将从向对把上中下");

/** Function words: a label is never one of these alone. */
const FUNCTION_WORDS = new Set(["对", "与", "和", "及", "在", "从", "向", "把", "被", "为", "以", "将", "的", "了", "是", "或", "并"]);

/** Beyond this a label is shortened at a word boundary (after the last 的), never mid-word. */
const LONG_LABEL = 10;

const PERSON_NOUNS = new Set(["同志", "先生", "女士", "书记", "主任", "局长", "校长", "院长", "县长", "市长", "镇长", "经理", "董事长", "姓名"]);
/** A title right before a blank: the blank is that person's name (县长 ××× → 县长姓名). */
const TITLE_BEFORE = /(同志|书记|主任|局长|校长|院长|县长|市长|区长|镇长|乡长|经理|董事长|总经理|述职人|汇报人|报告人|发言人|联系人|负责人)[\s\u3000]*[：:]?[\s\u3000]*$/;

/**
 * Verbs a label must not end on (a figure is never called 设立数 or 带队先后赴): the action verbs
 * plus verbs of motion and doing that introduce a count written after its unit.
 */
const VERB_ENDINGS = wordIndex([
  ...["设立", "赴", "前往", "到", "去", "作", "做", "建立", "组建", "举行", "对接", "签约", "引导", "帮助", "检测", "开展"],
  ...["招商", "考察", "调研", "进行", "表彰", "依托", "围绕", "通过", "带队", "深入", "先后", "共同", "积极", "认真", "将", "要"],
]);

/** A count (两家, 三名, 四个): the words after a blank that start with one are not its noun (XX、XX两家负责). */
const COUNT_FIRST = /^(?:[两二三四五六七八九十]+|[0-9]+)[个家所座处名位]/;

/** Units of time: a count of them is called 年数, 月数 (连续X年 → 连续年数). */
const TIME_UNITS = new Set(["年", "个月", "月", "天", "日", "小时", "周"]);

/** True when a label ends on a verb (or adverb) rather than on what is measured. */
export function endsOnVerb(label: string): boolean {
  return !!VERB_ENDINGS.endingAt(label, label.length) && !/(?:数|率|额|量|次数|人次|场次|名称|姓名|比重|占比|比例)$/.test(label);
}

function stripTrailing(s: string): string {
  for (;;) {
    const w = TRAILING_FILLERS.endingAt(s, s.length);
    if (!w || w.length >= s.length) return s;
    s = s.slice(0, -w.length);
  }
}

function stripLeading(s: string): string {
  for (;;) {
    const year = YEAR_PREFIX.exec(s);
    if (year && year[0].length < s.length) {
      s = s.slice(year[0].length);
      continue;
    }
    const w = LEADING_FILLERS.startingAt(s, 0);
    if (!w) return s;
    s = s.slice(w.length);
  }
}

/**
 * The measured noun after the last verb: 组织理论学习 → 理论学习. Verbs that make the measure
 * (新增, 新成立, 新建) stay; so does a verb before a short noun (投入资金, 完成投资).
 */
function cutAtLastVerb(s: string): { phrase: string; verbOnly?: string } {
  for (let i = s.length - 1; i >= 0; i--) {
    const v = ACTION_VERBS.startingAt(s, i);
    if (!v) continue;
    const rest = s.slice(i + v.length);
    const before = s.slice(0, i);
    // A verb at the end belongs to the noun (研发投入, 老旧小区改造): look further left.
    if (!rest) {
      if (i === 0) return { phrase: "", verbOnly: s };
      continue;
    }
    if (s[i - 1] === "新") return { phrase: withScope(s.slice(0, i - 1), s.slice(i - 1)) };
    if (v.startsWith("新") || v === "改扩建") return { phrase: withScope(before, s.slice(i)) };
    if (EXISTENCE_VERBS.has(v) || rest.length > 3) return { phrase: rest };
    // 投入资金, 完成投资: a short noun keeps its verb; 研发投入强度 is one noun.
    return { phrase: before.length > 2 ? v + rest : s };
  }
  return { phrase: s };
}

/** 城镇新增就业: a short scope word before a 新-verb is part of the indicator's name. */
function withScope(before: string, phrase: string): string {
  const scope = stripLeading(before);
  if (!scope || scope.length > 2 || ACTION_VERBS.endingAt(scope, scope.length) || TRAILING_FILLERS.endingAt(scope, scope.length)) return phrase;
  return scope + phrase;
}

function shorten(s: string): string {
  if (s.length <= LONG_LABEL) return s;
  const de = s.lastIndexOf("的");
  if (de >= 0 && s.length - de - 1 >= 2) return s.slice(de + 1);
  return s;
}

/** The noun phrase at the end of a clause fragment, or "" when there is none. */
export function nounPhraseBefore(fragment: string): string {
  return nounPhrase(fragment).phrase;
}

function nounPhrase(fragment: string): { phrase: string; verbOnly?: string; stripped: boolean } {
  if (fragment === "") return { phrase: "", stripped: false }; // a blank right after a clause break
  const raw = fragment.replace(/[\s"'‘’“”]/g, "");
  let s = stripLeading(raw);
  s = stripTrailing(s);
  const cut = cutAtLastVerb(s);
  s = stripLeading(cut.phrase);
  s = stripTrailing(s);
  if (FUNCTION_WORDS.has(s)) s = "";
  const out: { phrase: string; verbOnly?: string; stripped: boolean } = { phrase: shorten(s), stripped: !raw.startsWith(s) };
  if (cut.verbOnly !== undefined) out.verbOnly = stripLeading(cut.verbOnly);
  return out;
}

/** Text of the clause before `start`, not reaching back past `floor` (the previous placeholder). */
export function clauseBefore(text: string, start: number, floor: number): string {
  let i = start;
  while (i > floor && !CLAUSE_BREAKS.has(text.charCodeAt(i - 1))) i--;
  return text.slice(i, start);
}

function nounAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && i - from < 6 && isCjkCode(text.charCodeAt(i)) && !NOUN_AFTER_STOPS.has(text.charCodeAt(i))) {
    if (i > from && VERB_ENDINGS.startingAt(text, i)) break; // 省市开展招商: the noun ends before the verb
    i++;
  }
  return text.slice(from, i);
}

/** XX名教师被评为市级骨干教师 → 市级骨干教师数; XX名教师在比赛中获奖 → 获奖教师数. */
function honourAfter(text: string, from: number, noun: string): string | undefined {
  let j = from;
  while (j < text.length && j - from < 20 && !CLAUSE_BREAKS.has(text.charCodeAt(j))) j++;
  const words = text.slice(from, j);
  const named = /(?:被评为|获评|评为|荣获)(.{2,10})$/.exec(words);
  if (named) return `${named[1]}数`;
  if (/获奖$/.test(words)) return `获奖${noun}数`;
  return undefined;
}

/** What a count is called: 党员 → 党员数, 就业 (人) → 就业人数, 主题党日活动 (次) → 主题党日活动次数. */
function countLabel(phrase: string, unit: string): string {
  if (/(?:数|量|率|额|次数|人次|场次)$/.test(phrase)) return phrase;
  if (phrase.endsWith(unit)) return `${phrase}数`;
  switch (unit) {
    case "次":
      return `${phrase}次数`;
    case "人次":
      return `${phrase}人次`;
    case "场":
      return `${phrase}场次`;
    case "户":
    case "台":
    case "栋":
    case "间":
    case "节":
    case "份":
      return `${phrase}${unit}数`;
    case "人":
    case "名":
      return /(?:员|生|师|工|才|者|人|代表|干部|职工|党员|群众|居民|学员|家庭)$/.test(phrase) ? `${phrase}数` : `${phrase}人数`;
    default:
      return `${phrase}数`;
  }
}

export interface LabelResult {
  label: string;
  /** The subject of a figure, carried to a growth figure later in the same sentence. */
  subject?: string;
  /** True when the label names something specific enough to merge repeats of it. */
  specific: boolean;
}

/** The placeholder before this one in its paragraph, when the clause starts right after it. */
export interface PreviousPlaceholder {
  raw: string;
  /** The unit or name noun written right after it (skipped when reading this one's clause). */
  tail: string;
  label: string;
}

/** The text without whitespace (most clauses around a blank are short or empty: no regex for ""). */
const withoutSpace = (text: string): string => (text === "" ? "" : text.replace(/\s/g, ""));

/** The words after a blank up to the first verb (为XX高质量发展作出 → 高质量发展). */
function wordsAfter(text: string, from: number): string {
  let j = from;
  while (j < text.length && j - from < 8 && !CLAUSE_BREAKS.has(text.charCodeAt(j))) {
    if (j > from + 1 && VERB_ENDINGS.startingAt(text, j)) break;
    j++;
  }
  return withoutSpace(text.slice(from, j));
}

/**
 * For a blank nothing names: what the sentence says around it, the blank shown as … (never ＿):
 * 对XX进行表彰 → 表彰对象, 依托XX大讲堂 → 大讲堂名称, else the sentence's first words.
 */
function inWords(text: string, c: Candidate, floor: number, figure = false): string {
  const clause = withoutSpace(clauseBefore(text, c.start, floor));
  const before = stripLeading(clause).slice(-6);
  const after = (): string => wordsAfter(text, c.end);
  // A figure is an amount, never a name or an object: 全年完成XX亿元 → 完成…亿元, not 亿元名称.
  if (figure) return before || after() ? `${before}…${after()}` : "";
  let j = c.end;
  while (j < text.length && j - c.end < 8 && !CLAUSE_BREAKS.has(text.charCodeAt(j))) j++;
  const rest = withoutSpace(text.slice(c.end, j));
  const object = /^进行(\p{Script=Han}{2})/u.exec(rest);
  if (/对$/.test(clause) && object) return `${object[1]}对象`;
  if (/[与同和]$/.test(clause) && /^签[订署约]/.test(rest)) return "签约单位名称";
  const noun = nounAfter(text, c.end);
  if (noun.length >= 2 && !endsOnVerb(noun) && !ACTION_VERBS.endingAt(noun, noun.length) && !/^[年月日个名]/.test(noun) && !COUNT_FIRST.test(noun)) return `${noun}名称`;
  const words = after();
  return before || words ? `${before}…${words}` : "";
}

/** What a blank written before `noun` is called: 科技园 → 科技园名称, 地 → 地名, 县长 → 县长姓名, 干部 → 干部姓名. */
export function nameLabel(noun: string): string {
  if (PERSON_NOUNS.has(noun) || COUNTED_PERSON.test(noun)) return /^(?:同志|先生|女士|姓名)$/.test(noun) ? "姓名" : `${noun}姓名`;
  return noun === "地" ? "地名" : `${noun}名称`;
}

/**
 * Label for one placeholder. `floor` is where its clause may start (after the previous
 * placeholder and its unit); `sentenceSubject` the subject of the previous figure in the same sentence.
 */
export function labelFor(
  text: string,
  c: Candidate,
  cls: Classification,
  floor: number,
  sentenceSubject: string | undefined,
  previous?: PreviousPlaceholder,
): LabelResult {
  const ordinal = text.charCodeAt(c.start - 1) === 0x7b2c; // 第
  switch (cls.kind) {
    case "year":
      return { label: "年度", specific: true };
    case "date":
      return { label: cls.unit === "月" ? "月份" : "日期", specific: false };
    case "name": {
      if (ordinal && cls.noun) return { label: `第几${cls.noun}`, specific: true };
      // Whose name it is, when the sentence says: 县长 ××× → 县长姓名, 报告人：××× → 报告人姓名.
      const title = TITLE_BEFORE.exec(text.slice(Math.max(0, c.start - 10), c.start));
      if (title) return { label: `${title[1]}姓名`, specific: true };
      if (cls.noun) return { label: nameLabel(cls.noun), specific: true };
      return { label: inWords(text, c, floor) || "名称", specific: false };
    }
    default:
      break;
  }
  const unit = cls.unit;
  if (ordinal && unit && cls.kind === "number") {
    const noun = nounAfter(text, c.end + unit.length);
    return { label: `第几${unit}${noun}`, specific: false };
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
  const found = nounPhrase(clause);
  let phrase = found.phrase;
  const prev = text.charCodeAt(c.start - 1);
  if (!phrase && (prev === 0xff1a || prev === 0x3a)) { // ： or :
    // 营业收入：XX亿元 — the label is what the colon introduces.
    phrase = nounPhraseBefore(clauseBefore(text, c.start - 1, floor).trim());
  }
  // 苏州等地招商: the last item of an enumeration is not what is counted.
  const enumerated = /^.*等(?:地|处|单位|部门)?/.exec(phrase);
  if (enumerated && phrase.length - enumerated[0].length >= 2) phrase = phrase.slice(enumerated[0].length);
  const verbLed = phrase !== "" && endsOnVerb(phrase);
  if ((!phrase || verbLed || /^[和及与、]$/.test(clause)) && unit) {
    // 带领全校XXX名教职工, 设立XX个检查站, 和XX个项目: the counted noun comes after the unit.
    const from = c.end + unit.length;
    const noun = nounAfter(text, from);
    if (noun.length >= 2 || (noun && !phrase)) {
      const honour = honourAfter(text, from + noun.length, noun);
      if (honour) return { label: honour, subject: noun, specific: false };
      phrase = !verbLed && found.verbOnly && !EXISTENCE_VERBS.has(found.verbOnly) ? `${found.verbOnly}${noun}` : noun;
    }
  }
  if (cls.kind === "number" && unit && TIME_UNITS.has(unit) && phrase.length <= 3 && !/(?:数|期|龄)$/.test(phrase)) {
    // XX年来, 连续X年: a count of years.
    const label = `${/^[来内后前间]$/.test(phrase) ? "" : phrase}${unit}数`;
    return { label, subject: label, specific: false };
  }
  if (cls.kind === "percent" && phrase && !/(?:率|比重|占比|比例)$/.test(phrase)) {
    // 规上企业XX%已复工复产: the share of them that did what follows the %.
    const doing = /^[已均都的]*(\p{Script=Han}{2,6})/u.exec(text.slice(c.end + (unit?.length ?? 0)).split(/[，。；：！？、,;:!?（）()]/)[0] ?? "");
    if (doing && !/^(?:以上|以内|以下|左右|上下|之间|的)/.test(doing[1]!)) phrase = `${phrase}${doing[1]}比例`;
  }
  if (phrase !== "" && previous && /^以[上下]的/.test(phrase)) {
    // 收入XX万元以上的村: the threshold belongs to the label.
    phrase = `${previous.label}${previous.raw}${previous.tail}${phrase}`;
  }
  if (phrase && previous && clauseBefore(text, c.start, floor).length === c.start - floor && !found.stripped && floor > 0) {
    // ××省客户占比: the clause runs on from a name blank, which belongs to the label.
    if (text.slice(floor - previous.tail.length - previous.raw.length, floor) === previous.raw + previous.tail && previous.tail && /名称$/.test(previous.label)) {
      phrase = `${previous.raw}${previous.tail}${phrase}`;
    }
  }
  if (sentenceSubject && /^(?:占比|比重|比例)$/.test(phrase)) phrase = `${sentenceSubject}${phrase}`;
  else if (phrase.startsWith("占") && sentenceSubject) phrase = `${sentenceSubject}${phrase}比重`;
  if (!phrase && sentenceSubject && /^[和及与、]$/.test(clause)) {
    // 分别达到XX元和XX元: the second figure of the same subject.
    return { label: `${sentenceSubject}（第2项）`, subject: sentenceSubject, specific: false };
  }
  if (phrase && cls.kind === "number" && unit && COUNT_UNITS.has(unit)) {
    return { label: countLabel(phrase, unit), subject: phrase, specific: false };
  }
  if (!phrase) {
    if (cls.kind === "text") return { label: inWords(text, c, floor) || "待填内容", specific: false };
    phrase = inWords(text, c, floor, true) || (unit ? `${unit}数` : "数值");
  }
  return { label: phrase, subject: phrase, specific: false };
}

/**
 * The label of a figure already written (386.5亿元), read exactly as the fill-in form would label a
 * blank in its place: 数据核对 compares figures by the same understanding of what each measures.
 */
export function labelWrittenFigure(
  text: string,
  start: number,
  end: number,
  unit: string,
  floor: number,
  sentenceSubject: string | undefined,
): LabelResult {
  const candidate: Candidate = { start, end, raw: text.slice(start, end), form: "decimal" };
  const cls: Classification = unit === "%" ? { kind: "percent", unit } : { kind: "number", unit };
  return labelFor(text, candidate, cls, floor, sentenceSubject);
}
