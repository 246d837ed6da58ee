import { createRoot } from "react-dom/client";
import { BaselinePane } from "./BaselinePane";

Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<BaselinePane />);
});
