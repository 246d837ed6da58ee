/**
 * The one confirmation dialog of the task pane (删除这个骨架? 删除这条短语? 再次生成?): a title, a
 * sentence, the action's button and 取消. Closing it any other way (Esc, outside) cancels.
 */
import type { ReactNode } from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { defineStrings } from "../i18n/strings";

const useStrings = defineStrings({
  "zh-CN": { cancel: "取消" },
  "en-US": { cancel: "Cancel" },
});

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: ReactNode;
  /** The label of the button that does the thing (删除, 再次生成). */
  confirmLabel: string;
  onConfirm(): void;
  /** 取消, Esc, or a click outside. */
  onCancel(): void;
  /**
   * 取消 first, so it takes focus and Enter or Esc leaves the document as it is: for actions
   * that change the document. Otherwise the action's button comes first.
   */
  cancelFirst?: boolean;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
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
