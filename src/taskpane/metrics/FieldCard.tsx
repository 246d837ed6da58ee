import {
  Button,
  Field,
  Input,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Placeholder } from "../../core/placeholders";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import type { DerivedInput, FieldCheck, FormField } from "./model";
import { useMetricsStrings } from "./strings";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  row: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  grow: { flex: 1, minWidth: 0 },
  context: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    background: "none",
    border: "none",
    padding: 0,
    textAlign: "start",
    font: "inherit",
  },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, padding: "0 1px" },
  derived: { display: "flex", gap: tokens.spacingHorizontalS },
  wording: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteGreenForeground1 },
});

/** The sentence around a placeholder, the placeholder itself highlighted. */
function ContextLine({ paragraph, member }: { paragraph: string; member: Placeholder }) {
  const styles = useStyles();
  const ctx = member.context;
  let at = paragraph.lastIndexOf(ctx, member.start);
  let offset = at >= 0 ? member.start - at : -1;
  if (offset < 0 || offset + member.raw.length > ctx.length || ctx.slice(offset, offset + member.raw.length) !== member.raw) {
    at = ctx.indexOf(member.raw);
    offset = at;
  }
  if (offset < 0) return <>{ctx}</>;
  return (
    <>
      {ctx.slice(0, offset)}
      <mark className={styles.mark}>{member.raw}</mark>
      {ctx.slice(offset + member.raw.length)}
    </>
  );
}

export interface FieldCardProps {
  field: FormField;
  paragraphs: readonly string[];
  value: string;
  derived: DerivedInput | undefined;
  check: FieldCheck | undefined;
  mergeTargets: FormField[];
  disabled: boolean;
  onValue(value: string): void;
  onDerived(next: DerivedInput): void;
  onLocate(member: Placeholder): void;
  onSplit(member: Placeholder): void;
  onMerge(target: FormField): void;
}

const INPUT_MODE: Record<string, "decimal" | "numeric" | "text"> = { number: "decimal", percent: "decimal", year: "numeric", date: "numeric", name: "text", text: "text" };

/** One field of the form: its input (or the two growth inputs), context, 定位 and 拆分/合并. */
export function FieldCard(props: FieldCardProps) {
  const { field, check, derived } = props;
  const s = useMetricsStrings();
  const locale = useLocale();
  const styles = useStyles();
  const first = field.members[0]!;
  const unitText = field.unit;
  const derivedOn = !!field.growthUnit && !!derived?.on;
  const mainError = check?.error && !derivedOn ? pick(check.error, locale) : undefined;
  const derivedError = check?.error && derivedOn ? pick(check.error, locale) : undefined;
  const hint = field.members.length > 1 ? s.places(field.members.length) : undefined;

  return (
    <li className={styles.card} data-group={field.group}>
      <div className={styles.row}>
        <div className={styles.grow}>
          {!derivedOn && (
            <Field
              label={field.label}
              size="small"
              hint={hint}
              validationState={mainError ? "error" : "none"}
              validationMessage={mainError}
            >
              <Input
                size="small"
                value={props.value}
                inputMode={INPUT_MODE[field.kind]}
                contentAfter={unitText ? <Text size={200}>{unitText}</Text> : undefined}
                disabled={props.disabled}
                onChange={(_, d) => props.onValue(d.value)}
              />
            </Field>
          )}
          {derivedOn && (
            <Text weight="semibold" size={300}>
              {field.label}
            </Text>
          )}
        </div>
        <Button size="small" appearance="subtle" aria-label={s.locateLabel(field.label)} onClick={() => props.onLocate(first)}>
          {s.locate}
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton size="small" appearance="subtle" aria-label={s.more(field.label)} />
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {field.members.length > 1 &&
                field.members.map((m, i) => (
                  <MenuItem key={m.id} onClick={() => props.onSplit(m)}>
                    {s.split(i + 1)}
                  </MenuItem>
                ))}
              <Menu>
                <MenuTrigger disableButtonEnhancement>
                  <MenuItem disabled={props.mergeTargets.length === 0}>{props.mergeTargets.length ? s.mergeInto : s.noMergeTarget}</MenuItem>
                </MenuTrigger>
                <MenuPopover>
                  <MenuList>
                    {props.mergeTargets.map((t) => (
                      <MenuItem key={t.group} onClick={() => props.onMerge(t)}>
                        {t.label}
                      </MenuItem>
                    ))}
                  </MenuList>
                </MenuPopover>
              </Menu>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      {field.growthUnit && derived && (
        <Switch
          checked={derived.on}
          label={s.derivedToggle}
          disabled={props.disabled}
          onChange={(_, d) => props.onDerived({ ...derived, on: d.checked })}
        />
      )}
      {derivedOn && derived && (
        <>
          <div className={styles.derived}>
            {(["current", "previous"] as const).map((which) => {
              const error = which === "current" ? check?.currentError : check?.previousError;
              const rate = field.growthUnit === "个百分点";
              return (
                <Field
                  key={which}
                  label={which === "current" ? (rate ? s.currentRate : s.current) : rate ? s.previousRate : s.previous}
                  size="small"
                  validationState={error ? "error" : "none"}
                  validationMessage={error ? pick(error, locale) : undefined}
                >
                  <Input
                    size="small"
                    inputMode="decimal"
                    aria-label={`${field.label} ${which === "current" ? s.current : s.previous}`}
                    value={derived[which]}
                    disabled={props.disabled}
                    onChange={(_, d) => props.onDerived({ ...derived, [which]: d.value })}
                  />
                </Field>
              );
            })}
          </div>
          {derivedError && (
            <Text role="alert" size={200} style={{ color: tokens.colorPaletteRedForeground1 }}>
              {derivedError}
            </Text>
          )}
          {check?.wording && <Text className={styles.wording}>{s.willWrite(check.wording.text)}</Text>}
        </>
      )}
      {field.members.slice(0, 3).map((m) => (
        <button type="button" key={m.id} className={styles.context} onClick={() => props.onLocate(m)} title={s.locateLabel(field.label)}>
          <ContextLine paragraph={props.paragraphs[m.paragraph] ?? ""} member={m} />
        </button>
      ))}
    </li>
  );
}
