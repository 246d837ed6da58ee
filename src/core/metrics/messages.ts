/** A message for the person, in both interface languages. */
export interface Message {
  zh: string;
  en: string;
}

export const msg = (zh: string, en: string): Message => ({ zh, en });
