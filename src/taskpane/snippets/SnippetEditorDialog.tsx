import { useState, type FormEvent } from "react";
import {
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { PERSONAL_CATEGORY, deriveTitle, snippetCategories, type Bilingual } from "../../core/snippets";
import { MAX_TITLE_LENGTH } from "../../core/snippets/schema";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { categoryLabel } from "./labels";
import { DialogButtons } from "./DialogButtons";
import { useSnippetStrings } from "./strings";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface SnippetDraftInput {
  title: string;
  text: string;
  category: string;
}

export interface EditorRequest {
  mode: "save" | "edit";
  /** Set when editing an own snippet. */
  id?: string;
  draft: SnippetDraftInput;
}

/**
 * Title, category and text of an own snippet: used for 保存选中文字为短语 and for editing.
 * `onSave` returns a problem to show beside the text, or null when saved.
 */
export function SnippetEditorDialog(props: {
  request: EditorRequest | null;
  onSave(request: EditorRequest, draft: SnippetDraftInput): Bilingual | null;
  onCancel(): void;
}) {
  const { request } = props;
  return (
    <Dialog open={request !== null} onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <>{request && <EditorForm key={request.id ?? "new"} request={request} onSave={props.onSave} onCancel={props.onCancel} />}</>
    </Dialog>
  );
}

function EditorForm(props: {
  request: EditorRequest;
  onSave(request: EditorRequest, draft: SnippetDraftInput): Bilingual | null;
  onCancel(): void;
}) {
  const strings = useSnippetStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [draft, setDraft] = useState(props.request.draft);
  const [problem, setProblem] = useState<string | null>(null);
  const categories = [PERSONAL_CATEGORY, ...snippetCategories.map((c) => c.id)];
  if (!categories.includes(draft.category)) categories.push(draft.category);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.text.trim()) {
      setProblem(strings.textRequired);
      return;
    }
    const error = props.onSave(props.request, draft);
    setProblem(error ? pick(error, locale) : null);
  };

  return (
    <DialogSurface aria-describedby={undefined}>
      <form onSubmit={submit}>
        <DialogBody>
          <DialogTitle>{props.request.mode === "save" ? strings.saveTitle : strings.editTitle}</DialogTitle>
          <DialogContent className={styles.fields}>
            <Field label={strings.title} hint={strings.titleHint} size="small">
              <Input
                size="small"
                autoFocus
                maxLength={MAX_TITLE_LENGTH}
                value={draft.title}
                // Empty means "the start of the text" (the hint says so): show what that will be.
                placeholder={draft.text.trim() ? deriveTitle(draft.text) : undefined}
                onChange={(_, data) => setDraft((d) => ({ ...d, title: data.value }))}
              />
            </Field>
            <Field label={strings.category} size="small">
              <Select size="small" value={draft.category} onChange={(_, data) => setDraft((d) => ({ ...d, category: data.value }))}>
                {categories.map((id) => (
                  <option key={id} value={id}>
                    {categoryLabel(id, locale, strings.personalCategory)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={strings.text}
              hint={strings.textHint}
              size="small"
              validationState={problem ? "error" : "none"}
              validationMessage={problem ?? undefined}
            >
              <Textarea
                size="small"
                rows={6}
                resize="vertical"
                value={draft.text}
                onChange={(_, data) => setDraft((d) => ({ ...d, text: data.value }))}
              />
            </Field>
          </DialogContent>
          <DialogButtons submitLabel={strings.save} onCancel={props.onCancel} />
        </DialogBody>
      </form>
    </DialogSurface>
  );
}
