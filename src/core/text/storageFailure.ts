/**
 * Why a write to the add-in's local storage (window.localStorage, or a stand-in) failed, in words
 * a person can act on. Browsers name a full storage differently: QuotaExceededError (Chromium,
 * WebKit, Edge), NS_ERROR_DOM_QUOTA_REACHED (old Firefox), legacy code 22 or 1014.
 */
import type { Bilingual } from "./bilingual";

/** True when the error says the storage is full (rather than disabled or broken). */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014;
}

/** The reason alone, to put inside a longer sentence: "本机存储已满" / "local storage is full". */
export function storageFailureReason(error: unknown): Bilingual {
  return isQuotaError(error)
    ? { zh: "本机存储空间已满", en: "the add-in's local storage is full" }
    : { zh: "本机存储不可用（可能被浏览器或单位策略禁用）", en: "the add-in's local storage is not available (the browser or a policy may disable it)" };
}

/** A full sentence for a failed save of `what` ({ zh: "短语库", en: "the phrase library" }). */
export function saveFailedMessage(what: Bilingual, error: unknown): Bilingual {
  const reason = storageFailureReason(error);
  return {
    zh: `${what.zh}未能保存到本机：${reason.zh}。本次修改只在关闭任务窗格前有效；请删除不用的短语或设置、腾出空间后再改一次。`,
    en: `${capitalise(what.en)} could not be saved on this computer: ${reason.en}. The change lasts only until the pane is closed; free some space (delete phrases or settings you no longer use) and change it again.`,
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
