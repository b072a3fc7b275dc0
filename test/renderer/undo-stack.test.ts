/**
 * The session's undo stack (renderer/src/common/undoStack.ts) that Ctrl+Z walks: newest first,
 * an action undone from its toast is not undone again, and a long session keeps its latest actions.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetUndo, popUndo, pushUndo, subscribeUndo, undoDepth } from '../../renderer/src/common/undoStack.ts';

beforeEach(() => {
  while (popUndo()) {
    // empty the module's stack between tests
  }
});

describe('undo stack', () => {
  it('gives back the actions newest first, then nothing', () => {
    pushUndo({ batchId: 'a', label: '언론보도 관련부서 수정' });
    pushUndo({ batchId: 'b', label: '언론보도 1건 삭제', registers: ['clippings'] });
    pushUndo({ batchId: 'c', label: '보도자료 등록' });
    expect([popUndo()?.label, popUndo()?.label, popUndo()?.label]).toEqual(['보도자료 등록', '언론보도 1건 삭제', '언론보도 관련부서 수정']);
    expect(popUndo()).toBeUndefined();
  });

  it('forgets an action undone from its toast, so Ctrl+Z goes on to the one before', () => {
    pushUndo({ batchId: 'a', label: '첫째' });
    pushUndo({ batchId: 'b', label: '둘째' });
    forgetUndo('b');
    forgetUndo('no-such-batch');
    expect(popUndo()?.batchId).toBe('a');
    expect(undoDepth()).toBe(0);
  });

  it('keeps one entry per batch (the newest place) and the latest 100 actions of a long session', () => {
    pushUndo({ batchId: 'a', label: 'a' });
    pushUndo({ batchId: 'b', label: 'b' });
    pushUndo({ batchId: 'a', label: 'a 다시' });
    expect(undoDepth()).toBe(2);
    expect(popUndo()?.label).toBe('a 다시');
    for (let i = 0; i < 130; i++) pushUndo({ batchId: `x${i}`, label: `${i}` });
    expect(undoDepth()).toBe(100);
    expect(popUndo()?.label).toBe('129');
  });

  it('tells listeners when the stack changes', () => {
    let calls = 0;
    const stop = subscribeUndo(() => calls++);
    pushUndo({ batchId: 'a', label: 'a' });
    popUndo();
    stop();
    pushUndo({ batchId: 'b', label: 'b' });
    expect(calls).toBe(2);
  });
});
