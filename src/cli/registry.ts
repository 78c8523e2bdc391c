import type { Command } from './command.js';
import { policySchemaCommand } from './commands/policy/schema.js';

/** Every CLI command, in the order `grondslag --help` lists them. */
export const commands: Command[] = [policySchemaCommand];
