/**
 * ⋯ (Fluent's MoreHorizontal20Regular) as a plain SVG element for the pane's own icon buttons
 * (rc-headerButton rc-iconButton): the icon library and its Griffel styles stay out of the first paint.
 */
export function MoreIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden focusable="false">
      <path d="M6.25 10a1.25 1.25 0 1 1-2.5 0 1.25 1.25 0 0 1 2.5 0m5 0a1.25 1.25 0 1 1-2.5 0 1.25 1.25 0 0 1 2.5 0M15 11.25a1.25 1.25 0 1 0 0-2.5 1.25 1.25 0 0 0 0 2.5" />
    </svg>
  );
}
