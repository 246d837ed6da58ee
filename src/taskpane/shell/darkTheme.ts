// Fluent's dark theme, its own chunk: only a dark Office theme (Black, Dark Grey) loads it.
export { webDarkTheme } from "@fluentui/react-components";
