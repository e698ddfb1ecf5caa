import iconv from 'iconv-lite';
import { badRequest, unsupportedMediaType } from '../errors/problem.ts';

/*
 * Bytes to text for uploaded files, shared by the bulk route and the import tool so that both read
 * a file identically. A byte that is not text in the file's encoding is refused with its line,
 * never decoded to U+FFFD and stored as such. UTF-8 is the default; Windows-1252 (what Excel's
 * "CSV (Comma delimited)" writes on a UK machine) is decoded when declared.
 */

export type Charset = 'utf-8' | 'windows-1252';

/** Names a client may declare, by the WHATWG Encoding Standard's labels (latin1 is Windows-1252 there). */
const LABELS: Record<string, Charset> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'us-ascii': 'utf-8', ascii: 'utf-8',
  'windows-1252': 'windows-1252', cp1252: 'windows-1252', 'x-cp1252': 'windows-1252',
  'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'iso8859-1': 'windows-1252', 'l1': 'windows-1252',
};

/** The charset a Content-Type declares (UTF-8 when none); 415 for one this service cannot read. */
export function charsetOf(contentType: string | undefined): Charset {
  const declared = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1];
  return declared === undefined ? 'utf-8' : charsetNamed(declared);
}

/** A charset by one of its labels (e.g. the import tool's --encoding); 415 for one this service cannot read. */
export function charsetNamed(label: string): Charset {
  const charset = LABELS[label.toLowerCase()];
  if (!charset) throw unsupportedMediaType(`charset=${label.slice(0, 40)} is not supported: send UTF-8, or declare charset=windows-1252.`);
  return charset;
}

const SAVE_AS_UTF8 = 'Save it as "CSV UTF-8 (Comma delimited)" in Excel';

const countNewlines = (bytes: Uint8Array) => {
  let n = 0;
  for (const byte of bytes) if (byte === 0x0a) n += 1;
  return n;
};

/** How many bytes at the end of `chunk` begin a UTF-8 character that the next chunk completes. */
function incompleteTail(chunk: Buffer): number {
  for (let back = 1; back <= Math.min(3, chunk.length); back += 1) {
    const byte = chunk[chunk.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/** The length of the longest prefix of `chunk` that is valid UTF-8 (an unfinished last character allowed). */
function validUtf8Prefix(chunk: Buffer): number {
  // In stream mode an incomplete sequence at the end is not an error, so validity of a prefix is
  // monotone: binary search for the first byte that makes it invalid.
  let low = 0;
  let high = chunk.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(chunk.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}

/** Whether bytes are valid UTF-8 with at least one non-ASCII character, chunk by chunk. */
class Utf8Check {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private nonAscii = false;

  /** False once the bytes cannot be UTF-8. */
  write(chunk: Buffer): boolean {
    try {
      this.decoder.decode(chunk, { stream: true });
      this.nonAscii ||= chunk.some((byte) => byte >= 0x80);
      return true;
    } catch {
      return false;
    }
  }

  /** True when the whole file was UTF-8 and not plain ASCII. */
  end(): boolean {
    try {
      this.decoder.decode();
      return this.nonAscii;
    } catch {
      return false;
    }
  }
}

/** Decodes a file chunk by chunk, knowing the line each byte is on for its error messages. */
export class FileDecoder {
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  private readonly cp1252 = iconv.getDecoder('windows-1252');
  private line = 1;
  /** The bytes of an unfinished UTF-8 character at the end of what was read, to place an error that spans chunks. */
  private carried: Buffer = Buffer.alloc(0);

  /** While a Windows-1252 file could still be UTF-8 with accented letters: watches for that. */
  private utf8Check: Utf8Check | null;

  constructor(readonly charset: Charset) {
    this.utf8Check = charset === 'windows-1252' ? new Utf8Check() : null;
  }

  write(chunk: Buffer): string {
    const text = this.charset === 'utf-8' ? this.decodeUtf8(chunk) : this.decode1252(chunk);
    this.line += countNewlines(chunk);
    return text;
  }

  end(): string {
    if (this.charset === 'windows-1252') {
      if (this.utf8Check?.end()) {
        throw badRequest('The file is declared Windows-1252 but is UTF-8 (its accented letters are UTF-8): send it without charset=windows-1252 (the import tool: without --encoding).');
      }
      return this.cp1252.end() ?? '';
    }
    try {
      return this.utf8.decode();
    } catch {
      throw badRequest(`The file is not UTF-8: it ends in the middle of a character (line ${this.line}). ${SAVE_AS_UTF8}.`);
    }
  }

  private decodeUtf8(chunk: Buffer): string {
    try {
      const text = this.utf8.decode(chunk, { stream: true });
      // The bytes of a character still unfinished, which may have begun chunks ago.
      const tail = this.carried.length ? Buffer.concat([this.carried, chunk]) : chunk;
      this.carried = Buffer.from(tail.subarray(tail.length - incompleteTail(tail)));
      return text;
    } catch {
      const joined = Buffer.concat([this.carried, chunk]);
      // The valid prefix may end in the unfinished character whose next byte broke it: name its first byte.
      const prefix = validUtf8Prefix(joined);
      const at = prefix - incompleteTail(joined.subarray(0, prefix));
      const line = this.line + countNewlines(chunk.subarray(0, Math.max(0, at - this.carried.length)));
      const byte = (joined[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
      throw badRequest(
        `The file is not UTF-8: line ${line} has a byte (0x${byte}) that UTF-8 does not allow, as in a file saved ` +
          `by Excel's "CSV (Comma delimited)" (Windows-1252). ${SAVE_AS_UTF8}, or declare charset=windows-1252 ` +
          '(the import tool: --encoding windows-1252).',
      );
    }
  }

  private decode1252(chunk: Buffer): string {
    // A file declared Windows-1252 that is really UTF-8 would be stored as mojibake ("CafÃ©").
    if (this.utf8Check && !this.utf8Check.write(chunk)) this.utf8Check = null;
    const text = this.cp1252.write(chunk);
    // Windows-1252 leaves five bytes undefined; iconv-lite gives them U+FFFD, which is never stored.
    const bad = text.indexOf('\ufffd');
    if (bad >= 0) {
      const line = this.line + countNewlines(chunk.subarray(0, bad));
      throw badRequest(`The file is not Windows-1252: line ${line} has byte 0x${chunk[bad]!.toString(16).toUpperCase()}, which it does not define. ${SAVE_AS_UTF8}.`);
    }
    return text;
  }
}

/** A whole file's bytes as text (the import tool reads files this way, as the service does). */
export function decodeFile(bytes: Buffer, charset: Charset): string {
  const decoder = new FileDecoder(charset);
  return decoder.write(bytes) + decoder.end();
}
