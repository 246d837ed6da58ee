import { useState } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { CONGRESS_YEARS } from "../../core/text/partyCongress";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { useNotify } from "../shell/notify";
import { savePersonalCongressDate, useCongressDate } from "../content/congressDate";
import { useCongressStrings } from "./congressStrings";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, minWidth: 0 },
  field: { flex: 1, minWidth: 0 },
});

/**
 * The 党的二十一大 opening date: the person's own, or, while a pack locks one, the pack's (read-only).
 * A date that is not a real day is refused with its reason and nothing is saved.
 */
export function CongressDateField() {
  const s = useCongressStrings();
  const locale = useLocale();
  const notify = useNotify();
  const styles = useStyles();
  const inForce = useCongressDate();
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const locked = inForce.from === "lockedPack";
  const packName = inForce.source?.kind === "pack" ? pick(inForce.source.name, locale) : "";
  const shown = locked ? inForce.date : (typed ?? inForce.date);

  const save = () => {
    const result = savePersonalCongressDate(shown);
    if (result.ok) {
      setTyped(null);
      setError(null);
      notify.show("success", s.saved(result.value));
      return;
    }
    if (result.problem === "storage") {
      notify.show("error", result.error);
      return;
    }
    setError(result.problem === "year" ? s.year(CONGRESS_YEARS.from, CONGRESS_YEARS.to) : result.problem === "noSuchDay" ? s.noSuchDay : s.format);
  };

  const hint = locked ? s.lockedBy(packName) : inForce.from === "pack" && typed === null ? s.offeredBy(packName) : s.hint;
  return (
    <div className={styles.row} data-congress-date={locked ? "locked" : "own"}>
      <Field
        className={styles.field}
        label={s.label}
        hint={hint}
        size="small"
        {...(error ? { validationState: "error" as const, validationMessage: error } : {})}
      >
        <Input
          size="small"
          value={shown}
          placeholder={locked ? s.lockedEmpty : s.placeholder}
          disabled={locked}
          onChange={(_, d) => {
            setTyped(d.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !locked) save();
          }}
        />
      </Field>
      {!locked && (
        <Button size="small" aria-label={s.saveLabel} onClick={save}>
          {s.save}
        </Button>
      )}
    </div>
  );
}
