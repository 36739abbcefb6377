/** The navigation pane on the left: the screens by group, the first nine with their Alt+number key. */
import { GROUP_NAMES, NAV } from './navigation';
import { href } from './router';

export function Sidebar({ active }: { active: string }) {
  let lastGroup = '';
  return (
    <nav className="sidebar" aria-label="主导航">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          文
        </span>
        公文台
      </div>
      {NAV.map((entry, index) => {
        const heading = entry.group !== lastGroup ? <div className="nav-group">{GROUP_NAMES[entry.group]}</div> : null;
        lastGroup = entry.group;
        return (
          <div key={entry.key}>
            {heading}
            <a
              className={`nav-item${active === entry.key ? ' active' : ''}`}
              href={href([entry.key])}
              aria-current={active === entry.key ? 'page' : undefined}
              aria-keyshortcuts={index < 9 ? `Alt+${index + 1}` : undefined}
            >
              {entry.label}
              {index < 9 ? <span className="nav-key">Alt+{index + 1}</span> : null}
            </a>
          </div>
        );
      })}
      <div className="sidebar-foot">离线运行 · 数据只保存在本机</div>
    </nav>
  );
}
