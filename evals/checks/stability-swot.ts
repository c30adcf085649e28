// stability_swot: the SWOT items stay the same across samples of a case, statement by statement.
import { agentOutput } from './agent-output.js';
import { defineCheck } from './define-check.js';
import { stability } from './stability.js';

export const stabilitySwot = defineCheck({
  name: 'stability_swot',
  column: 'stb-swot',
  catches: 'the SWOT items changing from one sample of a case to another, statement by statement',
  plantedFault: null,
  run: (c) =>
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
    }),
});
