// Shared helpers of the interop scripts: one JSON line per check, the emulator's
// control API, error expectations and a webhook receiver built on the SDK's
// WebhookReceiver.
//
// env: LK_URL, LK_KEY, LK_SECRET, WEBHOOK_PORT (optional)
import http from 'node:http';
import assert from 'node:assert/strict';
import { AccessToken, WebhookReceiver } from 'livekit-server-sdk';

export const { LK_URL, LK_KEY, LK_SECRET, WEBHOOK_PORT } = process.env;

const results = [];

/** Prints one check as a JSON line `{name, ok, detail}`. */
export function check(name, ok, detail = '') {
  results.push({ name, ok: ok === true });
  console.log(JSON.stringify({ name, ok: ok === true, detail: typeof detail === 'string' ? detail : JSON.stringify(detail) }));
}

/** Exits non-zero when any check failed. */
export function finish() {
  const failed = results.filter((r) => !r.ok);
  process.exit(failed.length ? 1 : 0);
}

/** An API token signed with the configured key, with `grants` as its video grant. */
export async function apiToken(video = {}, sip = undefined) {
  const t = new AccessToken(LK_KEY, LK_SECRET, { ttl: '5m' });
  t.addGrant(video);
  if (sip) t.addSIPGrant(sip);
  return t.toJwt();
}

/** Calls the emulator's control API (`/_emulator/...`) and returns the parsed JSON. */
export async function control(method, path, body) {
  const resp = await fetch(`${LK_URL}/_emulator${path}`, {
    method,
    headers: { authorization: `Bearer ${await apiToken()}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await resp.text();
  assert.equal(resp.status, 200, text);
  return JSON.parse(text);
}

/** A raw JSON Twirp call with the caller's token: `{status, contentType, body}`. */
export async function twirp(service, method, body, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const resp = await fetch(`${LK_URL}/twirp/livekit.${service}/${method}`, {
    method: 'POST', headers, body: JSON.stringify(body),
  });
  const text = await resp.text();
  let json;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: resp.status, contentType: resp.headers.get('content-type'), body: json, text };
}

/** `true` when `fn` throws an SDK error with this status (and code), else a description. */
export async function expectError(fn, status, code) {
  try {
    await fn();
  } catch (e) {
    return e.status === status && (code === undefined || e.code === code)
      ? true
      : `${e.status} ${e.code} ${e.message}`;
  }
  return 'no error';
}

/** The thrown error, or undefined. */
export async function caught(fn) {
  try {
    await fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

/** Starts an HTTP server on WEBHOOK_PORT that verifies each delivery with WebhookReceiver. */
export async function webhookSink() {
  const receiver = new WebhookReceiver(LK_KEY, LK_SECRET);
  const events = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', async () => {
      try {
        const ev = await receiver.receive(body, req.headers.authorization);
        events.push({ ev, contentType: req.headers['content-type'] });
        res.writeHead(200).end();
      } catch (e) {
        events.push({ error: String(e) });
        res.writeHead(401).end();
      }
    });
  });
  await new Promise((r) => server.listen(Number(WEBHOOK_PORT), '127.0.0.1', r));
  return {
    events,
    close: () => server.close(),
    /** Waits (up to ~5 s) until `pred(events)` holds. */
    async until(pred) {
      for (let i = 0; i < 50 && !pred(events); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      return pred(events);
    },
  };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** An ID is a prefix plus 12 base57 characters (utils/guid). */
export const isId = (id, prefix) => typeof id === 'string'
  && new RegExp(`^${prefix}[2-9A-HJ-NP-Za-km-z]{12}$`).test(id);
