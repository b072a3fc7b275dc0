/** A rendering failure shows a Korean notice and a retry button, never a stack trace. */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

export class ErrorBoundary extends Component<{ children: ReactNode; area: string }, State> {
  override state: State = { failed: false };
  static getDerivedStateFromError(): State {
    return { failed: true };
  }
  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for the developer console; the clerk sees only the notice below.
    console.error(error, info.componentStack);
  }
  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="crash-notice" role="alert">
        <h2>{this.props.area} 화면을 표시하는 중 문제가 생겼습니다.</h2>
        <p>입력한 자료는 저장되어 있습니다. 다시 시도해도 같으면 프로그램을 다시 시작해 주세요.</p>
        <button type="button" className="button primary" onClick={() => this.setState({ failed: false })}>
          다시 시도
        </button>
      </div>
    );
  }
}
