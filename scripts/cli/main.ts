import type { CliCommand } from "./command";
import { dbCommand } from "./commands/db";
import { exportCommand } from "./commands/export";
import { glossaryCommand } from "./commands/glossary";
import { importCommand } from "./commands/import";
import { importXliffCommand } from "./commands/import-xliff";
import { listCommand } from "./commands/list";
import { memoryCommand } from "./commands/memory";
import { translateCommand } from "./commands/translate";

/** Every subcommand of `selaras`; each lives in its own file under commands/. */
const COMMANDS: Record<string, CliCommand> = {
  db: dbCommand,
  export: exportCommand,
  glossary: glossaryCommand,
  import: importCommand,
  "import-xliff": importXliffCommand,
  list: listCommand,
  memory: memoryCommand,
  translate: translateCommand,
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  selaras ${name} ${command.usage}\n      ${command.summary}`);
  return `Usage:\n${lines.join("\n")}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`selaras: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return command.run(args);
}
