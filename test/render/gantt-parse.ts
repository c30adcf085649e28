// Test helper: reads the Mermaid gantt block of a roadmap.md back into sections and tasks.

export interface GanttTask {
  title: string;
  id: string;
  start: string;
  end: string;
}

export interface Gantt {
  header: string[];
  sections: Array<{ name: string; tasks: GanttTask[] }>;
}

const TASK = /^ {4}([^:]+) :([A-Za-z][A-Za-z0-9_]*), (\d{4}-\d{2}-\d{2}), (\d{4}-\d{2}-\d{2})$/;

/** Throws on any line that is neither a known directive, a section nor a well-formed task. */
export function parseGantt(markdown: string): Gantt {
  const start = markdown.indexOf('```mermaid\n');
  if (start < 0) throw new Error('no ```mermaid block');
  const body = markdown.slice(start + '```mermaid\n'.length);
  const end = body.indexOf('\n```');
  if (end < 0) throw new Error('unterminated ```mermaid block');
  const lines = body.slice(0, end).split('\n');
  if (lines[0] !== 'gantt') throw new Error(`expected "gantt", got ${JSON.stringify(lines[0])}`);
  const gantt: Gantt = { header: [], sections: [] };
  for (const line of lines.slice(1)) {
    const task = TASK.exec(line);
    if (task) {
      const current = gantt.sections.at(-1);
      if (!current) throw new Error(`task before any section: ${line}`);
      current.tasks.push({ title: task[1]!, id: task[2]!, start: task[3]!, end: task[4]! });
    } else if (line.startsWith('    section ')) {
      gantt.sections.push({ name: line.slice('    section '.length), tasks: [] });
    } else if (/^ {4}(title|dateFormat|axisFormat) \S/.test(line) && gantt.sections.length === 0) {
      gantt.header.push(line.trim());
    } else {
      throw new Error(`unexpected gantt line: ${JSON.stringify(line)}`);
    }
  }
  return gantt;
}
