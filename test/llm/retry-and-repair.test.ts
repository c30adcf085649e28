// Pure pieces of the loop: how long to wait, how an issue path reads, what a repair turn says.
import { describe, expect, it } from 'vitest';
import { formatIssuePath } from '../../src/llm/answer-check.js';
import { repairTurn } from '../../src/llm/repair-message.js';
import { backoffMs, retryAfterMs } from '../../src/llm/retry-delay.js';

describe('retry delays', () => {
  it('doubles from the base and stops at the cap', () => {
    const policy = { baseMs: 1000, maxMs: 5000 };
    expect([1, 2, 3, 4, 5].map((retry) => backoffMs(retry, policy))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('reads retry-after-ms first, then Retry-After seconds or HTTP date', () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    expect(retryAfterMs({ retryAfterMs: '250', retryAfter: '9' }, now)).toBe(250);
    expect(retryAfterMs({ retryAfterMs: null, retryAfter: '1.5' }, now)).toBe(1500);
    expect(retryAfterMs({ retryAfterMs: null, retryAfter: 'Sun, 01 Mar 2026 10:00:10 GMT' }, now)).toBe(
      10_000,
    );
    expect(retryAfterMs({ retryAfterMs: null, retryAfter: 'Sun, 01 Mar 2026 09:00:00 GMT' }, now)).toBe(0);
    expect(retryAfterMs({ retryAfterMs: null, retryAfter: 'soon' }, now)).toBeNull();
    expect(retryAfterMs({ retryAfterMs: null, retryAfter: null }, now)).toBeNull();
  });
});

describe('repair turns', () => {
  it('writes zod paths the way a person reads them', () => {
    expect(formatIssuePath(['personas', 1, 'pains'])).toBe('personas[1].pains');
    expect(formatIssuePath([0, 'id'])).toBe('[0].id');
    expect(formatIssuePath([])).toBe('(the whole answer)');
  });

  it('lists at most twenty issues and counts the rest', () => {
    const issues = Array.from({ length: 23 }, (_, i) => `actions[${i}].cost: Invalid input`);
    const [assistant, user] = repairTurn({
      kind: 'content',
      reason: 'schema_mismatch',
      detail: 'did not match the schema',
      issues,
      rawText: '{"actions":[]}',
      finishReason: 'stop',
    });

    expect(assistant).toEqual({ role: 'assistant', content: '{"actions":[]}' });
    expect(user?.content).toContain('- actions[19].cost: Invalid input');
    expect(user?.content).not.toContain('actions[20]');
    expect(user?.content).toContain('- and 3 more issues of the same kind');
  });
});
