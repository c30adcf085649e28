// Public surface of the prompt layer.
export { DEFAULT_PROMPTS_DIR, loadPromptSet, type PromptSet, type RenderedPrompt } from './prompt-set.js';
export { type PromptInputs, promptVariables } from './variables.js';
