/**
 * The Korean application menu. Mostly Electron roles (so shortcuts such as Ctrl+C/V/Z work in
 * grids and inputs on every OS); reload and DevTools appear only in development runs, so a clerk
 * cannot lose an unsaved form with a stray Ctrl+R.
 */
import { Menu, app, dialog, type MenuItemConstructorOptions } from 'electron';

export function buildMenu(dev: boolean): Menu {
  const template: MenuItemConstructorOptions[] = [
    { label: '파일', submenu: [{ role: 'quit', label: '끝내기' }] },
    {
      label: '편집',
      submenu: [
        { role: 'undo', label: '실행 취소' },
        { role: 'redo', label: '다시 실행' },
        { type: 'separator' },
        { role: 'cut', label: '잘라내기' },
        { role: 'copy', label: '복사' },
        { role: 'paste', label: '붙여넣기' },
        { role: 'selectAll', label: '모두 선택' },
      ],
    },
    {
      label: '보기',
      submenu: [
        { role: 'resetZoom', label: '원래 크기' },
        { role: 'zoomIn', label: '확대' },
        { role: 'zoomOut', label: '축소' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '전체 화면' },
        ...(dev
          ? ([
              { type: 'separator' },
              { role: 'reload', label: '새로 고침 (개발용)' },
              { role: 'toggleDevTools', label: '개발자 도구 (개발용)' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
      ],
    },
    {
      label: '도움말',
      submenu: [
        {
          label: '구데스크 정보',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: '구데스크 정보',
              message: `구데스크 ${app.getVersion()}`,
              detail: '구청 홍보·전산 부서 업무대장과 의회 보고서 작성 도구',
              buttons: ['확인'],
            }),
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
