import { describe, expect, it } from 'vitest';
import { errorMessage, errorStatus, invalidatesData, isNotFound } from './api-error';

class HttpError extends Error {
  constructor(
    message: string,
    public code?: number,
    public json?: unknown,
  ) {
    super(message);
  }
}

describe('api errors', () => {
  it('reads the status code from the error, its response or its body', () => {
    expect(errorStatus(new HttpError('Forbidden', 403))).toBe(403);
    expect(errorStatus({ response: { status: 500 } })).toBe(500);
    expect(errorStatus({ json: { code: 404 } })).toBe(404);
    expect(errorStatus(new Error('x'))).toBeUndefined();
    expect(errorStatus(undefined)).toBeUndefined();
  });

  it("prefers the API server's message", () => {
    expect(
      errorMessage(
        new HttpError('Forbidden', 403, {
          message: 'tempostacks.tempo.grafana.com is forbidden: User "viewer" cannot list',
        }),
      ),
    ).toBe('tempostacks.tempo.grafana.com is forbidden: User "viewer" cannot list');
    expect(errorMessage(new Error('timeout'))).toBe('timeout');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage(42)).toBe('42');
  });

  it('recognises not found', () => {
    expect(isNotFound(new HttpError('Not Found', 404))).toBe(true);
    const noModel = new Error('Model does not exist');
    noModel.name = 'NoModelError';
    expect(isNotFound(noModel)).toBe(true);
    expect(isNotFound(new HttpError('Forbidden', 403))).toBe(false);
  });

  it('tells which errors make earlier data invalid (gone or forbidden) and which do not', () => {
    expect(invalidatesData(new HttpError('not found', 404))).toBe(true);
    expect(invalidatesData(Object.assign(new Error('x'), { name: 'NoModelError' }))).toBe(true);
    expect(invalidatesData(new HttpError('Forbidden', 403))).toBe(true);
    expect(invalidatesData(new HttpError('Unauthorized', 401))).toBe(true);
    expect(invalidatesData(new HttpError('unavailable', 503))).toBe(false);
    expect(invalidatesData(new HttpError('timeout', 504))).toBe(false);
    expect(invalidatesData(new Error('Failed to fetch'))).toBe(false);
  });
});
