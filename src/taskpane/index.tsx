import { mountTaskpane } from "./mount";

// Office.onReady resolves once office.js has connected to Word; nothing touches Word before it.
Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) mountTaskpane(root);
});
