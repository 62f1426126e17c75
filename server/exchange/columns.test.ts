import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import {
  ZExchangeBudgetLine,
  ZExchangeDecision,
  ZExchangeFieldOfAction,
  ZExchangeGoal,
  ZExchangeKpi,
  ZExchangeKpiValue,
  ZExchangeMilestone,
  ZExchangeObligation,
  ZExchangePhase,
  ZExchangeProgramme,
  ZExchangeProject,
  ZExchangeStatusUpdate,
  ZProgrammeExchange,
} from '../../shared/schemas/exchange';
import { SHEETS, locateInWorkbook, normaliseHeader, type SheetSource } from './columns';

const SCHEMA_OF: Record<SheetSource, z.ZodObject> = {
  programme: ZExchangeProgramme.extend({ formatVersion: ZProgrammeExchange.shape.formatVersion }),
  fieldsOfAction: ZExchangeFieldOfAction,
  projects: ZExchangeProject,
  phases: ZExchangePhase,
  milestones: ZExchangeMilestone,
  goals: ZExchangeGoal,
  kpis: ZExchangeKpi,
  kpiValues: ZExchangeKpiValue,
  obligations: ZExchangeObligation,
  budgetLines: ZExchangeBudgetLine,
  decisions: ZExchangeDecision,
  statusUpdates: ZExchangeStatusUpdate,
};

describe('the workbook layout', () => {
  test('[EXCHANGE] one German sheet per part of the exchange document', () => {
    expect(SHEETS.map((sheet) => [sheet.name, sheet.source])).toEqual([
      ['Programm', 'programme'],
      ['Handlungsfelder', 'fieldsOfAction'],
      ['Projekte', 'projects'],
      ['Phasen', 'phases'],
      ['Meilensteine', 'milestones'],
      ['Ziele', 'goals'],
      ['Kennzahlen', 'kpis'],
      ['Kennzahlwerte', 'kpiValues'],
      ['Fristen', 'obligations'],
      ['Budget', 'budgetLines'],
      ['Beschlüsse', 'decisions'],
      ['Statusmeldungen', 'statusUpdates'],
    ]);
  });

  test.each(SHEETS.map((sheet) => [sheet.name, sheet] as const))(
    '[EXCHANGE] sheet %s has exactly one column per field of the schema, with unique headers',
    (_name, sheet) => {
      const fields = Object.keys(SCHEMA_OF[sheet.source].shape);
      expect(sheet.columns.map((column) => column.field).sort()).toEqual([...fields].sort());
      const headers = sheet.columns.map((column) => normaliseHeader(column.header));
      expect(new Set(headers).size).toBe(headers.length);
    },
  );

  test.each(SHEETS.map((sheet) => [sheet.name, sheet] as const))(
    '[EXCHANGE] sheet %s marks exactly the fields without a default as required columns',
    (_name, sheet) => {
      const shape = SCHEMA_OF[sheet.source].shape;
      for (const column of sheet.columns) {
        // An empty Formatversion means the current version, so the column may be left out.
        const required = column.field !== 'formatVersion' && !shape[column.field]!.safeParse(undefined).success;
        expect({ field: column.field, required: column.required }).toEqual({ field: column.field, required });
      }
    },
  );

  test('[EXCHANGE] a path of the exchange object is located in sheet, row and column', () => {
    expect(locateInWorkbook(['projects', 3, 'plannedStart'])).toEqual({ sheet: 'Projekte', row: 5, column: 'Geplanter Beginn' });
    expect(locateInWorkbook(['projects', 0, 'dependsOn', 1])).toEqual({ sheet: 'Projekte', row: 2, column: 'Abhängig von' });
    expect(locateInWorkbook(['programme', 'title'])).toEqual({ sheet: 'Programm', row: 2, column: 'Titel' });
    expect(locateInWorkbook(['formatVersion'])).toEqual({ sheet: 'Programm', row: 2, column: 'Formatversion' });
    expect(locateInWorkbook(['kpiValues', 0, 'year'], (_source, index) => index + 10)).toEqual({
      sheet: 'Kennzahlwerte',
      row: 10,
      column: 'Jahr',
    });
  });

  test('[EXCHANGE] headers match regardless of case, spacing and the kind of dash', () => {
    expect(normaliseHeader('  reifegrad   (1-3) ')).toBe(normaliseHeader('Reifegrad (1–3)'));
  });
});
