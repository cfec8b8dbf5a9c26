// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CandidatesPane, type PaneActions } from './CandidatesPane.js';
import { paneEntries } from './pane-entries.js';
import { candidate } from './test-fixtures.js';

afterEach(cleanup);

describe('a candidate from earlier decisions', () => {
  it('is accepted with the relation those decisions used; others with the chosen relation', () => {
    const actions: PaneActions = {
      accept: vi.fn(),
      unsure: vi.fn(),
      mustNotMap: vi.fn(),
      remove: vi.fn(),
      setStatus: vi.fn(),
      noMatch: vi.fn(),
      search: vi.fn(),
    };
    const fromDecisions = candidate('http://x/nurse', 0.62, { label: 'nurse', fromDecisions: true, relation: 'broadMatch' });
    const plain = candidate('http://x/doctor', 0.3, { label: 'doctor' });
    render(
      <CandidatesPane
        item={{ key: 'LO1', text: 'look after sick people' }}
        entries={paneEntries([], [fromDecisions, plain])}
        cursor={0}
        onCursor={() => undefined}
        relation="closeMatch"
        suggestions={{ state: 'ready' }}
        actions={actions}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Accept nurse as broad match' }));
    fireEvent.click(screen.getByRole('button', { name: 'Accept doctor as close match' }));
    expect(vi.mocked(actions.accept).mock.calls.map(([, relation]) => relation)).toEqual(['broadMatch', 'closeMatch']);
  });
});
