import { Button, DialogActions } from "@fluentui/react-components";
import { useSnippetStrings } from "./strings";

/** The submit (Enter) and cancel buttons shared by the tab's form dialogs. */
export function DialogButtons(props: { submitLabel: string; onCancel: () => void }) {
  const strings = useSnippetStrings();
  return (
    <DialogActions>
      <Button size="small" type="submit" appearance="primary">
        {props.submitLabel}
      </Button>
      <Button size="small" onClick={props.onCancel}>
        {strings.cancel}
      </Button>
    </DialogActions>
  );
}
