import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../tests/integration/test-db';
import { createSession, resolveSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './sessions';

let t: TestDb;
let userId: number;
beforeAll(() => {
  t = createTestDb();
  userId = (t.db.$client.prepare("SELECT id FROM users WHERE username = 'steuerung.unna'").get() as { id: number }).id;
});
afterAll(() => t.close());

describe('[AUTH] session expiry', () => {
  it('ends a session that was idle longer than the idle timeout', () => {
    const start = Date.UTC(2026, 10, 23, 8);
    const token = createSession(t.db, userId, start);
    expect(resolveSession(t.db, token, start + SESSION_IDLE_MS - 1000)?.username).toBe('steuerung.unna');
    // The previous call touched the session; idle time counts from there.
    expect(resolveSession(t.db, token, start + 2 * SESSION_IDLE_MS + 1000)).toBeNull();
    // … and the ended session stays ended.
    expect(resolveSession(t.db, token, start)).toBeNull();
  });

  it('ends an active session at the absolute expiry', () => {
    const start = Date.UTC(2026, 10, 23, 8);
    const token = createSession(t.db, userId, start);
    let now = start;
    while (now + SESSION_IDLE_MS / 2 < start + SESSION_ABSOLUTE_MS) {
      now += SESSION_IDLE_MS / 2;
      expect(resolveSession(t.db, token, now)).not.toBeNull();
    }
    expect(resolveSession(t.db, token, start + SESSION_ABSOLUTE_MS)).toBeNull();
  });

  it('does not accept an unknown or absurd token', () => {
    expect(resolveSession(t.db, 'nope')).toBeNull();
    expect(resolveSession(t.db, 'x'.repeat(5000))).toBeNull();
    expect(resolveSession(t.db, undefined)).toBeNull();
  });
});
