import { useEffect, useState } from 'react';
import type { ConceptDetails as Details, ConceptLink, LangMap } from '../../../../shared/domain/vocabulary.js';
import { useApi } from '../../app/api-context.js';
import { useNotify } from '../../ui/notifications.js';
import { ColumnHeads } from '../../ui/ColumnHeads.js';

const TYPE_LABELS: Record<string, string> = {
  skill: 'Skill / competence',
  knowledge: 'Knowledge',
  'skill-group': 'Skill group',
  occupation: 'Occupation',
  'isco-group': 'ISCO group',
  'isced-field': 'ISCED-F field',
  concept: 'Concept',
};

/**
 * A concept page: labels in every language, description, type, reuse level, hierarchy, related
 * occupations / skills, collections and the URI with a copy button. Reusable: give it a URI and
 * the vocabulary version; `onNavigate` makes linked concepts clickable.
 */
export function ConceptDetails({
  uri,
  vocabularyId,
  onNavigate,
}: {
  uri: string;
  vocabularyId: string;
  onNavigate?: (uri: string) => void;
}) {
  const { client } = useApi();
  const { fail, notify } = useNotify();
  const [loaded, setLoaded] = useState<{ key: string; details: Details | null } | null>(null);
  const key = `${vocabularyId} ${uri}`;
  const current = loaded?.key === key ? loaded : null;
  const details = current?.details ?? null;
  useEffect(() => {
    let live = true;
    const k = `${vocabularyId} ${uri}`;
    client.vocabularies.concept({ id: vocabularyId, uri }).then(
      (d) => live && setLoaded({ key: k, details: d }),
      (error: unknown) => {
        // A concept missing from the library is an answer (e.g. a mapping target), not a failure.
        if ((error as { code?: string }).code === 'not-found') {
          if (live) setLoaded({ key: k, details: null });
        } else fail(error);
      },
    );
    return () => {
      live = false;
    };
  }, [client, uri, vocabularyId, fail]);
  if (current && !details) {
    return (
      <p className="muted" role="status">
        <code>{uri}</code> is not in {vocabularyId}.
      </p>
    );
  }
  if (!details) return <p className="muted">Loading concept…</p>;
  const r = details.record;
  const title = r.prefLabel.en ?? Object.values(r.prefLabel)[0] ?? r.uri;
  const copy = () => {
    void navigator.clipboard.writeText(r.uri).then(
      () => notify('success', 'URI copied'),
      () => notify('error', 'Could not copy; select the URI instead'),
    );
  };
  const links = (heading: string, list: ConceptLink[]) =>
    list.length > 0 && (
      <section className="concept-links">
        <h3>
          {heading} <span className="muted">({list.length})</span>
        </h3>
        <ul>
          {list.slice(0, 200).map((l) => (
            <li key={l.uri}>
              {onNavigate ? (
                <button type="button" className="link-like" onClick={() => onNavigate(l.uri)} title={l.uri}>
                  {l.label}
                </button>
              ) : (
                <span title={l.uri}>{l.label}</span>
              )}
            </li>
          ))}
          {list.length > 200 && <li className="muted">… and {list.length - 200} more</li>}
        </ul>
      </section>
    );
  const isOccupation = r.type === 'occupation';
  return (
    <article className="concept-details" aria-labelledby="concept-details-title">
      <h2 id="concept-details-title">{title}</h2>
      <p>
        <span className="badge">{TYPE_LABELS[r.type] ?? r.type}</span>
        {r.reuseLevel && <span className="badge">{r.reuseLevel}</span>}
        {r.status && <span className={r.status === 'released' ? 'badge' : 'badge badge-problem'}>{r.status}</span>}
        {r.notation && <span className="badge">{r.notation}</span>}
        {r.collections.map((c) => (
          <span key={c} className="badge badge-relation">
            {c}
          </span>
        ))}
      </p>
      <p className="concept-uri">
        <code data-testid="concept-uri">{r.uri}</code>
        <button type="button" onClick={copy} aria-label="Copy URI">
          Copy
        </button>
      </p>
      <Texts heading="Description" texts={r.description} />
      <Texts heading="Definition" texts={details.definition} />
      <Texts heading="Scope note" texts={details.scopeNote} />
      <section>
        <h3>Labels</h3>
        <table className="concept-labels">
          <ColumnHeads columns={['Language', 'Preferred', 'Alternative', 'Hidden']} />
          <tbody>
            {languagesOf(details).map((lang) => (
              <tr key={lang}>
                <td>{lang || '—'}</td>
                <td>{r.prefLabel[lang] ?? ''}</td>
                <td>{(r.altLabels[lang] ?? []).join(' · ')}</td>
                <td>{(r.hiddenLabels[lang] ?? []).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {links('Broader', details.broader)}
      {links('Narrower', details.narrower)}
      {links(isOccupation ? 'Essential skills and knowledge' : 'Essential for occupations', details.essential)}
      {links(isOccupation ? 'Optional skills and knowledge' : 'Optional for occupations', details.optional)}
      {links('Related skills', details.related)}
      {links('In schemes', details.schemes)}
      {details.matches.length > 0 && (
        <section>
          <h3>Mappings in the vocabulary</h3>
          <ul>
            {details.matches.map((m) => (
              <li key={`${m.relation} ${m.uri}`}>
                {m.relation} <code>{m.uri}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function languagesOf(d: Details): string[] {
  const r = d.record;
  return [...new Set([...Object.keys(r.prefLabel), ...Object.keys(r.altLabels), ...Object.keys(r.hiddenLabels)])].sort((a, b) =>
    a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b),
  );
}

function Texts({ heading, texts }: { heading: string; texts: LangMap<string> }) {
  const entries = Object.entries(texts);
  if (entries.length === 0) return null;
  return (
    <section>
      <h3>{heading}</h3>
      {entries.map(([lang, text]) => (
        <p key={lang} lang={lang || undefined}>
          {entries.length > 1 && <span className="badge">{lang}</span>}
          {text}
        </p>
      ))}
    </section>
  );
}
