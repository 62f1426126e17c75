import { describe, expect, it } from 'vitest';
import { sortIssues } from './issue-order';
import type { UploadIssue } from './types';

const issues: UploadIssue[] = [
  { sheet: 'Projekte', row: 12, column: 'Titel', message: 'Bitte einen Titel angeben.' },
  { sheet: 'Projekte', row: 5, column: 'Geplanter Beginn', message: '„30.02.2023“ ist kein gültiges Datum (erwartet TT.MM.JJJJ).' },
  { sheet: 'Fristen', row: null, column: null, message: 'Unbekanntes Projekt „X“.' },
];

describe('sortIssues', () => {
  it('[EXCHANGE] keeps the order of the file when sorted by place, and reverses it descending', () => {
    expect(sortIssues(issues, 'place', 'ascending')).toEqual(issues);
    expect(sortIssues(issues, 'place', 'descending')).toEqual([...issues].reverse());
  });

  it('[EXCHANGE] sorts rows numerically (5 before 12), not as text', () => {
    expect(sortIssues(issues, 'row', 'ascending').map((i) => i.row)).toEqual([null, 5, 12]);
  });

  it('[EXCHANGE] sorts sheets by German collation, then by row', () => {
    expect(sortIssues(issues, 'sheet', 'ascending').map((i) => [i.sheet, i.row])).toEqual([
      ['Fristen', null],
      ['Projekte', 5],
      ['Projekte', 12],
    ]);
  });
});
