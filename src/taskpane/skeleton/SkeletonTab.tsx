import { Suspense, lazy, startTransition, useEffect, useId, useMemo, useState } from "react";
import type { SkeletonParagraph } from "../../core/skeleton";
import { useArrowNavigationGroup } from "@fluentui/react-components";
import { describeContentOrigin, type ContentSource } from "../../core/packs";
import { GENRE_SUMMARIES } from "../../core/genres/catalog/summaries";
import { isBuiltInGenreId, loadBuiltInGenre } from "../../core/genres/load";
import { toChineseNumeral } from "../../core/text/chineseNumerals";
import type { InsertBlockResult } from "../../word";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { ConfirmDialog } from "../shell/ConfirmDialog";
import { MoreButton } from "../shell/MoreButton";
import { useNotify } from "../shell/notify";
import { usePaneState } from "../shell/paneState";
import { useWordAction } from "../shell/useWordAction";
import { loadPersonalGenresParser, PERSONAL_GENRES_KEY, PERSONAL_GENRES_NAME, usePersonalGenres, usePersonalGenresStore } from "../content/personalGenres";
import { usePackStrings } from "../content/strings";
import { useGenreList, useSourcedGenre, type GenreListEntry } from "../content/usePackGenres";
import { congressOption, useCongressDate } from "../content/congressDate";
import { SECTION_ROW_CSS, SectionRow } from "./SectionRow";
import type { GenreDraft } from "./genreDraft";
import type { MoreAction } from "./MoreActionsMenu";
import { useSaveAsSkeleton } from "./saveAsSkeleton";
import { useMineStrings } from "./mineStrings";
import { PANE_FOOTER_ATTRIBUTE } from "../shell/notify";
import { checkFields } from "./fields";
import { chosenSectionIds, leadingRows, move, reconcileChoice, type SectionChoice } from "./selection";
import { readSkeletonSettings, saveSkeletonSettings, SKELETON_SETTINGS_KEY, SKELETON_SETTINGS_NAME, type SkeletonSettings } from "./storage";
import { useSaveReporter, useUnreadableNotice } from "../shell/storageNotices";
import { afterFirstTab, whenIdle } from "../shell/afterFirstTab";
import { useSkeletonStrings } from "./strings";

// The 存为骨架 editor (with genre validation and the personal genres' reader): its own chunk, shown
// only once a draft is open, so the list's first paint does not wait for it.
const GenreEditor = lazy(() =>
  Promise.all([import(/* webpackChunkName: "genre-editor" */ "./GenreEditor"), loadPersonalGenresParser()]).then(([m]) => ({ default: m.GenreEditor })),
);

const PersonalGenreActions = lazy(() =>
  import(/* webpackChunkName: "personal-genre-actions" */ "./PersonalGenreActions").then((m) => ({ default: m.PersonalGenreActions })),
);
const moreActionsMenu = () => import(/* webpackChunkName: "skeleton-more-menu" */ "./MoreActionsMenu");
const MoreActionsMenu = lazy(() => moreActionsMenu().then((m) => ({ default: m.MoreActionsMenu })));

/**
 * Settles once the genre the tab opens on is loaded: the stored one if built-in, and the first (the
 * fallback for a stored genre that is gone). The pane renders after it, so the first paint never
 * waits behind a loading line.
 */
export const firstPaintReady: Promise<unknown> = (() => {
  const stored = readSkeletonSettings().settings.genreId;
  const first = GENRE_SUMMARIES[0]!.id;
  const wanted = stored && isBuiltInGenreId(stored) ? [stored, first] : [first];
  return Promise.allSettled(wanted.map(loadBuiltInGenre));
})();

/** The other built-in genres, in idle time after the first paint: choosing one then shows it at once. */
const loadEveryBuiltInGenre = () => GENRE_SUMMARIES.forEach((s) => void loadBuiltInGenre(s.id).catch(() => undefined));

/** The buttons' code (skeleton builder, Word calls): fetched on the first press, or in idle time after the first paint. */
const skeletonActions = () => import(/* webpackChunkName: "skeleton-actions" */ "./actions");

/**
 * Rows (sections and subsections) of the first paint: those a task pane 350 × 800 px shows above
 * the sticky footer (measured: the sixth is cut by it; tests/e2e/firstTab.test.ts holds it). Rows
 * below are unseen there yet cost the first paint their render and layout (a probe of 21 cold
 * starts at 4× CPU: 8 rows 610 ms to interactive, 6 rows 576). The rest follow in idle time, in
 * order, below them.
 */
const FIRST_PAINT_ROWS = 6;

/**
 * The tab's own sheet, beside the rows' (SectionRow): the genre picker, captions, the 标题与落款信息
 * disclosure and the footer are plain elements in Fluent's look (its theme variables, which
 * FluentProvider sets), so the first paint needs neither Griffel's style compiler nor Fluent's
 * field, select, text and accordion components (measured, median of 15 cold starts: 235 against
 * 245 ms to interactive, 156 against 168 ms of script). The picker mirrors Fluent's small outline
 * Select, the disclosure its small AccordionHeader, the footer's buttons its small primary and
 * secondary Button (rc-button; with them Fluent's Button, its styles and token table, 57 KB of
 * minified script, left the first tab's chunk). The footer sticks to the pane's very bottom edge
 * (the panel has no bottom padding): list text never shows below it.
 */
const SKELETON_TAB_CSS = `
.rc-skeletonTab { display: flex; flex-direction: column; gap: var(--spacingVerticalM); }
.rc-genrePicker { display: flex; flex-direction: column; }
.rc-genrePicker > label { padding-bottom: var(--spacingVerticalXXS); color: var(--colorNeutralForeground1); font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase300); line-height: var(--lineHeightBase300); }
.rc-select { position: relative; display: flex; align-items: center; box-sizing: border-box; font-family: var(--fontFamilyBase); }
.rc-select > select { appearance: none; flex-grow: 1; min-width: 0; max-width: 100%; box-sizing: border-box; height: 24px; margin: 0; padding: 0 calc(var(--spacingHorizontalSNudge) + 16px + 2 * var(--spacingHorizontalXXS)) 0 calc(var(--spacingHorizontalSNudge) + var(--spacingHorizontalXXS)); border: 1px solid var(--colorNeutralStroke1); border-bottom-color: var(--colorNeutralStrokeAccessible); border-radius: var(--borderRadiusMedium); background-color: var(--colorNeutralBackground1); color: var(--colorNeutralForeground1); font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); cursor: pointer; }
.rc-select > select:hover { border-color: var(--colorNeutralStroke1Hover); border-bottom-color: var(--colorNeutralStrokeAccessible); }
.rc-select > select:active { border-color: var(--colorNeutralStroke1Pressed); border-bottom-color: var(--colorNeutralStrokeAccessible); }
.rc-select > select:focus { outline: 2px solid transparent; }
.rc-select::after { content: ""; position: absolute; left: 0; right: 0; bottom: 0; height: var(--borderRadiusMedium); border-radius: 0 0 var(--borderRadiusMedium) var(--borderRadiusMedium); background-image: linear-gradient(0deg, var(--colorCompoundBrandStroke) 0%, var(--colorCompoundBrandStroke) 50%, transparent 50%, transparent 100%); transform: scaleX(0); transition: transform var(--durationUltraFast) var(--curveAccelerateMid); pointer-events: none; }
.rc-select:focus-within::after { transform: scaleX(1); transition: transform var(--durationNormal) var(--curveDecelerateMid); }
.rc-select > svg { position: absolute; right: var(--spacingHorizontalSNudge); width: 16px; height: 16px; color: var(--colorNeutralStrokeAccessible); pointer-events: none; }
.rc-caption { margin: 0; color: var(--colorNeutralForeground1); font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); }
.rc-disclosure { margin: 0; font-size: inherit; font-weight: inherit; }
.rc-disclosure > button { position: relative; display: flex; align-items: center; box-sizing: border-box; width: 100%; min-height: 32px; margin: 0; padding: 0 var(--spacingHorizontalM) 0 var(--spacingHorizontalMNudge); border: 0; border-radius: var(--borderRadiusMedium); background-color: transparent; color: var(--colorNeutralForeground1); font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase300); text-align: unset; cursor: pointer; }
.rc-disclosure > button:focus-visible { outline: var(--strokeWidthThick) solid var(--colorStrokeFocus2); outline-offset: 0; }
.rc-disclosureIcon { display: flex; flex-shrink: 0; padding-right: var(--spacingHorizontalS); }
.rc-disclosureIcon > svg { width: 20px; height: 20px; transition: transform var(--durationNormal); }
.rc-disclosure > button[aria-expanded="true"] .rc-disclosureIcon > svg { transform: rotate(90deg); }
.rc-disclosurePanel { margin: 0 var(--spacingHorizontalM); }
.rc-skeletonFields { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: var(--spacingHorizontalS); }
.rc-skeletonTab h2 { margin: 0; color: var(--colorNeutralForeground1); font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase400); font-weight: var(--fontWeightSemibold); line-height: var(--lineHeightBase400); }
.rc-sectionList { display: flex; flex-direction: column; gap: var(--spacingVerticalXS); margin: 0; padding: 0; list-style: none; }
.rc-sectionSublist { margin: 0; padding: 0 0 0 var(--spacingHorizontalXL); list-style: none; }
.rc-button { display: inline-flex; align-items: center; justify-content: center; box-sizing: border-box; min-width: 64px; margin: 0; padding: 3px var(--spacingHorizontalS); overflow: hidden; border: var(--strokeWidthThin) solid var(--colorNeutralStroke1); border-radius: var(--borderRadiusMedium); background-color: var(--colorNeutralBackground1); color: var(--colorNeutralForeground1); font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase200); font-weight: var(--fontWeightRegular); line-height: var(--lineHeightBase200); vertical-align: middle; cursor: pointer; outline-style: none; transition-duration: var(--durationFaster); transition-property: background, border, color; transition-timing-function: var(--curveEasyEase); }
.rc-button:hover { background-color: var(--colorNeutralBackground1Hover); border-color: var(--colorNeutralStroke1Hover); color: var(--colorNeutralForeground1Hover); }
.rc-button:hover:active { background-color: var(--colorNeutralBackground1Pressed); border-color: var(--colorNeutralStroke1Pressed); color: var(--colorNeutralForeground1Pressed); }
.rc-button.rc-primary { background-color: var(--colorBrandBackground); border-color: transparent; color: var(--colorNeutralForegroundOnBrand); }
.rc-button.rc-primary:hover { background-color: var(--colorBrandBackgroundHover); color: var(--colorNeutralForegroundOnBrand); }
.rc-button.rc-primary:hover:active { background-color: var(--colorBrandBackgroundPressed); color: var(--colorNeutralForegroundOnBrand); }
.rc-button:disabled, .rc-button:disabled:hover { background-color: var(--colorNeutralBackgroundDisabled); border-color: var(--colorNeutralStrokeDisabled); color: var(--colorNeutralForegroundDisabled); cursor: not-allowed; }
.rc-button.rc-primary:disabled { border-color: transparent; }
.rc-button:focus-visible { border-color: var(--colorStrokeFocus2); box-shadow: 0 0 0 var(--strokeWidthThin) var(--colorStrokeFocus2) inset; }
.rc-button.rc-primary:focus-visible { box-shadow: var(--shadow2), 0 0 0 var(--strokeWidthThin) var(--colorStrokeFocus2) inset, 0 0 0 var(--strokeWidthThick) var(--colorNeutralForegroundOnBrand) inset; }
@media (forced-colors: active) { .rc-button.rc-primary { background-color: Highlight; color: HighlightText; forced-color-adjust: none; } .rc-button:disabled { border-color: GrayText; color: GrayText; } .rc-button.rc-primary:disabled { background-color: ButtonFace; } }
.rc-skeletonActions .rc-iconButton[aria-expanded="true"] { color: var(--colorNeutralForeground2BrandSelected); }
.rc-skeletonActions { position: sticky; bottom: 0; z-index: 1; display: flex; flex-wrap: nowrap; align-items: center; gap: var(--spacingHorizontalS); padding: var(--spacingVerticalS) 0 var(--spacingVerticalM); border-top: 1px solid var(--colorNeutralStroke2); background-color: var(--colorNeutralBackground1); }
@media (prefers-reduced-motion: reduce) { .rc-select::after, .rc-select:focus-within::after, .rc-disclosureIcon > svg, .rc-button { transition-duration: 0.01ms; } }
`;
const styles = { root: "rc-skeletonTab", list: "rc-sectionList", sublist: "rc-sectionSublist", actions: "rc-skeletonActions" };

// 标题与落款信息's inputs: their own chunk, shown once opened.
const fieldsPanel = () => import(/* webpackChunkName: "skeleton-fields" */ "./FieldsPanel");
const FieldsPanel = lazy(() => fieldsPanel().then((m) => ({ default: m.FieldsPanel })));

export function SkeletonTab() {
  const strings = useSkeletonStrings();
  const locale = useLocale();
  const notify = useNotify();
  const [initial] = useState(readSkeletonSettings);
  const [settings, setSettings] = useState<SkeletonSettings>(initial.settings);
  const { busy: action, run } = useWordAction();
  const busy = action !== null;
  // Built-in, then my own (存为骨架), then each content pack's genres (ids of pack genres are namespaced).
  const genres = useGenreList();
  const packStrings = usePackStrings();
  const personal = usePersonalGenres();
  const personalStore = usePersonalGenresStore();
  const [draft, setDraft] = usePaneState<GenreDraft | null>("skeleton:genre-draft", () => null);
  const mineStrings = useMineStrings();
  // 存为骨架 is in the footer's 更多 menu, out of the first position.
  const saveAs = useSaveAsSkeleton(setDraft);
  const entry = genres.find((g) => g.id === settings.genreId) ?? genres[0]!;
  const genre = useSourcedGenre(entry);
  // The stored personal genre itself (without its source tag) for 编辑/导出/删除.
  const ownGenre = genre.source.kind === "mine" ? personal.find((g) => g.id === genre.id) : undefined;
  // Its buttons come once one of the person's own is chosen, and stay (撤销 outlives a deletion).
  const [personalShown, setPersonalShown] = useState(false);
  if (ownGenre && !personalShown) setPersonalShown(true);
  const groups = useMemo(() => groupBySource(genres), [genres]);
  const origin = describeContentOrigin(genre.source);
  const choice = useMemo(() => reconcileChoice(genre, settings.choices[genre.id]), [genre, settings.choices]);
  const fields = useMemo(() => checkFields(genre, settings.fields), [genre, settings.fields]);
  // The 二十一大 date in force (a pack's locked one, else the person's): 迎接 or 学习贯彻 lines follow it.
  const congress = congressOption(useCongressDate());
  // A block the document already holds (a second 插入完整骨架): asked before it is written again.
  const [repeat, setRepeat] = useState<{ block: SkeletonParagraph[]; present: string[] } | null>(null);
  // The rows below the first screenful are rendered once the first paint is done (once per mount).
  const [allRows, setAllRows] = useState(false);
  useEffect(() => (allRows ? undefined : whenIdle(() => startTransition(() => setAllRows(true)))), [allRows]);
  useEffect(() => afterFirstTab(() => void skeletonActions()), []);
  useEffect(() => afterFirstTab(loadEveryBuiltInGenre), []);
  const childrenShown = allRows ? null : leadingRows(choice.order, FIRST_PAINT_ROWS);
  const shownSections = childrenShown ? choice.order.slice(0, childrenShown.length) : choice.order;
  const pickerId = useId();
  const fieldsPanelId = useId();
  const [fieldsOpen, setFieldsOpen] = useState(false);
  useEffect(() => afterFirstTab(() => void fieldsPanel()), []);
  // Arrow keys move within the section list; Tab leaves it in one press.
  const listNavigation = useArrowNavigationGroup({ axis: "grid-linear", memorizeCurrent: true });

  // Unreadable settings are backed up after the first paint (never while rendering), and saved
  // only once changed: opening the tab writes nothing. A refused save is reported.
  useUnreadableNotice(SKELETON_SETTINGS_KEY, initial.corrupt, SKELETON_SETTINGS_NAME);
  useUnreadableNotice(PERSONAL_GENRES_KEY, personalStore.corrupt(), PERSONAL_GENRES_NAME, personalStore.storage);
  const reportSave = useSaveReporter();
  useEffect(() => {
    if (settings !== initial.settings) reportSave(SKELETON_SETTINGS_KEY, saveSkeletonSettings(settings));
  }, [settings, initial.settings, reportSave]);

  const setChoice = (next: SectionChoice) => setSettings((s) => ({ ...s, choices: { ...s.choices, [genre.id]: next } }));
  const ticked = new Set(choice.ticked);
  const toggle = (id: string, on: boolean) =>
    setChoice({ ...choice, ticked: on ? [...choice.ticked, id] : choice.ticked.filter((t) => t !== id) });

  const report = (result: InsertBlockResult) => {
    notify.show("success", strings.inserted(result.inserted, result.renumbered.length, result.beforeSignature));
    if (result.skipped.length) notify.show("warning", strings.skipped(result.skipped.length));
    if (result.unverified.length) notify.show("warning", strings.unverifiedOrdinals(result.unverified.length));
    if (result.interrupted) notify.show("error", pick(result.interrupted, locale));
  };

  /** Inserts, or asks first when the document already holds the block's headings. */
  const insertBlock = async (block: SkeletonParagraph[], confirmed = false) => {
    const { insertSkeletonBlock } = await skeletonActions();
    const result = await insertSkeletonBlock(block, undefined, { askBeforeRepeating: !confirmed });
    if (result.alreadyPresent.length > 0) setRepeat({ block, present: result.alreadyPresent });
    else report(result);
  };
  const fieldsReady = () => {
    if (Object.keys(fields.problems).length === 0) return true;
    notify.show("warning", strings.fixFields);
    return false;
  };

  const insertAll = () =>
    run(async () => {
      const sections = chosenSectionIds(choice);
      if (sections.length === 0) {
        notify.show("warning", strings.nothingSelected);
        return;
      }
      if (!fieldsReady()) return;
      const { buildSkeleton } = await skeletonActions();
      await insertBlock(buildSkeleton(genre, { sections, fields: fields.values, ...congress }));
    });
  const insertOne = (id: string, children: string[] = []) =>
    run(async () => {
      if (!fieldsReady()) return;
      const subsections = children.filter((c) => ticked.has(c));
      const { buildSection } = await skeletonActions();
      await insertBlock(buildSection(genre, id, 1, { subsections, fields: fields.values, ...congress }));
    });
  const confirmRepeat = () => {
    const block = repeat?.block;
    setRepeat(null);
    if (block) void run(() => insertBlock(block, true));
  };
  const renumber = () =>
    run(async () => {
      const { renumberDocument } = await skeletonActions();
      const { changed, skipped, unverified, interrupted } = await renumberDocument();
      // Say what changed, not just how much: the first few ordinals as 三、→二、.
      const shown = changed.slice(0, 6).map((c) => `${c.from}→${c.to}`);
      const detail = shown.join(strings.listSeparator) + (changed.length > shown.length ? "…" : "");
      if (interrupted) notify.show("error", pick(interrupted, locale));
      if (changed.length || (!skipped.length && !unverified.length && !interrupted)) notify.show("success", strings.renumbered(changed.length, detail));
      if (skipped.length) notify.show("warning", strings.skipped(skipped.length));
      if (unverified.length) notify.show("warning", strings.unverifiedOrdinals(unverified.length));
    });

  if (draft) {
    return (
      <Suspense fallback={null}>
        <GenreEditor
          draft={draft}
          onChange={setDraft}
          onClose={(saved) => {
            setDraft(null);
            if (saved) setSettings((s) => ({ ...s, genreId: saved.id }));
          }}
        />
      </Suspense>
    );
  }

  let level1Number = 0;
  return (
    <div className={styles.root}>
      <style>{SECTION_ROW_CSS + SKELETON_TAB_CSS}</style>
      <div className="rc-genrePicker">
        <label htmlFor={pickerId}>{strings.genre}</label>
        <span className="rc-select">
          <select
            id={pickerId}
            value={genre.id}
            // A built-in genre not loaded yet: the list before it stays until it is (no loading line).
            onChange={(event) => {
              const genreId = event.target.value;
              startTransition(() => setSettings((s) => ({ ...s, genreId })));
            }}
          >
            {groups.map((group) =>
              group.source.kind === "builtIn" ? (
                group.genres.map((g) => (
                  <option key={g.id} value={g.id}>
                    {pick(g.name, locale)}
                  </option>
                ))
              ) : (
                <optgroup key={group.key} label={group.source.kind === "mine" ? packStrings.sourceMine : packStrings.sourcePack(pick(group.source.name, locale))}>
                  {group.genres.map((g) => (
                    <option key={g.id} value={g.id}>
                      {pick(g.name, locale)}
                    </option>
                  ))}
                </optgroup>
              ),
            )}
          </select>
          {/* Fluent's ChevronDown20Regular */}
          <svg viewBox="0 0 20 20" aria-hidden focusable="false" fill="currentColor">
            <path d="M15.85 7.65a.5.5 0 0 1 0 .7l-5.46 5.49a.55.55 0 0 1-.78 0L4.15 8.35a.5.5 0 1 1 .7-.7L10 12.8l5.15-5.16a.5.5 0 0 1 .7 0" />
          </svg>
        </span>
      </div>
      <p className="rc-caption">{pick(genre.description, locale)}</p>
      {genre.source.kind !== "builtIn" && (
        <p className="rc-caption" data-genre-source style={{ overflowWrap: "anywhere" }}>
          {genre.source.kind === "mine"
            ? packStrings.genreSource(packStrings.sourceMine)
            : packStrings.genreFromPack(pick(genre.source.name, locale), origin ? pick(origin, locale) : "")}
        </p>
      )}
      {personalShown && (
        <Suspense fallback={null}>
          <PersonalGenreActions genre={ownGenre ?? genre} personal={ownGenre !== undefined} onOpenEditor={setDraft} />
        </Suspense>
      )}

      <div>
        {/* A plain block, as Fluent's AccordionHeader: a heading here would come before the tab's h2. */}
        <div className="rc-disclosure">
          <button type="button" aria-expanded={fieldsOpen} aria-controls={fieldsOpen ? fieldsPanelId : undefined} onClick={() => setFieldsOpen((open) => !open)}>
            <span className="rc-disclosureIcon" aria-hidden>
              {/* Fluent's ChevronRight20Regular */}
              <svg viewBox="0 0 20 20" focusable="false" fill="currentColor">
                <path d="M7.65 4.15a.5.5 0 0 0 0 .7L12.8 10l-5.16 5.15a.5.5 0 0 0 .71.7l5.5-5.49a.5.5 0 0 0 0-.7l-5.5-5.5a.5.5 0 0 0-.7 0" />
              </svg>
            </span>
            {strings.fields}
          </button>
        </div>
        {fieldsOpen && (
          <div id={fieldsPanelId} className="rc-disclosurePanel">
            <Suspense fallback={null}>
              <FieldsPanel
                fields={genre.fields}
                values={settings.fields}
                problems={fields.problems}
                onChange={(key, value) => setSettings((s) => ({ ...s, fields: { ...s.fields, [key]: value } }))}
              />
            </Suspense>
          </div>
        )}
      </div>

      <h2 id="skeleton-sections">{strings.sections}</h2>
      <ul className={styles.list} aria-labelledby="skeleton-sections" {...listNavigation}>
        {shownSections.map((entry, index) => {
          const section = genre.sections.find((s) => s.id === entry.id)!;
          const on = ticked.has(section.id);
          const ordinal = on ? `${toChineseNumeral(++level1Number)}、` : "";
          let level2Number = 0;
          return (
            <li key={section.id}>
              <SectionRow
                label={`${ordinal}${section.title}${section.optional ? strings.optionalMark : ""}`}
                title={section.title}
                checked={on}
                onToggle={(value) => toggle(section.id, value)}
                onUp={() => setChoice({ ...choice, order: move(choice.order, index, -1) })}
                onDown={() => setChoice({ ...choice, order: move(choice.order, index, 1) })}
                onInsert={() => insertOne(section.id, entry.children)}
                busy={busy}
                hint={pick(section.hint, locale)}
              />
              <ul className={styles.sublist}>
                {(childrenShown ? entry.children.slice(0, childrenShown[index]) : entry.children).map((childId, childIndex) => {
                  const sub = section.subsections.find((s) => s.id === childId)!;
                  const subOn = ticked.has(sub.id);
                  const subOrdinal = on && subOn ? `（${toChineseNumeral(++level2Number)}）` : "";
                  const reorder = (delta: -1 | 1) =>
                    setChoice({
                      ...choice,
                      order: choice.order.map((o) => (o.id === entry.id ? { ...o, children: move(o.children, childIndex, delta) } : o)),
                    });
                  return (
                    <li key={sub.id}>
                      <SectionRow
                        label={`${subOrdinal}${sub.title}${sub.optional ? strings.optionalMark : ""}`}
                        title={sub.title}
                        checked={subOn}
                        onToggle={(value) => toggle(sub.id, value)}
                        onUp={() => reorder(-1)}
                        onDown={() => reorder(1)}
                        onInsert={() => insertOne(sub.id)}
                        busy={busy}
                        hint={pick(sub.hint, locale)}
                      />
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>

      <section className={styles.actions} aria-label={strings.actions} {...{ [PANE_FOOTER_ATTRIBUTE]: "" }}>
        <button type="button" className="rc-button rc-primary" onClick={insertAll} disabled={busy} title={strings.insertAllHint}>
          {strings.insertAll}
        </button>
        <button type="button" className="rc-button" onClick={renumber} disabled={busy} title={strings.renumberHint}>
          {strings.renumber}
        </button>
        <MoreActions
          label={strings.more}
          actions={[{ label: mineStrings.saveAs, hint: mineStrings.saveAsHint, disabled: busy || saveAs.busy, run: saveAs.run }]}
        />
        {busy && (
          // The shell's spinner (its static sheet): Fluent's would bring its styles into the first paint.
          <span className="rc-busy" role="progressbar" aria-label={strings.working}>
            <span style={{ width: 16, height: 16 }} aria-hidden />
          </span>
        )}
      </section>

      {/* 取消 first: it takes focus, so Enter or Esc leaves the document as it is. */}
      <ConfirmDialog
        open={repeat !== null}
        title={strings.repeatTitle}
        body={repeat && strings.repeatBody(repeat.present)}
        confirmLabel={strings.repeatConfirm}
        onConfirm={confirmRepeat}
        onCancel={() => setRepeat(null)}
        cancelFirst
      />
    </div>
  );
}

/**
 * ⋯ (更多): until first pressed, a plain button of the same look; the press mounts Fluent's menu
 * (its chunk, also fetched in idle time after the first paint), which opens at once.
 */
function MoreActions({ label, actions }: { label: string; actions: readonly MoreAction[] }) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => afterFirstTab(() => void moreActionsMenu()), []);
  const standIn = (
    <MoreButton label={label} aria-haspopup="menu" aria-expanded={false} onClick={() => setWanted(true)} />
  );
  if (!wanted) return standIn;
  return (
    <Suspense fallback={standIn}>
      <MoreActionsMenu label={label} actions={actions} />
    </Suspense>
  );
}

/** Genres grouped by source, in list order: built-in, mine, then one group per pack. */
function groupBySource(genres: readonly GenreListEntry[]): { key: string; source: ContentSource; genres: GenreListEntry[] }[] {
  const groups = new Map<string, { key: string; source: ContentSource; genres: GenreListEntry[] }>();
  for (const g of genres) {
    const key = g.source.kind === "pack" ? `pack:${g.source.key}` : g.source.kind;
    const group = groups.get(key) ?? { key, source: g.source, genres: [] };
    group.genres.push(g);
    groups.set(key, group);
  }
  return [...groups.values()];
}
