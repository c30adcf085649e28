// GET /api/runs/:run/files/:name: a file the run wrote, never a path outside its folder, shown inert.
import { lstat, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http-error.js';
import { isRunFileName, resolveRunDir } from '../run-ids.js';
import { FILE_CSP } from '../security.js';
import type { ServerContext } from '../server-context.js';

const TYPES: Record<string, string> = {
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
};

export function registerFileRoute(app: FastifyInstance, context: ServerContext): void {
  app.get<{ Params: { run: string; name: string }; Querystring: { download?: string } }>(
    '/api/runs/:run/files/:name',
    async (request, reply) => {
      const { run, name } = request.params;
      const dir = await resolveRunDir(context.runsDir, run);
      if (!isRunFileName(name)) {
        throw new HttpError(
          400,
          'bad_file_name',
          `\`${name.slice(0, 80)}\` is not a file name: use one from GET /api/runs/${run}.`,
        );
      }
      const path = join(dir, name);
      // lstat: a symlink planted in a run folder is not followed.
      const info = await lstat(path).catch(() => null);
      if (!info?.isFile())
        throw new HttpError(404, 'file_not_found', `Run \`${run}\` has no file \`${name}\`.`);
      const type = TYPES[extname(name).toLowerCase()];
      const download = request.query.download !== undefined || type === undefined;
      reply
        .header('content-type', type ?? 'application/octet-stream')
        .header('content-security-policy', FILE_CSP)
        .header('content-disposition', `${download ? 'attachment' : 'inline'}; filename="${name}"`);
      return reply.send(context.scrub(await readFile(path, 'utf8')));
    },
  );
}
