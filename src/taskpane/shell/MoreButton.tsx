import type { ComponentProps } from "react";

/**
 * ⋯ (更多): the pane's own icon button (rc-headerButton rc-iconButton, the shell's sheet) with
 * Fluent's MoreHorizontal20Regular drawn as plain SVG, its name as label and tooltip. The header's
 * menu, the 骨架 footer's stand-in and its Fluent menu's trigger are all this one button, so the
 * icon library and its Griffel styles stay out of the first paint and nothing moves when a menu mounts.
 */
export function MoreButton({ label, ...props }: { label: string } & ComponentProps<"button">) {
  return (
    <button type="button" className="rc-headerButton rc-iconButton" aria-label={label} title={label} {...props}>
      <svg viewBox="0 0 20 20" aria-hidden focusable="false">
        <path d="M6.25 10a1.25 1.25 0 1 1-2.5 0 1.25 1.25 0 0 1 2.5 0m5 0a1.25 1.25 0 1 1-2.5 0 1.25 1.25 0 0 1 2.5 0M15 11.25a1.25 1.25 0 1 0 0-2.5 1.25 1.25 0 0 0 0 2.5" />
      </svg>
    </button>
  );
}
