// The cassette key: stable under everything that does not change the answer, sensitive to everything that does.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cassetteKey } from '../../src/cassettes/index.js';

/** A request body shaped like the one the OpenAI client sends for an agent. */
function body(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    model: 'gpt-4.1-mini',
    temperature: 0.3,
    messages: [
      { role: 'system', content: 'You write the SWOT analysis of one company.' },
      { role: 'user', content: 'Brief: a bakery in Lyon.' },
    ],
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: 'swot',
        strict: true,
        schema: {
          type: 'object',
          properties: { strengths: { type: 'array', items: { type: 'string' } }, id: { type: 'string' } },
          required: ['strengths', 'id'],
          additionalProperties: false,
        },
      },
    },
    ...overrides,
  };
}

describe('cassetteKey', () => {
  it('is the sha256 of the canonical request, spelled out here so a change (staling every cassette) is seen', () => {
    const canonical =
      '{"messages":[{"content":"You write the SWOT analysis of one company.","role":"system"},' +
      '{"content":"Brief: a bakery in Lyon.","role":"user"}],"model":"gpt-4.1-mini",' +
      '"schema":{"name":"swot","schema":{"additionalProperties":false,' +
      '"properties":{"id":{"type":"string"},"strengths":{"items":{"type":"string"},"type":"array"}},' +
      '"required":["strengths","id"],"type":"object"}},"temperature":0.3}';
    expect(cassetteKey(body())).toBe(createHash('sha256').update(canonical).digest('hex'));
  });

  it('ignores key order, at the top and inside the schema', () => {
    const original = body();
    const reordered = Object.fromEntries(Object.entries(original).reverse());
    const format = original.response_format as { json_schema: { schema: Record<string, unknown> } };
    const schema = format.json_schema.schema;
    const shuffledSchema = Object.fromEntries(Object.entries(schema).reverse());
    const withShuffled = body({
      response_format: {
        json_schema: { schema: shuffledSchema, strict: true, name: 'swot' },
        type: 'json_schema',
      },
    });
    expect(cassetteKey(reordered)).toBe(cassetteKey(original));
    expect(cassetteKey(withShuffled)).toBe(cassetteKey(original));
  });

  it('ignores what does not decide the answer: stream options, user ids, n, extra message fields, strict flag', () => {
    const noisy = body({
      stream: false,
      stream_options: { include_usage: true },
      user: 'user-1234',
      n: 1,
      seed: undefined,
      messages: [
        { role: 'system', content: 'You write the SWOT analysis of one company.', name: 'boussole' },
        { role: 'user', content: [{ type: 'text', text: 'Brief: a bakery in Lyon.' }] },
      ],
    });
    expect(cassetteKey(noisy)).toBe(cassetteKey(body()));
  });

  it('changes when the prompt, the model, the temperature, the schema or its name changes', () => {
    const base = cassetteKey(body());
    const variants = [
      body({
        messages: [
          { role: 'system', content: 'You write the SWOT analysis of one company!' },
          { role: 'user', content: 'Brief: a bakery in Lyon.' },
        ],
      }),
      body({
        messages: [
          { role: 'user', content: 'You write the SWOT analysis of one company.' },
          { role: 'user', content: 'Brief: a bakery in Lyon.' },
        ],
      }),
      body({ model: 'gpt-4.1' }),
      body({ temperature: 0.4 }),
      body({ temperature: undefined }),
      body({
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: 'swot',
            strict: true,
            schema: { type: 'object', properties: {}, required: [] },
          },
        },
      }),
      body({
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: 'personas',
            strict: true,
            schema: (body().response_format as { json_schema: { schema: unknown } }).json_schema.schema,
          },
        },
      }),
    ];
    const keys = variants.map(cassetteKey);
    for (const key of keys) expect(key).not.toBe(base);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
