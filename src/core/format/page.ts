import type { FormatProfile } from "./types";
import { mmToPt, ptToTwips, wEmpty } from "./xml";

/** A4 in millimetres (GB/T 9704-2012 5.2.1). */
export const A4_MM = { width: 210, height: 297 } as const;
/** GB/T 9704-2012 5.2.3: 22 lines of 28 characters on a page. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The page of an official document in every unit the Word layer and a .docx need. `api` holds the
 * figures under the names of Word's `PageSetup` (WordApiDesktop 1.3, points), ready for
 * `section.pageSetup.set(api)`; elsewhere the pane shows `marginsMm` for the person to set.
 */
export interface PageSetupFigures {
  paper: "A4";
  widthPt: number;
  heightPt: number;
  widthTwips: number;
  heightTwips: number;
  marginsMm: Margins;
  marginsPt: Margins;
  marginsTwips: Margins;
  /** The type area (版心) left between the margins: 156 × 225 mm with the standard margins. */
  textAreaPt: { width: number; height: number };
  linesPerPage: number;
  charsPerLine: number;
  /**
   * Pitch of a line grid that fits `linesPerPage` lines in the type area (rounded down so that
   * they all fit: 579 twips ≈ 28.95 pt with the standard margins). The official styles turn
   * snapping to it off, so their exact line spacing stands.
   */
  linePitchTwips: number;
  api: {
    paperSize: "A4";
    pageWidth: number;
    pageHeight: number;
    topMargin: number;
    bottomMargin: number;
    leftMargin: number;
    rightMargin: number;
    /** Lines and characters grid ("指定行和字符网格"). */
    layoutMode: "Grid";
    linesPage: number;
    charsLine: number;
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const mapMargins = (m: Margins, unit: (mm: number) => number): Margins => ({
  top: unit(m.top),
  bottom: unit(m.bottom),
  left: unit(m.left),
  right: unit(m.right),
});

/** The GB/T 9704 page (A4, the profile's margins, 22 × 28 grid). */
export function pageSetupFor(profile: FormatProfile): PageSetupFigures {
  const marginsMm = { ...profile.pageMargins };
  const marginsPt = mapMargins(marginsMm, (mm) => round2(mmToPt(mm)));
  const widthPt = round2(mmToPt(A4_MM.width));
  const heightPt = round2(mmToPt(A4_MM.height));
  const textHeightMm = A4_MM.height - marginsMm.top - marginsMm.bottom;
  const textWidthMm = A4_MM.width - marginsMm.left - marginsMm.right;
  return {
    paper: "A4",
    widthPt,
    heightPt,
    widthTwips: ptToTwips(mmToPt(A4_MM.width)),
    heightTwips: ptToTwips(mmToPt(A4_MM.height)),
    marginsMm,
    marginsPt,
    marginsTwips: mapMargins(marginsMm, (mm) => ptToTwips(mmToPt(mm))),
    textAreaPt: { width: round2(mmToPt(textWidthMm)), height: round2(mmToPt(textHeightMm)) },
    linesPerPage: LINES_PER_PAGE,
    charsPerLine: CHARS_PER_LINE,
    linePitchTwips: Math.floor((mmToPt(textHeightMm) * 20) / LINES_PER_PAGE),
    api: {
      paperSize: "A4",
      pageWidth: widthPt,
      pageHeight: heightPt,
      topMargin: marginsPt.top,
      bottomMargin: marginsPt.bottom,
      leftMargin: marginsPt.left,
      rightMargin: marginsPt.right,
      layoutMode: "Grid",
      linesPage: LINES_PER_PAGE,
      charsLine: CHARS_PER_LINE,
    },
  };
}

/**
 * `<w:sectPr>` for a .docx built from scratch: A4, the profile's margins and a line grid
 * (`linePitchTwips` defaults to the GB/T pitch; a test passes Chinese Word's default 312 to prove
 * the official styles do not snap to it). Header and footer distances are Word's defaults.
 * Never part of the style package: inserting a section break would change the user's pages.
 */
export function sectionPropertiesXml(profile: FormatProfile, linePitchTwips?: number): string {
  const page = pageSetupFor(profile);
  const m = page.marginsTwips;
  return (
    "<w:sectPr>" +
    wEmpty("pgSz", { w: page.widthTwips, h: page.heightTwips }) +
    wEmpty("pgMar", { top: m.top, right: m.right, bottom: m.bottom, left: m.left, header: 851, footer: 992, gutter: 0 }) +
    wEmpty("cols", { space: 425 }) +
    wEmpty("docGrid", { type: "lines", linePitch: linePitchTwips ?? page.linePitchTwips }) +
    "</w:sectPr>"
  );
}
