import { describe, expect, it } from 'vitest';
import { forgetEarly, rememberEarly, takeEarly } from '../../renderer/src/app/read-ahead.ts';

const answer = <T>(value: T) => Promise.resolve(value);

describe('read-ahead: a screen takes the answers its route asked for as the navigation started', () => {
  it('answers exactly the same request, once', async () => {
    const list = answer({ rows: ['first page'] });
    rememberEarly([['cases:list', { sort: 'registered_desc', offset: 0, limit: 100 }, list]]);
    expect(takeEarly('cases:list', { sort: 'registered_desc', offset: 0, limit: 100 })).toBe(list);
    // A second request (a reload after a save) reads afresh.
    expect(takeEarly('cases:list', { sort: 'registered_desc', offset: 0, limit: 100 })).toBeUndefined();
  });

  it('never answers another payload or another channel', () => {
    rememberEarly([['cases:get', { id: 1 }, answer('case 1')]]);
    expect(takeEarly('cases:get', { id: 2 })).toBeUndefined();
    expect(takeEarly('letters:options', { id: 1 })).toBeUndefined();
  });

  it('forgets the previous navigation’s reads when a new navigation starts', () => {
    rememberEarly([['cases:get', { id: 1 }, answer('case 1')]]);
    rememberEarly([['cases:get', { id: 2 }, answer('case 2')]]);
    expect(takeEarly('cases:get', { id: 1 })).toBeUndefined();
    expect(takeEarly('cases:get', { id: 2 })).toBeDefined();
  });

  it('forgets what the screen did not take once it has mounted', () => {
    rememberEarly([['letters:settings', {}, answer('settings')]]);
    forgetEarly();
    expect(takeEarly('letters:settings', {})).toBeUndefined();
  });

  it('keeps a failed read for the request that takes it, without an unhandled rejection meanwhile', async () => {
    const failed = Promise.reject(new Error('FORBIDDEN'));
    rememberEarly([['users:list', {}, failed]]);
    // Give an unhandled rejection the chance to surface (vitest fails the run on one).
    await new Promise((r) => setTimeout(r, 0));
    await expect(takeEarly('users:list', {})).rejects.toThrow('FORBIDDEN');
  });
});
