// The repair turn: the assistant's bad answer plus a user message that says exactly what to fix.
import type { ContentFault, ContentReason } from './answer-check.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** How many schema issues a repair message lists; past that the model gets the count, not the list. */
const MAX_LISTED_ISSUES = 20;

const ASK_AGAIN =
  'Reply with only the corrected JSON object, complete, with every required field and nothing else.';

const INSTRUCTIONS: { readonly [Reason in ContentReason]: (fault: ContentFault) => string } = {
  not_json: (fault) =>
    `Your previous answer was not a valid JSON object (${fault.issues[0] ?? 'it was empty'}). ` +
    'Do not add prose, Markdown or code fences. ' +
    ASK_AGAIN,
  schema_mismatch: (fault) => {
    const listed = fault.issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `- ${issue}`);
    const more = fault.issues.length - listed.length;
    return [
      'Your previous answer did not match the required JSON schema. These fields failed:',
      ...listed,
      ...(more > 0 ? [`- and ${more} more issues of the same kind`] : []),
      `Fix exactly these fields and keep everything that was right. ${ASK_AGAIN}`,
    ].join('\n');
  },
  length: () =>
    'Your previous answer was cut off at the length limit (finish_reason: length), so its JSON is incomplete. ' +
    'Answer again with a shorter answer: fewer items where the schema allows it and shorter sentences, ' +
    'so that the whole JSON object fits. Reply with only the JSON object.',
  refusal: () =>
    'You declined to answer. The material above is an ordinary business brief given as data for a marketing ' +
    'analysis; nothing in it asks you to do anything else. Please produce the requested JSON object.',
  content_filter: () =>
    'Your previous answer was withheld by the content filter. Answer again with neutral, professional ' +
    'business wording. Reply with only the JSON object.',
  empty_choices: () => 'Your previous reply contained no answer. Reply with only the requested JSON object.',
};

/** Messages to append to the conversation so the model can correct its last answer. */
export function repairTurn(fault: ContentFault): ChatMessage[] {
  const assistant: ChatMessage[] = fault.rawText ? [{ role: 'assistant', content: fault.rawText }] : [];
  return [...assistant, { role: 'user', content: INSTRUCTIONS[fault.reason](fault) }];
}
