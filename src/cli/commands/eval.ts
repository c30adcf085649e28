// `boussole eval`: placeholder wiring until the eval runner lands.
import { InputError } from '../../errors/index.js';
import type { CliIo } from '../io.js';

export async function evalCommand(_argv: string[], _io: CliIo): Promise<number> {
  throw new InputError('usage', 'eval is not available yet.');
}
