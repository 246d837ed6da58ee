/** A message in both UI languages; the domain returns these, the task pane picks one. */
export interface Bilingual {
  zh: string;
  en: string;
}
