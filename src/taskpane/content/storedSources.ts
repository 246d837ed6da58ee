/**
 * Whether this computer keeps any content pack (a source list, or the old team library that
 * becomes one): without one, the first tab shows built-in and personal content at once and the
 * content store (pack schemas, snippets, 提法) loads in idle time once the first tab is shown.
 */
export const SOURCES_KEY = "report-composer:content-sources:v1";
/** The old single team library (短语 tab, before content packs): migrated once, then removed. */
export const LEGACY_TEAM_SETTINGS_KEY = "report-composer:snippets-team:v1";

/** Read from localStorage itself: where it is disabled the add-in's storage starts empty (settingsStore). */
export function hasStoredSources(): boolean {
  try {
    const storage = window.localStorage;
    return storage.getItem(SOURCES_KEY) !== null || storage.getItem(LEGACY_TEAM_SETTINGS_KEY) !== null;
  } catch {
    return false;
  }
}
