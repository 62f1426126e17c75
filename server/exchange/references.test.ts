import { describe, expect, test } from 'vitest';
import type { TProgrammeExchange } from '../../shared/schemas/exchange';
import { programmeSmall } from '../../tests/fixtures/programme-small';
import { checkReferences, findReferenceProblems, toReferenceView } from './references';

function changed(change: (data: TProgrammeExchange) => void): TProgrammeExchange {
  const data = structuredClone(programmeSmall);
  change(data);
  return data;
}

/** Index of a project of the fixture by key; its sheet row is this + 2. */
const at = (key: string) => programmeSmall.projects.findIndex((project) => project.key === key);

describe('checkReferences', () => {
  test('[EXCHANGE] the complete fixture has no reference problems', () => {
    expect(checkReferences(programmeSmall)).toEqual([]);
  });

  test('[EXCHANGE] a key used twice within one kind is reported on the repeat; kinds have their own keys', () => {
    const data = changed((d) => {
      d.projects.push({ ...d.projects[0]!, title: 'Doppelt' });
      d.goals.push({ ...d.goals[0]!, text: 'Doppelt' });
      d.milestones[0]!.key = 'dms';
    });
    expect(checkReferences(data)).toEqual([
      { sheet: 'Projekte', row: 7, column: 'Schlüssel', message: 'Der Schlüssel „dms“ kommt mehrfach vor.' },
      { sheet: 'Ziele', row: 5, column: 'Schlüssel', message: 'Der Schlüssel „W1“ kommt mehrfach vor.' },
    ]);
  });

  test('[EXCHANGE] every kind of unknown key is located in its sheet, row and column', () => {
    const data = changed((d) => {
      d.projects[0]!.parentKey = 'gibt-es-nicht';
      d.projects[0]!.fieldOfActionKey = 'xyz';
      d.projects[2]!.dependsOn = ['dms', 'P9'];
      d.projects[2]!.goalKeys = ['L9'];
      d.phases[0]!.projectKey = 'P9';
      d.milestones[1]!.projectKey = 'P9';
      d.goals[1]!.parentKey = 'W9';
      d.kpis[0]!.goalKey = 'W9';
      d.kpiValues[0]!.kpiKey = 'K9';
      d.obligations[1]!.projectKeys = ['portal', 'P9'];
      d.budgetLines[0]!.projectKey = 'P9';
      d.decisions[0]!.projectKeys = ['P9'];
      d.statusUpdates[2]!.projectKey = 'P9';
    });
    expect(checkReferences(data)).toEqual(
      expect.arrayContaining([
        { sheet: 'Projekte', row: 2, column: 'Übergeordnetes Projekt', message: 'Unbekanntes übergeordnetes Projekt „gibt-es-nicht“.' },
        { sheet: 'Projekte', row: 2, column: 'Handlungsfeld', message: 'Unbekanntes Handlungsfeld „xyz“.' },
        { sheet: 'Projekte', row: 4, column: 'Abhängig von', message: 'Unbekanntes Projekt „P9“.' },
        { sheet: 'Projekte', row: 4, column: 'Ziele', message: 'Unbekanntes Ziel „L9“.' },
        { sheet: 'Phasen', row: 2, column: 'Projekt', message: 'Unbekanntes Projekt „P9“.' },
        { sheet: 'Meilensteine', row: 3, column: 'Projekt', message: 'Unbekanntes Projekt „P9“.' },
        { sheet: 'Ziele', row: 3, column: 'Übergeordnetes Ziel', message: 'Unbekanntes Ziel „W9“.' },
        { sheet: 'Kennzahlen', row: 2, column: 'Ziel', message: 'Unbekanntes Ziel „W9“.' },
        { sheet: 'Kennzahlwerte', row: 2, column: 'Kennzahl', message: 'Unbekannte Kennzahl „K9“.' },
        { sheet: 'Fristen', row: 3, column: 'Projekte', message: 'Unbekanntes Projekt „P9“.' },
        { sheet: 'Budget', row: 2, column: 'Projekt', message: 'Unbekanntes Projekt „P9“.' },
        { sheet: 'Beschlüsse', row: 2, column: 'Projekte', message: 'Unbekanntes Projekt „P9“.' },
        { sheet: 'Statusmeldungen', row: 4, column: 'Projekt', message: 'Unbekanntes Projekt „P9“.' },
      ]),
    );
    expect(checkReferences(data)).toHaveLength(13);
  });

  test('[EXCHANGE] a project that is its own ancestor is reported on every project of the cycle', () => {
    const cycle = changed((d) => {
      d.projects[at('dms')]!.parentKey = 'dms-pilot';
    });
    expect(checkReferences(cycle)).toEqual([
      { sheet: 'Projekte', row: 2, column: 'Übergeordnetes Projekt', message: 'Die Projekthierarchie enthält einen Zyklus: dms → dms-pilot → dms.' },
      { sheet: 'Projekte', row: 3, column: 'Übergeordnetes Projekt', message: 'Die Projekthierarchie enthält einen Zyklus: dms-pilot → dms → dms-pilot.' },
    ]);
    const self = changed((d) => {
      d.projects[at('eakte')]!.parentKey = 'eakte';
    });
    expect(checkReferences(self)).toEqual([
      { sheet: 'Projekte', row: 4, column: 'Übergeordnetes Projekt', message: 'Ein Projekt kann nicht sein eigenes übergeordnetes Projekt sein.' },
    ]);
  });

  test('[EXCHANGE] a dependency cycle names all its projects; a project cannot depend on itself', () => {
    // eakte → dms (fixture), dms → portalverbund, portalverbund → portal (fixture), portal → eakte
    const data = changed((d) => {
      d.projects[at('dms')]!.dependsOn = ['portalverbund'];
      d.projects[at('portal')]!.dependsOn = ['eakte'];
      d.projects[at('dms-pilot')]!.dependsOn = ['dms-pilot'];
    });
    const message = 'Zyklische Abhängigkeit zwischen den Projekten dms, eakte, portal, portalverbund.';
    expect(checkReferences(data)).toEqual([
      { sheet: 'Projekte', row: 3, column: 'Abhängig von', message: 'Ein Projekt kann nicht von sich selbst abhängen.' },
      { sheet: 'Projekte', row: 2, column: 'Abhängig von', message },
      { sheet: 'Projekte', row: 4, column: 'Abhängig von', message },
      { sheet: 'Projekte', row: 5, column: 'Abhängig von', message },
      { sheet: 'Projekte', row: 6, column: 'Abhängig von', message },
    ]);
  });

  test('[EXCHANGE] a long dependency chain without a cycle is accepted (no recursion limit)', () => {
    const chain = changed((d) => {
      for (const kind of ['phases', 'milestones', 'obligations', 'budgetLines', 'decisions', 'statusUpdates'] as const) {
        d[kind] = [];
      }
      d.projects = Array.from({ length: 20_000 }, (_, i) => ({
        ...programmeSmall.projects[0]!,
        key: `p${i}`,
        parentKey: i > 0 ? `p${i - 1}` : null,
        dependsOn: i > 0 ? [`p${i - 1}`] : [],
        goalKeys: [],
      }));
    });
    expect(checkReferences(chain)).toEqual([]);
  });

  test('[EXCHANGE] end before start is reported for phases and for the planned period of a project', () => {
    const data = changed((d) => {
      d.phases[1]!.end = '2019-06-30';
      d.projects[at('eakte')]!.plannedEnd = '2019-12-31';
    });
    expect(checkReferences(data)).toEqual([
      { sheet: 'Projekte', row: 4, column: 'Geplantes Ende', message: 'Das geplante Ende (31.12.2019) liegt vor dem geplanten Beginn (01.01.2020).' },
      { sheet: 'Phasen', row: 3, column: 'Ende', message: 'Das Ende (30.06.2019) liegt vor dem Beginn (01.07.2019).' },
    ]);
  });

  test('[EXCHANGE] goals follow W → L → M: output under impact, measure under output or impact', () => {
    const data = changed((d) => {
      d.goals.push(
        { key: 'W2', kind: 'impact', parentKey: 'W1', text: 'Wirkung unter Wirkung', dueDate: null },
        { key: 'L2', kind: 'output', parentKey: 'L1.1', text: 'Leistung unter Leistung', dueDate: null },
        { key: 'M2', kind: 'measure', parentKey: 'M1', text: 'Maßnahme unter Maßnahme', dueDate: null },
        { key: 'M3', kind: 'measure', parentKey: 'W1', text: 'Maßnahme direkt unter Wirkung', dueDate: null },
      );
    });
    expect(checkReferences(data)).toEqual([
      { sheet: 'Ziele', row: 5, column: 'Übergeordnetes Ziel', message: 'Ein Wirkungsziel steht an oberster Stelle und hat kein übergeordnetes Ziel.' },
      { sheet: 'Ziele', row: 6, column: 'Übergeordnetes Ziel', message: 'Ein Leistungsziel muss einem Wirkungsziel untergeordnet sein; „L1.1“ ist ein Leistungsziel.' },
      { sheet: 'Ziele', row: 7, column: 'Übergeordnetes Ziel', message: 'Eine Maßnahme muss einem Leistungs- oder Wirkungsziel untergeordnet sein; „M1“ ist eine Maßnahme.' },
    ]);
  });

  test('[EXCHANGE] a KPI value given twice for the same year is reported', () => {
    const data = changed((d) => {
      d.kpiValues.push({ kpiKey: 'K2', year: 2020, plan: 170, actual: null });
    });
    expect(checkReferences(data)).toEqual([
      { sheet: 'Kennzahlwerte', row: 8, column: 'Jahr', message: 'Für die Kennzahl „K2“ ist das Jahr 2020 mehrfach angegeben.' },
    ]);
  });
});

describe('toReferenceView', () => {
  test('[EXCHANGE] a document that fails the schema still yields what can be checked', () => {
    expect(() => toReferenceView(null)).not.toThrow();
    const view = toReferenceView({
      projects: [null, 5, { key: ' p1 ', dependsOn: ['p1', 7, 'x y'], plannedStart: '2020-02-30' }],
      milestones: 'keine Liste',
    });
    expect(view.projects[2]).toMatchObject({ key: 'p1', dependsOn: ['p1', null, null], plannedStart: null });
    expect(view.milestones).toEqual([]);
    expect(findReferenceProblems(view)).toEqual([
      { path: ['projects', 2, 'dependsOn', 0], message: 'Ein Projekt kann nicht von sich selbst abhängen.' },
    ]);
  });
});
