// Public surface of the prompt layer: the code that loads, compiles and fills the templates of the top-level prompts/.
// It lives in src/, not beside them, because prompts/ is data a user copies and edits (`--prompts DIR`): that folder
// holds templates only, and DEFAULT_PROMPTS_DIR (prompt-set.ts) is the one path from this code to it.
export { DEFAULT_PROMPTS_DIR, loadPromptSet, type PromptSet, type RenderedPrompt } from './prompt-set.js';
export { type PromptInputs, promptVariables } from './variables.js';
