/** ConfirmDialog's Fluent dialog (./ConfirmDialog loads it when first opened). */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { defineStrings } from "../i18n/strings";
import type { ConfirmDialogProps } from "./ConfirmDialog";

const useStrings = defineStrings({
  "zh-CN": { cancel: "取消" },
  "en-US": { cancel: "Cancel" },
});

export function ConfirmDialogView(props: ConfirmDialogProps) {
  const strings = useStrings();
  const cancel = (
    <Button key="cancel" size="small" onClick={props.onCancel}>
      {strings.cancel}
    </Button>
  );
  const confirm = (
    <Button key="confirm" size="small" appearance="primary" onClick={props.onConfirm}>
      {props.confirmLabel}
    </Button>
  );
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.body}</DialogContent>
          <DialogActions>{props.cancelFirst ? [cancel, confirm] : [confirm, cancel]}</DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
