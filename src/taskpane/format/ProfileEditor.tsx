import { useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Checkbox,
  Field,
  Input,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FORMATTED_ROLES, type FormatProfile, type FormattedRole, type ProfileError, type RoleFormat } from "../../core/format";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { ROLE_NAMES, useFormatStrings } from "./strings";

const useStyles = makeStyles({
  role: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: `0 0 ${tokens.spacingVerticalS}`,
    display: "grid",
    // minmax(0, …) and minWidth 0: a fieldset and its fields otherwise keep their content's width.
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
});

/** A number typed as text, so "28." can be typed; the profile gets NaN for text that is no number. */
function NumberInput({ value, onChange, step, disabled }: { value: number; onChange: (n: number) => void; step?: number; disabled?: boolean }) {
  const [text, setText] = useState(Number.isFinite(value) ? String(value) : "");
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    // Only an outside change (a preset chosen) overwrites what is being typed.
    setSeen(value);
    if (Number(text) !== value && !(text === "" && !Number.isFinite(value))) setText(Number.isFinite(value) ? String(value) : "");
  }
  return (
    <Input
      size="small"
      type="number"
      step={step}
      disabled={disabled}
      value={text}
      onChange={(_, d) => {
        setText(d.value);
        onChange(d.value.trim() === "" ? Number.NaN : Number(d.value));
      }}
    />
  );
}

/** Edits the line spacing and the fonts, sizes, bold and indent of each level (shown only, when locked by a content pack). */
export function ProfileEditor({
  profile,
  errors,
  onChange,
  readOnly = false,
}: {
  profile: FormatProfile;
  errors: ProfileError[];
  onChange: (profile: FormatProfile) => void;
  readOnly?: boolean;
}) {
  const s = useFormatStrings();
  const locale = useLocale();
  const styles = useStyles();
  const errorAt = (path: string) => {
    const error = errors.find((e) => e.path === path);
    return error ? { validationState: "error" as const, validationMessage: pick(error.message, locale) } : {};
  };
  const setRole = (role: FormattedRole, patch: Partial<RoleFormat>) =>
    onChange({ ...profile, roles: { ...profile.roles, [role]: { ...profile.roles[role], ...patch } } });

  return (
    <>
      <Field label={s.lineSpacing} size="small" {...errorAt("lineSpacingPt")}>
        <NumberInput value={profile.lineSpacingPt} step={0.5} disabled={readOnly} onChange={(n) => onChange({ ...profile, lineSpacingPt: n })} />
      </Field>
      <Accordion collapsible>
        <AccordionItem value="roles">
          <AccordionHeader size="small">{s.customize}</AccordionHeader>
          <AccordionPanel>
            {FORMATTED_ROLES.map((role) => {
              const format = profile.roles[role];
              const base = `roles.${role}`;
              return (
                <fieldset key={role} className={styles.role}>
                  <legend className={styles.legend}>{pick(ROLE_NAMES[role], locale)}</legend>
                  <Field label={s.eastAsianFont} size="small" {...errorAt(`${base}.eastAsianFont`)}>
                    <Input size="small" disabled={readOnly} value={format.eastAsianFont} onChange={(_, d) => setRole(role, { eastAsianFont: d.value })} />
                  </Field>
                  <Field label={s.latinFont} size="small" {...errorAt(`${base}.latinFont`)}>
                    <Input size="small" disabled={readOnly} value={format.latinFont} onChange={(_, d) => setRole(role, { latinFont: d.value })} />
                  </Field>
                  <Field label={s.size} size="small" {...errorAt(`${base}.sizePt`)}>
                    <NumberInput value={format.sizePt} step={0.5} disabled={readOnly} onChange={(n) => setRole(role, { sizePt: n })} />
                  </Field>
                  <Field label={s.indent} size="small" {...errorAt(`${base}.firstLineIndentChars`)}>
                    <NumberInput value={format.firstLineIndentChars} disabled={readOnly} onChange={(n) => setRole(role, { firstLineIndentChars: n })} />
                  </Field>
                  <Checkbox label={s.bold} disabled={readOnly} checked={format.bold} onChange={(_, d) => setRole(role, { bold: d.checked === true })} />
                </fieldset>
              );
            })}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </>
  );
}
