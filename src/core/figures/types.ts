import type { Bilingual } from "../text/bilingual";
import type { PackIndicator } from "./indicators";

/** The kinds of disagreement 数据核对 reports (rule ids of the checker). */
export type FigureRule =
  | "figures.conflict"
  | "figures.growth"
  | "figures.parts"
  | "figures.unit"
  | "figures.form"
  | "figures.year";

/** One place a finding involves: a paragraph and UTF-16 offsets in it. */
export interface FigurePlace {
  paragraph: number;
  start: number;
  end: number;
}

export interface FigureIssue {
  rule: FigureRule;
  /** Every place involved, in reading order; the first is where the finding is listed. */
  places: FigurePlace[];
  /** One line: what disagrees, with the arithmetic. */
  message: Bilingual;
  /** Stable across edits elsewhere in the document: what a dismissal is kept under. */
  key: string;
  /** figures.form: the form's value, written in the document's unit (以表单为准 writes it). */
  formValue?: string;
  /** figures.form: the form's group key (以文档为准 updates it). */
  formGroup?: string;
}

/** A value the 数据 form keeps: its group key ("field:label|unit#n"), this year's and last year's value. */
export interface FormFigure {
  group: string;
  value?: string;
  previous?: string;
}

export interface FigureOptions {
  /** The year the report is about (read from its head when absent). */
  year?: number;
  /** Indicators an organisation adds (content packs). */
  indicators?: readonly PackIndicator[];
  /** The 数据 form's stored values. */
  form?: readonly FormFigure[];
}

