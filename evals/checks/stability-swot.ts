// stability_swot: the SWOT items stay the same across samples of a case, statement by statement.
import { agentOutput } from './agent-output.js';
import { stability } from './stability.js';
import type { Check } from './types.js';

export const stabilitySwot: Check = (c) =>
  stability(c, {
    what: 'SWOT',
    phrases: (s) => {
      const swot = agentOutput(s, 'swot');
      if (!swot) return null;
      return [...swot.strengths, ...swot.weaknesses, ...swot.opportunities, ...swot.threats].map(
        (i) => i.statement,
      );
    },
    sameAt: 0.5,
    passAt: 0.4,
  });
