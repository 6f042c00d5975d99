// Prints the README's parameter table from the schemas: `npm run --silent params-table`.
import { parameterTableMarkdown } from '../src/scenario/paramTable';

process.stdout.write(`${parameterTableMarkdown()}\n`);
