import type { FigureRule } from "../figures";
/** Identifiers of every check the draft checker runs. */
export type RuleId =
  | "placeholder.leftover"
  | "numbering.gap"
  | "numbering.repeat"
  | "numbering.skippedLevel"
  | "numbering.punctuation"
  | "punct.halfWidth"
  | "punct.unpaired"
  | "punct.docNumber"
  | "punct.titleFullStop"
  | "punct.rumao"
  | "punct.dunhaoBetweenQuotes"
  | "text.doubledChar"
  | "text.repeatedSentence"
  | "placeholder.field"
  | "punct.trailingDunhao"
  | "punct.rangeDash"
  | "punct.ellipsis"
  | "text.yearZero"
  | "text.leadingZero"
  | "text.tifa"
  | "text.outdated"
  | "numbering.beyondRange"
  | "text.yearBound"
  | "ads.line"
  | "length.section"
  | "length.total"
  // 数据核对's rules are listed once, where they are found.
  | FigureRule;

export type Severity = "error" | "warning" | "info";

import type { Bilingual } from "../text/bilingual";
import type { TifaEntry } from "./data/tifa";
import type { FormFigure, PackIndicator } from "../figures/index";


/** One problem found in the draft, located by paragraph index and UTF-16 offsets. */
export interface Finding {
  /** Stable within one run: rule, paragraph and offsets. */
  id: string;
  rule: RuleId;
  paragraph: number;
  start: number;
  end: number;
  /** Plain words that say what is wrong and why. */
  message: Bilingual;
  /** Safe replacement for [start, end); absent when the fix needs a person's judgement. */
  replacement?: string;
  /** The fix removes the whole paragraph (advertising lines); replacement is then "". */
  removeParagraph?: true;
  severity: Severity;
  /** 数据核对: every place the finding involves (the first is paragraph/start/end), each selectable. */
  places?: Array<{ paragraph: number; start: number; end: number }>;
  /** 数据核对: what a dismissal of this finding is kept under (stable while the figures read the same). */
  dismissKey?: string;
  /** figures.form: the 数据 form's value in the document's unit, and its group key. */
  formValue?: string;
  formGroup?: string;
}

export interface LengthTarget {
  /** Target characters for the whole document. */
  total?: number;
  /** Target characters for each level-1 section. */
  perSection?: number;
}

export interface CheckOptions {
  lengthTarget?: LengthTarget;
  /** Run only these rules; all rules when absent. */
  enabledRules?: string[];
  /** Year the report is about (2026): wordings outdated by then are reported (“十四五” as current). */
  year?: number;
  /**
   * The 党的二十一大's opening date as the organisation set it ("2027-10-18"), the same setting the
   * skeletons use: a report dated after it may not 迎接 the congress, one before it may not study its 精神.
   */
  congressDate?: string;
  /** An organisation's own 提法 entries (validate with tifaEntrySchema); same id replaces a built-in. */
  tifa?: readonly TifaEntry[];
  /** 数据核对: indicators an organisation adds (content packs). */
  figureIndicators?: readonly PackIndicator[];
  /** 数据核对: the values the 数据 form keeps in the document (stored values). */
  figureForm?: readonly FormFigure[];
  /** 数据核对: findings dismissed for this document (their dismissKey). */
  dismissedFigures?: readonly string[];
}

/** A finding before the checker assigns its id. */
export type FindingDraft = Omit<Finding, "id">;
