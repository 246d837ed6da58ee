/**
 * Common indicators of Chinese reports: the name, the other names it goes by, the units it can be
 * written in, and what is known of its values. Only a figure whose label names one of these (or
 * one a content pack adds) is compared with other figures: an unknown label is never a finding.
 */
import { z } from "zod";
import type { Dimension } from "./units";

export interface Indicator {
  /** The name shown in findings. */
  name: string;
  /** Other names (GDP, 规上工业增加值); matched exactly, like the name, after scope words are removed. */
  synonyms: readonly string[];
  /** Dimensions of the units it may be written in. */
  dimensions: readonly Dimension[];
  /** Its growth is stated at comparable prices (实际增长): not computed from the nominal figures. */
  real?: boolean;
  /** A rate that cannot exceed 100% (处理率, 覆盖率). */
  bounded?: boolean;
  /** Smallest plausible value in base units (yuan for money): less means a unit slipped (万元 for 亿元). */
  min?: number;
  /** Largest plausible value in base units (per-person income in 亿元). */
  max?: number;
}

type Extra = Pick<Indicator, "real" | "bounded" | "min" | "max">;
const M: readonly Dimension[] = ["money"];
const P: readonly Dimension[] = ["percent"];
const N: readonly Dimension[] = ["people"];

function ind(name: string, dimensions: readonly Dimension[], synonyms: readonly string[] = [], extra: Extra = {}): Indicator {
  return { name, synonyms, dimensions, ...extra };
}

/** Regional totals: a county's are in 亿元, never a few 万元. */
const REGIONAL = { min: 1e8 };
const PER_PERSON = { max: 1e6 };
const RATE = { bounded: true } as const;

export const BUILT_IN_INDICATORS: readonly Indicator[] = [
  // 经济总量与产业
  ind("地区生产总值", M, ["GDP", "生产总值", "国内生产总值", "全市生产总值", "全县生产总值", "全区生产总值", "全省生产总值"], { real: true, ...REGIONAL }),
  ind("人均地区生产总值", M, ["人均GDP", "人均生产总值"], { real: true, ...PER_PERSON }),
  ind("第一产业增加值", M, [], { real: true }),
  ind("第二产业增加值", M, [], { real: true }),
  ind("第三产业增加值", M, ["服务业增加值"], { real: true }),
  ind("农业总产值", M, ["农林牧渔业总产值"], { real: true }),
  ind("工业增加值", M, ["全部工业增加值"], { real: true }),
  ind("规模以上工业增加值", M, ["规上工业增加值", "规模工业增加值"], { real: true }),
  ind("规模以上工业总产值", M, ["规上工业总产值", "工业总产值"]),
  ind("建筑业总产值", M, ["建筑业产值"]),
  ind("数字经济核心产业增加值", M, [], { real: true }),
  ind("战略性新兴产业产值", M, ["战新产业产值"]),
  ind("高新技术产业产值", M, ["高新技术企业产值"]),
  ind("旅游总收入", M, ["旅游收入", "旅游综合收入"]),
  ind("接待游客", ["personTimes", "people"], ["接待游客人次", "游客接待量", "接待国内外游客"]),
  ind("粮食产量", ["mass"], ["粮食总产量", "粮食总产"]),
  ind("粮食播种面积", ["area"], []),
  ind("高标准农田", ["area"], ["新建高标准农田", "建成高标准农田"]),
  ind("农产品加工业产值", M, []),
  ind("规模以上工业企业", ["count:家", "count:户"], ["规上工业企业", "规上企业"]),
  ind("高新技术企业", ["count:家"], ["国家高新技术企业"]),
  ind("科技型中小企业", ["count:家"], []),
  ind("专精特新企业", ["count:家"], ["专精特新中小企业"]),
  // 投资与消费
  ind("固定资产投资", M, ["全社会固定资产投资", "固投"], { min: 1e7 }),
  ind("工业投资", M, []),
  ind("民间投资", M, []),
  ind("基础设施投资", M, []),
  ind("房地产开发投资", M, []),
  ind("重点项目投资", M, ["重点项目完成投资"]),
  ind("社会消费品零售总额", M, ["社零总额", "社消零总额"], { min: 1e7 }),
  ind("网络零售额", M, ["网上零售额"]),
  ind("进出口总额", M, ["外贸进出口总额", "进出口总值", "外贸进出口"]),
  ind("出口总额", M, ["出口额", "出口"]),
  ind("进口总额", M, ["进口额", "进口"]),
  ind("实际使用外资", ["usd", "money"], ["实际利用外资", "实际使用外商直接投资"]),
  ind("招商引资到位资金", M, ["到位资金", "招商引资实际到位资金"]),
  ind("签约项目投资", M, ["签约项目总投资"]),
  ind("引进项目", ["count:个"], ["引进项目数", "招商引资项目"]),
  // 财政与金融
  ind("一般公共预算收入", M, ["地方一般公共预算收入", "公共财政预算收入", "地方财政收入", "财政收入"], { min: 1e6 }),
  ind("一般公共预算支出", M, ["公共财政预算支出", "财政支出"], { min: 1e6 }),
  ind("税收收入", M, ["税收"]),
  ind("非税收入", M, []),
  ind("政府性基金收入", M, ["政府性基金预算收入"]),
  ind("政府性基金支出", M, ["政府性基金预算支出"]),
  ind("民生支出", M, ["民生领域支出"]),
  ind("教育支出", M, []),
  ind("社会保障和就业支出", M, ["社保和就业支出"]),
  ind("卫生健康支出", M, []),
  ind("税收占比", P, ["税收占一般公共预算收入比重", "税收收入占比"], RATE),
  ind("金融机构存款余额", M, ["存款余额", "本外币存款余额", "各项存款余额"]),
  ind("金融机构贷款余额", M, ["贷款余额", "本外币贷款余额", "各项贷款余额"]),
  ind("新增贷款", M, []),
  ind("政府债务余额", M, ["地方政府债务余额"]),
  ind("专项债券", M, ["专项债", "争取专项债券", "新增专项债券"]),
  ind("上级转移支付", M, ["转移支付"]),
  // 收入与就业
  ind("居民人均可支配收入", M, ["全体居民人均可支配收入"], PER_PERSON),
  ind("城镇居民人均可支配收入", M, ["城镇常住居民人均可支配收入", "城镇居民收入"], PER_PERSON),
  ind("农村居民人均可支配收入", M, ["农村常住居民人均可支配收入", "农民人均可支配收入", "农村居民收入"], PER_PERSON),
  ind("居民人均消费支出", M, [], PER_PERSON),
  ind("城镇新增就业", N, ["城镇新增就业人数", "新增城镇就业", "新增就业"]),
  ind("城镇调查失业率", P, ["调查失业率"], RATE),
  ind("城镇登记失业率", P, ["登记失业率"], RATE),
  ind("农村劳动力转移就业", N, ["农村劳动力转移就业人数", "转移农村劳动力"]),
  ind("高校毕业生就业", N, []),
  ind("职业技能培训", ["personTimes", "people"], ["开展职业技能培训"]),
  ind("居民消费价格涨幅", P, ["居民消费价格", "CPI"]),
  ind("最低工资标准", M, [], PER_PERSON),
  // 社会民生
  ind("基本养老保险参保人数", N, ["养老保险参保人数"]),
  ind("基本医疗保险参保率", P, ["医保参保率", "基本医疗保险参保率"], RATE),
  ind("基本养老保险参保率", P, ["养老保险参保率"], RATE),
  ind("学前教育毛入园率", P, ["毛入园率"], RATE),
  ind("义务教育巩固率", P, ["九年义务教育巩固率"], RATE),
  ind("高中阶段毛入学率", P, ["高中阶段教育毛入学率"], RATE),
  ind("新建改扩建学校", ["count:所"], ["新建学校", "新改扩建学校"]),
  ind("新增学位", ["count:个"], []),
  ind("每千人口执业医师数", ["people"], []),
  ind("人均预期寿命", ["count:岁" as Dimension], []),
  ind("保障性住房", ["count:套"], ["保障性租赁住房", "筹集保障性租赁住房"]),
  ind("棚户区改造", ["count:套", "households"], ["棚改"]),
  ind("老旧小区改造", ["count:个"], ["城镇老旧小区改造", "改造老旧小区"]),
  ind("农村危房改造", ["households"], []),
  ind("民生实事", ["count:件", "count:项"], ["民生实事项目"]),
  ind("城乡低保", ["people"], ["低保对象"]),
  ind("脱贫人口", N, []),
  ind("常住人口", N, ["年末常住人口", "户籍人口"]),
  ind("常住人口城镇化率", P, ["城镇化率"], RATE),
  // 生态环境
  ind("空气质量优良天数比例", P, ["空气优良天数比例", "优良天数比例", "空气质量优良率"], RATE),
  ind("空气质量优良天数", ["count:天" as Dimension], ["优良天数"]),
  ind("PM2.5平均浓度", ["concentration"], ["细颗粒物平均浓度", "PM2.5浓度"]),
  ind("地表水达标率", P, ["国省控断面水质达标率", "地表水优良水体比例", "断面水质达标率"], RATE),
  ind("森林覆盖率", P, [], RATE),
  ind("建成区绿化覆盖率", P, ["绿化覆盖率"], RATE),
  ind("生活垃圾无害化处理率", P, ["城市生活垃圾无害化处理率", "垃圾无害化处理率"], RATE),
  ind("城市污水处理率", P, ["污水处理率", "城镇污水处理率"], RATE),
  ind("农村生活污水治理率", P, [], RATE),
  ind("单位GDP能耗", P, ["单位地区生产总值能耗", "万元GDP能耗"]),
  ind("化学需氧量排放量", ["mass"], []),
  ind("植树造林", ["area"], ["完成植树造林", "人工造林"]),
  ind("集中式饮用水水源地水质达标率", P, ["饮用水水源地水质达标率", "饮用水水质达标率"], RATE),
  ind("农村自来水普及率", P, ["自来水普及率"], RATE),
  ind("卫生厕所普及率", P, ["农村卫生厕所普及率"], RATE),
  ind("秸秆综合利用率", P, [], RATE),
  ind("畜禽粪污综合利用率", P, [], RATE),
  // 科技与基础设施
  ind("研发经费投入", M, ["研发投入", "R&D经费投入", "全社会研发投入"]),
  ind("研发投入强度", P, ["研发经费投入强度", "R&D经费投入强度"]),
  ind("发明专利授权量", ["count:件"], ["发明专利授权"]),
  ind("技术合同成交额", M, ["技术合同成交金额"]),
  ind("5G基站", ["count:个"], ["新建5G基站", "5G基站数"]),
  ind("高速公路通车里程", ["length"], ["高速公路里程"]),
  ind("农村公路", ["length"], ["新改建农村公路"]),
  ind("货物吞吐量", ["mass"], ["港口货物吞吐量"]),
  ind("全社会用电量", ["energy"], ["用电量"]),
  ind("工业用电量", ["energy"], []),
  // 企业经营
  ind("营业收入", M, ["营业总收入", "营收"]),
  ind("主营业务收入", M, ["主营收入"]),
  ind("利润总额", M, ["实现利润", "利润"]),
  ind("净利润", M, ["归母净利润"]),
  ind("上缴税费", M, ["上缴税金", "纳税总额", "实缴税金"]),
  ind("资产总额", M, ["总资产"]),
  ind("净资产", M, ["所有者权益"]),
  ind("资产负债率", P, [], RATE),
  ind("新签合同额", M, ["新签合同", "合同签约额"]),
  ind("销售额", M, ["销售收入", "销售总额"]),
  ind("产值", M, ["工业产值", "总产值"]),
  ind("成本费用利润率", P, []),
  ind("净资产收益率", P, []),
  ind("国有资产保值增值率", P, ["保值增值率"]),
  ind("职工人数", N, ["在岗职工", "员工总数", "职工总数"]),
  ind("安全生产事故", ["count:起"], ["生产安全事故"]),
  ind("研发费用", M, []),
  // 机关与党建
  ind("党员", N, ["党员人数", "党员总数", "共有党员"]),
  ind("基层党组织", ["count:个"], ["党组织", "基层党组织数"]),
  ind("党支部", ["count:个"], ["支部"]),
  ind("发展党员", N, ["新发展党员"]),
  ind("三公经费", M, ["“三公”经费"]),
  ind("信访事项按期办结率", P, ["信访按期办结率", "按期办结率"], RATE),
  ind("12345热线办结率", P, ["热线办结率"], RATE),
  ind("政务服务事项网上可办率", P, ["网上可办率"], RATE),
  ind("群众满意率", P, ["满意率"], RATE),
  ind("建议提案办结率", P, ["建议提案办复率"], RATE),
  ind("本科上线率", P, ["本科录取率", "升学率"], RATE),
  ind("合格率", P, ["产品合格率", "质量合格率"], RATE),
  ind("覆盖率", P, ["网络覆盖率"], RATE),
  ind("达标率", P, [], RATE),
  ind("处理率", P, [], RATE),
];

/** Indicators a content pack adds (optional field "indicators" of the pack). */
export const indicatorSchema = z
  .object({
    name: z.string().min(1).max(40),
    synonyms: z.array(z.string().min(1).max(40)).max(20).optional(),
    /** Units it can be written in (亿元, 万人, %): their dimensions are taken. */
    units: z.array(z.string().min(1).max(10)).min(1).max(10),
    real: z.boolean().optional(),
    bounded: z.boolean().optional(),
  })
  .strict();

export type PackIndicator = z.infer<typeof indicatorSchema>;

/** Scope words before a name that do not change what it measures (全市地区生产总值). */
const SCOPE = /^(?:全市|全县|全区|全省|全镇|全乡|全国|全州|全盟|全旗|本市|本县|本区|我市|我县|我区|我省|全公司|公司|集团|全集团|全校|学校|全年|年度|本年度|当年)/;

/** Labels end in words of counting or wording that the names leave out (党员数, 城镇新增就业人数). */
const COUNT_TAIL = /(?:人数|数)$/;

export interface IndicatorIndex {
  lookup(label: string): Indicator | undefined;
}

/** One index over names and synonyms; a pack's indicator with a built-in's name replaces it. */
export function indicatorIndex(extra: readonly Indicator[] = []): IndicatorIndex {
  const byName = new Map<string, Indicator>();
  for (const list of [BUILT_IN_INDICATORS, extra]) {
    for (const indicator of list) {
      byName.set(normal(indicator.name), indicator);
      for (const synonym of indicator.synonyms) byName.set(normal(synonym), indicator);
    }
  }
  const cache = new Map<string, Indicator | null>();
  return {
    lookup(label) {
      let found = cache.get(label);
      if (found === undefined) {
        found = find(byName, label) ?? null;
        if (cache.size < 10_000) cache.set(label, found);
      }
      return found ?? undefined;
    },
  };
}

const normal = (s: string) => s.replace(/[\s“”"]/g, "").toUpperCase();

function find(byName: ReadonlyMap<string, Indicator>, label: string): Indicator | undefined {
  let s = normal(label);
  if (s.length > 30) return undefined;
  for (let i = 0; i < 3; i++) {
    const hit = byName.get(s) ?? byName.get(s.replace(COUNT_TAIL, ""));
    if (hit) return hit;
    const scope = SCOPE.exec(s);
    if (!scope || scope[0].length >= s.length) return undefined;
    s = s.slice(scope[0].length);
  }
  return undefined;
}
