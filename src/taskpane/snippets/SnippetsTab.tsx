import { useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import {
  addOwnSnippet,
  deleteOwnSnippet,
  deriveTitle,
  editOwnSnippet,
  fillSnippet,
  parseReportYear,
  PERSONAL_CATEGORY,
  recordUse,
  rememberFieldValues,
  snippetFields,
  snippetFitsYear,
  toggleFavourite,
  type Bilingual,
  type Snippet,
  type SourcedSnippet,
} from "../../core/snippets";
import { normalizeSnippetText } from "../../core/snippets/schema";
import { untranslated } from "../../core/text/bilingual";
import { insertSnippetText, readInsertionPoint, readSelectionText, type InsertionPoint } from "../../word";
import { useWordQueue } from "../shell/wordQueue";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { useNotify } from "../shell/notify";
import { useWordAction } from "../shell/useWordAction";
import { loadSkeletonSettings } from "../skeleton/storage";
import { downloadTextFile } from "./download";
import { loadInsertMode, saveInsertMode } from "./storage";
import { ExchangePanel } from "./ExchangePanel";
import { FieldsDialog } from "./FieldsDialog";
import { MinePanel } from "./MinePanel";
import { SearchPanel } from "./SearchPanel";
import { SnippetEditorDialog, type EditorRequest, type SnippetDraftInput } from "./SnippetEditorDialog";
import { useSnippetStrings } from "./strings";
import { OpenPacksContext } from "../content/ContentContext";
import { usePackStrings } from "../content/strings";
import { useSnippetLibrary } from "./useSnippetLibrary";
import { TAB_NAMES } from "../shell/tabNames";

export const RAW_BACKUP_FILE_NAME = "report-composer-snippets-raw-backup.txt";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
});

/** 短语 tab: search the phrase library and insert at the cursor; manage own and team phrases. */
export function SnippetsTab() {
  const strings = useSnippetStrings();
  const packStrings = usePackStrings();
  const openPacks = useContext(OpenPacksContext);
  const locale = useLocale();
  const notify = useNotify();
  const styles = useStyles();
  const library = useSnippetLibrary();
  const { state, update, storage } = library;
  const searchRef = useRef<HTMLInputElement>(null);
  const { busy: action, run } = useWordAction();
  const busy = action !== null;
  const [filling, setFilling] = useState<SourcedSnippet | null>(null);
  const [editor, setEditor] = useState<EditorRequest | null>(null);
  const [asNewParagraph, setAsNewParagraph] = useState(() => loadInsertMode(storage));
  // Year-bound phrases (开局之年 …) are offered only when the report's 年度 fits: 骨架's 年度, else the last one filled here.
  // Whether that year is the one reviewed or planned depends on the 骨架 genre (工作要点 plans its 年度).
  const skeletonSettings = loadSkeletonSettings();
  const reportYear = parseReportYear(skeletonSettings.fields["年度"]) ?? parseReportYear(state.fieldValues["年度"]);
  const reportGenre = skeletonSettings.genreId;
  const offered = useMemo(() => library.merged.filter((s) => snippetFitsYear(s, reportYear, reportGenre)), [library.merged, reportYear, reportGenre]);

  // Where the phrase will go, said before inserting: read on opening, when the pane gets focus
  // back from the document, when the search box is focused, and after each insert.
  const [where, setWhere] = useState<InsertionPoint | null>(null);
  const queue = useWordQueue();
  const refreshWhere = useCallback(() => {
    queue.run(TAB_NAMES.snippets, () => readInsertionPoint({ asNewParagraph, newParagraphAfterHeading: true }), { quiet: true }).then(setWhere, () => undefined);
  }, [asNewParagraph, queue]);
  useEffect(() => {
    refreshWhere();
    window.addEventListener("focus", refreshWhere);
    return () => window.removeEventListener("focus", refreshWhere);
  }, [refreshWhere]);
  const clip = (text: string) => (text.length > 16 ? `${text.slice(0, 15)}…` : text);
  const whereText = !where
    ? undefined
    : where.kind === "afterHeading"
      ? strings.whereAfterHeading(clip(where.heading))
      : where.kind === "afterParagraph"
        ? strings.whereAfterParagraph(clip(where.paragraph))
        : where.kind === "replaceSelection"
          ? strings.whereReplace
          : strings.whereAtCursor;

  const changeInsertMode = (value: boolean) => {
    setAsNewParagraph(value);
    // The switch still works for this session; the person is told it will not be remembered.
    const saved = saveInsertMode(storage, value);
    if (!saved.ok) notify.show("warning", saved.error);
  };

  const insert = (snippet: Snippet, text: string) =>
    run(async () => {
      try {
        await insertSnippetText(text, { asNewParagraph, newParagraphAfterHeading: true });
        update((s) => recordUse(s, snippet.id));
        notify.show("success", strings.inserted(snippet.title));
      } finally {
        searchRef.current?.focus();
        setTimeout(refreshWhere, 0);
      }
    });

  const requestInsert = (snippet: SourcedSnippet) => {
    if (snippetFields(snippet.text).length) setFilling(snippet);
    else void insert(snippet, snippet.text);
  };

  const submitFields = (values: Record<string, string>) => {
    const snippet = filling;
    setFilling(null);
    if (!snippet) return;
    update((s) => rememberFieldValues(s, values));
    void insert(snippet, fillSnippet(snippet.text, values));
  };

  const saveSelection = () =>
    run(async () => {
      const text = await readSelectionText();
      // The title starts empty: saving it so takes the start of the text (shown as its placeholder).
      setEditor({ mode: "save", draft: { title: "", text, category: PERSONAL_CATEGORY } });
    });

  /** Own snippets must not repeat a built-in or team text: the merged list would hide them. */
  const sharedTwin = (text: string): Snippet | undefined => {
    const key = normalizeSnippetText(text);
    return library.merged.find((s) => s.source !== "personal" && normalizeSnippetText(s.text) === key);
  };

  const saveDraft = (request: EditorRequest, draft: SnippetDraftInput): Bilingual | null => {
    const twin = sharedTwin(draft.text);
    if (twin) {
      return untranslated(strings.sharedTwin(twin.title));
    }
    const changes = { title: draft.title.trim() || deriveTitle(draft.text), text: draft.text.trim(), category: draft.category };
    const result = request.id
      ? editOwnSnippet(state, request.id, changes)
      : addOwnSnippet(state, changes, library.reservedIds);
    if (!result.ok) return result.error;
    update(() => result.state);
    setEditor(null);
    notify.show("success", strings.saved(changes.title));
    searchRef.current?.focus();
    return null;
  };

  const remove = (snippet: Snippet) => {
    const result = deleteOwnSnippet(state, snippet.id);
    if (!result.ok) {
      notify.show("error", result.error);
      return;
    }
    update(() => result.state);
    notify.show("success", strings.removed(snippet.title));
  };

  const exportRaw = () => {
    // The unreadable text as it was read (also when it could not be backed up in storage).
    const raw = library.problem?.raw;
    if (raw !== undefined) downloadTextFile(RAW_BACKUP_FILE_NAME, raw, "text/plain");
  };

  return (
    <div className={styles.root}>
      {library.problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.storageProblemTitle}</MessageBarTitle>
            {pick(library.problem.message, locale)}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button size="small" appearance="transparent" icon={<Dismiss16Regular />} aria-label={strings.cancel} onClick={library.dismissProblem} />
            }
          >
            <Button size="small" onClick={exportRaw}>
              {strings.exportRaw}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {library.saveFailed && (
        <MessageBar intent="error">
          <MessageBarBody>{pick(library.saveFailed, locale)}</MessageBarBody>
        </MessageBar>
      )}
      <SearchPanel
        snippets={offered}
        favourites={state.favourites}
        recent={state.recent}
        busy={busy}
        asNewParagraph={asNewParagraph}
        onAsNewParagraphChange={changeInsertMode}
        onInsert={requestInsert}
        onToggleFavourite={(id) => update((s) => toggleFavourite(s, id))}
        onSaveSelection={() => void saveSelection()}
        searchRef={searchRef}
        where={whereText}
        onSearchFocus={refreshWhere}
      />
      <Accordion multiple collapsible>
        <AccordionItem value="mine">
          <AccordionHeader size="small">{strings.mine(state.snippets.length)}</AccordionHeader>
          <AccordionPanel>
            <MinePanel
              snippets={state.snippets}
              onEdit={(s) => setEditor({ mode: "edit", id: s.id, draft: { title: s.title, text: s.text, category: s.category } })}
              onDelete={remove}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="exchange">
          <AccordionHeader size="small">{strings.exchange}</AccordionHeader>
          <AccordionPanel>
            <ExchangePanel state={state} reservedIds={library.reservedIds} onImported={(next) => update(() => next)} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="team">
          <AccordionHeader size="small">{packStrings.teamHeading}</AccordionHeader>
          <AccordionPanel>
            <div style={{ display: "flex", flexDirection: "column", gap: 8, alignItems: "flex-start" }}>
              <Caption1>
                {library.packs.length
                  ? packStrings.teamSummary(library.merged.filter((x) => typeof x.source === "object").length, library.packs.length)
                  : packStrings.teamNone}
              </Caption1>
              <Button size="small" onClick={openPacks}>
                {packStrings.openPacks}
              </Button>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <FieldsDialog
        snippet={filling}
        remembered={state.fieldValues}
        onSubmit={submitFields}
        onCancel={() => {
          setFilling(null);
          searchRef.current?.focus();
        }}
      />
      <SnippetEditorDialog request={editor} onSave={saveDraft} onCancel={() => setEditor(null)} />
    </div>
  );
}
