/** The window's menu in Chinese: the usual 文件 / 编辑 / 视图 / 帮助 of a Windows program. */
import { app, dialog, Menu, type BrowserWindow } from 'electron';

export function installAppMenu(window: () => BrowserWindow | null): void {
  const about = () => {
    const owner = window();
    const options = {
      type: 'info' as const,
      title: '关于公文台',
      message: `公文台 ${app.getVersion()}`,
      detail: '收文登记、存档检索与公文起草。所有数据只保存在本机。',
    };
    void (owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options));
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
      {
        label: '编辑',
        submenu: [
          { role: 'undo', label: '撤销' },
          { role: 'redo', label: '重做' },
          { type: 'separator' },
          { role: 'cut', label: '剪切' },
          { role: 'copy', label: '复制' },
          { role: 'paste', label: '粘贴' },
          { role: 'selectAll', label: '全选' },
        ],
      },
      {
        label: '视图',
        submenu: [
          { role: 'reload', label: '刷新' },
          { type: 'separator' },
          { role: 'resetZoom', label: '实际大小' },
          { role: 'zoomIn', label: '放大' },
          { role: 'zoomOut', label: '缩小' },
          { type: 'separator' },
          { role: 'togglefullscreen', label: '全屏' },
        ],
      },
      { label: '帮助', submenu: [{ label: '关于公文台', click: about }] },
    ]),
  );
}
