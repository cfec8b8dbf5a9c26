import { useEffect, useState } from 'react';
import type { ConceptSummary } from '../../../../shared/domain/vocabulary.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';

interface TreeProps {
  vocabularyId: string;
  scheme: string;
  selected: string | null;
  onSelect: (uri: string) => void;
}

/** A scheme's hierarchy, loaded level by level (skills pillar, knowledge by ISCED-F field, ISCO groups...). */
export function ConceptTree({ vocabularyId, scheme, selected, onSelect }: TreeProps) {
  const { client } = useApi();
  const { fail } = useNotify();
  const [roots, setRoots] = useState<ConceptSummary[] | null>(null);
  // The parent keys this component by vocabulary and scheme, so it never shows stale roots.
  useEffect(() => {
    client.vocabularies.topConcepts({ id: vocabularyId, scheme }).then(setRoots, fail);
  }, [client, vocabularyId, scheme, fail]);
  if (!roots) return <p className="muted">Loading…</p>;
  return (
    <ul role="tree" aria-label="Concept hierarchy" className="concept-tree">
      {roots.map((node) => (
        <TreeNode key={node.uri} node={node} level={1} {...{ vocabularyId, scheme, selected, onSelect }} />
      ))}
    </ul>
  );
}

function TreeNode({ node, level, vocabularyId, scheme, selected, onSelect }: TreeProps & { node: ConceptSummary; level: number }) {
  const { client } = useApi();
  const { fail } = useNotify();
  const [open, setOpen] = useState(false);
  const [children, setChildren] = useState<ConceptSummary[] | null>(null);
  const toggle = () => {
    if (!open && !children) client.vocabularies.children({ id: vocabularyId, uri: node.uri, scheme }).then(setChildren, fail);
    setOpen(!open);
  };
  const hasChildren = node.childCount > 0;
  const name = node.notation ? `${node.notation} ${node.label}` : node.label;
  return (
    <li role="treeitem" aria-level={level} aria-expanded={hasChildren ? open : undefined} aria-selected={selected === node.uri}>
      <div className="tree-row">
        {hasChildren ? (
          <button type="button" className="tree-toggle" aria-label={`${open ? 'Collapse' : 'Expand'} ${name}`} onClick={toggle}>
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="tree-toggle" aria-hidden="true" />
        )}
        <button type="button" className={selected === node.uri ? 'tree-label selected' : 'tree-label'} onClick={() => onSelect(node.uri)}>
          {node.notation && <span className="muted">{node.notation} </span>}
          {node.label}
          {node.type === 'knowledge' || node.type === 'skill' ? <span className="badge">{node.type}</span> : null}
          {hasChildren && <span className="muted"> ({node.childCount})</span>}
        </button>
      </div>
      {open && (
        <ul role="group">
          {children === null ? (
            <li className="muted">Loading…</li>
          ) : (
            children.map((child) => (
              <TreeNode key={child.uri} node={child} level={level + 1} {...{ vocabularyId, scheme, selected, onSelect }} />
            ))
          )}
        </ul>
      )}
    </li>
  );
}
