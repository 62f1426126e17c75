import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SHEETS } from './columns';
import { parseProgrammeJson, renderExchangeJsonSchema } from './json';

const read = (file: string) => readFileSync(new URL(`../../docs/${file}`, import.meta.url), 'utf8');

describe('docs of the exchange format', () => {
  test('[EXCHANGE] the committed JSON Schema matches the zod schema (else run: npx tsx scripts/generate-exchange-schema.ts)', () => {
    expect(read('exchange-format.schema.json')).toBe(renderExchangeJsonSchema());
  });

  test('[EXCHANGE] the documentation names every sheet, column and JSON field', () => {
    const text = read('exchange-format.md');
    for (const sheet of SHEETS) {
      expect(text).toContain(`### ${sheet.name} (\`${sheet.source}\`)`);
      for (const column of sheet.columns) expect(text).toContain(`| ${column.header} | \`${column.field}\` |`);
    }
  });

  test('[EXCHANGE] the JSON example of the documentation is a valid document', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(read('exchange-format.md'))?.[1];
    expect(example).toBeDefined();
    expect(parseProgrammeJson(example!)).toMatchObject({ ok: true });
  });
});
