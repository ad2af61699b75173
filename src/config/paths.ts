/** Where dialist's own data files live, whether run from src/ (tests) or dist/ (installed). */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
/** The package root: two levels up from src/config or dist/config. */
export const packageRoot = join(here, '..', '..');
export const dataPath = (name: string): string => join(packageRoot, 'data', name);
export const templatesPath = (name: string): string => join(packageRoot, 'templates', name);
export const samplesPath = (name: string): string => join(packageRoot, 'samples', name);
