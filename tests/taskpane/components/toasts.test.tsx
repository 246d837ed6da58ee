// Toasts belong to the tab they were asked for from: opening another tab clears them, and one
// that arrives after the person left (a long operation finishing) is said with its tab's name.
import "../../support/dom";
import { afterEach, test } from "node:test";
import assert from "node:assert/strict";
import { useState } from "react";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { ToastViewProvider, useNotify, type Notifier } from "../../../src/taskpane/shell/notify";
import { TAB_NAMES } from "../../../src/taskpane/shell/tabNames";
import { renderInPane } from "./render";

afterEach(cleanup);

const notifiers: Record<string, Notifier> = {};

function Tab({ id }: { id: string }) {
  const notify = useNotify();
  notifiers[id] = notify;
  return <button type="button" onClick={() => notify.show("success", `${id} 的结果`)}>{`${id} 操作`}</button>;
}

function TwoTabs() {
  const [tab, setTab] = useState<"skeleton" | "metrics">("skeleton");
  return (
    <>
      <button type="button" onClick={() => setTab((t) => (t === "skeleton" ? "metrics" : "skeleton"))}>换页</button>
      <ToastViewProvider viewKey={tab} name={TAB_NAMES[tab]}>
        <Tab key={tab} id={tab} />
      </ToastViewProvider>
    </>
  );
}

test("a tab's toast is cleared when another tab opens; a late one names its tab", async () => {
  await renderInPane(<TwoTabs />);
  fireEvent.click(screen.getByRole("button", { name: "skeleton 操作" }));
  assert.ok(await screen.findByText("skeleton 的结果"), "shown in its own tab, as it is");
  const skeleton = notifiers["skeleton"]!;
  fireEvent.click(screen.getByRole("button", { name: "换页" }));
  // At once, not after the toast's own timeout.
  await waitFor(() => assert.equal(screen.queryByText("skeleton 的结果"), null, "gone with its tab"), { timeout: 2000 });
  // The new tab's own toast: no tab name.
  fireEvent.click(screen.getByRole("button", { name: "metrics 操作" }));
  assert.ok(await screen.findByText("metrics 的结果"), "the tab now open shows its own, without a name");
  // 骨架's operation finishes after the person left it.
  act(() => skeleton.show("warning", "有 1 处序号无法安全定位"));
  assert.ok(await screen.findByText("骨架：有 1 处序号无法安全定位"), "said with its tab's name");
});
