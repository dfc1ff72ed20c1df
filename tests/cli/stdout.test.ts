import { describe, expect, it } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { pipeSafeStdout } from '../../src/cli/stdout.js';

class FakeStream extends EventEmitter {
  readonly written: string[] = [];
  isTTY = true;
  columns = 80;
  write(text: string): boolean {
    this.written.push(text);
    return true;
  }
}

function epipe(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe('pipeSafeStdout', () => {
  it('writes through, and reads the terminal width when asked (the window may have been resized)', () => {
    const stream = new FakeStream();
    const out = pipeSafeStdout(stream);
    out.write('a');
    stream.columns = 120;
    expect(stream.written).toEqual(['a']);
    expect(out.isTTY).toBe(true);
    expect(out.columns).toBe(120);
  });

  it('drops output once the reader has closed the pipe (EPIPE) instead of crashing', () => {
    const stream = new FakeStream();
    const out = pipeSafeStdout(stream);
    out.write('first');
    expect(() => stream.emit('error', epipe('EPIPE'))).not.toThrow();
    out.write('second');
    expect(stream.written).toEqual(['first']);
  });

  it('still throws any other stream error', () => {
    const stream = new FakeStream();
    pipeSafeStdout(stream);
    expect(() => stream.emit('error', epipe('EIO'))).toThrow('write EIO');
  });
});
