// The renderers' public API: Markdown and HTML from a roadmap and the agents' outputs (pure string functions).
export { type DraftKind, FULL_PLAN_FILE } from './build-document.js';
export { formatMoney, formatNumber, formatPercent } from './format.js';
export { escapeMarkdownInline } from './markdown-escape.js';
export { createReportHtmlRenderer, type ReportHtmlRenderer, renderReportHtml } from './report-html.js';
export { renderAnalysesMarkdown, renderFullPlanMarkdown, renderRoadmapMarkdown } from './roadmap-markdown.js';
