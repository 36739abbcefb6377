/** Entry of `npm run cli -- <command>`: dispatches to a command and turns every failure into one Chinese line. */
import { COMMANDS } from './commands';
import { CliError, processIo, type CliIo } from './cliIo';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(['用法：npm run cli -- <命令> [参数]', '', '命令：', ...Object.values(COMMANDS).map((c) => `  ${c.summary}`)].join('\n'));
    return name ? 0 : 1;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.log(`错误：未知命令“${name}”。可用命令：${Object.keys(COMMANDS).join('、')}`);
    return 2;
  }
  try {
    const command = await entry.load();
    return await command(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.log(`错误：${error.message}`);
      return error.exitCode;
    }
    if (error instanceof TypeError && (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      io.log(`错误：无法识别的参数。${error.message}`);
      return 2;
    }
    io.log(`错误：处理时出现意外问题（${error instanceof Error ? error.message : String(error)}）。已存档的数据不受影响。`);
    if (process.env.GONGWEN_DEBUG) io.log(error instanceof Error ? (error.stack ?? '') : '');
    return 70;
  }
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  // runCli answers every failure with an exit code; it never rejects.
  void runCli(process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
  });
}
