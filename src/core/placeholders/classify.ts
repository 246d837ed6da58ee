/**
 * Kind and unit of a placeholder, read mostly from what is written right after it.
 */
import type { PlaceholderKind } from "./types";
import type { Candidate } from "./patterns";
import { codeSet, isCjkCode } from "./chars";
import { NUMBER_UNITS } from "./units";
import { wordIndex } from "./wordIndex";

export interface Classification {
  kind: PlaceholderKind;
  unit?: string;
  /** For names: the noun that follows (科技园, 同志), used for the label. */
  noun?: string;
}

/** Nouns whose first character is also a unit (分公司 is not 分, 项目 is not 项). */
const NOUNS_BEFORE_UNITS = [
  "分公司", "分行", "分局", "分院", "分校", "分会", "分中心", "项目", "名称", "所长", "家庭", "人民",
  "场所", "市场", "元旦", "天津", "期刊", "件事",
];

/** Words that name a place, body or person when written after a blank; longest first. */
export const NAME_NOUNS: readonly string[] = [
  "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "分公司", "企业", "厂",
  "科技园", "产业园", "工业园", "开发区", "高新区", "园区", "中学", "小学", "大学", "学院", "学校",
  "幼儿园", "医院", "卫生院", "中心", "省", "自治区", "市", "县", "区", "镇", "乡", "村", "街道",
  "社区", "局", "厅", "委员会", "党委", "党组", "支部", "委", "办公室", "部", "处", "科", "站", "所",
  "银行", "协会", "项目", "工程", "同志", "先生", "女士", "书记", "主任", "局长", "校长", "院长",
  "县长", "市长", "镇长", "经理", "董事长",
].slice().sort((a, b) => b.length - a.length);

/** After these a blank is a bare number (XX以上, XX余), not a name. */
const NUMBER_TAILS = ["以上", "以下", "以内", "左右", "余", "多"];
/** Function characters: a blank followed by these is free text, not a name. */
const FUNCTION_CHARS = codeSet("的和与及或等是了在为至到即并而且就都也把被让给向从对");
/** A colon label before the blank that asks for a person or body. */
const NAME_PROMPT = /(?:人|姓名|签名|单位|署名|落款)[：:]\s*$/;

/** Whether text[from, to) holds a colon, which NAME_PROMPT needs (most blanks have none before them). */
function hasColon(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff1a || code === 0x3a) return true; // ： :
  }
  return false;
}

const PERCENT = 0x25; // %
const FULLWIDTH_PERCENT = 0xff05; // ％
const NIAN = 0x5e74; // 年
const YUE = 0x6708; // 月
const RI = 0x65e5; // 日
const DI = 0x5730; // 地

const UNIT_INDEX = wordIndex(NUMBER_UNITS);
const NAME_INDEX = wordIndex(NAME_NOUNS);
const NOUN_BEFORE_UNIT_INDEX = wordIndex(NOUNS_BEFORE_UNITS);
const NUMBER_TAIL_INDEX = wordIndex(NUMBER_TAILS);

/** Endings of the names of places and bodies not in NAME_NOUNS: X物流园, XX实验室. */
const NAME_SUFFIXES = /(?:园|馆|室|站|中心|基地|广场|大厦|公司|集团|银行|院|校|厂|村|社区|街道|办事处|合作社)$/;
const NAME_RUN_STOPS = codeSet("的和与及或在是为了将把被从向对获等");

/** A count written after a blank: 两, 三个, 四家, 12所, 两名 (the number of items an enumeration names). */
const COUNT = /^(?:[两二三四五六七八九十]+|[0-9]+)(个|家|所|座|处|名|位)?/;
/** What a count of people (两名, 三位) counts: 干部, 优秀党员, 同志 — the blanks are their names. */
export const COUNTED_PERSON = /(?:干部|党员|同志|代表|委员|教师|老师|职工|员工|学生|专家|志愿者|村民|书记|主任|负责人|同学|青年)$/;
/** Measure words that count people, not places or bodies. */
const PERSON_MEASURES = new Set(["名", "位"]);
const DENG = 0x7b49; // 等, as in XX、XX等三家企业
const COUNT_FIRST = codeSet("两二三四五六七八九十0123456789");
/** Measure words that are nouns themselves when nothing follows them (XX、XX三处负责: 处室). */
const COUNT_WORDS_AS_NOUNS = new Set(["处", "所"]);
/** The longest counted noun: up to four characters ending like a place, body or person. */
const COUNTED_NOUN_MAX = 4;
/** The longest counted person: 优秀共产党员. */
const COUNTED_PERSON_MAX = 6;

/**
 * What a count after a blank counts: 两县开展 → 县, 两乡镇 → 乡镇, 三个社区开展 → 社区, 两个园区 →
 * 园区, 两地 → 地, 三处负责 → 处, 两名干部 → 干部 (people: their names), 等三家企业 → 企业. The noun ends on a listed noun or name ending and never runs into
 * the verb after it (县开, 负责). Without a measure word the noun must start with a listed noun:
 * 三元里社区 and 九龙坡区 are names, not counts. Undefined when `at` holds no count of anything.
 */
export function countedNounAt(text: string, blankEnd: number): string | undefined {
  const at = text.charCodeAt(blankEnd) === DENG ? blankEnd + 1 : blankEnd; // XX、XX等三家企业
  if (!COUNT_FIRST.has(text.charCodeAt(at))) return undefined; // most blanks: no slice, no regex
  const count = COUNT.exec(text.slice(at, at + 8));
  if (!count) return undefined;
  const from = at + count[0].length;
  const measure = count[1];
  if (measure && PERSON_MEASURES.has(measure)) {
    // 两名干部, 三位优秀党员: the longest run after the count that ends on a person.
    const run = text.slice(from, from + COUNTED_PERSON_MAX);
    for (let k = run.length; k > 0; k--) if (COUNTED_PERSON.test(run.slice(0, k)) && !/[，。；、：]/.test(run.slice(0, k))) return run.slice(0, k);
    return undefined;
  }
  if (!measure) {
    if (text.charCodeAt(from) === DI) return "地"; // 两地, 三地
    if (!NAME_INDEX.startingAt(text, from)) return undefined;
  }
  let end = from;
  while (end < text.length && end - from < COUNTED_NOUN_MAX && isCjkCode(text.charCodeAt(end)) && !NAME_RUN_STOPS.has(text.charCodeAt(end))) end++;
  for (let k = end; k > from; k--) {
    if (NAME_INDEX.endingAt(text, k) || NAME_SUFFIXES.test(text.slice(from, k))) return text.slice(from, k);
  }
  return measure && COUNT_WORDS_AS_NOUNS.has(measure) ? measure : undefined;
}

/** A noun of up to five characters right after the blank that ends like a place or body. */
function nameWithSuffix(text: string, at: number): string | undefined {
  let end = at;
  while (end < text.length && end - at < 5 && isCjkCode(text.charCodeAt(end)) && !NAME_RUN_STOPS.has(text.charCodeAt(end))) end++;
  for (let k = end; k >= at + 2; k--) {
    const run = text.slice(at, k);
    if (NAME_SUFFIXES.test(run)) return run;
  }
  return undefined;
}

/** Classify one candidate from the paragraph text around it. */
export function classify(text: string, c: Candidate): Classification {
  const at = c.end;
  const next = text.charCodeAt(at); // NaN at the end of the paragraph
  if (c.form === "year") return { kind: "year" };
  if (next === PERCENT || next === FULLWIDTH_PERCENT) return { kind: "percent", unit: "%" };
  if (text.startsWith("个百分点", at)) return { kind: "number", unit: "个百分点" };
  if (text.startsWith("百分点", at)) return { kind: "number", unit: "百分点" };

  if (next === NIAN) {
    const isFourX = /^[XxＸｘ]{4}$/.test(c.raw);
    const endsChineseYear = /[〇○零一二三四五六七八九]/.test(text[c.start - 1] ?? ""); // 二〇二X年
    if (isFourX || endsChineseYear || text.startsWith("年度", at) || /^年[XxＸｘ0-9０-９]+月/.test(text.slice(at, at + 6))) {
      return { kind: "year" };
    }
    return { kind: "number", unit: "年" };
  }
  if (text.startsWith("个月", at)) return { kind: "number", unit: "个月" };
  if (next === YUE) return { kind: "date", unit: "月" };
  if (next === RI) return { kind: "date", unit: "日" };

  const nounFirst = NOUN_BEFORE_UNIT_INDEX.startingAt(text, at);
  if (!nounFirst) {
    const unit = UNIT_INDEX.startingAt(text, at);
    if (unit) return { kind: "number", unit };
  }
  if (NUMBER_TAIL_INDEX.startingAt(text, at)) return { kind: "number" };
  if (c.form === "decimal") return { kind: "number" };

  const counted = countedNounAt(text, at); // XX两地, XX、XX三个园区: the items the count names
  if (counted) return { kind: "name", noun: counted };
  const listed = NAME_INDEX.startingAt(text, at);
  const suffixed = nameWithSuffix(text, at);
  // A one-character listed noun (科, 区) loses to a longer name read from the text (科技产业园).
  const noun = suffixed && (listed?.length ?? 0) <= 1 ? suffixed : listed;
  if (noun) return { kind: "name", noun };
  if (hasColon(text, Math.max(0, c.start - 8), c.start) && NAME_PROMPT.test(text.slice(Math.max(0, c.start - 8), c.start))) {
    return { kind: "name", noun: "姓名" };
  }
  if (c.form === "times") return { kind: "name" };
  if (isCjkCode(next) && !FUNCTION_CHARS.has(next)) return { kind: "name" };
  return { kind: "text" };
}
