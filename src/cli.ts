// The jianbao command line (contract C1):
//   jianbao normalize --json FILE…   one JSON object {articles, problems} on stdout
//   jianbao check [--json] [FILE…]   what each file was read as, then problems as `file:line: severity: message`
// Both exit 1 when any error-level problem is found.
import { ADDRESS_BOOK, readAddressBook, updateAddressBook, writeAddressBook } from './archive/addresses.ts';
import { CLIPPINGS_DIR, listClippingFiles, loadClippings } from './clippings.ts';
import { checkJson, formatProblem, formatReading } from './problems.ts';

const USAGE = `usage:
  jianbao normalize --json FILE…   print the articles and problems as JSON (contract C1)
  jianbao check [--json] [FILE…]   what was read in each file (articles, unsure decisions), then the
                                   problems, one per line (default: ${CLIPPINGS_DIR}/*.txt)
  jianbao addresses                redirect article addresses that changed (updates ${ADDRESS_BOOK})`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const files = rest.filter((a) => !a.startsWith('--'));
  if (command === 'normalize') {
    if (!rest.includes('--json')) {
      process.stderr.write(`jianbao normalize: only --json output is supported\n${USAGE}\n`);
      return 2;
    }
    if (files.length === 0) {
      process.stderr.write(`jianbao normalize: name at least one file\n${USAGE}\n`);
      return 2;
    }
    const result = loadClippings(files);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return result.problems.some((p) => p.severity === 'error') ? 1 : 0;
  }
  if (command === 'check') {
    const targets = files.length ? files : listClippingFiles();
    const result = loadClippings(targets, { wholeArchive: files.length === 0 });
    if (rest.includes('--json')) process.stdout.write(`${JSON.stringify(checkJson(result), null, 2)}\n`);
    else {
      for (const r of result.readings ?? []) process.stdout.write(formatReading(r));
      for (const p of result.problems) process.stdout.write(`${formatProblem(p)}\n`);
    }
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    const warnings = result.problems.length - errors;
    process.stderr.write(
      `${targets.length} file(s), ${result.articles.length} article(s), ${errors} error(s), ${warnings} warning(s)\n`,
    );
    return errors ? 1 : 0;
  }
  if (command === 'addresses') return addresses();
  process.stderr.write(`${USAGE}\n`);
  return command === '--help' || command === '-h' ? 0 : 2;
}

/** Brings the address book up to date with the articles the clippings make now. */
function addresses(): number {
  const result = loadClippings(listClippingFiles());
  if (result.problems.some((p) => p.severity === 'error')) {
    process.stderr.write('jianbao addresses: fix the errors "jianbao check" lists first\n');
    return 1;
  }
  const { book, moved, gone } = updateAddressBook(readAddressBook(), result.articles);
  writeAddressBook(book);
  for (const [from, to] of moved) process.stdout.write(`/articles/${from}/ → /articles/${to}/\n`);
  for (const id of gone) process.stdout.write(`/articles/${id}/: article no longer found, not redirected\n`);
  process.stderr.write(`${ADDRESS_BOOK}: ${moved.length} redirect(s) added, ${gone.length} address(es) gone\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
