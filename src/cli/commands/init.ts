// `boussole init [FILE]`: a short questionnaire in the terminal that writes a commented brief.yaml, pre-filled
// from a brief file when one is given. Not a terminal: exit 2. Ctrl-C: nothing written, exit 130.
import { existsSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import type { Language } from '../../../agents/brief.js';
import { InputError } from '../../errors/index.js';
import type { InitBrief } from '../../init/init-brief.js';
import { briefFromFile } from '../../init/prefill.js';
import { type Ask, runQuestionnaire } from '../../init/questionnaire.js';
import { initTexts, LANGUAGE_QUESTION } from '../../init/texts.js';
import { briefYaml } from '../../init/write-brief-yaml.js';
import { oneOf, parseCommand } from '../args.js';
import { EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import type { CliIo } from '../io.js';

const OPTIONS = { out: { type: 'string' }, lang: { type: 'string' } } as const;

export async function initCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('init', argv, OPTIONS);
  const lang = oneOf('lang', values.lang, ['fr', 'en'] as const);
  if (positionals.length > 1) {
    throw new InputError(
      'usage',
      `Expected at most one brief file, got ${positionals.length} (see \`boussole init --help\`).`,
    );
  }
  const envLanguage = languageOfLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
  if ((io.stdin as { isTTY?: boolean }).isTTY !== true) {
    io.stderr(`boussole: ${initTexts(lang ?? envLanguage ?? 'en').notATerminal}`);
    return EXIT_USAGE;
  }
  const file = positionals[0];
  let output = values.out;
  let known: InitBrief | null = null;
  if (file !== undefined) {
    const full = resolve(io.cwd, file);
    // A .yaml path that does not exist yet is where to write; anything else is a brief to start from.
    if (!existsSync(full) && /\.ya?ml$/i.test(file)) output ??= file;
    else known = await briefFromFile(full, lang);
  }
  const target = resolve(io.cwd, output ?? 'brief.yaml');

  const controller = new AbortController();
  const stop = () => controller.abort();
  io.interrupt.addEventListener('abort', stop, { once: true });
  const terminal = new Writable({
    write(chunk, _encoding, done) {
      io.stdout(String(chunk));
      done();
    },
  });
  const rl = createInterface({ input: io.stdin, output: terminal, terminal: true });
  rl.on('SIGINT', stop);
  rl.on('close', stop);
  const ask: Ask = (question, prefill) =>
    rl.question(`${question}${prefill === null ? '' : ` [${prefill}]`} › `, { signal: controller.signal });
  const say = (line: string) => io.stdout(`${line}\n`);
  let language = lang ?? known?.language ?? envLanguage;
  try {
    language ??= await askLanguage(ask);
    const texts = initTexts(language);
    const now = new Date();
    const brief = await runQuestionnaire(
      { ask, say, texts, language, now: { year: now.getFullYear(), month: now.getMonth() + 1 } },
      known,
    );
    const shown = shownPath(target, io.cwd);
    if (existsSync(target)) {
      const answer = (await ask(texts.overwrite(shown), null)).trim().toLowerCase();
      if (!/^(?:y|yes|o|oui)$/.test(answer)) {
        say(texts.interrupted);
        return EXIT_OK;
      }
    }
    // Written whole or not at all: a temp file renamed over the target.
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, briefYaml(brief, texts), 'utf8');
    await rename(temp, target);
    say(texts.written(shown));
    say(texts.next(shown));
    return EXIT_OK;
  } catch (error) {
    if (controller.signal.aborted) {
      io.stdout('\n');
      io.stderr(initTexts(language ?? 'en').interrupted);
      return EXIT_INTERRUPTED;
    }
    throw error;
  } finally {
    io.interrupt.removeEventListener('abort', stop);
    rl.off('close', stop);
    rl.close();
  }
}

async function askLanguage(ask: Ask): Promise<Language> {
  for (;;) {
    const answer = (await ask(LANGUAGE_QUESTION, null)).trim().toLowerCase();
    if (/^(?:fr|français|francais|french)$/.test(answer)) return 'fr';
    if (/^(?:en|english|anglais)$/.test(answer)) return 'en';
  }
}

function languageOfLocale(locale: string | undefined): Language | undefined {
  if (!locale) return undefined;
  if (/^fr\b|^fr_/i.test(locale)) return 'fr';
  if (/^en\b|^en_/i.test(locale)) return 'en';
  return undefined;
}

function shownPath(path: string, cwd: string): string {
  const near = relative(cwd, path);
  return near === '' || near.startsWith('..') ? path : near;
}
