import { useRef, useState, type ChangeEvent } from "react";
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowSync16Regular, Delete16Regular, Dismiss16Regular } from "@fluentui/react-icons";
import { validateProfile, type FormatProfile } from "../../core/format";
import { buildPack, MAX_PACK_BYTES, packCounts, packFileName, serializePack, sourceTag, type PackCounts } from "../../core/packs";
import { loadUserState, type StorageLike } from "../../core/snippets/userStore";
import { untranslated, type Bilingual } from "../../core/text/bilingual";
import { loadSettings } from "../format/settings";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { useNotify } from "../shell/notify";
import { addinStorage } from "../shell/settingsStore";
import { downloadTextFile } from "../snippets/download";
import { usePersonalGenres } from "./personalGenres";
import { formatStamp, type SourceView } from "./store";
import { usePackStrings } from "./strings";
import { useContent } from "./useContent";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  headRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    minWidth: 0,
    overflowWrap: "anywhere",
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  hidden: { display: "none" },
});

/** Reads without writing: the page only looks (a backup of unreadable data is the tab's job). */
const readOnlyStorage = (): StorageLike => {
  const storage = addinStorage();
  return { getItem: (k) => storage.getItem(k), setItem: () => undefined, removeItem: () => undefined };
};

/** 内容包: the sources (team URLs and imported files), one download at a time, import and export. */
export function PacksPage({ onBack }: { onBack?: () => void }) {
  const s = usePackStrings();
  const styles = useStyles();
  const locale = useLocale();
  const notify = useNotify();
  const { store, state, merged } = useContent();
  const [url, setUrl] = useState("");
  const [addError, setAddError] = useState<Bilingual | null>(null);
  const [importError, setImportError] = useState<Bilingual | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const running = state.running;
  const countText = (counts: PackCounts) => s.counts(counts);

  const add = async () => {
    // Enter or a click while a download runs starts nothing (the store refuses too).
    if (store.getState().running) return;
    const address = url.trim();
    if (!address) {
      setAddError(untranslated(s.urlRequired));
      return;
    }
    setAddError(null);
    const known = state.sources.some((x) => x.url === address);
    const outcome = await store.addUrl(address);
    if (outcome.ok) {
      // Cleared unless another address was typed meanwhile (that one is for the person to add next).
      setUrl((current) => (current.trim() === address ? "" : current));
      notify.show("success", (known ? s.updated : s.added)(pick(outcome.pack.name, locale), countText(outcome.counts)));
    } else if (outcome.kind !== "busy") {
      setAddError(outcome.error);
    }
  };

  const refresh = async (source: SourceView) => {
    const outcome = await store.refresh(source.id);
    if (outcome.ok) notify.show("success", s.updated(pick(outcome.pack.name, locale), countText(outcome.counts)));
  };

  const remove = (source: SourceView) => {
    store.remove(source.id);
    notify.show("success", s.removed(sourceName(source)));
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setImportError(null);
    if (file.size > MAX_PACK_BYTES) {
      setImportError(untranslated(s.tooLarge((file.size / 1024 / 1024).toFixed(1))));
      return;
    }
    const outcome = store.importFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!outcome.ok) {
      setImportError(outcome.error);
      return;
    }
    notify.show("success", (outcome.replaced ? s.replaced : s.imported)(pick(outcome.pack.name, locale), countText(outcome.counts)));
  };

  const sourceName = (source: SourceView) => (source.pack ? pick(source.pack.name, locale) : source.url ?? source.fileName ?? "");

  return (
    <section className={styles.root} aria-labelledby="packs-heading">
      <div className={styles.headRow}>
        <h2 id="packs-heading" className={styles.heading}>{s.heading}</h2>
        {onBack && (
          <Button size="small" onClick={onBack}>
            {s.back}
          </Button>
        )}
      </div>
      <Caption1>{s.intro}</Caption1>

      {state.storageError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.storageTitle}</MessageBarTitle>
            {pick(state.storageError, locale)}
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button size="small" appearance="transparent" icon={<Dismiss16Regular />} aria-label={s.dismiss} onClick={() => store.dismissStorageError()} />}
          />
        </MessageBar>
      )}
      {state.listProblem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{pick(state.listProblem, locale)}</MessageBarBody>
        </MessageBar>
      )}
      {merged.notes.map((note, i) => (
        <MessageBar key={i} intent="info" layout="multiline">
          <MessageBarBody>{pick(note, locale)}</MessageBarBody>
        </MessageBar>
      ))}

      <div className={styles.section}>
        <Field label={s.addUrl} hint={s.addUrlHint} size="small" validationState={addError ? "error" : "none"} validationMessage={addError ? pick(addError, locale) : undefined}>
          <Input
            size="small"
            type="url"
            value={url}
            placeholder="https://"
            onChange={(_, data) => setUrl(data.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                void add();
              }
            }}
          />
        </Field>
        <div className={styles.row}>
          <Button size="small" appearance="primary" disabled={running !== null} onClick={() => void add()}>
            {running && running.sourceId === null ? s.adding : s.add}
          </Button>
          {running && (
            <Button size="small" onClick={() => store.cancel()}>
              {s.cancel}
            </Button>
          )}
        </div>
        {running && (
          <div className={styles.row} role="status" aria-live="polite">
            <Spinner size="extra-tiny" />
            <Caption1 style={{ overflowWrap: "anywhere", minWidth: 0 }}>{s.downloading(running.url)}</Caption1>
          </div>
        )}
      </div>

      <div className={styles.section}>
        <h3 className={styles.heading}>{s.sources}</h3>
        {state.sources.length === 0 ? (
          <Caption1 className={styles.muted}>{s.none}</Caption1>
        ) : (
          <ul className={styles.list} aria-label={s.sources}>
            {state.sources.map((source) => {
              const name = sourceName(source);
              const counts = source.pack ? packCounts(source.pack) : null;
              const busyHere = running?.sourceId === source.id;
              return (
                <li key={source.id} className={styles.item} data-source-id={source.id}>
                  <div className={styles.row}>
                    <Text className={styles.name}>{name}</Text>
                    {counts?.locked && (
                      <Badge appearance="tint" color="warning" size="small">
                        {s.lockedBadge}
                      </Badge>
                    )}
                  </div>
                  <Caption1 className={styles.muted}>{source.kind === "url" ? source.url : s.file(source.fileName ?? "")}</Caption1>
                  {source.pack?.publisher && <Caption1 className={styles.muted}>{s.publisher(source.pack.publisher)}</Caption1>}
                  {counts && <Caption1>{countText(counts)}</Caption1>}
                  <Caption1 className={styles.muted}>
                    {source.fetchedAt ? (source.kind === "url" ? s.updatedAt : s.importedAt)(formatStamp(source.fetchedAt)) : s.never}
                    {source.pack?.updatedAt ? ` · ${s.version(source.pack.updatedAt.slice(0, 10))}` : ""}
                  </Caption1>
                  {source.cacheProblem && !source.error && (
                    <MessageBar intent="warning" layout="multiline">
                      <MessageBarBody>{pick(source.cacheProblem, locale)}</MessageBarBody>
                    </MessageBar>
                  )}
                  {source.error && (
                    <MessageBar intent="error" layout="multiline" role="alert">
                      <MessageBarBody>{pick(source.error, locale)}</MessageBarBody>
                    </MessageBar>
                  )}
                  <div className={styles.row}>
                    {source.kind === "url" && (
                      <Button
                        size="small"
                        icon={busyHere ? <Spinner size="extra-tiny" /> : <ArrowSync16Regular />}
                        disabled={running !== null}
                        aria-label={s.refreshNamed(name)}
                        onClick={() => void refresh(source)}
                      >
                        {busyHere ? s.adding : s.refresh}
                      </Button>
                    )}
                    <Button size="small" icon={<Delete16Regular />} aria-label={s.removeNamed(name)} onClick={() => remove(source)}>
                      {s.remove}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </div>

      <div className={styles.section}>
        <h3 className={styles.heading}>{s.importHeading}</h3>
        <div className={styles.row}>
          <Button size="small" onClick={() => fileInput.current?.click()}>
            {s.importButton}
          </Button>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".json,application/json"
            aria-label={s.importInput}
            onChange={(event) => void importFile(event)}
          />
        </div>
        {importError && (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>{pick(importError, locale)}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      <ExportSection lockedProfile={merged.lockedProfile?.profile ?? null} />
    </section>
  );
}

/** 导出内容包: the person picks their phrases, skeletons and format profile (optionally locked). */
function ExportSection({ lockedProfile }: { lockedProfile: FormatProfile | null }) {
  const s = usePackStrings();
  const styles = useStyles();
  const locale = useLocale();
  const notify = useNotify();
  const genres = usePersonalGenres();
  // Read once when the page opens, without writing anything while rendering.
  const [ownSnippets] = useState(() => loadUserState(readOnlyStorage()).state.snippets);
  const [ownProfile] = useState<FormatProfile | null>(() => {
    const check = validateProfile(loadSettings(readOnlyStorage()).settings.profile);
    return check.ok ? check.profile : null;
  });
  // The profile 排版 uses now: a pack's locked one while it is loaded, else the person's own.
  const profile = lockedProfile ?? ownProfile;
  const [withSnippets, setWithSnippets] = useState(true);
  const [withGenres, setWithGenres] = useState(true);
  const [withProfile, setWithProfile] = useState(false);
  const [locked, setLocked] = useState(false);
  const [name, setName] = useState(s.exportDefaultName);
  const [error, setError] = useState<Bilingual | null>(null);

  const snippetCount = ownSnippets.length;
  const nothing = !(withSnippets && snippetCount) && !(withGenres && genres.length) && !(withProfile && profile);

  const doExport = () => {
    if (nothing) {
      setError(untranslated(s.exportNothing));
      return;
    }
    const packName = name.trim() || s.exportDefaultName;
    const result = buildPack({
      id: `export-${sourceTag(packName)}`,
      name: untranslated(packName),
      ...(withSnippets ? { snippets: ownSnippets } : {}),
      ...(withGenres ? { genres } : {}),
      ...(withProfile && profile ? { formatProfile: { profile, locked } } : {}),
    });
    if (!result.ok) {
      setError(untranslated(s.exportFailed + pick(result.error, locale)));
      return;
    }
    setError(null);
    downloadTextFile(packFileName(result.pack), serializePack(result.pack));
    notify.show("success", s.exported(s.counts(packCounts(result.pack))));
  };

  return (
    <div className={styles.section}>
      <h3 className={styles.heading}>{s.exportHeading}</h3>
      <Caption1>{s.exportHint}</Caption1>
      <Checkbox label={s.exportSnippets(snippetCount)} checked={withSnippets && snippetCount > 0} disabled={snippetCount === 0} onChange={(_, d) => setWithSnippets(d.checked === true)} />
      <Checkbox label={s.exportGenres(genres.length)} checked={withGenres && genres.length > 0} disabled={genres.length === 0} onChange={(_, d) => setWithGenres(d.checked === true)} />
      <Checkbox
        label={s.exportProfile(profile ? pick(profile.name, locale) : "—")}
        checked={withProfile}
        disabled={!profile}
        onChange={(_, d) => setWithProfile(d.checked === true)}
      />
      <Checkbox label={s.exportLocked} checked={locked} disabled={!withProfile || !profile} onChange={(_, d) => setLocked(d.checked === true)} style={{ paddingLeft: tokens.spacingHorizontalXL }} />
      <Field label={s.exportName} size="small">
        <Input size="small" value={name} maxLength={40} onChange={(_, d) => setName(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button size="small" appearance="primary" onClick={doExport}>
          {s.exportButton}
        </Button>
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{pick(error, locale)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
