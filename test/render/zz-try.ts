import { renderRoadmapMarkdown, renderReportHtml, renderAnalysesMarkdown } from '../../src/render/index.js';
import { buildRoadmap, buildAnalyses } from './roadmap-builder.js';
import { writeFileSync } from 'node:fs';
const lang = (process.argv[2] ?? 'fr') as 'fr'|'en';
writeFileSync('/tmp/roadmap.md', renderRoadmapMarkdown(buildRoadmap(lang), buildAnalyses(lang)));
writeFileSync('/tmp/report.html', renderReportHtml(buildRoadmap(lang), buildAnalyses(lang)));
writeFileSync('/tmp/draft.md', renderAnalysesMarkdown(buildAnalyses(lang), lang, 'offline'));
