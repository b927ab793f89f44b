import { describe, expect, it } from 'vitest';
import { href, parseRoute } from './router';

describe('parseRoute', () => {
  it('maps the candidate routes', () => {
    expect(parseRoute('')).toEqual({ name: 'scenarios' });
    expect(parseRoute('#/')).toEqual({ name: 'scenarios' });
    expect(parseRoute('#/scenarios')).toEqual({ name: 'scenarios' });
    expect(parseRoute('#/scenarios/rag-chat')).toEqual({ name: 'scenario', slug: 'rag-chat' });
    expect(parseRoute('#/interviews/12')).toEqual({ name: 'interview', id: '12' });
    expect(parseRoute('#/interviews/12/feedback')).toEqual({ name: 'feedback', id: '12' });
    expect(parseRoute('#/history')).toEqual({ name: 'history' });
    expect(parseRoute('#/account')).toEqual({ name: 'account' });
    expect(parseRoute('#/signin')).toEqual({ name: 'signin' });
  });
  it('maps the admin routes', () => {
    expect(parseRoute('#/admin/scenarios')).toEqual({ name: 'admin-list' });
    expect(parseRoute('#/admin/scenarios/new')).toEqual({ name: 'admin-new' });
    expect(parseRoute('#/admin/scenarios/import')).toEqual({ name: 'admin-import' });
    expect(parseRoute('#/admin/scenarios/rag-chat')).toEqual({ name: 'admin-edit', id: 'rag-chat' });
    expect(parseRoute('#/admin/judge-reports')).toEqual({ name: 'admin-judge-reports' });
  });
  it('ignores a query and trailing slash', () => expect(parseRoute('#/history/?x=1')).toEqual({ name: 'history' }));
  it('answers not-found for anything else', () => {
    expect(parseRoute('#/interviews/12/other')).toEqual({ name: 'not-found', path: '/interviews/12/other' });
    expect(parseRoute('#/nope')).toEqual({ name: 'not-found', path: '/nope' });
  });
  it('round-trips the links it builds', () => {
    expect(parseRoute(href.feedback(7))).toEqual({ name: 'feedback', id: '7' });
    expect(parseRoute(href.scenario('a b'))).toEqual({ name: 'scenario', slug: 'a b' });
  });
});
