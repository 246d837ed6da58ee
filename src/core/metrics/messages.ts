import type { Bilingual } from "../text/bilingual";

export const msg = (zh: string, en: string): Bilingual => ({ zh, en });
