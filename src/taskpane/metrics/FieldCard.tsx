import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import {
  Button,
  Field,
  Input,
  Menu,
  MenuButton,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemCheckbox,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Switch,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { DerivedInput, FieldCheck, FormField } from "../../core/metrics";
import type { Placeholder } from "../../core/placeholders";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { excerptAround } from "./excerpt";
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
  // A unit never wraps inside its input (亿元, 小时).
  unit: { whiteSpace: "nowrap", flexShrink: 0 },
  more: { alignSelf: "flex-start", minWidth: 0, padding: 0, height: "auto", fontSize: tokens.fontSizeBase200 },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, padding: "0 1px" },
  derived: { display: "flex", gap: tokens.spacingHorizontalS },
  keysHint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  // Read with the two inputs (aria-describedby), shown only while one of them has focus.
  srOnly: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  wording: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteGreenForeground1 },
  pending: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  // At 320 px the menu stays inside the pane: no side submenus, long sentences wrap.
  // Its scrollbar (when it shrinks to the room there is) takes its own gutter, never the items' width.
  popover: { maxWidth: "min(280px, calc(100vw - 24px))", maxHeight: "60vh", overflowY: "auto", scrollbarGutter: "stable" },
  item: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

const SENTENCE_IN_MENU = 36;

/** A place's sentence, shortened for a menu at clause breaks with …, the placeholder kept in view. */
function shortSentence(member: Placeholder, paragraph: string | undefined): string {
  if (paragraph === undefined || paragraph.slice(member.start, member.end) !== member.raw) {
    const ctx = member.context;
    return ctx.length <= SENTENCE_IN_MENU ? ctx : `${ctx.slice(0, SENTENCE_IN_MENU)}…`;
  }
  const cut = excerptAround(paragraph, member.start, member.end, SENTENCE_IN_MENU);
  return cut.before + cut.raw + cut.after;
}

/** Sentences shown on a card before "另 N 处": the rest are one click (or the menu) away. */
const SHOWN_PLACES = 2;

/** The sentence around a placeholder, cut at clause breaks with …, the placeholder highlighted. */
function ContextLine({ paragraph, member }: { paragraph: string; member: Placeholder }) {
  const styles = useStyles();
  const inPlace = paragraph.slice(member.start, member.end) === member.raw;
  if (!inPlace) return <>{member.context}</>;
  const cut = excerptAround(paragraph, member.start, member.end);
  return (
    <>
      {cut.before}
      <mark className={styles.mark}>{cut.raw}</mark>
      {cut.after}
    </>
  );
}

export interface FieldCardProps {
  field: FormField;
  /** The unit of the two figures a growth is computed from (亿元 for a revenue's growth). */
  pairUnit?: string | undefined;
  /** The label of the figure a growth is computed from: its 本年数 fills that field too. */
  baseLabel?: string | undefined;
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

type Part = "current" | "previous";

/**
 * A field's input, for moving focus to it (填入 on an invalid form): its first, or for a growth
 * computed from two figures the one named by `part`.
 */
export function inputOf(group: string, part?: Part): HTMLElement | undefined {
  const inputs = Array.from(document.querySelectorAll<HTMLElement>("[data-metric-input]")).filter((el) => el.dataset.metricInput === group);
  return (part && inputs.find((el) => el.dataset.metricPart === part)) || inputs[0];
}

/** The input the key moves to from `from` in a growth's pair (Enter: the other; ↓ last year's, ↑ this year's). */
function pairKeyTarget(from: Part, e: Pick<KeyboardEvent, "key" | "altKey" | "ctrlKey" | "metaKey"> & { composing: boolean }): Part | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.composing) return null;
  const to = e.key === "Enter" ? (from === "current" ? "previous" : "current") : e.key === "ArrowDown" ? "previous" : e.key === "ArrowUp" ? "current" : null;
  return to === from ? null : to;
}

/**
 * One field of the form, one tab stop. Its input is that stop; 定位, 拆分, 合并 and the growth
 * switch are in its menu (the ⋯ button, or the Menu key / Shift+F10 in the input), which Tab
 * skips. A growth computed from two figures is a small composite: Tab reaches one of its two
 * inputs (the one last used, this year's at first), Enter or ↑/↓ moves to the other, as its
 * description says.
 */
export function FieldCard(props: FieldCardProps) {
  const { field, check, derived } = props;
  const s = useMetricsStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [menuOpen, setMenuOpen] = useState(false);
  const [active, setActive] = useState<Part>("current");
  const [pairFocused, setPairFocused] = useState(false);
  const [allPlaces, setAllPlaces] = useState(false);
  const pairKeysId = useId("metric-pair-keys");
  const cardRef = useRef<HTMLLIElement>(null);
  const refocus = useRef(false);
  const derivedOn = !!field.growthUnit && !!derived?.on;

  // Switched on or off from the menu, the input that replaced the focused one takes focus
  // (after the menu has handed focus back).
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const timer = setTimeout(() => cardRef.current?.querySelector<HTMLElement>("[data-metric-input]")?.focus(), 0);
    return () => clearTimeout(timer);
  }, [derivedOn]);
  const mainError = check?.error && !derivedOn ? pick(check.error, locale) : undefined;
  const derivedError = check?.error && derivedOn ? pick(check.error, locale) : undefined;
  const hint = field.members.length > 1 ? s.places(field.members.length) : undefined;
  const warning = !mainError && check?.warning ? pick(check.warning, locale) : undefined;
  const unitText = (unit: string | undefined) => (unit ? <Text size={200} className={styles.unit}>{unit}</Text> : undefined);
  const shownMembers = allPlaces ? field.members : field.members.slice(0, SHOWN_PLACES);
  const hasPlaces = field.members.length > 0;

  const openMenuByKey = (e: KeyboardEvent) => {
    if (e.key === "ContextMenu" || (e.key === "F10" && e.shiftKey)) {
      e.preventDefault();
      setMenuOpen(true);
    }
  };

  const pairKeyDown = (from: Part) => (e: KeyboardEvent<HTMLInputElement>) => {
    openMenuByKey(e);
    if (e.defaultPrevented) return;
    // 229: a key the IME is handling (Enter confirming a candidate is not a move).
    const to = pairKeyTarget(from, { key: e.key, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, composing: e.nativeEvent.isComposing || e.keyCode === 229 });
    if (!to) return;
    e.preventDefault();
    cardRef.current?.querySelector<HTMLElement>(`[data-metric-part="${to}"]`)?.focus();
  };

  const pairBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setPairFocused(false);
  };

  return (
    <li className={styles.card} data-group={field.group} ref={cardRef}>
      <div className={styles.row}>
        <div className={styles.grow}>
          {!derivedOn && (
            <Field
              label={field.label}
              size="small"
              hint={hint}
              validationState={mainError ? "error" : warning ? "warning" : "none"}
              validationMessage={mainError ?? warning}
            >
              <Input
                data-metric-input={field.group}
                size="small"
                value={props.value}
                inputMode={INPUT_MODE[field.kind]}
                contentAfter={unitText(field.unit)}
                disabled={props.disabled}
                onKeyDown={openMenuByKey}
                onChange={(_, d) => props.onValue(d.value)}
              />
            </Field>
          )}
          {derivedOn && (
            <Text weight="semibold" size={300} id={`${pairKeysId}-label`}>
              {field.label}
            </Text>
          )}
        </div>
        {hasPlaces && (
          <Menu
            open={menuOpen}
            onOpenChange={(_, d) => setMenuOpen(d.open)}
            // Inside the pane at 320 px: it shrinks to the room there is and scrolls, never cut off.
            positioning={{ position: "below", align: "end", autoSize: "height", fallbackPositions: ["above-end", "below-start", "above-start"] }}
            checkedValues={{ derived: derived?.on ? ["on"] : [] }}
            onCheckedValueChange={(_, d) => {
              if (!derived) return;
              refocus.current = true;
              setMenuOpen(false);
              props.onDerived({ ...derived, on: d.checkedItems.includes("on") });
            }}
          >
            <MenuTrigger disableButtonEnhancement>
              <MenuButton size="small" appearance="subtle" tabIndex={-1} aria-label={s.more(field.label)} />
            </MenuTrigger>
            <MenuPopover className={styles.popover}>
              <MenuList>
                {field.growthUnit && derived && (
                  <>
                    <MenuItemCheckbox name="derived" value="on" className={styles.item}>
                      {s.derivedToggle}
                    </MenuItemCheckbox>
                    <MenuDivider />
                  </>
                )}
                <MenuGroup>
                  <MenuGroupHeader>{s.locate}</MenuGroupHeader>
                  {field.members.map((m, i) => (
                    <MenuItem key={m.id} className={styles.item} onClick={() => props.onLocate(m)}>
                      {s.locatePlace(i + 1, shortSentence(m, props.paragraphs[m.paragraph]))}
                    </MenuItem>
                  ))}
                </MenuGroup>
                {field.members.length > 1 && (
                  <MenuGroup>
                    <MenuDivider />
                    {field.members.map((m, i) => (
                      <MenuItem key={m.id} className={styles.item} onClick={() => props.onSplit(m)}>
                        {s.splitPlace(i + 1, shortSentence(m, props.paragraphs[m.paragraph]))}
                      </MenuItem>
                    ))}
                  </MenuGroup>
                )}
                <MenuDivider />
                <MenuGroup>
                  <MenuGroupHeader>{props.mergeTargets.length ? s.mergeInto : s.noMergeTarget}</MenuGroupHeader>
                  {props.mergeTargets.map((t) => (
                    <MenuItem key={t.group} className={styles.item} onClick={() => props.onMerge(t)}>
                      {s.mergeTarget(t.label, t.members[0] ? shortSentence(t.members[0], props.paragraphs[t.members[0].paragraph]) : "")}
                    </MenuItem>
                  ))}
                </MenuGroup>
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
      </div>
      {field.growthUnit && derived && (
        <Switch
          checked={derived.on}
          label={s.derivedToggle}
          disabled={props.disabled}
          tabIndex={-1}
          onChange={(_, d) => props.onDerived({ ...derived, on: d.checked })}
        />
      )}
      {derivedOn && derived && (
        <>
          <div role="group" aria-labelledby={`${pairKeysId}-label`} className={styles.derived} onFocus={() => setPairFocused(true)} onBlur={pairBlur}>
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
                    data-metric-input={field.group}
                    data-metric-part={which}
                    size="small"
                    inputMode="decimal"
                    aria-label={`${field.label} ${which === "current" ? s.current : s.previous}`}
                    aria-describedby={pairKeysId}
                    contentAfter={unitText(rate ? "%" : props.pairUnit)}
                    tabIndex={active === which ? 0 : -1}
                    value={derived[which]}
                    disabled={props.disabled}
                    onFocus={() => setActive(which)}
                    onKeyDown={pairKeyDown(which)}
                    onChange={(_, d) => props.onDerived({ ...derived, [which]: d.value })}
                  />
                </Field>
              );
            })}
          </div>
          {props.baseLabel && <Text className={styles.pending}>{s.currentFillsBase(props.baseLabel)}</Text>}
          <Text id={pairKeysId} className={pairFocused ? styles.keysHint : styles.srOnly}>
            {s.pairKeys}
          </Text>
          {derivedError && (
            <Text role="alert" size={200} style={{ color: tokens.colorPaletteRedForeground1 }}>
              {derivedError}
            </Text>
          )}
          {check?.preview ? <Text className={styles.wording}>{s.willWrite(check.preview)}</Text> : !derivedError && <Text className={styles.pending}>{s.derivedPending}</Text>}
        </>
      )}
      {!derivedOn && check?.preview && <Text className={styles.wording}>{s.willWrite(check.preview)}</Text>}
      {!derivedOn && !check?.preview && check?.readAs && <Text className={styles.wording}>{s.readAs(check.readAs, field.unit ?? "")}</Text>}
      {shownMembers.map((m) => (
        <button type="button" tabIndex={-1} key={m.id} className={styles.context} onClick={() => props.onLocate(m)} title={s.locateLabel(field.label)}>
          <ContextLine paragraph={props.paragraphs[m.paragraph] ?? ""} member={m} />
        </button>
      ))}
      {field.members.length > SHOWN_PLACES && (
        // Every place is also in the field's menu (定位), so this is for the mouse: not a tab stop.
        <Button appearance="transparent" size="small" tabIndex={-1} className={styles.more} aria-expanded={allPlaces} onClick={() => setAllPlaces((v) => !v)}>
          {allPlaces ? s.fewerPlaces : s.morePlaces(field.members.length - SHOWN_PLACES)}
        </Button>
      )}
    </li>
  );
}
