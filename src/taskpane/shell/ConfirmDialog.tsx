/**
 * The one confirmation dialog of the task pane (删除这个骨架? 删除这条短语? 再次生成?): a title, a
 * sentence, the action's button and 取消. Closing it any other way (Esc, outside) cancels.
 * Fluent's dialog is its own chunk, fetched when a dialog first opens (or in idle time after the
 * first tab): a closed dialog costs the tabs' first paint nothing.
 */
import { Suspense, lazy, useEffect, useState, type ReactNode } from "react";
import { afterFirstTab } from "./afterFirstTab";

const loadView = () => import(/* webpackChunkName: "confirm-dialog" */ "./ConfirmDialogView");
const ConfirmDialogView = lazy(() => loadView().then((m) => ({ default: m.ConfirmDialogView })));

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
  // Once opened it stays rendered, so closing plays Fluent's exit and gives focus back.
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  useEffect(() => afterFirstTab(() => void loadView()), []);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmDialogView {...props} />
    </Suspense>
  );
}
