/**
 * 标题与落款信息's fields (unit, year, name …; a question with fixed answers as a drop-down). Its
 * own chunk, shown once the disclosure is opened (and fetched in idle time after the first paint):
 * Fluent's field, input and select are not needed to paint the 骨架 list.
 */
import { Caption1, Field, Input, Select } from "@fluentui/react-components";
import type { Genre } from "../../core/genres";
import type { Bilingual } from "../../core/text/bilingual";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { useSkeletonStrings } from "./strings";

export function FieldsPanel(props: {
  fields: Genre["fields"];
  values: Record<string, string>;
  problems: Record<string, Bilingual>;
  onChange(key: string, value: string): void;
}) {
  const strings = useSkeletonStrings();
  const locale = useLocale();
  return (
    <>
      <div className="rc-skeletonFields">
        {props.fields.map((field) => (
          <Field
            key={field.key}
            label={pick(field.label, locale)}
            size="small"
            {...(props.problems[field.key] ? { validationState: "error" as const, validationMessage: pick(props.problems[field.key]!, locale) } : {})}
          >
            {field.choices ? (
              // A question with fixed answers (巡视 or 巡察): every line using it follows the answer.
              <Select size="small" value={props.values[field.key] ?? ""} onChange={(_, data) => props.onChange(field.key, data.value)}>
                <option value="">{field.placeholder}</option>
                {field.choices.map((choice) => (
                  <option key={choice} value={choice}>
                    {choice}
                  </option>
                ))}
              </Select>
            ) : (
              <Input
                size="small"
                value={props.values[field.key] ?? ""}
                // Obviously generic examples: a real-looking name would pass for a default value.
                placeholder={strings.fieldExample(field.key, field.placeholder)}
                onChange={(_, data) => props.onChange(field.key, data.value)}
              />
            )}
          </Field>
        ))}
      </div>
      <Caption1>{strings.fieldsHint}</Caption1>
    </>
  );
}
