/** Reading a PDF's text geometry (poppler's pdftotext -bbox) and fonts (pdftohtml -xml, pdffonts). */
import { execFileSync } from "node:child_process";

export interface TextLine {
  /** 1-based page number. */
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}

const decode = (text: string) =>
  text
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * Every line of text with its box in points. pdftotext gives words (a run of CJK text without
 * spaces is one word); words on one baseline of one page are joined into a line.
 */
export function textLines(pdf: string): TextLine[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  const lines: TextLine[] = [];
  let page = 0;
  const token = /<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const match of html.matchAll(token)) {
    if (match[0] === "<page") {
      page++;
      continue;
    }
    const [xMin, yMin, xMax, yMax] = match.slice(1, 5).map(Number) as [number, number, number, number];
    const text = decode(match[5] ?? "");
    const line = lines.find((l) => l.page === page && Math.abs(l.yMin - yMin) < 1);
    if (line) {
      line.xMin = Math.min(line.xMin, xMin);
      line.xMax = Math.max(line.xMax, xMax);
      line.text += text;
    } else {
      lines.push({ page, xMin, xMax, yMin, yMax, text });
    }
  }
  return lines;
}

export interface FontedText {
  page: number;
  text: string;
  /** The embedded font's full name without its subset tag, e.g. "UKaiCN", "NotoSerifCJKjp-Bold-VKana". */
  font: string;
}

/** Full names of the embedded fonts (pdffonts), by subset tag ("BAAAAA+DejaVuSerif-Bold"). */
function embeddedFontTable(pdf: string): string[] {
  const table = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
  return table
    .split("\n")
    .slice(2)
    .map((row) => row.split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

const withoutSubsetTag = (name: string) => name.replace(/^[A-Z]{6}\+/, "");

/**
 * Text pieces with the font each is drawn in (pdftohtml splits text where the font changes). Its
 * font family drops the style ("-Bold"), so the full name is looked up in pdffonts by subset tag.
 */
export function fontedTexts(pdf: string): FontedText[] {
  const fullNames = embeddedFontTable(pdf);
  const xml = execFileSync("pdftohtml", ["-xml", "-i", "-stdout", "-q", pdf], { encoding: "utf8" });
  const families = new Map<string, string>();
  const out: FontedText[] = [];
  let page = 0;
  const token = /<page number="(\d+)"|<fontspec id="(\d+)"[^>]*family="([^"]+)"|<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g;
  for (const match of xml.matchAll(token)) {
    if (match[1] !== undefined) {
      page = Number(match[1]);
    } else if (match[2] !== undefined) {
      const family = match[3] ?? "";
      const tag = /^([A-Z]{6})\+/.exec(family)?.[1];
      const full = tag ? fullNames.find((name) => name.startsWith(`${tag}+`)) : undefined;
      families.set(match[2], withoutSubsetTag(full ?? family));
    } else {
      out.push({ page, text: decode(match[5] ?? ""), font: families.get(match[4] ?? "") ?? "?" });
    }
  }
  return out;
}

/** Names of the fonts embedded in the PDF (pdffonts), subset tags removed. */
export function embeddedFonts(pdf: string): string[] {
  return embeddedFontTable(pdf).map(withoutSubsetTag);
}
