/**
 * One row of the 骨架 tab's section list: its checkbox and title across the row's whole width (at
 * 320 px a long heading wraps in two lines, not five narrow ones), and under it the hint with 上移,
 * 下移 and 插入本节 floated right beside its first line. A genre has some
 * thirty rows, all rendered with the first tab, so they are plain elements drawn like Fluent's
 * Checkbox and subtle small Button by one static sheet (SECTION_ROW_CSS, with the shell's
 * rc-headerButton classes): some 120 Fluent components were most of the tab's first render.
 */
import { useId } from "react";
import { useSkeletonStrings } from "./strings";

export const SECTION_ROW_CSS = `
.rc-sectionRow { display: flex; flex-direction: column; }
.rc-sectionFoot { display: flow-root; margin-top: -4px; }
.rc-sectionButtons { float: right; display: flex; gap: var(--spacingHorizontalXXS); margin-left: var(--spacingHorizontalXS); }
.rc-check { position: relative; display: flex; min-width: 0; align-items: flex-start; cursor: pointer; color: var(--colorNeutralForeground1); font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase300); line-height: var(--lineHeightBase300); }
.rc-check > input { position: absolute; inset: 0; width: 100%; height: 100%; margin: 0; opacity: 0; cursor: pointer; }
.rc-check > .rc-checkBox { flex-shrink: 0; box-sizing: border-box; display: flex; align-items: center; justify-content: center; width: 16px; height: 16px; margin: var(--spacingVerticalS) var(--spacingHorizontalS); border: var(--strokeWidthThin) solid var(--colorNeutralStrokeAccessible); border-radius: var(--borderRadiusSmall); color: transparent; fill: currentColor; }
.rc-check:hover > .rc-checkBox { border-color: var(--colorNeutralStrokeAccessibleHover); }
.rc-check > input:checked + .rc-checkBox { background-color: var(--colorCompoundBrandBackground); border-color: var(--colorCompoundBrandBackground); color: var(--colorNeutralForegroundInverted); }
.rc-check:hover > input:checked + .rc-checkBox { background-color: var(--colorCompoundBrandBackgroundHover); border-color: var(--colorCompoundBrandBackgroundHover); }
.rc-check > input:focus-visible + .rc-checkBox { outline: var(--strokeWidthThick) solid var(--colorStrokeFocus2); outline-offset: 1px; }
.rc-check > label { flex: 1; min-width: 0; overflow-wrap: anywhere; padding: var(--spacingVerticalS) var(--spacingHorizontalS) var(--spacingVerticalS) var(--spacingHorizontalXS); cursor: pointer; }
.rc-sectionButtons > .rc-headerButton { flex-shrink: 0; }
.rc-sectionButtons > .rc-insertButton { white-space: nowrap; }
.rc-sectionHint { display: block; padding-top: 3px; padding-left: 32px; color: var(--colorNeutralForeground3); font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); }
`;

export function SectionRow(props: {
  label: string;
  title: string;
  checked: boolean;
  busy: boolean;
  onToggle: (checked: boolean) => void;
  onUp: () => void;
  onDown: () => void;
  onInsert: () => void;
  /** What the section holds, under its title. */
  hint: string;
}) {
  const strings = useSkeletonStrings();
  const id = useId();
  return (
    <div className="rc-sectionRow">
      <span className="rc-check">
        <input type="checkbox" id={id} checked={props.checked} onChange={(event) => props.onToggle(event.currentTarget.checked)} />
        <span className="rc-checkBox" aria-hidden>
          {/* Fluent's Checkmark12Filled */}
          <svg viewBox="0 0 12 12" width="12" height="12" focusable="false">
            <path d="M9.76 3.2c.3.29.32.76.04 1.06l-4.25 4.5a.75.75 0 0 1-1.08.02L2.22 6.53a.75.75 0 0 1 1.06-1.06l1.7 1.7L8.7 3.24a.75.75 0 0 1 1.06-.04" />
          </svg>
        </span>
        <label htmlFor={id}>{props.label}</label>
      </span>
      <div className="rc-sectionFoot">
        <div className="rc-sectionButtons">
          {/* Fluent's ArrowUp20Regular */}
          <ArrowButton label={strings.moveUp(props.title)} onClick={props.onUp} path="M3.13 9.16a.5.5 0 1 0 .74.68L9.5 3.67V17.5a.5.5 0 1 0 1 0V3.67l5.63 6.17a.5.5 0 0 0 .74-.68l-6.32-6.92a.75.75 0 0 0-1.1 0z" />
          {/* Fluent's ArrowDown20Regular */}
          <ArrowButton label={strings.moveDown(props.title)} onClick={props.onDown} path="M16.87 10.84a.5.5 0 1 0-.74-.68l-5.63 6.17V2.5a.5.5 0 0 0-1 0v13.83l-5.63-6.17a.5.5 0 0 0-.74.68l6.31 6.91a.75.75 0 0 0 1.11 0z" />
          <button
            type="button"
            className="rc-headerButton rc-insertButton"
            aria-label={strings.insertOneLabel(props.title)}
            title={strings.insertOneLabel(props.title)}
            onClick={props.onInsert}
            disabled={props.busy}
          >
            {strings.insertOne}
          </button>
        </div>
        <span className="rc-sectionHint">{props.hint}</span>
      </div>
    </div>
  );
}

/** 上移 or 下移: an icon button of the shell's sheet. */
function ArrowButton({ label, onClick, path }: { label: string; onClick: () => void; path: string }) {
  return (
    <button type="button" className="rc-headerButton rc-iconButton" aria-label={label} onClick={onClick}>
      <svg viewBox="0 0 20 20" aria-hidden focusable="false">
        <path d={path} />
      </svg>
    </button>
  );
}
