// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { StrictMode, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NavigationProvider, useItemRequest, useNavigation, WORKBENCH_VIEW, type ItemRequest } from './navigation.js';

afterEach(cleanup);

function Problems() {
  const { showItem, pending } = useNavigation();
  return (
    <>
      <button type="button" onClick={() => showItem({ itemId: 7, key: 'LO4' })}>
        Show LO4
      </button>
      <output data-testid="pending">{pending ? String(pending.itemId) : 'none'}</output>
    </>
  );
}

function Workbench({ onRequest }: { onRequest(request: ItemRequest): void }) {
  useItemRequest(onRequest);
  return <p>workbench</p>;
}

/** Holds the active view the way App does: one view mounted at a time. */
function Harness({ onRequest, showView }: { onRequest(request: ItemRequest): void; showView(id: string): void }) {
  const [view, setView] = useState('problems');
  const switchView = (id: string) => {
    showView(id);
    setView(id);
  };
  return (
    <NavigationProvider showView={switchView}>
      <button type="button" onClick={() => setView('problems')}>
        Problems view
      </button>
      <button type="button" onClick={() => setView(WORKBENCH_VIEW)}>
        Workbench view
      </button>
      {view === 'problems' ? <Problems /> : <Workbench onRequest={onRequest} />}
    </NavigationProvider>
  );
}

describe('navigation', () => {
  it('switches to the workbench and hands it the request exactly once', () => {
    const onRequest = vi.fn();
    const showView = vi.fn();
    render(
      <StrictMode>
        <Harness onRequest={onRequest} showView={showView} />
      </StrictMode>,
    );
    expect(screen.getByTestId('pending').textContent).toBe('none');

    fireEvent.click(screen.getByRole('button', { name: 'Show LO4' }));
    expect(showView).toHaveBeenCalledWith(WORKBENCH_VIEW);
    expect(screen.getByText('workbench')).toBeTruthy();
    expect(onRequest).toHaveBeenCalledTimes(1);
    expect(onRequest).toHaveBeenCalledWith({ itemId: 7, key: 'LO4' });

    // Taken: back to Problems nothing is pending, and returning to the workbench does not jump again.
    fireEvent.click(screen.getByRole('button', { name: 'Problems view' }));
    expect(screen.getByTestId('pending').textContent).toBe('none');
    fireEvent.click(screen.getByRole('button', { name: 'Workbench view' }));
    expect(onRequest).toHaveBeenCalledTimes(1);

    // Asking again for the same item is a new request.
    fireEvent.click(screen.getByRole('button', { name: 'Problems view' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show LO4' }));
    expect(onRequest).toHaveBeenCalledTimes(2);
  });

  it('hands a request to a workbench that is already shown', () => {
    const onRequest = vi.fn();
    function Both() {
      const { showItem } = useNavigation();
      return (
        <>
          <button type="button" onClick={() => showItem({ schemeId: 2, itemId: 9 })}>
            Show item 9
          </button>
          <Workbench onRequest={onRequest} />
        </>
      );
    }
    const showView = vi.fn();
    render(
      <NavigationProvider showView={showView}>
        <Both />
      </NavigationProvider>,
    );
    expect(onRequest).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Show item 9' }));
    expect(showView).toHaveBeenCalledWith(WORKBENCH_VIEW);
    expect(onRequest).toHaveBeenCalledExactlyOnceWith({ schemeId: 2, itemId: 9 });
  });

  it('needs its provider', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Problems />)).toThrow('useNavigation needs a NavigationProvider');
    spy.mockRestore();
  });
});
