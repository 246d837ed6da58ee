import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { AD_SIGNALS, emailRanges, findAdParagraphs, isAdLine, type AdSignalKind } from "../../../src/core/ads";
import { applyFixes, checkDocument } from "../../../src/core/checks";
import { corpusPath } from "../../support/shared";

/** A draft written for this test in the shape of a downloaded template: eight promotion lines, blanks, a notice. */
const PROMOTION = [
  "笔耕公文资料站 · 专注机关写作素材",
  "自建平台、实时分享，每周更新上千篇",
  "现在订阅立享全站资料七折",
  "【打击倒卖活动】",
  "举报倒卖会员资料的人，查实后赠送半年会员。",
  "会员交流QQ群：612345789",
  "会员二群：723456891（已满）",
  "微信客服：bigan_wenku2026",
];
const NOTICE = "【会员资料仅供内部交流，严禁外传】";
const REPORT = [
  "2026年度述职述廉报告",
  "各位领导、同志们：",
  "一年来，我认真履行岗位职责，现将有关情况报告如下：",
  "一、履职情况",
  "一是抓学习；二是抓落实。",
  "二、存在的问题",
];
const TAIL = ["", "扫码关注公众号，获取更多公文模板", "长按识别二维码加入写作交流群", ""];
const TEMPLATE = [...PROMOTION, "", "", "", "", "", "", NOTICE, ...REPORT, ...TAIL];

const corpus = (name: string) => readFileSync(corpusPath(`${name}.txt`), "utf8").split(/\r?\n/);

describe("advertising lines from a downloaded template", () => {
  for (const line of [...PROMOTION, NOTICE, TAIL[1]!, TAIL[2]!]) {
    test(`flags “${line}”`, () => assert.equal(isAdLine(line), true));
  }

  test("the blank run at the start and end goes with the advertising", () => {
    const { ads, blanks } = findAdParagraphs(TEMPLATE);
    assert.deepEqual(ads, [0, 1, 2, 3, 4, 5, 6, 7, 14, 22, 23]);
    assert.deepEqual(blanks, [8, 9, 10, 11, 12, 13, 21, 24]);
  });

  test("全部修复 leaves the report and nothing else", () => {
    const { paragraphs } = applyFixes(TEMPLATE, checkDocument(TEMPLATE, { enabledRules: ["ads.line"] }));
    assert.deepEqual(paragraphs, REPORT);
  });

  test("ordinals inside advertising lines do not count towards the numbering", () => {
    const doc = ["一、本文由笔耕资料站整理，QQ群：612345789", "一、履职情况", "二、存在的问题"];
    const numbering = checkDocument(doc).filter((f) => f.rule.startsWith("numbering."));
    assert.deepEqual(numbering, []);
  });

  test("blank paragraphs inside the report stay", () => {
    const doc = ["更多范文请访问本站", "标题", "", "正文。", "", "结尾。"];
    const { blanks } = findAdParagraphs(doc);
    assert.deepEqual(blanks, []);
  });
});

describe("advertising signals as data", () => {
  const EXAMPLES: Record<AdSignalKind, string> = {
    siteCredit: "本文由笔耕资料站整理",
    contact: "客服QQ：612345789",
    membership: "开通会员免费下载全部资料",
    subscription: "限时优惠，订阅即享五折",
    antiResale: "严禁倒卖资料，一经发现封号",
    copyingBan: "版权所有，未经授权不得转载",
    qrPrompt: "扫码领取更多模板",
    download: "Word版可编辑，欢迎下载",
  };
  for (const [kind, example] of Object.entries(EXAMPLES)) {
    test(`${kind}: a strong signal exists and “${example}” is flagged`, () => {
      assert.ok(AD_SIGNALS.some((s) => s.kind === kind && s.strong && s.pattern.test(example)), "AD_SIGNALS.some((s) => s.kind === kind && s.strong && s.pattern.test(example))");
      assert.equal(isAdLine(example), true);
    });
  }

  const LEGITIMATE = [
    "严厉打击倒卖文物、非法采砂等违法犯罪活动，社会治安持续好转。",
    "政务服务平台实现一网通办，扫码通行、扫码支付全面推广。",
    "组织党员订阅党报党刊，开展“学习强国”平台学习。",
    "发展工会会员200名，会员服务站覆盖所有乡镇。",
    "以上数据仅供参考。",
    "联系人：张明",
  ];
  for (const line of LEGITIMATE) {
    test(`keeps “${line.slice(0, 14)}”`, () => assert.equal(isAdLine(line), false));
  }

  // Every report of the corpus, whatever it holds (at least the four it has now).
  const reports = readdirSync(corpusPath("")).filter((f) => f.endsWith(".txt")).map((f) => f.replace(/\.txt$/, ""));
  test("the corpus has its reports", () => {
    for (const name of ["gov-work-report-2013", "gov-work-report-2024", "school-principal-report", "company-annual-summary"]) {
      assert.ok(reports.includes(name), name);
    }
  });
  for (const name of reports) {
    test(`${name}: nothing flagged`, () => {
      assert.deepEqual(findAdParagraphs(corpus(name)), { ads: [], blanks: [] });
    });
  }
});

describe("e-mail addresses in linear time", () => {
  test("finds addresses and ignores lone @", () => {
    const text = "邮箱：office@example.gov.cn，或 a.b+c@mail.example.com。@@ x@y";
    assert.deepEqual(
      emailRanges(text).map(([a, b]) => text.slice(a, b)),
      ["office@example.gov.cn", "a.b+c@mail.example.com"],
    );
  });

  test("100,000 digits and 50,000 @ do not hang", () => {
    assert.deepEqual(emailRanges("1".repeat(100_000)), []);
    assert.equal(emailRanges("a@".repeat(50_000)).length, 0);
    assert.equal(isAdLine("1".repeat(100_000)), false);
  });
});

test("a phone number needs company: with 咨询 it is advertising, alone in a signature it is not", () => {
  assert.equal(isAdLine("咨询电话：13912345678"), true);
  assert.equal(isAdLine("联系电话：13912345678"), false);
});
