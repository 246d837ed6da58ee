/**
 * The official styles rendered by a real OOXML consumer we did not write: a .docx built from
 * stylesPart() and sample paragraphs is converted to PDF by LibreOffice (headless), and the PDF is
 * measured with poppler (pdftotext -bbox for geometry, pdftohtml -xml / pdffonts for fonts).
 * LibreOffice is not Word, but it reads the same markup: line pitch, indents, alignment and which
 * font reached which text are facts of the styles part, not of our own code.
 *
 * The official fonts are not in Debian; tests/render/fonts.conf maps each to a distinct family
 * (仿宋 → Noto Serif CJK, 黑体 → Noto Sans CJK, 楷体 → AR PL UKai, 小标宋 → WenQuanYi Zen Hei),
 * for the soffice process only. Missing tools fail the test with the Debian packages to install.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { localPracticeProfile, pageSetupFor, standardProfile, stylesPart } from "../../src/core/format/index";
import { buildDocx, type SampleParagraph } from "./docx";
import { embeddedFonts, fontedTexts, textLines, type FontedText, type TextLine } from "./pdf";

const PACKAGES = "libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-arphic-ukai fonts-wqy-zenhei";
const FONTS_CONF = join(import.meta.dirname, "fonts.conf");
/** Chinese Word's default line grid (15.6 pt): exact lines must not snap to it. */
const CHINESE_GRID_TWIPS = 312;

// Sample text written for this test; a sentence of 38 characters wraps over two lines.
const SENTENCE = "全年围绕中心工作统筹推进各项任务，各项指标均按计划完成，群众满意度稳步提升。";
const TITLE = "关于二○二六年度履职情况的述职报告";
const RUN_IN_SENTENCE = "（二）抓实理论学习。";
const RUN_IN_REST = "认真落实学习制度，" + SENTENCE;
const SIGNATURE = "述职人：李明";
const DATE = "二○二六年十二月";

const SAMPLE: SampleParagraph[] = [
  { style: "GongwenTitle", runs: [{ text: TITLE }] },
  { style: "GongwenAddressee", runs: [{ text: "各位领导、同志们：" }] },
  { style: "GongwenBody", runs: [{ text: SENTENCE.repeat(3) }] },
  { style: "GongwenHeading1", runs: [{ text: "一、坚持学思践悟" }] },
  { style: "GongwenHeading2", runs: [{ text: "（一）完善制度机制" }] },
  { style: "GongwenBody", runs: [{ text: RUN_IN_SENTENCE, style: "GongwenHeading2Sentence" }, { text: RUN_IN_REST }] },
  { style: "GongwenHeading3", runs: [{ text: "1.加强项目调度" }] },
  { style: "GongwenHeading4", runs: [{ text: "（1）建立工作台账" }] },
  { style: "GongwenSignature", runs: [{ text: SIGNATURE }] },
  { style: "GongwenDate", runs: [{ text: DATE }] },
  // A paragraph of about 40 lines starting on page 2: page 2 is a full page of body text.
  { style: "GongwenBody", pageBreakBefore: true, runs: [{ text: SENTENCE.repeat(30) }] },
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** An executable by absolute path: known install places first, then PATH. */
function findTool(name: string, places: string[] = []): string | null {
  const onPath = (process.env.PATH ?? "").split(delimiter).filter(Boolean).map((dir) => join(dir, name));
  return [...places, ...onPath].find(executable) ?? null;
}

function requireTools(): string {
  const soffice = findTool("soffice", [
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  ]);
  const missing = [
    soffice ? null : "soffice (LibreOffice)",
    ...["pdftotext", "pdftohtml", "pdffonts"].map((tool) => (findTool(tool) ? null : `${tool} (poppler)`)),
  ].filter((m): m is string => m !== null);
  if (missing.length > 0 || !soffice) {
    assert.fail(`The render test needs ${missing.join(", ")}. Install the Debian packages: apt-get install -y ${PACKAGES} (.ci/run does).`);
  }
  const families = execFileSync("fc-list", [":", "family"], { encoding: "utf8" });
  const fonts = ["Noto Serif CJK SC", "Noto Sans CJK SC", "AR PL UKai CN", "WenQuanYi Zen Hei"].filter((f) => !families.includes(f));
  if (fonts.length > 0) assert.fail(`The render test needs the fonts ${fonts.join(", ")}: apt-get install -y ${PACKAGES}.`);
  return soffice;
}

// The local-practice preset: bold level 3, Times New Roman for digits.
const LOCAL_RUN_IN_SENTENCE = "1.加强学习。"; // its "1." is Latin: Times New Roman in this preset
const LOCAL_RUN_IN_REST = "全年撰写心得体会";
const LOCAL_SAMPLE: SampleParagraph[] = [
  { style: "GongwenBody", runs: [{ text: LOCAL_RUN_IN_SENTENCE, style: "GongwenHeading3Sentence" }, { text: `${LOCAL_RUN_IN_REST}12篇。` }] },
  { style: "GongwenHeading3", runs: [{ text: "2.强化项目调度" }] },
];

const page = pageSetupFor(standardProfile);
const textLeft = page.marginsPt.left;
const textRight = page.widthPt - page.marginsPt.right;

let workDir = "";
let lines: TextLine[] = [];
let fonted: FontedText[] = [];
let fontNames: string[] = [];
let controlLines: TextLine[] = [];
let localFonted: FontedText[] = [];

/** Lines of the paragraph that starts with `start` (its wrapped lines follow on the same page). */
function paragraphLines(all: TextLine[], start: string, count: number): TextLine[] {
  const first = all.findIndex((line) => line.text.startsWith(start));
  assert.ok(first >= 0, `no line starts with ${start}`);
  return all.slice(first, first + count);
}

function pitches(of: TextLine[]): number[] {
  return of.slice(1).map((line, i) => line.yMin - (of[i] as TextLine).yMin);
}

function fontOf(text: string, pieces: FontedText[] = fonted): string {
  const piece = pieces.find((p) => p.text.includes(text));
  assert.ok(piece, `no text piece holds ${text}; pieces: ${pieces.map((p) => p.text).join(" | ")}`);
  return piece.font;
}

describe("official styles rendered by LibreOffice", () => {
  before(() => {
    const soffice = requireTools();
    workDir = mkdtempSync(join(tmpdir(), "rc-render-"));
    writeFileSync(join(workDir, "styles.docx"), buildDocx(standardProfile, SAMPLE, CHINESE_GRID_TWIPS));
    // Control: the same styles without snapToGrid off, to show the grid is really in force.
    const snapping = stylesPart(standardProfile).replaceAll('<w:snapToGrid w:val="0"/>', "");
    writeFileSync(join(workDir, "control.docx"), buildDocx(standardProfile, SAMPLE, CHINESE_GRID_TWIPS, snapping));
    writeFileSync(join(workDir, "local.docx"), buildDocx(localPracticeProfile, LOCAL_SAMPLE, CHINESE_GRID_TWIPS));
    execFileSync(
      soffice,
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${join(workDir, "lo-profile")}`,
        "--convert-to",
        "pdf",
        "--outdir",
        workDir,
        join(workDir, "styles.docx"),
        join(workDir, "control.docx"),
        join(workDir, "local.docx"),
      ],
      { env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF }, stdio: "pipe", timeout: 120_000 },
    );
    const pdf = join(workDir, "styles.pdf");
    lines = textLines(pdf);
    fonted = fontedTexts(pdf);
    fontNames = embeddedFonts(pdf);
    controlLines = textLines(join(workDir, "control.pdf"));
    localFonted = fontedTexts(join(workDir, "local.pdf"));
  });

  after(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test("body lines are exactly 28 pt apart under Chinese Word's 312-twip line grid", () => {
    const body = paragraphLines(lines, SENTENCE.slice(0, 10), 4);
    for (const pitch of pitches(body)) assert.ok(Math.abs(pitch - 28) <= 0.2, `pitch ${pitch}`);
    // Every line of page 1, headings and title included, sits on the same 28 pt rhythm.
    const first = lines.filter((l) => l.page === 1);
    const bodyAndHeadings = first.slice(1);
    for (const pitch of pitches(bodyAndHeadings)) assert.ok(Math.abs(pitch - 28) <= 0.2, `page 1 pitch ${pitch}`);
  });

  test("the grid is in force: without snapToGrid off the same lines snap to 31.2 pt", () => {
    const body = paragraphLines(controlLines, SENTENCE.slice(0, 10), 4);
    for (const pitch of pitches(body)) assert.ok(Math.abs(pitch - 31.2) <= 0.3, `control pitch ${pitch}`);
  });

  test("a full A4 page holds 22 body lines", () => {
    const full = lines.filter((l) => l.page === 2);
    assert.equal(full.length, 22);
    assert.ok(lines.some((l) => l.page === 3), "the long paragraph goes on to page 3, so page 2 is full");
    for (const pitch of pitches(full)) assert.ok(Math.abs(pitch - 28) <= 0.2, `page 2 pitch ${pitch}`);
    const span = (full.at(-1) as TextLine).yMin - (full[0] as TextLine).yMin;
    assert.ok(Math.abs(span - 21 * 28) <= 0.5, `22 lines span ${span} pt`);
  });

  test("body text: first line indented two characters (32 pt at 3号), wrapped lines flush left", () => {
    const [first, second] = paragraphLines(lines, SENTENCE.slice(0, 10), 2) as [TextLine, TextLine];
    assert.ok(Math.abs(second.xMin - textLeft) <= 0.5, `wrapped line at ${second.xMin}, margin ${textLeft}`);
    assert.ok(Math.abs(first.xMin - second.xMin - 32) <= 0.3, `indent ${first.xMin - second.xMin}`);
    // Headings are indented like body text.
    const heading = paragraphLines(lines, "一、坚持", 1)[0] as TextLine;
    assert.ok(Math.abs(heading.xMin - textLeft - 32) <= 0.5, `heading indent ${heading.xMin - textLeft}`);
  });

  test("run-in heading: the heading sentence in 楷体, the rest of the paragraph in 仿宋", () => {
    assert.match(fontOf(RUN_IN_SENTENCE), /UKai/);
    assert.match(fontOf(RUN_IN_REST.slice(0, 8)), /NotoSerifCJK/);
    assert.doesNotMatch(fontOf(RUN_IN_REST.slice(0, 8)), /Bold/);
    // The paragraph is body text: its first line carries the two-character indent.
    const line = paragraphLines(lines, RUN_IN_SENTENCE, 1)[0] as TextLine;
    assert.ok(Math.abs(line.xMin - textLeft - 32) <= 0.5, "Math.abs(line.xMin - textLeft - 32) <= 0.5");
  });

  test("each style's font: 小标宋 title, 黑体 level 1, 楷体 level 2, plain 仿宋 levels 3–4 and body", () => {
    assert.match(fontOf(TITLE), /WenQuanYiZenHei/);
    assert.match(fontOf("一、坚持学思践悟"), /NotoSansCJK/);
    assert.match(fontOf("（一）完善制度机制"), /UKai/);
    for (const text of ["1.加强项目调度", "（1）建立工作台账", "各位领导", SIGNATURE, DATE]) {
      assert.match(fontOf(text), /NotoSerifCJK/, text);
      assert.doesNotMatch(fontOf(text), /Bold/, `${text} is not bold (GB/T 9704 7.3.3)`);
    }
    for (const family of [/WenQuanYiZenHei/, /NotoSerifCJK/, /NotoSansCJK/, /UKai/]) {
      assert.ok(fontNames.some((name) => family.test(name)), `pdffonts lists ${family}: ${fontNames.join(", ")}`);
    }
  });

  test("the title is centred in the type area; the addressee starts at the margin", () => {
    const title = paragraphLines(lines, TITLE, 1)[0] as TextLine;
    const centre = (title.xMin + title.xMax) / 2;
    assert.ok(Math.abs(centre - (textLeft + textRight) / 2) <= 1, `title centre ${centre}`);
    const addressee = paragraphLines(lines, "各位领导", 1)[0] as TextLine;
    assert.ok(Math.abs(addressee.xMin - textLeft) <= 0.5, "Math.abs(addressee.xMin - textLeft) <= 0.5");
  });

  test("signature and date end two characters in from the right margin (右空二字)", () => {
    for (const text of [SIGNATURE, DATE]) {
      const line = paragraphLines(lines, text, 1)[0] as TextLine;
      assert.ok(Math.abs(textRight - line.xMax - 32) <= 1, `${text}: ${textRight - line.xMax} pt from the right margin`);
    }
  });

  test("local practice: a run-in level-3 heading is bold up to its 。 only; digits in the Latin font", () => {
    // pdftohtml splits where the font changes: "1." (Latin slot) apart from "加强学习。".
    assert.match(fontOf("加强学习。", localFonted), /NotoSerifCJK.*Bold/);
    assert.match(fontOf("1.", localFonted), /Bold/);
    assert.doesNotMatch(fontOf("1.", localFonted), /CJK/);
    assert.doesNotMatch(fontOf(LOCAL_RUN_IN_REST, localFonted), /Bold/);
    assert.match(fontOf("强化项目调度", localFonted), /NotoSerifCJK.*Bold/);
    assert.doesNotMatch(fontOf("12", localFonted), /CJK/, "digits take the Latin slot (Times New Roman or its substitute)");
  });
});
