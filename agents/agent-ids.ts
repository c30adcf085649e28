// The six agent ids in dependency order: a leaf every agent file, the output map and the registry can import.
export const AGENT_IDS = ['brief', 'swot', 'personas', 'positioning', 'journey', 'prioritizer'] as const;
export type AgentId = (typeof AGENT_IDS)[number];
