import { useId, useState } from "react";
import { Button, Field, Label, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { matchImportedValues, parseValueTable, type MatchResult } from "../../core/metrics";
import type { FormField } from "../../core/metrics";
import { useMetricsStrings } from "./strings";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

/** 导入数据: two columns pasted from Excel or a CSV file, matched to the form by label. */
export function ImportPanel({ fields, onMatched }: { fields: readonly FormField[]; onMatched(result: MatchResult): void }) {
  const s = useMetricsStrings();
  const styles = useStyles();
  const fileId = useId();
  const [text, setText] = useState("");
  const [result, setResult] = useState<MatchResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const apply = (source: string) => {
    const rows = parseValueTable(source);
    if (rows.length === 0) {
      setResult(null);
      setProblem(s.importEmpty);
      return;
    }
    setProblem(null);
    const matched = matchImportedValues(rows, fields.map((f) => ({ group: f.group, label: f.label })));
    setResult(matched);
    onMatched(matched);
  };

  return (
    <section className={styles.panel} aria-label={s.importTitle}>
      <Field label={s.importPaste} size="small">
        <Textarea size="small" resize="vertical" value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Button size="small" onClick={() => apply(text)} disabled={!text.trim()}>
        {s.importApply}
      </Button>
      <Label htmlFor={fileId} size="small">
        {s.importFile}
      </Label>
      <input
        id={fileId}
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (!file) return;
          file.text().then(apply, () => setProblem(s.importFileError));
        }}
      />
      {problem && (
        <Text role="alert" size={200}>
          {problem}
        </Text>
      )}
      {result && (
        <div role="status">
          <Text size={200}>{s.importMatched(result.matched.length)}</Text>
          {result.unmatched.length > 0 && (
            <>
              <Text size={200} block>
                {s.importUnmatched(result.unmatched.length)}
              </Text>
              <ul className={styles.list} aria-label={s.importUnmatched(result.unmatched.length)}>
                {result.unmatched.map((r) => (
                  <li key={r.row}>{s.importRow(r.row, r.name, r.value)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
