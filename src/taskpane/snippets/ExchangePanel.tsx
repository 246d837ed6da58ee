import { useRef, useState } from "react";
import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload16Regular, ArrowUpload16Regular } from "@fluentui/react-icons";
import { importSnippetFile, serializeSnippetFile, type UserSnippetState } from "../../core/snippets";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { downloadTextFile } from "./download";
import { useSnippetStrings } from "./strings";

export const EXPORT_FILE_NAME = "report-composer-snippets.json";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  hidden: { display: "none" },
});

type Outcome = { intent: "success" | "error"; text: string } | null;

/** 导出 / 导入 of the personal library as a versioned JSON file; a refused file changes nothing. */
export function ExchangePanel(props: {
  state: UserSnippetState;
  reservedIds: ReadonlySet<string>;
  onImported(state: UserSnippetState): void;
}) {
  const strings = useSnippetStrings();
  const locale = useLocale();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const exportFile = () => {
    downloadTextFile(EXPORT_FILE_NAME, serializeSnippetFile(props.state.snippets));
    setOutcome({ intent: "success", text: strings.exported(props.state.snippets.length) });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setOutcome({ intent: "error", text: strings.importFailed + strings.fileUnreadable });
      return;
    }
    const result = importSnippetFile(props.state, bytes, props.reservedIds);
    if (!result.ok) {
      setOutcome({ intent: "error", text: strings.importFailed + pick(result.error, locale) });
      return;
    }
    props.onImported(result.state);
    setOutcome({ intent: "success", text: strings.imported(result.added, result.skippedDuplicates, result.renamed) });
  };

  return (
    <div className={styles.root}>
      <Caption1 className={styles.hint}>{strings.exportHint}</Caption1>
      <div className={styles.row}>
        <Button size="small" icon={<ArrowDownload16Regular />} onClick={exportFile}>
          {strings.exportFile}
        </Button>
        <Button size="small" icon={<ArrowUpload16Regular />} onClick={() => input.current?.click()}>
          {strings.importFile}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-label={strings.importInput}
          data-testid="snippet-import-input"
          className={styles.hidden}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = ""; // the same file can be chosen again
            void importFile(file);
          }}
        />
      </div>
      {outcome && (
        <MessageBar intent={outcome.intent} role={outcome.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
