import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import type { FindingDraft } from "../types";

const RULE = "text.doubledChar" as const;

/**
 * Reduplications that are correct Chinese. Checked against the text around a doubled character,
 * so 实实在在 or 的的确确 are never reported.
 */
export const LEGITIMATE_DOUBLES: readonly string[] = [
  "常常", "天天", "人人", "个个", "刚刚", "渐渐", "谢谢", "看看", "年年", "步步", "层层", "处处",
  "事事", "时时", "默默", "切切实实", "明明白白", "实实在在", "认认真真", "扎扎实实", "的的确确",
  "是是非非", "和和美美", "和和气气", "了了分明", "不了了之", "多多少少", "等等", "往往",
  "纷纷", "仅仅", "一一", "久久", "紧紧", "牢牢", "深深", "踏踏实实", "兢兢业业", "勤勤恳恳",
  "干干净净", "方方面面", "点点滴滴", "家家户户", "条条框框", "源源不断", "蒸蒸日上", "欣欣向荣",
];

/**
 * Function words that are almost never doubled on purpose, each with the words in which the
 * first character ends a word (目的|的) or the second starts one (为了|了解): those are not typos.
 */
const SUSPECTS: Record<string, { endsWord: string[]; startsWord: string[] }> = {
  的: { endsWord: ["目的", "标的", "有的", "端的"], startsWord: ["的确", "的士"] },
  了: { endsWord: [], startsWord: ["了解", "了结", "了却", "了断", "了如", "了然", "了望", "了不", "了得", "了之"] },
  是: { endsWord: ["求是"], startsWord: ["是否", "是非"] },
  在: {
    endsWord: ["存在", "现在", "实在", "所在", "自在", "内在", "外在", "潜在", "旨在", "好在", "健在"],
    startsWord: ["在于", "在建", "在职", "在岗", "在校", "在册", "在线", "在场", "在座", "在编", "在读", "在任", "在内", "在位", "在途", "在研", "在库", "在案"],
  },
  和: {
    endsWord: ["缓和", "温和", "平和", "调和", "柔和", "祥和", "总和", "共和", "谦和", "人和", "饱和", "中和", "暖和", "随和"],
    startsWord: ["和谐", "和平", "和睦", "和美", "和气", "和解", "和善", "和衷", "和顺"],
  },
  与: { endsWord: ["参与", "给与", "授与"], startsWord: ["与会", "与时"] },
  及: {
    endsWord: ["以及", "涉及", "普及", "危及", "波及", "顾及", "惠及", "触及", "提及", "论及", "企及", "来及", "遍及", "推及"],
    startsWord: ["及时", "及早", "及格"],
  },
  把: { endsWord: ["一把"], startsWord: ["把握", "把关", "把脉"] },
  被: { endsWord: ["棉被"], startsWord: ["被动", "被告", "被迫", "被害", "被子"] },
  将: { endsWord: ["即将", "必将", "大将", "干将"], startsWord: ["将来", "将近", "将军", "将领"] },
  也: { endsWord: [], startsWord: ["也许", "也好"] },
  都: { endsWord: ["首都", "古都", "成都", "国都", "京都"], startsWord: ["都市", "都会", "都城"] },
  并: {
    endsWord: ["合并", "兼并", "吞并", "归并"],
    startsWord: ["并且", "并购", "并存", "并行", "并重", "并举", "并联", "并网", "并非", "并列", "并发", "并轨"],
  },
  于: { endsWord: [], startsWord: ["于是"] },
};

const SUSPECT_RUN = new RegExp(`([${Object.keys(SUSPECTS).join("")}])\\1+`, "g");

function isLegitimate(text: string, start: number, end: number, ch: string): boolean {
  const rule = SUSPECTS[ch];
  if (!rule) return true;
  if (end - start === 2) {
    if (rule.endsWord.includes((text[start - 1] ?? "") + ch)) return true;
    if (rule.startsWord.includes(ch + (text[end] ?? ""))) return true;
  }
  const around = text.slice(Math.max(0, start - 3), end + 3);
  return LEGITIMATE_DOUBLES.some((word) => word.length > 2 && around.includes(word) && word.includes(ch + ch));
}

/** Doubled function words left by editing (的的, 了了, 是是, 在在, 和和); the fix keeps one. */
export const textDoubledCharRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    ctx.paragraphs.forEach((text, paragraph) => {
      for (const match of text.matchAll(SUSPECT_RUN)) {
        const ch = match[1] ?? "";
        const start = match.index;
        const end = start + match[0].length;
        if (isLegitimate(text, start, end, ch)) continue;
        out.push(
          draft(RULE, paragraph, start, end, "warning",
            checksMessages.doubledChar(match[0], ch),
            ch),
        );
      }
    });
    return out;
  },
};
