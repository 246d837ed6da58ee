/**
 * The 骨架 footer's 更多 (⋯) menu. Its own chunk (Fluent's menu and positioning), rendered once ⋯ is
 * first pressed; until then SkeletonTab shows the same button (shell/MoreButton) without the menu
 * behind it, so nothing moves when the menu mounts.
 */
import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { MoreButton } from "../shell/MoreButton";

export interface MoreAction {
  label: string;
  hint: string;
  disabled: boolean;
  run(): void;
}

export function MoreActionsMenu({ label, actions }: { label: string; actions: readonly MoreAction[] }) {
  return (
    // Mounted by the press on the stand-in button: open at once.
    <Menu defaultOpen positioning={{ position: "above", align: "end", autoSize: "height" }}>
      <MenuTrigger disableButtonEnhancement>
        {/* An icon with its name as label and tooltip: three actions stay on one row at 320 px in English. */}
        <MoreButton label={label} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {actions.map((action) => (
            <MenuItem key={action.label} onClick={action.run} disabled={action.disabled} title={action.hint}>
              {action.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
