/**
 * Where JSON text goes wrong. Node 20's JSON.parse messages only sometimes carry "at position N"
 * (e.g. `Unexpected token 'x', "..." is not valid JSON` has none), so when V8 gives no position we
 * find it with a small scanner of the JSON grammar.
 */

export interface JsonErrorPlace { offset: number; line: number; column: number }

/** Position of a JSON.parse failure: from V8's message when it has one, otherwise by scanning. */
export function jsonErrorPlace(text: string, message: string): JsonErrorPlace {
  const lc = /\(line (\d+) column (\d+)\)/.exec(message); // newer V8
  if (lc) {
    const line = Number(lc[1]), column = Number(lc[2]);
    return { offset: offsetOf(text, line, column), line, column };
  }
  const pos = /at position (\d+)/.exec(message);
  return lineColumn(text, pos ? Number(pos[1]) : scanJsonError(text));
}

/** 1-based line and column of a 0-based offset. */
export function lineColumn(text: string, offset: number): JsonErrorPlace {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { offset, line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function offsetOf(text: string, line: number, column: number): number {
  let off = 0;
  for (let l = 1; l < line; l++) off = text.indexOf('\n', off) + 1;
  return off + column - 1;
}

/** Offset of the first character where `text` stops being valid JSON (text.length for a premature end). */
export function scanJsonError(text: string): number {
  let i = 0;
  const ws = () => { while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++; };
  const fail = (at: number): never => { throw at; };
  const lit = (word: string) => {
    for (const ch of word) if (text[i++] !== ch) fail(i - 1);
  };
  const digits = () => {
    const s = i;
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
    if (i === s) fail(i);
  };
  const str = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail(i);
      const c = text.charCodeAt(i);
      if (c === 0x22) { i++; return; }
      if (c < 0x20) fail(i);
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(i + 2);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(i + 1);
      } else i++;
    }
  };
  const value = (depth: number): void => {
    if (depth > 5000) fail(i); // JSON.parse already rejected it; avoid blowing our own stack
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++; ws();
      if (text[i] === close) { i++; return; }
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail(i);
          str(); ws();
          if (text[i] !== ':') fail(i);
          i++;
        }
        value(depth + 1); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === close) { i++; return; }
        fail(i);
      }
    }
    if (c === '"') return str();
    if (c === 't') return lit('true');
    if (c === 'f') return lit('false');
    if (c === 'n') return lit('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      if (c === '-') i++;
      if (text[i] === '0') i++; else digits();
      if (text[i] === '.') { i++; digits(); }
      if (text[i] === 'e' || text[i] === 'E') { i++; if (text[i] === '+' || text[i] === '-') i++; digits(); }
      return;
    }
    fail(i);
  };
  try {
    value(0); ws();
    return i < text.length ? i : text.length;
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, text.length) : 0;
  }
}
