// differentiators_supported: each positioning differentiator cites at least one strength (S id) the SWOT has.
import { cannotCheck, listSome, needOutputs, ratio } from './agent-output.js';
import { defineCheck } from './define-check.js';

export const differentiatorsSupported = defineCheck({
  name: 'differentiators_supported',
  column: 'differ',
  catches: 'a positioning differentiator that cites no strength (S id) the SWOT has',
  plantedFault: 'unsupported_differentiator',
  run: (c) => {
    const got = needOutputs(c, ['swot', 'positioning'] as const);
    if (!got.ok) return cannotCheck(got.missing);
    const { swot, positioning } = got.outputs;
    const strengths = new Set(swot.strengths.map((s) => s.id.trim().toUpperCase()));
    const unsupported = positioning.differentiators.filter(
      (d) => !d.swotIds.some((id) => strengths.has(id.trim().toUpperCase())),
    );
    const total = positioning.differentiators.length;
    if (unsupported.length === 0) {
      return { pass: true, score: 1, reason: `${total} differentiators each cite a real strength` };
    }
    const described = unsupported.map(
      (d) => `"${d.statement}" cites ${d.swotIds.length === 0 ? 'nothing' : d.swotIds.join(', ')}`,
    );
    return {
      pass: false,
      score: ratio(total - unsupported.length, total),
      reason: `${unsupported.length} of ${total} differentiators cite no strength: ${listSome(described)}`,
    };
  },
});
