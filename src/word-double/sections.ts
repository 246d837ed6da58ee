/**
 * Page setup of the document's (single) section: what `Section.pageSetup` exposes in
 * WordApiDesktop 1.3 (@types/office-js `Word.PageSetup`: topMargin … in points, paperSize,
 * pageWidth/pageHeight, layoutMode, linesPage, charsLine). The document grid (w:docGrid) is
 * layoutMode + linesPage/charsLine; its pitches follow from the text area.
 */
import type { StyleLocale } from "./styles";

export interface PageSetupRecord {
  paperSize: string;
  pageWidth: number;
  pageHeight: number;
  orientation: "Portrait" | "Landscape";
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerDistance: number;
  footerDistance: number;
  gutter: number;
  /** Word.LayoutMode: "Default" (no grid), "Grid" (lines and characters), "LineGrid" (lines only), "Genko". */
  layoutMode: string;
  /** Lines per page of the document grid. */
  linesPage: number;
  /** Characters per line of the document grid. */
  charsLine: number;
}

/** Paper sizes in points (portrait). */
export const PAPER: Record<string, [number, number]> = {
  A4: [595.3, 841.9],
  A3: [841.9, 1190.6],
  A5: [419.5, 595.3],
  B5: [515.9, 728.5],
  Letter: [612, 792],
  Legal: [612, 1008],
};

/**
 * A new document's page: Chinese Word's template is A4, 2.54/3.17 cm margins with a line grid of
 * 44 lines (w:docGrid w:type="lines" w:linePitch="312", review A.12); English Word's is Letter, 1 inch, no grid.
 */
export function defaultPageSetup(locale: StyleLocale = "en"): PageSetupRecord {
  const zh = locale === "zh";
  const [w, h] = PAPER[zh ? "A4" : "Letter"]!;
  return {
    paperSize: zh ? "A4" : "Letter", pageWidth: w, pageHeight: h, orientation: "Portrait",
    topMargin: 72, bottomMargin: 72, leftMargin: zh ? 90 : 72, rightMargin: zh ? 90 : 72,
    headerDistance: 42.55, footerDistance: 49.6, gutter: 0,
    layoutMode: zh ? "LineGrid" : "Default", linesPage: zh ? 44 : 0, charsLine: zh ? 39 : 0,
  };
}

/** The grid's pitches in points (line pitch = text height / lines per page), or null without a grid. */
export function docGrid(s: PageSetupRecord): { type: string; linePitch: number; charPitch: number | null } | null {
  if (s.layoutMode === "Default" || !s.linesPage) return null;
  const linePitch = (s.pageHeight - s.topMargin - s.bottomMargin) / s.linesPage;
  const charPitch = s.layoutMode === "Grid" && s.charsLine ? (s.pageWidth - s.leftMargin - s.rightMargin - s.gutter) / s.charsLine : null;
  return { type: s.layoutMode, linePitch, charPitch };
}
