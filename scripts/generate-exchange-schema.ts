/**
 * Writes docs/exchange-format.schema.json from the zod schema of the exchange format.
 * Run after changing shared/schemas/exchange.ts: `npx tsx scripts/generate-exchange-schema.ts`.
 * A unit test (server/exchange/exchange-format-docs.test.ts) fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderExchangeJsonSchema } from '../server/exchange/json';

const EXCHANGE_SCHEMA_FILE = fileURLToPath(new URL('../docs/exchange-format.schema.json', import.meta.url));

writeFileSync(EXCHANGE_SCHEMA_FILE, renderExchangeJsonSchema());
console.log(`Wrote ${EXCHANGE_SCHEMA_FILE}`);
