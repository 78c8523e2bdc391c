import type { Block, Inline, StatementDocument } from './document.js';

/**
 * Writes the statement as Markdown for a Hugo site, like the seed: TOML front matter between `+++`
 * lines, then one `#` heading per section. Policy text is escaped so that it can never turn into
 * markup, a link, a heading or a Hugo shortcode.
 *
 * @example
 *   writeMarkdown(buildStatement(policy, 'nl')).startsWith('+++\ntitle = "Privacybeleid"') // true
 */
export function writeMarkdown(doc: StatementDocument): string {
  const parts = [frontMatter(doc)];
  for (const section of doc.sections) {
    if (section.heading) parts.push(`# ${escapeText(section.heading, true)}`);
    for (const block of section.blocks) parts.push(writeBlock(block));
  }
  return `${parts.join('\n\n')}\n`;
}

function frontMatter(doc: StatementDocument): string {
  return [
    '+++',
    `title = ${tomlString(doc.title)}`,
    `description = ${tomlString(doc.description)}`,
    `date = ${tomlString(doc.date)}`,
    `aliases = [${doc.aliases.map(tomlString).join(', ')}]`,
    `author = ${tomlString(doc.author)}`,
    '+++',
  ].join('\n');
}

/** A TOML basic string: quotes, backslashes and control characters escaped. */
export function tomlString(value: string): string {
  const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r' };
  let escaped = '';
  for (const c of value) {
    const code = c.codePointAt(0) ?? 0;
    const control = code < 0x20 || code === 0x7f;
    escaped += named[c] ?? (control ? `\\u${code.toString(16).padStart(4, '0')}` : c);
  }
  return `"${escaped}"`;
}

function writeBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
    case 'address':
      return writeInlines(block.content, '');
    case 'list':
      return block.items.map((item) => `- ${writeInlines(item, '  ')}`).join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [
        row(block.header.map((h) => escapeText(h, false))),
        row(block.header.map(() => '---')),
        ...block.rows.map((cells) => row(cells.map((c) => writeInlines(c, '', true)))),
      ].join('\n');
    }
  }
}

/** `indent` continues a hard-broken line inside a list item; `inTable` protects cell separators. */
function writeInlines(content: Inline[], indent: string, inTable = false): string {
  let out = '';
  let lineStart = true;
  for (const inline of content) {
    if (typeof inline === 'string') {
      out += escapeText(inline, lineStart);
    } else if (inline.kind === 'break') {
      // A backslash before the newline is CommonMark's hard line break; unlike two trailing spaces it
      // survives editors that trim whitespace.
      out += `\\\n${indent}`;
      lineStart = true;
      continue;
    } else if (inline.kind === 'link') {
      out += `[${escapeText(inline.text, false)}](${linkTarget(inline.href)})`;
    } else if (inline.kind === 'strong') {
      out += `**${escapeText(inline.text, false)}**`;
    } else {
      const code = codeSpan(inline.text);
      // GFM splits table cells on "|" even inside code spans, unless it is escaped.
      out += inTable ? code.replaceAll('|', '\\|') : code;
    }
    lineStart = false;
  }
  return out;
}

/**
 * Backslash-escapes what Markdown (and Hugo) would read as markup. At the start of a line, also what
 * would start a heading, quote, list or thematic break ("- ", "1. ", "#").
 */
export function escapeText(text: string, lineStart: boolean): string {
  let s = text.replace(/[\\`*_[\]<>|{}~]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  if (lineStart) {
    s = s
      .replace(/^([#=-])/, '\\$1')
      .replace(/^\+(?=\s|$)/, '\\+')
      .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
  }
  return s;
}

function linkTarget(href: string): string {
  const encoded: Record<string, string> = { ' ': '%20', '(': '%28', ')': '%29', '<': '%3C', '>': '%3E' };
  return href.replace(/[ ()<>]/g, (c) => encoded[c] ?? c);
}

/** A code span whose fence is longer than any run of backticks inside it. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
