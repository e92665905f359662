/**
 * The policy-kg command line. Every command reads configuration once, reports policy-kg's own errors
 * as one clear line (exit 1) and never leaves the store half-written.
 */
import { Command, Option } from 'commander';
import { loadConfig, type Config } from '../../core/config.ts';
import { isPolicyKgError } from '../../core/errors.ts';
import { STORE_KINDS } from '../../graph/store.ts';

// Each command's module is loaded when it runs: `stats` or `backup` need not load the ingest pipeline
// (nodejieba's dictionaries, pdf.js), which was most of their start-up time.
const commands = {
  ingest: () => import('./ingest-command.ts'),
  export: () => import('./export-command.ts'),
  stats: () => import('./stats-command.ts'),
  backup: () => import('./backup-command.ts'),
  copy: () => import('./copy-command.ts'),
};

const storeOption = () => new Option('--store <kind>', 'graph store: sqlite (embedded, data/graph.db) or neo4j').choices(STORE_KINDS);

function configFrom(options: { data?: string; neo4jUri?: string; neo4jUser?: string; neo4jPassword?: string; neo4jDatabase?: string }): Config {
  return loadConfig({
    ...process.env,
    ...(options.data ? { POLICY_KG_DATA: options.data } : {}),
    ...(options.neo4jUri ? { NEO4J_URI: options.neo4jUri } : {}),
    ...(options.neo4jUser ? { NEO4J_USER: options.neo4jUser } : {}),
    ...(options.neo4jPassword ? { NEO4J_PASSWORD: options.neo4jPassword } : {}),
    ...(options.neo4jDatabase ? { NEO4J_DATABASE: options.neo4jDatabase } : {}),
  });
}

const withDataOption = (command: Command): Command => command.option('--data <dir>', 'folder of the embedded store (default: data/, or POLICY_KG_DATA)');

function withNeo4jOptions(command: Command): Command {
  return command
    .option('--neo4j-uri <uri>', 'Neo4j Bolt URI (default: NEO4J_URI)')
    .option('--neo4j-user <user>', 'Neo4j user (default: NEO4J_USER)')
    .option('--neo4j-password <password>', 'Neo4j password (default: NEO4J_PASSWORD)')
    .option('--neo4j-database <name>', 'Neo4j database (default: NEO4J_DATABASE)');
}

const withConnectionOptions = (command: Command): Command => withNeo4jOptions(withDataOption(command.addOption(storeOption())));

async function run(action: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await action();
  } catch (error) {
    if (isPolicyKgError(error)) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

export function buildProgram(): Command {
  const program = new Command('policy-kg')
    .description('Cross-city comparative policy knowledge graph: ingest Chinese policy documents and query the graph.')
    .showHelpAfterError();

  withConnectionOptions(
    program
      .command('ingest')
      .description('ingest documents (.txt, .docx, .pdf; files or folders, default seeds/) and replace their plans in the store')
      .argument('[paths...]', 'documents or folders', ['seeds'])
      .option('--json <file>', 'also write the whole stored graph as JSON to <file> (- for stdout)'),
  ).action((paths: string[], options) => run(async () => (await commands.ingest()).runIngest(paths, options, configFrom(options))));

  withConnectionOptions(
    program.command('export').description('write the stored graph as JSON').requiredOption('--json <file>', 'output file (- for stdout)'),
  ).action((options) => run(async () => (await commands.export()).runExport(options, configFrom(options))));

  withConnectionOptions(program.command('stats').description('show what the store holds')).action((options) =>
    run(async () => (await commands.stats()).runStats(options, configFrom(options))),
  );

  withDataOption(
    program
      .command('backup')
      .description('copy the embedded store to <file> while it stays in use (SQLite online backup)')
      .argument('<file>', 'where to write the copy'),
  ).action((file: string, options) => run(async () => (await commands.backup()).runBackup(file, configFrom(options))));

  withDataOption(
    program
      .command('restore')
      .description('replace the embedded store with a backup made by `policy-kg backup`')
      .argument('<file>', 'the backup to restore'),
  ).action((file: string, options) => run(async () => (await commands.backup()).runRestore(file, configFrom(options))));

  withNeo4jOptions(
    withDataOption(
      program
        .command('copy')
        .description('copy every plan of the embedded store, exactly as stored, into Neo4j')
        .addOption(new Option('--to <kind>', 'the store to copy into').choices(['neo4j']).makeOptionMandatory()),
    ),
  ).action((options) => run(async () => (await commands.copy()).runCopy(options, configFrom(options))));
  return program;
}

await buildProgram().parseAsync(process.argv);
