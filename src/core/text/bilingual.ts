/** A message in both UI languages; the domain returns these, the task pane picks one. */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * Text that is the same in both languages: a name someone typed, an error's own text, or text
 * already in the UI's language. Never for words the add-in writes: those go in a strings table.
 */
export const untranslated = (text: string): Bilingual => ({ zh: text, en: text });
