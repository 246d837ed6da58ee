import type { Rule } from "../context";
import { draft } from "../finding";
import { startsWithOrdinal } from "../text";
import type { FindingDraft } from "../types";

const RULE = "ads.line" as const;

/** Lines longer than this are body text unless several ad signals meet in them. */
const SHORT_LINE = 60;

// Signals that on their own mark a line as advertising or a watermark.
const STRONG: RegExp[] = [
  /(?:QQ|qq|Q\s*Q)\s*(?:群|号)?\s*[:：]?\s*[0-9]{5,}/,
  /(?:QQ|qq)群/,
  /扣扣/,
  /(?:加|添加|关注|搜索)\s*(?:微信|VX|vx|V信|v信|公众号|薇信)/,
  /(?:微信|VX|vx|薇信)号?\s*[:：]\s*[A-Za-z0-9_-]{5,}/,
  /公众号\s*[:：「“【]/,
  /https?:\/\/|www\.[A-Za-z0-9-]+\./i,
  /范文网|范文大全|更多(?:范文|精彩|资料|文档|模板|内容)|精品文档|精选范文/,
  /百度文库|豆丁网|道客巴巴|原创力文档|文库下载/,
  /版权所有|侵权必究|如有侵权/,
  /本文(?:由|来自|转自)/,
  /仅供(?:学习|个人|交流)/,
  /禁止(?:外传|转载|传播|复制)|严禁(?:转载|外传)|请勿(?:转载|外传)|未经(?:允许|授权)不得/,
  /(?:免费|点击|欢迎)下载|下载(?:地址|链接|更多)/,
  /开通会员|VIP|vip|会员(?:群|专享|下载|免费)/,
  /(?:Word|WORD|word)版|可编辑/,
];

// Signals that need company: a second signal, or a short line with contact details.
const WEAK: RegExp[] = [
  /整理/,
  /仅供参考/,
  /会员/,
  /咨询/,
  /下载/,
  /微信/,
  /公众号/,
  /客服/,
  /[^党团]群[:：]/,
  /转载/,
  /范文/,
  /模板/,
];

const CONTACT = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])|[\w.+-]+@[\w-]+\.[\w.]+|(?:电话|手机|联系方式)\s*[:：]\s*[0-9-]{7,}|[:：]\s*[0-9]{5,}\s*$/;

// "XX整理" / "张三 整理" as a whole short line (an attribution watermark), not "档案整理工作".
const ATTRIBUTION = /^[^，。；：]{0,14}整理[）)】\]]?$|^[（(【[]?整理[:：]/;

function countMatches(text: string, patterns: RegExp[]): number {
  return patterns.reduce((sum, pattern) => sum + (pattern.test(text) ? 1 : 0), 0);
}

/** True when the paragraph reads as an advertising or watermark line rather than report text. */
export function isAdLine(paragraph: string): boolean {
  const text = paragraph.trim();
  if (!text) return false;
  const strong = countMatches(text, STRONG);
  const weak = countMatches(text, WEAK);
  const contact = CONTACT.test(text) ? 1 : 0;
  // Body text (long, a full sentence, or a heading) needs an ad signal plus another one.
  const bodyLike =
    text.length > SHORT_LINE || startsWithOrdinal(text) || (/[，；]/.test(text) && /[。！？]$/.test(text));
  if (bodyLike) return strong >= 1 && strong + weak + contact >= 2;
  if (strong >= 1) return true;
  if (ATTRIBUTION.test(text)) return true;
  // A complete sentence with two such words is report text (开展政策咨询和档案整理工作。).
  return weak + contact >= 2 && !/[。！？]$/.test(text);
}

/** Advertising and watermark lines left over from downloaded templates; the fix removes the paragraph. */
export const adsLineRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    ctx.paragraphs.forEach((text, paragraph) => {
      if (!isAdLine(text)) return;
      const finding = draft(RULE, paragraph, 0, text.length, "error",
        "这一段像是下载模板带来的广告或水印（联系方式、整理者、转载声明等），应删除。",
        "This paragraph looks like an advertising or watermark line from a downloaded template (contact details, compiler credit, copying notice); remove it.",
        "");
      finding.removeParagraph = true;
      out.push(finding);
    });
    return out;
  },
};
