import { useEffect, useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDown16Regular, ArrowUp16Regular, TextBulletListAdd20Regular } from "@fluentui/react-icons";
import { genreCatalog, type Genre } from "../../core/genres";
import { buildSection, buildSkeleton } from "../../core/skeleton";
import { toChineseNumeral } from "../../core/text/chineseNumerals";
import { insertSkeletonBlock, type InsertBlockResult } from "../../word";
import { renumberDocument } from "../../word";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { useNotify } from "../shell/notify";
import { useWordAction } from "../shell/useWordAction";
import { chosenSectionIds, move, reconcileChoice, type SectionChoice } from "./selection";
import { loadSkeletonSettings, saveSkeletonSettings, type SkeletonSettings } from "./storage";
import { useSkeletonStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  sublist: { listStyle: "none", margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXXS },
  label: { flex: 1, minWidth: 0 },
  hint: { display: "block", color: tokens.colorNeutralForeground3, paddingLeft: "32px", marginTop: "-4px" },
  fields: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  actions: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export function SkeletonTab() {
  const strings = useSkeletonStrings();
  const locale = useLocale();
  const notify = useNotify();
  const styles = useStyles();
  const [settings, setSettings] = useState<SkeletonSettings>(loadSkeletonSettings);
  const { busy: action, run } = useWordAction();
  const busy = action !== null;
  const genre: Genre = genreCatalog.find((g) => g.id === settings.genreId) ?? genreCatalog[0]!;
  const choice = useMemo(() => reconcileChoice(genre, settings.choices[genre.id]), [genre, settings.choices]);

  useEffect(() => saveSkeletonSettings(settings), [settings]);

  const setChoice = (next: SectionChoice) => setSettings((s) => ({ ...s, choices: { ...s.choices, [genre.id]: next } }));
  const ticked = new Set(choice.ticked);
  const toggle = (id: string, on: boolean) =>
    setChoice({ ...choice, ticked: on ? [...choice.ticked, id] : choice.ticked.filter((t) => t !== id) });

  const report = (result: InsertBlockResult) => {
    notify.show("success", strings.inserted(result.inserted, result.renumbered.length));
    if (result.skipped.length) notify.show("warning", strings.skipped(result.skipped.length));
  };

  const insertAll = () =>
    run(async () => {
      const sections = chosenSectionIds(choice);
      if (sections.length === 0) {
        notify.show("warning", strings.nothingSelected);
        return;
      }
      report(await insertSkeletonBlock(buildSkeleton(genre, { sections, fields: settings.fields })));
    });
  const insertOne = (id: string, children: string[] = []) =>
    run(async () => {
      const subsections = children.filter((c) => ticked.has(c));
      report(await insertSkeletonBlock(buildSection(genre, id, 1, { subsections, fields: settings.fields })));
    });
  const renumber = () =>
    run(async () => {
      const { changed, skipped } = await renumberDocument();
      // Say what changed, not just how much: the first few ordinals as 三、→二、.
      const shown = changed.slice(0, 6).map((c) => `${c.from}→${c.to}`);
      const detail = shown.join(locale === "zh-CN" ? "，" : ", ") + (changed.length > shown.length ? "…" : "");
      notify.show("success", strings.renumbered(changed.length, detail));
      if (skipped.length) notify.show("warning", strings.skipped(skipped.length));
    });

  let level1Number = 0;
  return (
    <div className={styles.root}>
      <Field label={strings.genre}>
        <Select
          value={genre.id}
          onChange={(_, data) => setSettings((s) => ({ ...s, genreId: data.value }))}
          size="small"
        >
          {genreCatalog.map((g) => (
            <option key={g.id} value={g.id}>
              {pick(g.name, locale)}
            </option>
          ))}
        </Select>
      </Field>
      <Caption1>{pick(genre.description, locale)}</Caption1>

      <Accordion collapsible>
        <AccordionItem value="fields">
          <AccordionHeader size="small">{strings.fields}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.fields}>
              {genre.fields.map((field) => (
                <Field key={field.key} label={pick(field.label, locale)} size="small">
                  <Input
                    size="small"
                    value={settings.fields[field.key] ?? ""}
                    placeholder={field.example}
                    onChange={(_, data) => setSettings((s) => ({ ...s, fields: { ...s.fields, [field.key]: data.value } }))}
                  />
                </Field>
              ))}
            </div>
            <Caption1>{strings.fieldsHint}</Caption1>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      <Subtitle2 as="h2" id="skeleton-sections">
        {strings.sections}
      </Subtitle2>
      <ul className={styles.list} aria-labelledby="skeleton-sections">
        {choice.order.map((entry, index) => {
          const section = genre.sections.find((s) => s.id === entry.id)!;
          const on = ticked.has(section.id);
          const ordinal = on ? `${toChineseNumeral(++level1Number)}、` : "";
          let level2Number = 0;
          return (
            <li key={section.id}>
              <SectionRow
                label={`${ordinal}${section.title}${section.optional ? `（${strings.optional}）` : ""}`}
                title={section.title}
                checked={on}
                onToggle={(value) => toggle(section.id, value)}
                onUp={() => setChoice({ ...choice, order: move(choice.order, index, -1) })}
                onDown={() => setChoice({ ...choice, order: move(choice.order, index, 1) })}
                onInsert={() => insertOne(section.id, entry.children)}
                busy={busy}
              />
              <Caption1 className={styles.hint}>{pick(section.hint, locale)}</Caption1>
              <ul className={styles.sublist}>
                {entry.children.map((childId, childIndex) => {
                  const sub = section.subsections.find((s) => s.id === childId)!;
                  const subOn = ticked.has(sub.id);
                  const subOrdinal = on && subOn ? `（${toChineseNumeral(++level2Number)}）` : "";
                  const reorder = (delta: -1 | 1) =>
                    setChoice({
                      ...choice,
                      order: choice.order.map((o) => (o.id === entry.id ? { ...o, children: move(o.children, childIndex, delta) } : o)),
                    });
                  return (
                    <li key={sub.id}>
                      <SectionRow
                        label={`${subOrdinal}${sub.title}${sub.optional ? `（${strings.optional}）` : ""}`}
                        title={sub.title}
                        checked={subOn}
                        onToggle={(value) => toggle(sub.id, value)}
                        onUp={() => reorder(-1)}
                        onDown={() => reorder(1)}
                        onInsert={() => insertOne(sub.id)}
                        busy={busy}
                      />
                      <Caption1 className={styles.hint}>{pick(sub.hint, locale)}</Caption1>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>

      <div className={styles.actions}>
        <Button appearance="primary" onClick={insertAll} disabled={busy} title={strings.insertAllHint}>
          {strings.insertAll}
        </Button>
        <Button onClick={renumber} disabled={busy} title={strings.renumberHint}>
          {strings.renumber}
        </Button>
        {busy && <Spinner size="tiny" label={strings.working} />}
      </div>
    </div>
  );
}

function SectionRow(props: {
  label: string;
  title: string;
  checked: boolean;
  busy: boolean;
  onToggle: (checked: boolean) => void;
  onUp: () => void;
  onDown: () => void;
  onInsert: () => void;
}) {
  const strings = useSkeletonStrings();
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Checkbox className={styles.label} checked={props.checked} label={props.label} onChange={(_, d) => props.onToggle(Boolean(d.checked))} />
      <Button size="small" appearance="subtle" icon={<ArrowUp16Regular />} aria-label={strings.moveUp(props.title)} onClick={props.onUp} />
      <Button size="small" appearance="subtle" icon={<ArrowDown16Regular />} aria-label={strings.moveDown(props.title)} onClick={props.onDown} />
      <Button
        size="small"
        appearance="subtle"
        icon={<TextBulletListAdd20Regular />}
        aria-label={strings.insertOneLabel(props.title)}
        title={strings.insertOne}
        onClick={props.onInsert}
        disabled={props.busy}
      />
    </div>
  );
}
