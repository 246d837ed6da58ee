/**
 * The person's own drafting settings, kept with the add-in's settings on this computer (never in
 * the document or a pack): endpoint, model, an optional key, and the endpoint already shown to
 * them before a first request.
 */
import type { Bilingual } from "../../core/text/bilingual";
import { draftingMessages } from "./messages";
import { readSetting, saveSetting, type SaveResult, type StorageLike } from "../shell/settingsStore";

export const DRAFTING_SETTINGS_KEY = "report-composer:drafting:v1";
const NAME: Bilingual = draftingMessages.settingsName;

export interface DraftingSettings {
  enabled: boolean;
  endpoint: string;
  model: string;
  apiKey: string;
  /** The endpoint whose "text goes to …" notice the person confirmed. */
  confirmedEndpoint: string;
}

export const DEFAULT_DRAFTING_SETTINGS: DraftingSettings = { enabled: false, endpoint: "", model: "", apiKey: "", confirmedEndpoint: "" };

export function loadDraftingSettings(storage?: Pick<StorageLike, "getItem" | "setItem">): DraftingSettings {
  return readSetting(
    DRAFTING_SETTINGS_KEY,
    (json) => {
      if (!json || typeof json !== "object") return null;
      const o = json as Record<string, unknown>;
      const str = (k: string) => (typeof o[k] === "string" ? (o[k] as string).slice(0, 2000) : "");
      return { enabled: o.enabled === true, endpoint: str("endpoint"), model: str("model"), apiKey: str("apiKey"), confirmedEndpoint: str("confirmedEndpoint") };
    },
    () => ({ ...DEFAULT_DRAFTING_SETTINGS }),
    storage,
  ).value;
}

export function saveDraftingSettings(settings: DraftingSettings, storage?: Pick<StorageLike, "setItem">): SaveResult {
  return saveSetting(DRAFTING_SETTINGS_KEY, settings, NAME, storage);
}
