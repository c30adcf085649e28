// The provider seam's public surface: one createModel for the CLI, the evals and build-cassettes; model names.
export { DEFAULT_AGENT_DEADLINE_MS } from './call-options.js';
export {
  createModel,
  DEFAULT_MODEL,
  type ModelConfig,
  type ModelHandle,
  type ModelSource,
} from './create-model.js';
export {
  LANGCHAIN_PROVIDERS,
  type LangChainProvider,
  type ModelSpec,
  parseModelSpec,
  providerNameOf,
  type Wire,
} from './model-spec.js';
