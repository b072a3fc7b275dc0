/** The grid's right-click menu on a register page: the sheet actions, then open and delete. */
import { GridContextMenu, type MenuItem } from './GridContextMenu.tsx';
import { num } from './registerPageConfig.ts';

interface Sheet {
  menu: { x: number; y: number } | null;
  closeMenu: () => void;
  copy: () => Promise<void> | void;
  pasteFromClipboard: () => Promise<void> | void;
  fillDown: () => Promise<void> | void;
  canFillDown: () => boolean;
}

interface Props {
  sheet: Sheet;
  selected: number;
  onOpen: () => void;
  onDelete: () => void;
  /** The page's own items for the clicked cell (마스킹 해제…), after the sheet actions. */
  extra?: () => MenuItem[];
}

export function WorkspaceContextMenu({ sheet, selected, onOpen, onDelete, extra }: Props) {
  if (!sheet.menu) return null;
  return (
    <GridContextMenu
      x={sheet.menu.x}
      y={sheet.menu.y}
      onClose={sheet.closeMenu}
      items={[
        { id: 'copy', label: '복사', shortcut: 'Ctrl+C', run: () => void sheet.copy() },
        { id: 'paste', label: '붙여넣기', shortcut: 'Ctrl+V', run: () => void sheet.pasteFromClipboard() },
        { id: 'fill', label: '아래로 채우기', shortcut: 'Ctrl+D', disabled: !sheet.canFillDown(), run: () => void sheet.fillDown() },
        ...(extra?.() ?? []),
        { id: 'open', label: '상세 열기', shortcut: 'Enter', run: onOpen },
        { id: 'delete', label: selected > 0 ? `삭제 (${num(selected)}건)` : '삭제', shortcut: 'Delete', danger: true, run: onDelete },
      ]}
    />
  );
}
