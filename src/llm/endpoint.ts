// OpenAI's own endpoint, used when no OPENAI_BASE_URL is set (passed explicitly so the SDK never reads the env itself).
export const OPENAI_BASE_URL = 'https://api.openai.com/v1';
