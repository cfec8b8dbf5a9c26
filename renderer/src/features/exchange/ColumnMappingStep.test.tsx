// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ColumnMappingStep } from './ColumnMappingStep.js';

afterEach(cleanup);

const select = (name: string) => screen.getByRole<HTMLSelectElement>('combobox', { name });
const optionValues = (name: string) => Array.from(select(name).options, (o) => o.value);
const checkAgain = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Check again' });

describe('ColumnMappingStep', () => {
  it('offers a select per field, prefilled with the columns the reading used (header names in any case)', () => {
    render(
      <ColumnMappingStep
        table={{ header: ['Code', 'Skill URI', 'Rel', ''], columns: { source: 'code', target: 'Skill URI', comment: 'Rel' } }}
        error={null}
        busy={false}
        onCheck={vi.fn()}
      />,
    );
    // Required fields first, then every optional one.
    const names = [
      'Source id (required)',
      'Target (ESCO URI) (required)',
      'Relation (required)',
      'Source label',
      'Source description',
      'Target label',
      'Status',
      'Comment',
      'Author',
      'Date',
      'Confidence',
    ];
    const all = screen.getAllByRole('combobox');
    expect(names.map((name) => all.indexOf(select(name)))).toEqual(names.map((_, i) => i));
    expect(select('Source id (required)').value).toBe('Code');
    expect(select('Target (ESCO URI) (required)').value).toBe('Skill URI');
    expect(select('Comment').value).toBe('Rel');
    expect(select('Relation (required)').value).toBe('');
    // Blank header names cannot be named: not offered. The relation also offers a constant per SKOS relation.
    expect(optionValues('Source label')).toEqual(['', 'Code', 'Skill URI', 'Rel']);
    expect(optionValues('Relation (required)')).toEqual([
      '',
      'Code',
      'Skill URI',
      'Rel',
      '=exactMatch',
      '=closeMatch',
      '=broadMatch',
      '=narrowMatch',
      '=relatedMatch',
    ]);
    expect(screen.getByText(/The file’s columns: “Code”, “Skill URI”, “Rel”, “”/)).toBeTruthy();
  });

  it('checks again only when source, target and relation are chosen, with the chosen columns and constant', () => {
    const onCheck = vi.fn();
    render(
      <ColumnMappingStep table={{ header: ['from', 'to', 'rel', 'note'], columns: {} }} error={null} busy={false} onCheck={onCheck} />,
    );
    expect(checkAgain().disabled).toBe(true);
    expect(screen.getByText('Still to choose: Source id, Target (ESCO URI), Relation.')).toBeTruthy();
    fireEvent.change(select('Source id (required)'), { target: { value: 'from' } });
    fireEvent.change(select('Target (ESCO URI) (required)'), { target: { value: 'to' } });
    fireEvent.change(select('Comment'), { target: { value: 'note' } });
    expect(checkAgain().disabled).toBe(true);
    fireEvent.change(select('Relation (required)'), { target: { value: '=closeMatch' } });
    expect(checkAgain().disabled).toBe(false);
    // A field set and then cleared again is not sent.
    fireEvent.change(select('Author'), { target: { value: 'note' } });
    fireEvent.change(select('Author'), { target: { value: '' } });
    fireEvent.click(checkAgain());
    expect(onCheck).toHaveBeenCalledWith({ source: 'from', target: 'to', relation: '=closeMatch', comment: 'note' });
  });

  it('keeps a value given elsewhere as a choice, shows why the last reading failed, and waits while reading', () => {
    const onCheck = vi.fn();
    render(
      <ColumnMappingStep
        table={{ header: ['from', 'to'], columns: { source: 'from', target: 'URI', relation: '=exactMatch', status: '=accepted' } }}
        error={'t.tsv, line 1, field "target": no column "URI" in the header; the columns are: "from", "to"'}
        busy
        onCheck={onCheck}
      />,
    );
    expect(select('Target (ESCO URI) (required)').value).toBe('URI');
    expect(select('Status').value).toBe('=accepted');
    expect(select('Relation (required)').value).toBe('=exactMatch');
    expect(screen.getByRole('alert').textContent).toContain('no column "URI" in the header');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Reading…' }).disabled).toBe(true);
  });
});
