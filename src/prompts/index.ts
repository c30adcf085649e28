// Public surface of the prompt layer.
export { loadPromptSet, DEFAULT_PROMPTS_DIR, type PromptSet, type RenderedPrompt } from './prompt-set.js';
export { promptVariables, type PromptInputs } from './variables.js';
