/**
 * The window: sidebar navigation on the left, the current screen on the right, toasts on top. 今日待办
 * (the first screen) and the register load with the app; every other screen loads when first opened.
 */
import { lazy, Suspense } from 'react';
import { connected } from '../api/client';
import { AskTextHost } from '../components/AskText';
import { EmptyState } from '../components/EmptyState';
import { ScreenErrorBoundary } from '../components/ScreenErrorBoundary';
import { ToastArea } from '../components/Toasts';
import { RegisterScreen } from '../register/RegisterScreen';
import { TodayScreen } from '../supervision/TodayScreen';
import { navKeyOf } from './navigation';
import type { Route } from './hash';
import { useRoute } from './router';
import { Sidebar } from './Sidebar';
import { useGlobalKeys } from './useGlobalKeys';
import { useNoStrayDrops } from './useNoStrayDrops';

const DraftingScreen = lazy(() => import('../drafting/DraftingScreen').then((m) => ({ default: m.DraftingScreen })));
const ImportScreen = lazy(() => import('../import/ImportScreen').then((m) => ({ default: m.ImportScreen })));
const LedgerScreen = lazy(() => import('../supervision/LedgerScreen').then((m) => ({ default: m.LedgerScreen })));
const IssuanceScreen = lazy(() => import('../issuance/IssuanceScreen').then((m) => ({ default: m.IssuanceScreen })));
const NoticeScreen = lazy(() => import('../notice/NoticeScreen').then((m) => ({ default: m.NoticeScreen })));
const RecycleBinScreen = lazy(() => import('../recycle/RecycleBinScreen').then((m) => ({ default: m.RecycleBinScreen })));
const SearchScreen = lazy(() => import('../search/SearchScreen').then((m) => ({ default: m.SearchScreen })));
const SettingsScreen = lazy(() => import('../settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const TemplatesScreen = lazy(() => import('../templates/TemplatesScreen').then((m) => ({ default: m.TemplatesScreen })));
const UnitsScreen = lazy(() => import('../units/UnitsScreen').then((m) => ({ default: m.UnitsScreen })));

function Screen({ route }: { route: Route }) {
  const [first, second] = route.segments;
  switch (first ?? 'today') {
    case 'today':
      return <TodayScreen />;
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
    case 'ledger':
      return <LedgerScreen query={route.query} />;
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
  useNoStrayDrops();
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
        <ScreenErrorBoundary resetKey={route.segments.join('/')}>
          <Suspense fallback={<div className="page-body loading">正在打开…</div>}>
            <Screen route={route} />
          </Suspense>
        </ScreenErrorBoundary>
      </main>
      <ToastArea />
      <AskTextHost />
    </div>
  );
}
