/**
 * What advertising and watermark lines from template sites say, as data. Each signal names its
 * kind and whether it marks a line on its own (strong) or only together with another signal (weak).
 * Written for this project from the kinds of line such sites add; no site's wording is copied.
 */
export type AdSignalKind =
  | "siteCredit" //   范文网, 本文由……整理, 自建平台、实时分享
  | "contact" //      QQ, 微信, 公众号, phone numbers, e-mail
  | "membership" //   会员资料, 开通会员, VIP
  | "subscription" // 现在订阅立享……, 限时优惠
  | "antiResale" //   【打击倒卖活动】, 举报倒卖
  | "copyingBan" //   禁止转载, 仅供内部交流, 版权所有
  | "qrPrompt" //     扫码关注, 长按识别二维码
  | "download"; //    免费下载, Word版可编辑

export interface AdSignal {
  kind: AdSignalKind;
  strong: boolean;
  pattern: RegExp;
}

const strong = (kind: AdSignalKind, pattern: RegExp): AdSignal => ({ kind, strong: true, pattern });
const weak = (kind: AdSignalKind, pattern: RegExp): AdSignal => ({ kind, strong: false, pattern });

// Every pattern is linear: no nested or adjacent unbounded repetition that could backtrack.
export const AD_SIGNALS: readonly AdSignal[] = [
  strong("contact", /(?:QQ|qq|Q\s?Q)\s?(?:群|号)?\s?[:：]?\s?[0-9]{5,}/),
  strong("contact", /(?:QQ|qq)群|扣扣/),
  strong("contact", /(?:加|添加|关注|搜索)\s?(?:微信|VX|vx|V信|v信|公众号|薇信)/),
  strong("contact", /(?:微信|VX|vx|薇信)(?:号|客服)?\s?[:：]\s?[A-Za-z0-9_-]{5}/),
  strong("contact", /公众号\s?[:：「“【]/),
  strong("siteCredit", /https?:\/\/|www\.[A-Za-z0-9-]+\./i),
  strong("siteCredit", /范文网|范文大全|更多(?:范文|精彩|资料|文档|模板|内容)|精品文档|精选范文/),
  strong("siteCredit", /百度文库|豆丁网|道客巴巴|原创力文档|文库下载/),
  strong("siteCredit", /本文(?:由|来自|转自)|本(?:站|平台)(?:整理|原创|首发|独家|资料)/),
  strong("siteCredit", /资料(?:站|网)|写作(?:网|站)|公文(?:资料|素材)(?:站|网|库|群)/),
  weak("siteCredit", /自建平台|分享平台|独家(?:资料|整理)/),
  weak("siteCredit", /实时分享|每[日周]更新|持续更新|全网首发/),
  weak("siteCredit", /整理|范文|模板|文库/),
  strong("membership", /开通会员|VIP|vip|会员(?:资料|群|专享|下载|免费|交流|福利|权益|[一二三四五六七八九十]群)/),
  weak("membership", /会员/),
  strong("subscription", /订阅.{0,8}(?:立享|即享|优惠|[0-9一二三四五六七八九]折)|立享|限时(?:优惠|特惠|折扣|免费)/),
  weak("subscription", /订阅|优惠|折扣/),
  strong("antiResale", /(?:倒卖|盗卖|转卖|二次售卖)(?:会员|资料|文档|账号|本站)|打击倒卖活动|【[^】]{0,8}(?:倒卖|盗卖)/),
  strong("copyingBan", /版权所有|侵权必究|如有侵权/),
  strong("copyingBan", /禁止(?:外传|转载|传播|复制)|严禁(?:转载|外传|传播|复制)|请勿(?:转载|外传)|未经(?:允许|授权)不得/),
  strong("copyingBan", /仅供(?:学习|个人|交流|内部交流|内部学习)/),
  weak("copyingBan", /仅供参考|转载/),
  strong("qrPrompt", /扫(?:描|一扫)?(?:二维码|码)(?:关注|添加|加入|获取|下载|领取|进群)|长按(?:识别)?二维码|扫描(?:下方|上方)?二维码/),
  strong("download", /(?:免费|点击|欢迎)下载|下载(?:地址|链接|更多)|(?:Word|WORD|word)版|可编辑/),
  weak("download", /下载/),
  weak("contact", /咨询|微信|公众号|客服|[^党团]群[:：]/),
];

/** Phone numbers and "……：12345678" at a line's end: contact details, counted once. */
export const CONTACT_NUMBER =
  /(?<![0-9])1[3-9][0-9]{9}(?![0-9])|(?:电话|手机|联系方式)\s?[:：]\s?[0-9-]{7}|[:：]\s?[0-9]{5,}\s*$/;
