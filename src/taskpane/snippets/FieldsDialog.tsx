import { useState, type FormEvent } from "react";
import {
  Caption1,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { snippetFields, type Snippet } from "../../core/snippets";
import { DialogButtons } from "./DialogButtons";
import { useSnippetStrings } from "./strings";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/**
 * The small form for a snippet's fill-in fields ({单位}, {年度} …), pre-filled with the values
 * used last time. Enter submits.
 */
export function FieldsDialog(props: {
  snippet: Snippet | null;
  remembered: Readonly<Record<string, string>>;
  onSubmit(values: Record<string, string>): void;
  onCancel(): void;
}) {
  const { snippet } = props;
  return (
    <Dialog open={snippet !== null} onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <>{snippet && <FieldsForm key={snippet.id} {...props} snippet={snippet} />}</>
    </Dialog>
  );
}

function FieldsForm(props: {
  snippet: Snippet;
  remembered: Readonly<Record<string, string>>;
  onSubmit(values: Record<string, string>): void;
  onCancel(): void;
}) {
  const strings = useSnippetStrings();
  const styles = useStyles();
  const names = snippetFields(props.snippet.text);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(names.map((name) => [name, props.remembered[name] ?? ""])),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit(values);
  };
  return (
    <DialogSurface aria-describedby={undefined}>
      <form onSubmit={submit}>
        <DialogBody>
          <DialogTitle>{strings.fieldsTitle(props.snippet.title)}</DialogTitle>
          <DialogContent className={styles.fields}>
            {names.map((name, i) => (
              <Field key={name} label={name} size="small">
                <Input
                  size="small"
                  autoFocus={i === 0}
                  value={values[name] ?? ""}
                  onChange={(_, data) => setValues((v) => ({ ...v, [name]: data.value }))}
                />
              </Field>
            ))}
            <Caption1 className={styles.hint}>{strings.fieldsHint}</Caption1>
          </DialogContent>
          <DialogButtons submitLabel={strings.fieldsSubmit} onCancel={props.onCancel} />
        </DialogBody>
      </form>
    </DialogSurface>
  );
}
