/**
 * Why a write to the add-in's local storage (window.localStorage, or a stand-in) failed, in words
 * a person can act on. Browsers name a full storage differently: QuotaExceededError (Chromium,
 * WebKit, Edge), NS_ERROR_DOM_QUOTA_REACHED (old Firefox), legacy code 22 or 1014.
 */
import type { Bilingual } from "./bilingual";
import { coreMessages } from "./catalog";

/** True when the error says the storage is full (rather than disabled or broken). */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014;
}

/** The reason alone, to put inside a longer sentence: "本机存储已满" / "local storage is full". */
export function storageFailureReason(error: unknown): Bilingual {
  return isQuotaError(error) ? coreMessages.storageFull : coreMessages.storageUnavailable;
}

/** A full sentence for a failed save of `what` ({ zh: "短语库", en: "the phrase library" }). */
export function saveFailedMessage(what: Bilingual, error: unknown): Bilingual {
  return coreMessages.saveFailed(what, storageFailureReason(error));
}
