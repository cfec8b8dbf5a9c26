import { describe, expect, it } from 'vitest';
import { addNotice, expireNotice, MAX_NOTICES, type Notice } from './notice-list.js';

describe('addNotice', () => {
  it('counts a repeated message in one toast instead of stacking copies', () => {
    let all: Notice[] = [];
    for (let i = 1; i <= 12; i++) all = addNotice(all, { kind: 'success', message: 'Accepted' }, i, i);
    expect(all).toEqual([{ id: 1, kind: 'success', message: 'Accepted', count: 12, stamp: 12 }]);
  });

  it('keeps at most a few toasts, the newest, and moves a repeated one to the end', () => {
    let all: Notice[] = [];
    ['a', 'b', 'c', 'd', 'b'].forEach((message, i) => (all = addNotice(all, { kind: 'info', message }, i + 1, i + 1)));
    expect(all.map((n) => `${n.message}×${n.count}`)).toEqual(['c', 'd', 'b'].map((m) => `${m}×${m === 'b' ? 2 : 1}`));
    expect(all).toHaveLength(MAX_NOTICES);
  });

  it('tells an error from a success with the same text', () => {
    const all = addNotice(addNotice([], { kind: 'success', message: 'Saved' }, 1, 1), { kind: 'error', message: 'Saved' }, 2, 2);
    expect(all.map((n) => n.kind)).toEqual(['success', 'error']);
  });
});

describe('expireNotice', () => {
  it('removes a notice when its timer ends, but not one repeated since', () => {
    const once = addNotice([], { kind: 'info', message: 'Accepted' }, 1, 1);
    expect(expireNotice(once, 1)).toEqual([]);
    const twice = addNotice(once, { kind: 'info', message: 'Accepted' }, 2, 2);
    expect(expireNotice(twice, 1)).toBe(twice);
    expect(expireNotice(twice, 2)).toEqual([]);
  });
});
