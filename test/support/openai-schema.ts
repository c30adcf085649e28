// Ajv validators for OpenAI's chat-completions wire format, loaded once from fixtures/openai (see its README).
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';

const SCHEMA_PATH = new URL('../../fixtures/openai/chat-completions.schema.json', import.meta.url);

export type WireSchemaName = 'CreateChatCompletionRequest' | 'CreateChatCompletionResponse' | 'ErrorResponse';

export interface WireValidation {
  valid: boolean;
  /** Ajv's errors as `path message` lines, empty when valid. */
  errors: string[];
}

export type WireValidators = { readonly [Name in WireSchemaName]: (body: unknown) => WireValidation };

function compile(ajv: Ajv2020, name: WireSchemaName): (body: unknown) => WireValidation {
  const validate: ValidateFunction | undefined = ajv.getSchema(`oai#/$defs/${name}`);
  if (!validate) throw new Error(`${name} is missing from ${SCHEMA_PATH.pathname}`);
  return (body) => {
    const valid = validate(body) === true;
    return { valid, errors: valid ? [] : formatErrors(validate.errors ?? []) };
  };
}

function formatErrors(errors: ErrorObject[]): string[] {
  return errors.map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}

/** Builds the three validators; each call compiles afresh, so callers keep the result rather than rebuild it. */
export function loadWireValidators(): WireValidators {
  // Formats (uri, unixtime) are annotations here: checking them would only add noise about unknown formats.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')), 'oai');
  return {
    CreateChatCompletionRequest: compile(ajv, 'CreateChatCompletionRequest'),
    CreateChatCompletionResponse: compile(ajv, 'CreateChatCompletionResponse'),
    ErrorResponse: compile(ajv, 'ErrorResponse'),
  };
}

/** Throws with every schema violation listed, for use in tests and mock builders. */
export function assertWireValid(validators: WireValidators, name: WireSchemaName, body: unknown): void {
  const { valid, errors } = validators[name](body);
  if (!valid) throw new Error(`Not a valid OpenAI ${name}:\n  ${errors.join('\n  ')}`);
}
