import { useEffect, useId, useMemo, useState, type KeyboardEvent, type RefObject } from "react";
import {
  Button,
  Caption1,
  Field,
  SearchBox,
  Select,
  Switch,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { Add16Regular, Star16Filled, Star16Regular } from "@fluentui/react-icons";
import { describeSource, isPinyinReady, loadPinyin, searchSnippetsSync, type SnippetMatch, type SourcedSnippet } from "../../core/snippets";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { useTypeahead } from "../shell/typeahead";
import { previewParts } from "./highlight";
import { visibleMatches } from "./looseMatches";
import { categoryLabel, categoryOptions, tagOptions } from "./labels";
import { useSnippetStrings } from "./strings";

/** Results shown at once; a narrower query finds the rest. */
export const RESULT_LIMIT = 50;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  filters: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS },
  select: { minWidth: 0, width: "100%" },
  hint: { color: tokens.colorNeutralForeground3 },
  list: {
    maxHeight: "48vh",
    minHeight: "120px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    outlineOffset: "-2px",
  },
  option: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: "pointer",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  titleRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  title: { flex: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  star: { display: "inline-flex", color: tokens.colorPaletteMarigoldForeground1, cursor: "pointer" },
  starOff: { color: tokens.colorNeutralForeground3 },
  preview: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  meta: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: "inherit", padding: 0 },
  empty: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  reveal: { alignSelf: "flex-start" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface SearchPanelProps {
  snippets: readonly SourcedSnippet[];
  favourites: readonly string[];
  recent: readonly string[];
  busy: boolean;
  asNewParagraph: boolean;
  onAsNewParagraphChange(value: boolean): void;
  onInsert(snippet: SourcedSnippet): void;
  onToggleFavourite(id: string): void;
  onSaveSelection(): void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Where the phrase will go, read from the cursor ("将作为新段落插入到“一、总体情况”下方"). */
  where?: string | undefined;
  onSearchFocus?(): void;
}

/**
 * Search box + ranked results as a listbox (aria-activedescendant): focus stays in the search
 * box while ↑/↓ move the active result, Enter inserts it, Esc clears the query.
 */
export function SearchPanel(props: SearchPanelProps) {
  const { snippets, favourites, recent, busy, searchRef } = props;
  const strings = useSnippetStrings();
  const locale = useLocale();
  const styles = useStyles();
  const listId = useId();
  const [query, setQuery] = useState("");
  const [category, setCategory] = useState("");
  const [tag, setTag] = useState("");
  const [pinyin, setPinyin] = useState<"ready" | "loading" | "failed">(isPinyinReady() ? "ready" : "loading");

  // pinyin-pro is a lazy chunk: started when the tab opens, so the task pane paints without it.
  useEffect(() => {
    if (pinyin !== "loading") return;
    let live = true;
    loadPinyin().then(
      () => live && setPinyin("ready"),
      () => live && setPinyin("failed"),
    );
    return () => {
      live = false;
    };
  }, [pinyin]);

  const favouriteSet = useMemo(() => new Set(favourites), [favourites]);
  // `pinyin` is a dependency on purpose: the same query re-runs with pinyin tiers once loaded.
  const allResults = useMemo(
    () => {
      void pinyin;
      return searchSnippetsSync(snippets, query, {
        favourites: favouriteSet,
        recent,
        category: category || undefined,
        tags: tag ? [tag] : undefined,
        limit: RESULT_LIMIT,
      });
    },
    [snippets, query, favouriteSet, recent, category, tag, pinyin],
  );

  const resultsKey = `${query}\u0000${category}\u0000${tag}`;
  const [revealedFor, setRevealedFor] = useState<string | null>(null);
  const { shown: results, hidden: looseHidden } = visibleMatches(allResults, query, revealedFor === resultsKey);

  // Typed on the 短语 tab in the tab list (even before this code had loaded): the search starts.
  useTypeahead((text) => {
    setQuery((q) => q + text);
    searchRef.current?.focus();
  });
  const [activeState, setActiveState] = useState({ key: resultsKey, index: 0 });
  const active = activeState.key === resultsKey ? Math.min(activeState.index, Math.max(0, results.length - 1)) : 0;
  const activeMatch = results[active];
  const optionId = (i: number) => `${listId}-option-${i}`;

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: "nearest" });
    // optionId is derived from listId
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, listId]);

  const move = (delta: number) => {
    if (!results.length) return;
    const next = Math.min(results.length - 1, Math.max(0, active + delta));
    setActiveState({ key: resultsKey, index: next });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        move(1);
        break;
      case "ArrowUp":
        event.preventDefault();
        move(-1);
        break;
      case "PageDown":
        event.preventDefault();
        move(8);
        break;
      case "PageUp":
        event.preventDefault();
        move(-8);
        break;
      case "Enter":
        event.preventDefault();
        if (activeMatch && !busy) props.onInsert(activeMatch.snippet);
        break;
      case "Escape":
        if (query) {
          event.preventDefault();
          event.stopPropagation();
          setQuery("");
        }
        break;
    }
  };

  const showPinyinHint = pinyin !== "ready" && /[a-z]/i.test(query);
  const isFavourite = activeMatch ? favouriteSet.has(activeMatch.snippet.id) : false;
  const activeDescendant = activeMatch ? optionId(active) : undefined;

  return (
    <div className={styles.root}>
      <Field label={strings.search} hint={strings.searchHelp}>
        <SearchBox
          ref={searchRef}
          size="small"
          value={query}
          placeholder={strings.searchPlaceholder}
          onChange={(_, data) => setQuery(data.value)}
          onKeyDown={onKeyDown}
          onFocus={props.onSearchFocus}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeDescendant}
        />
      </Field>
      {showPinyinHint && (
        <Caption1 className={styles.hint} role="status">
          {pinyin === "failed" ? strings.pinyinFailed : strings.pinyinLoading}
        </Caption1>
      )}
      <div className={styles.filters}>
        <Field label={strings.category} size="small">
          <Select className={styles.select} size="small" value={category} onChange={(_, data) => setCategory(data.value)}>
            <option value="">{strings.allCategories}</option>
            {categoryOptions(snippets).map((id) => (
              <option key={id} value={id}>
                {categoryLabel(id, locale, strings.personalCategory)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={strings.tag} size="small">
          <Select className={styles.select} size="small" value={tag} onChange={(_, data) => setTag(data.value)}>
            <option value="">{strings.allTags}</option>
            {tagOptions(locale).map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Switch
        checked={props.asNewParagraph}
        onChange={(_, data) => props.onAsNewParagraphChange(data.checked)}
        label={strings.asNewParagraph}
      />
      {props.where && (
        <Caption1 className={styles.hint} data-insertion-point aria-live="polite">
          {props.where}
        </Caption1>
      )}
      <Caption1 className={styles.hint} aria-live="polite">
        {results.length
          ? strings.resultCount(results.length, results.length >= RESULT_LIMIT)
          : looseHidden
            ? strings.noCloseMatch(query.trim())
            : strings.noResults}
      </Caption1>
      {looseHidden > 0 && (
        <Button size="small" appearance="secondary" className={styles.reveal} onClick={() => setRevealedFor(resultsKey)}>
          {strings.showLoose(looseHidden)}
        </Button>
      )}
      <div
        id={listId}
        role="listbox"
        aria-label={strings.results}
        aria-activedescendant={activeDescendant}
        tabIndex={0}
        className={styles.list}
        onKeyDown={onKeyDown}
      >
        {results.map((match, i) => (
          <ResultOption
            key={match.snippet.id}
            id={optionId(i)}
            match={match}
            active={i === active}
            favourite={favouriteSet.has(match.snippet.id)}
            onClick={() => {
              setActiveState({ key: resultsKey, index: i });
              if (!busy) props.onInsert(match.snippet);
            }}
            onToggleFavourite={() => props.onToggleFavourite(match.snippet.id)}
          />
        ))}
      </div>
      <div className={styles.actions}>
        <Button
          size="small"
          appearance="primary"
          disabled={!activeMatch || busy}
          aria-label={activeMatch ? strings.insertActive(activeMatch.snippet.title) : strings.insert}
          onClick={() => activeMatch && props.onInsert(activeMatch.snippet)}
        >
          {strings.insert}
        </Button>
        <ToggleButton
          size="small"
          checked={isFavourite}
          disabled={!activeMatch}
          icon={isFavourite ? <Star16Filled /> : <Star16Regular />}
          onClick={() => activeMatch && props.onToggleFavourite(activeMatch.snippet.id)}
        >
          {strings.toggleFavourite}
        </ToggleButton>
        <Button size="small" icon={<Add16Regular />} disabled={busy} onClick={props.onSaveSelection}>
          {strings.saveSelection}
        </Button>
      </div>
    </div>
  );
}

function ResultOption(props: {
  id: string;
  match: SnippetMatch<SourcedSnippet>;
  active: boolean;
  favourite: boolean;
  onClick(): void;
  onToggleFavourite(): void;
}) {
  const { match, active, favourite } = props;
  const { snippet, highlight } = match;
  const strings = useSnippetStrings();
  const locale = useLocale();
  const styles = useStyles();
  const title = previewParts(snippet.title, highlight?.field === "title" ? highlight : null, 40);
  const text = previewParts(snippet.text, highlight?.field === "text" ? highlight : null);
  return (
    <div
      id={props.id}
      role="option"
      aria-selected={active}
      className={mergeClasses(styles.option, active && styles.active)}
      onClick={props.onClick}
      data-snippet-id={snippet.id}
    >
      <div className={styles.titleRow}>
        <span className={styles.title}>
          <Marked parts={title} />
        </span>
        {/* Mouse shortcut; keyboard users have the 收藏 toggle button below the list. */}
        <span
          aria-hidden="true"
          title={strings.starTitle}
          className={mergeClasses(styles.star, !favourite && styles.starOff)}
          data-star={snippet.id}
          onClick={(event) => {
            event.stopPropagation();
            props.onToggleFavourite();
          }}
        >
          {favourite ? <Star16Filled /> : <Star16Regular />}
        </span>
        {favourite && <span className={styles.srOnly}>{strings.favourite}</span>}
      </div>
      <div className={styles.preview}>
        <Marked parts={text} />
      </div>
      <div className={styles.meta}>
        {categoryLabel(snippet.category, locale, strings.personalCategory)} · {pick(describeSource(snippet.source), locale)}
      </div>
    </div>
  );
}

function Marked({ parts }: { parts: { before: string; match: string; after: string } }) {
  const styles = useStyles();
  return (
    <>
      {parts.before}
      {parts.match && <mark className={styles.mark}>{parts.match}</mark>}
      {parts.after}
    </>
  );
}
