import { useRef, useState } from "react";
import { Button, Field, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import {
  decodeTableFile,
  importSizeError,
  matchImportedValues,
  readValueTable,
  TABLE_ENCODINGS,
  validateValue,
  type FormField,
  type MatchResult,
  type TableEncoding,
} from "../../core/metrics";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
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

/** Rows listed as unmatched; the rest are counted (a long table must not flood the pane). */
const LISTED_ROWS = 50;
/** Characters of a listed row's name (a pasted cell may hold megabytes). */
const LISTED_NAME = 60;

/** A row that was not used, and why (no value, no name, no such field, a value the field refuses). */
interface UnusedRow {
  row: number;
  name: string;
  value: string;
  why: string;
}

/** 导入数据: two columns pasted from Excel or a CSV file (UTF-8 or GBK), matched to the form by label. */
export function ImportPanel({ fields, onMatched }: { fields: readonly FormField[]; onMatched(result: MatchResult): void }) {
  const s = useMetricsStrings();
  const locale = useLocale();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [result, setResult] = useState<{ matched: MatchResult["matched"]; unused: UnusedRow[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  /** The file last read and the encoding it was read in, so the person can read it in another. */
  const [file, setFile] = useState<{ bytes: Uint8Array; encoding: TableEncoding } | null>(null);

  const apply = (source: string) => {
    const table = readValueTable(source);
    if (!table.ok) {
      setResult(null);
      setProblem(pick(table.error, locale));
      return;
    }
    setProblem(null);
    // Only rows with a name and a value are matched; every other row is listed with its reason.
    const unused: UnusedRow[] = [];
    const usable = table.rows.filter((r) => {
      const why = !r.name.trim() ? s.importNoName : !r.value.trim() ? s.importNoValue : null;
      if (why) unused.push({ ...r, why });
      return !why;
    });
    const found = matchImportedValues(usable, fields.map((f) => ({ group: f.group, label: f.label })));
    for (const r of found.unmatched) unused.push({ ...r, why: s.importNoField });
    const byGroup = new Map(fields.map((f) => [f.group, f]));
    const matched = found.matched.filter((m) => {
      const field = byGroup.get(m.group);
      const checked = field ? validateValue({ kind: field.kind, ...(field.unit !== undefined ? { unit: field.unit } : {}) }, m.value, { label: field.label }) : null;
      if (checked && !checked.ok) unused.push({ row: m.row, name: m.label, value: m.value, why: s.importBadValue(pick(checked.message, locale)) });
      return !checked || checked.ok;
    });
    unused.sort((a, b) => a.row - b.row);
    setResult({ matched, unused });
    onMatched({ matched, unmatched: found.unmatched });
  };

  const decodeAndApply = (bytes: Uint8Array, chosen?: TableEncoding) => {
    const decoded = decodeTableFile(bytes, chosen);
    if (!decoded.ok) {
      setResult(null);
      setNote(null);
      setFile(null);
      setProblem(pick(decoded.error, locale));
      return;
    }
    setFile({ bytes, encoding: decoded.chosen });
    setNote(pick(decoded.note, locale));
    apply(decoded.text);
  };

  const readFile = async (picked: File) => {
    // A file far too large is refused by its size, before it is read into memory.
    const tooLarge = importSizeError(picked.size);
    if (tooLarge) {
      setResult(null);
      setNote(null);
      setFile(null);
      setProblem(pick(tooLarge, locale));
      return;
    }
    decodeAndApply(new Uint8Array(await picked.arrayBuffer()));
  };

  const shownName = (name: string) => (name.length > LISTED_NAME ? s.importLongName(name.slice(0, LISTED_NAME), name.length) : name);

  const unmatched = result?.unused ?? [];
  return (
    <section className={styles.panel} aria-label={s.importTitle}>
      <Field label={s.importPaste} size="small">
        <Textarea size="small" resize="vertical" value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Button
        size="small"
        onClick={() => {
          setNote(null); // the encoding notice belongs to a file, not to a paste
          apply(text);
        }}
        disabled={!text.trim()}
      >
        {s.importApply}
      </Button>
      <Text size={200}>{s.importFile}</Text>
      {/* The pane's own button opens the browser's file picker (never its native "Choose File"). */}
      <Button size="small" onClick={() => fileInput.current?.click()} style={{ alignSelf: "flex-start" }}>
        {s.importOpenFile}
      </Button>
      <input
        ref={fileInput}
        type="file"
        hidden
        tabIndex={-1}
        aria-label={s.importOpenFile}
        accept=".csv,.txt,text/csv,text/plain"
        onChange={(e) => {
          const input = e.currentTarget;
          const picked = input.files?.[0];
          if (picked) readFile(picked).catch(() => setProblem(s.importFileError)).finally(() => (input.value = ""));
        }}
      />
      {note && <Text size={200}>{note}</Text>}
      {file && (
        <Field label={s.importEncoding} size="small">
          <Select size="small" value={file.encoding} onChange={(_, d) => decodeAndApply(file.bytes, d.value as TableEncoding)}>
            {TABLE_ENCODINGS.map((encoding) => (
              <option key={encoding} value={encoding}>
                {encoding}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {problem && (
        <Text role="alert" size={200}>
          {problem}
        </Text>
      )}
      {result && (
        <div role="status">
          <Text size={200}>{s.importMatched(result.matched.length)}</Text>
          {unmatched.length > 0 && (
            <>
              <Text size={200} block>
                {s.importUnusable(unmatched.length)}
              </Text>
              <ul className={styles.list} aria-label={s.importUnusable(unmatched.length)}>
                {unmatched.slice(0, LISTED_ROWS).map((r) => (
                  <li key={r.row}>{s.importUnusableRow(r.row, shownName(r.name), shownName(r.value), r.why)}</li>
                ))}
              </ul>
              {unmatched.length > LISTED_ROWS && <Text size={200}>{s.importMore(unmatched.length - LISTED_ROWS)}</Text>}
            </>
          )}
        </div>
      )}
    </section>
  );
}
