/** The window: sidebar navigation on the left, the current screen on the right, toasts on top. */
import { connected } from '../api/client';
import { EmptyState } from '../components/EmptyState';
import { ToastArea } from '../components/Toasts';
import { DraftingScreen } from '../drafting/DraftingScreen';
import { ImportScreen } from '../import/ImportScreen';
import { IssuanceScreen } from '../issuance/IssuanceScreen';
import { NoticeScreen } from '../notice/NoticeScreen';
import { RecycleBinScreen } from '../recycle/RecycleBinScreen';
import { RegisterScreen } from '../register/RegisterScreen';
import { SearchScreen } from '../search/SearchScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { TemplatesScreen } from '../templates/TemplatesScreen';
import { UnitsScreen } from '../units/UnitsScreen';
import { navKeyOf } from './navigation';
import { useRoute, type Route } from './router';
import { Sidebar } from './Sidebar';
import { useGlobalKeys } from './useGlobalKeys';

function Screen({ route }: { route: Route }) {
  const [first, second] = route.segments;
  switch (first ?? 'register') {
    case 'register':
      return <RegisterScreen />;
    case 'notice':
      return <NoticeScreen key={second} id={Number(second)} clausePath={route.query.get('clause')} />;
    case 'import':
      return <ImportScreen />;
    case 'search':
      return <SearchScreen initialQuery={route.query.get('q')} />;
    case 'units':
      return <UnitsScreen selected={second ?? null} />;
    case 'drafting':
      return <DraftingScreen draftId={second ?? null} upstream={route.query.get('upstream')} />;
    case 'issuance':
      return <IssuanceScreen />;
    case 'templates':
      return <TemplatesScreen selected={second ?? null} />;
    case 'settings':
      return <SettingsScreen />;
    case 'recycle':
      return <RecycleBinScreen />;
    default:
      return <EmptyState title="没有这个页面" hint="请从左侧导航选择要做的事。" />;
  }
}

export function App() {
  const route = useRoute();
  useGlobalKeys();
  if (!connected) {
    return (
      <EmptyState
        title="缺少访问令牌"
        hint="为了安全，浏览器模式只接受带令牌的地址。请使用启动公文台时显示的完整地址（以 ?token= 结尾）打开。"
      />
    );
  }
  return (
    <div className="app">
      <Sidebar active={navKeyOf(route.segments[0])} />
      <main className="content">
        <Screen route={route} />
      </main>
      <ToastArea />
    </div>
  );
}
