/**
 * Catches a screen that fails while drawing, so the window shows a Chinese sentence and a way on
 * instead of going blank; the archive is not touched by such a failure.
 */
import { Component, type ReactNode } from 'react';
import { href } from '../app/router';

interface State {
  failed: boolean;
}

export class ScreenErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey: string }): void {
    // Going to another screen starts afresh.
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="empty" role="alert">
        <h2>这个页面出现了问题</h2>
        <p>已存档的数据不受影响。可以返回收文登记簿，或刷新后重试。</p>
        <div className="form-actions" style={{ justifyContent: 'center' }}>
          <a className="button primary" href={href(['register'])}>
            返回收文登记簿
          </a>
          <button type="button" onClick={() => window.location.reload()}>
            刷新
          </button>
        </div>
      </div>
    );
  }
}
