import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { SparqlJson, SparqlTerm } from '../../../../shared/domain/vocabulary.js';

const ROW_HEIGHT = 28;

/** SPARQL SELECT results as a grid; only the visible rows are rendered, so large results stay fast. */
/** `onOpenUri`: a URI in the results opens its concept page. */
export function SparqlResultsTable({ json, onOpenUri }: { json: SparqlJson; onOpenUri?(uri: string): void }) {
  const { vars } = json.head;
  const rows = json.results.bindings;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer keeps mutable state by design; React Compiler just skips memoizing this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const columns = { gridTemplateColumns: `repeat(${Math.max(vars.length, 1)}, minmax(12rem, 1fr))` };
  return (
    <div role="table" aria-label="SPARQL results" aria-rowcount={rows.length + 1} className="sparql-grid">
      <div role="row" className="sparql-grid-row sparql-grid-head" style={columns}>
        {vars.map((v) => (
          <div key={v} role="columnheader">
            ?{v}
          </div>
        ))}
      </div>
      <div ref={scrollRef} className="sparql-grid-scroll" role="rowgroup">
        <div className="sparql-grid-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className="sparql-grid-row"
                style={{ ...columns, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                {vars.map((v) => (
                  <div key={v} role="cell" title={row[v]?.value}>
                    {row[v] ? <Term term={row[v]} onOpenUri={onOpenUri} /> : ''}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function Term({ term, onOpenUri }: { term: SparqlTerm; onOpenUri?(uri: string): void }) {
  if (term.type === 'uri' && onOpenUri)
    return (
      <button type="button" className="link-button" title="Open the concept page" onClick={() => onOpenUri(term.value)}>
        <code>{term.value}</code>
      </button>
    );
  if (term.type === 'uri') return <code>{term.value}</code>;
  return (
    <>
      {term.value}
      {term['xml:lang'] && <span className="muted">@{term['xml:lang']}</span>}
    </>
  );
}
