import type { Mock } from 'vitest';
import { consoleFetch, consoleFetchJSON, consoleFetchText } from './console-fetch';
import { HttpError, TimeoutError, messageForErrorBody } from './http-error';
import { readCookie } from './cookies';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('consoleFetch', () => {
  let fetchMock: Mock<typeof fetch>;
  beforeEach(() => {
    fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('document', { cookie: 'other=1; csrf-token=tok%3D1' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the CSRF header from the csrf-token cookie and same-origin credentials', async () => {
    fetchMock.mockResolvedValue(json(200, { ok: true }));
    await consoleFetch('/api/kubernetes/api/v1/pods', { headers: { Accept: 'application/json' } });
    const [, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'X-CSRFToken': 'tok=1', Accept: 'application/json' });
  });

  it('throws an HttpError with the API server message, code and body', async () => {
    const status = {
      kind: 'Status',
      code: 422,
      message: 'TempoStack.tempo.grafana.com "x" is invalid',
      details: { causes: [] },
    };
    fetchMock.mockResolvedValue(json(422, status));
    const error = (await consoleFetchJSON('/x').catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.code).toBe(422);
    expect(error.message).toBe('TempoStack.tempo.grafana.com "x" is invalid');
    expect(error.json).toEqual(status);
  });

  it('sends a request again on 429, three attempts in all, as the console', async () => {
    const tooMany = () =>
      json(429, {
        kind: 'Status',
        code: 429,
        message: 'the server has received too many requests',
      });
    fetchMock.mockResolvedValueOnce(tooMany()).mockResolvedValueOnce(json(200, { ok: 1 }));
    await expect(consoleFetchJSON('/busy')).resolves.toEqual({ ok: 1 });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    fetchMock.mockReset();
    fetchMock.mockImplementation(() => Promise.resolve(tooMany()));
    const error = (await consoleFetchJSON('/busy').catch((e: unknown) => e)) as HttpError;
    expect(error.code).toBe(429);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('posts, puts, patches (JSON patch) and deletes JSON', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(json(200, { done: true })));
    await consoleFetchJSON.post('/p', { a: 1 });
    await consoleFetchJSON.put('/p', { a: 2 });
    await consoleFetchJSON.patch('/p', [{ op: 'add', path: '/a', value: 3 }]);
    await consoleFetchJSON.delete('/p');
    const calls = fetchMock.mock.calls.map(
      ([, init]) => init as RequestInit & { headers: Record<string, string> },
    );
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PUT', 'PATCH', 'DELETE']);
    expect(calls[0].body).toBe('{"a":1}');
    expect(calls[0].headers['Content-Type']).toBe('application/json');
    expect(calls[2].headers['Content-Type']).toBe('application/json-patch+json');
    expect(calls[3].body).toBeUndefined();
  });

  it('returns {} for an empty JSON answer and text for consoleFetchText', async () => {
    fetchMock.mockResolvedValueOnce(new Response('', { status: 200 }));
    await expect(consoleFetchJSON('/empty')).resolves.toEqual({});
    fetchMock.mockResolvedValueOnce(
      new Response('line 1\nline 2', { status: 200, headers: { 'Content-Type': 'text/plain' } }),
    );
    await expect(consoleFetchText('/log')).resolves.toBe('line 1\nline 2');
  });

  it('uses the body text for non-JSON errors and times out', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response('upstream down', { status: 502, statusText: 'Bad Gateway' }),
    );
    await expect(consoleFetch('/x')).rejects.toMatchObject({ code: 502, message: 'upstream down' });
    fetchMock.mockImplementationOnce(
      (_url, init) =>
        new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    );
    await expect(consoleFetch('/slow', {}, 10)).rejects.toBeInstanceOf(TimeoutError);
  });
});

describe('error messages', () => {
  it('prefers the first cause, then the message, then error, then the status text', () => {
    expect(
      messageForErrorBody(422, 'Unprocessable', {
        message: 'm',
        details: { causes: [{ message: 'Required value', field: 'spec.storage' }] },
      }),
    ).toBe('Error "Required value" for field "spec.storage".');
    expect(messageForErrorBody(409, 'Conflict', { message: 'the object has been modified' })).toBe(
      'the object has been modified',
    );
    expect(messageForErrorBody(500, 'Internal', { error: 'e' })).toBe('e');
    expect(messageForErrorBody(404, '', {})).toBe('Not Found');
    expect(messageForErrorBody(403, 'Forbidden', {})).toBe('Access denied due to cluster policy.');
  });

  it('reads cookies', () => {
    expect(readCookie('a=1; csrf-token=x%20y', 'csrf-token')).toBe('x y');
    expect(readCookie('a=1', 'csrf-token')).toBeUndefined();
  });
});
