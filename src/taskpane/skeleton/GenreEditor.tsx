/**
 * The 存为骨架 editor, in the 骨架 tab itself (a panel, not a dialog, so it has the pane's whole
 * width and height at 320 px): name, title line, each heading and hint, order, removal, and a
 * preview of the skeleton as it will be inserted. Saving keeps the editor open, with everything
 * typed, when storage refuses the write.
 */
import { useMemo, useState } from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowDown20Regular, ArrowUp20Regular, Delete20Regular } from "@fluentui/react-icons";
import type { Genre } from "../../core/genres";
import { GENRE_SUMMARIES } from "../../core/genres/catalog/summaries";
import { buildSkeleton, paragraphText, uniqueSlug } from "../../core/skeleton";
import { toChineseNumeral } from "../../core/text/chineseNumerals";
import { usePersonalGenres, usePersonalGenresParser, usePersonalGenresStore } from "../content/personalGenres";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { useNotify } from "../shell/notify";
import { downloadGenrePack } from "./exportGenre";
import {
  assembleGenre,
  draftProblems,
  draftStats,
  draftToGenre,
  editEntry,
  moveEntry,
  removeEntry,
  setName,
  setTitlePattern,
  undoRemove,
  type DraftEntry,
  type GenreDraft,
} from "./genreDraft";
import { useMineStrings } from "./mineStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sublist: { listStyle: "none", margin: 0, padding: `0 0 0 ${tokens.spacingHorizontalM}`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  subcard: { border: `1px dashed ${tokens.colorNeutralStroke2}` },
  cardHead: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXXS },
  ordinal: { flex: 1, minWidth: 0, fontWeight: tokens.fontWeightSemibold },
  preview: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    listStyle: "none",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  heading: { fontWeight: tokens.fontWeightSemibold },
  centered: { textAlign: "center" },
  actions: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  error: { overflowWrap: "anywhere" },
});

export function GenreEditor(props: { draft: GenreDraft; onChange: (draft: GenreDraft) => void; onClose: (saved: Genre | null) => void }) {
  const { draft, onChange } = props;
  // Saving checks that the list reads back: its reader first (at once when already loaded).
  usePersonalGenresParser();
  const strings = useMineStrings();
  const locale = useLocale();
  const notify = useNotify();
  const styles = useStyles();
  const personal = usePersonalGenres();
  const personalStore = usePersonalGenresStore();
  const [showProblems, setShowProblems] = useState(false);
  const [failure, setFailure] = useState<{ kind: "storage"; message: string } | { kind: "invalid"; details: string[] } | null>(null);

  const otherNames = useMemo(() => personal.filter((g) => g.id !== draft.base.id || draft.mode === "new").map((g) => g.name.zh), [personal, draft.base.id, draft.mode]);
  const problems = showProblems ? draftProblems(draft, otherNames) : {};
  const stats = draftStats(draft);
  const preview = useMemo(() => buildSkeleton(assembleGenre(draft, draft.base.id, strings.untitled)), [draft, strings.untitled]);

  const idToSave = () =>
    draft.mode === "edit" ? draft.base.id : uniqueSlug(draft.base.id, [...GENRE_SUMMARIES, ...personal].map((g) => g.id));

  const save = () => {
    const result = draftToGenre(draft, otherNames, idToSave());
    if (!result.ok) {
      setShowProblems(true);
      setFailure(result.invalid ? { kind: "invalid", details: result.invalid } : null);
      if (!result.invalid) notify.show("warning", strings.fixFirst);
      return;
    }
    const saved = personalStore.save(result.genre);
    if (!saved.ok) {
      setFailure({ kind: "storage", message: pick(saved.error, locale) });
      return;
    }
    notify.show("success", strings.saved(result.genre.name.zh));
    props.onClose(result.genre);
  };

  const exportDraft = () => {
    const genre = assembleGenre(draft, idToSave(), strings.untitled);
    downloadGenrePack(genre);
  };

  const problem = (key: string) => {
    const p = problems[key];
    return p ? { validationState: "error" as const, validationMessage: pick(p, locale) } : {};
  };

  /** `path` names the entry for screen readers: 一、 or 二、（一）. */
  const entryCard = (entry: DraftEntry, ordinal: string, path: string, index: number, count: number, sub: boolean) => {
    const label = entry.title.trim() || strings.untitled;
    return (
      <div className={mergeClasses(styles.card, sub && styles.subcard)}>
        <div className={styles.cardHead}>
          <Caption1 className={styles.ordinal}>{ordinal}</Caption1>
          <Button size="small" appearance="subtle" icon={<ArrowUp20Regular />} aria-label={strings.moveUp(label)} disabled={index === 0} onClick={() => onChange(moveEntry(draft, entry.id, -1))} />
          <Button size="small" appearance="subtle" icon={<ArrowDown20Regular />} aria-label={strings.moveDown(label)} disabled={index === count - 1} onClick={() => onChange(moveEntry(draft, entry.id, 1))} />
          <Button
            size="small"
            appearance="subtle"
            icon={<Delete20Regular />}
            aria-label={strings.removeSection(label)}
            disabled={!sub && draft.sections.length <= 1}
            onClick={() => onChange(removeEntry(draft, entry.id))}
          />
        </div>
        <Field size="small" {...problem(entry.id)}>
          <LineArea label={strings.sectionTitle(path)} value={entry.title} onChange={(title) => onChange(editEntry(draft, entry.id, { title }))} />
        </Field>
        <Textarea
          size="small"
          rows={2}
          resize="vertical"
          // Set apart from the heading above it: a hint is never inserted.
          appearance="filled-darker"
          aria-label={strings.sectionHint(path)}
          placeholder={strings.hintPlaceholder}
          value={entry.hint}
          onChange={(_, d) => onChange(editEntry(draft, entry.id, { hint: d.value }))}
        />
      </div>
    );
  };

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">{draft.mode === "new" ? strings.editorNew : strings.editorEdit}</Subtitle2>
      <Caption1>{strings.editorIntro(stats.sections, stats.subsections, stats.metrics)}</Caption1>

      <Field label={strings.name} required size="small" {...problem("name")}>
        <Input size="small" value={draft.name} onChange={(_, d) => onChange(setName(draft, d.value))} />
      </Field>
      <Field label={strings.titleLine} required size="small" hint={strings.titleLineHint} {...problem("title")}>
        <LineArea value={draft.titlePattern} onChange={(title) => onChange(setTitlePattern(draft, title))} />
      </Field>

      <Subtitle2 as="h3" id="genre-editor-sections">
        {strings.sections}
      </Subtitle2>
      {draft.removed && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.removedSection(draft.removed.entry.title.trim() || strings.untitled)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => onChange(undoRemove(draft))}>
              {strings.undo}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ol className={styles.list} aria-labelledby="genre-editor-sections">
        {draft.sections.map((section, index) => (
          <li key={section.id}>
            {entryCard(section, `${toChineseNumeral(index + 1)}、`, `${toChineseNumeral(index + 1)}、`, index, draft.sections.length, false)}
            {section.subsections.length > 0 && (
              <ol className={styles.sublist}>
                {section.subsections.map((sub, k) => (
                  <li key={sub.id}>
                    {entryCard(sub, `（${toChineseNumeral(k + 1)}）`, `${toChineseNumeral(index + 1)}、（${toChineseNumeral(k + 1)}）`, k, section.subsections.length, true)}
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>

      <Subtitle2 as="h3" id="genre-editor-preview">
        {strings.preview}
      </Subtitle2>
      <Caption1>{strings.previewNote}</Caption1>
      <ul className={styles.preview} aria-labelledby="genre-editor-preview">
        {preview.map((p, i) => (
          <li
            key={i}
            className={mergeClasses(p.role.startsWith("heading") && styles.heading, (p.role === "title" || p.role === "subtitle") && styles.centered)}
          >
            {paragraphText(p)}
          </li>
        ))}
      </ul>

      {failure?.kind === "storage" && (
        <MessageBar intent="error" className={styles.error}>
          <MessageBarBody>{failure.message}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={exportDraft}>
              {strings.exportDraft}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {failure?.kind === "invalid" && (
        <MessageBar intent="error" className={styles.error}>
          <MessageBarBody>
            {strings.invalid} {failure.details.slice(0, 3).join("；")}
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.actions} aria-label={strings.editorActions} data-pane-footer="">
        <Button appearance="primary" size="small" onClick={save}>
          {strings.save}
        </Button>
        <Button size="small" onClick={() => props.onClose(null)}>
          {strings.cancel}
        </Button>
      </section>
    </div>
  );
}

/** Characters of a heading that fit one line of the 320 px pane's text box. */
const LINE_CHARS = 18;

/**
 * A one-line text (a heading, the title line) that wraps instead of scrolling sideways, so a long
 * heading stays readable at 320 px. Line breaks typed or pasted are dropped.
 */
function LineArea(props: { value: string; onChange: (value: string) => void; label?: string }) {
  return (
    <Textarea
      size="small"
      resize="vertical"
      rows={Math.min(4, Math.max(1, Math.ceil(props.value.length / LINE_CHARS)))}
      {...(props.label ? { "aria-label": props.label } : {})}
      value={props.value}
      onChange={(_, d) => props.onChange(d.value.replace(/[\r\n]+/g, ""))}
    />
  );
}
