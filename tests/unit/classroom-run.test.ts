import { describe, expect, it } from 'vitest';
import {
  parseClassroomRun,
  readClassroomRun,
  resumableStage,
  writeClassroomRun,
} from '@/lib/classroom/run';

describe('parseClassroomRun', () => {
  it('reads a run with its stage and the time its question was shown', () => {
    const run = { code: 'K123', position: 2, stage: 'waiting', shownAt: 1_700_000_000_000 };
    expect(parseClassroomRun(JSON.stringify(run))).toEqual(run);
  });

  it('reads a run saved before runs had a stage as one on a question', () => {
    expect(parseClassroomRun('{"code":"K1","position":1}')).toEqual({
      code: 'K1',
      position: 1,
      stage: 'answering',
    });
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{code'],
    ['an array', '[]'],
    ['a code that is not text', '{"code":1,"position":0}'],
    ['a negative position', '{"code":"K1","position":-1}'],
    ['a fractional position', '{"code":"K1","position":0.5}'],
    ['an unknown stage', '{"code":"K1","position":0,"stage":"paused"}'],
  ])('gives null for %s', (_, raw) => {
    expect(parseClassroomRun(raw)).toBeNull();
  });

  it('drops a shown time that is not a time, keeping the run', () => {
    expect(parseClassroomRun('{"code":"K1","position":0,"shownAt":"soon"}')).toEqual({
      code: 'K1',
      position: 0,
      stage: 'answering',
    });
  });
});

describe('resumableStage', () => {
  it('takes up on the first question, right after the nickname', () => {
    expect(resumableStage({ code: 'K1', position: 0, stage: 'answering' }, 3, null)).toBe(
      'answering',
    );
  });

  it('takes up waiting for the teacher', () => {
    expect(resumableStage({ code: 'K1', position: 2, stage: 'waiting' }, 3, null)).toBe('waiting');
  });

  it('does not take up past the last question', () => {
    expect(resumableStage({ code: 'K1', position: 3, stage: 'answering' }, 3, null)).toBeNull();
  });

  it('takes up on the result only when it is the profile’s saved one', () => {
    const done = { code: 'K1', position: 3, stage: 'done' } as const;
    expect(resumableStage(done, 3, 'K1')).toBe('done');
    expect(resumableStage(done, 3, 'K2')).toBeNull();
    expect(resumableStage(done, 3, null)).toBeNull();
    expect(resumableStage({ ...done, position: 2 }, 3, 'K1')).toBeNull();
  });
});

describe('readClassroomRun and writeClassroomRun', () => {
  it('keep a run per quiz code, and forget it when written null', () => {
    const map = new Map<string, string>();
    const storage = {
      read: (key: string) => map.get(key) ?? null,
      write: (key: string, value: string | null) => {
        if (value === null) map.delete(key);
        else map.set(key, value);
        return true;
      },
    };
    const run = { code: 'K1', position: 1, stage: 'waiting' } as const;
    writeClassroomRun('QUIZA', run, storage);
    expect(readClassroomRun('QUIZA', storage)).toEqual(run);
    expect(readClassroomRun('QUIZB', storage)).toBeNull();
    writeClassroomRun('QUIZA', null, storage);
    expect(readClassroomRun('QUIZA', storage)).toBeNull();
    expect(map.size).toBe(0);
  });
});
