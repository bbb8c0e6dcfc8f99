// Drives LiveKit's official Node server SDK (which speaks JSON Twirp) against
// the lkctl emulator, and checks the emulator's webhooks with the SDK's
// WebhookReceiver. Prints one JSON line per check; exits non-zero on failure.
//
// env: LK_URL, LK_KEY, LK_SECRET, WEBHOOK_PORT
import http from 'node:http';
import assert from 'node:assert/strict';
import {
  AccessToken, DataPacket_Kind, RoomServiceClient, TokenVerifier, WebhookReceiver,
} from 'livekit-server-sdk';

const { LK_URL, LK_KEY, LK_SECRET, WEBHOOK_PORT } = process.env;
const results = [];
const check = (name, ok, detail = '') => {
  results.push({ name, ok });
  console.log(JSON.stringify({ name, ok, detail: String(detail) }));
};

// Webhook receiver first, so no event is missed.
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

async function control(method, path, body) {
  const t = new AccessToken(LK_KEY, LK_SECRET, { ttl: '5m' });
  const resp = await fetch(`${LK_URL}/_emulator${path}`, {
    method,
    headers: { authorization: `Bearer ${await t.toJwt()}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await resp.text();
  assert.equal(resp.status, 200, text);
  return JSON.parse(text);
}

async function expectError(fn, status, code) {
  try {
    await fn();
  } catch (e) {
    return e.status === status && (code === undefined || e.code === code) ? true : `${e.status} ${e.code} ${e.message}`;
  }
  return 'no error';
}

const svc = new RoomServiceClient(LK_URL, LK_KEY, LK_SECRET);
try {
  const room = await svc.createRoom({ name: 'node-room', emptyTimeout: 120, maxParticipants: 7, metadata: 'm1' });
  check('createRoom', room.sid.startsWith('RM_') && room.emptyTimeout === 120 && room.maxParticipants === 7, room.sid);
  const again = await svc.createRoom({ name: 'node-room' });
  check('createRoom idempotent', again.sid === room.sid, again.sid);

  const rooms = await svc.listRooms();
  check('listRooms', rooms.length === 1 && rooms[0].name === 'node-room', rooms.length);
  const named = await svc.listRooms(['nope']);
  check('listRooms by name', named.length === 0);

  const upd = await svc.updateRoomMetadata('node-room', 'm2');
  check('updateRoomMetadata', upd.metadata === 'm2');

  await control('POST', '/rooms/node-room/participants', {
    identity: 'ada', name: 'Ada', tracks: [{ type: 'audio', source: 'microphone', name: 'mic' }],
  });
  const ps = await svc.listParticipants('node-room');
  check('listParticipants', ps.length === 1 && ps[0].identity === 'ada' && ps[0].tracks.length === 1, ps.length);
  const p = await svc.getParticipant('node-room', 'ada');
  check('getParticipant', p.name === 'Ada' && p.sid.startsWith('PA_'), p.sid);

  const up = await svc.updateParticipant('node-room', 'ada', {
    metadata: 'meta', attributes: { hand: 'up' }, permission: { canPublish: false, canSubscribe: true },
  });
  check('updateParticipant', up.metadata === 'meta' && up.attributes.hand === 'up' && up.permission.canPublish === false);

  const track = await svc.mutePublishedTrack('node-room', 'ada', p.tracks[0].sid, true);
  check('mutePublishedTrack', track.muted === true && track.sid === p.tracks[0].sid);

  await svc.sendData('node-room', new TextEncoder().encode('hi'), DataPacket_Kind.RELIABLE, {
    topic: 'chat', destinationIdentities: ['ada'],
  });
  const data = await control('GET', '/data');
  check('sendData', data.length === 1 && data[0].recipients[0] === 'ada', JSON.stringify(data[0]?.recipients));

  await svc.updateSubscriptions('node-room', 'ada', [p.tracks[0].sid], false);
  check('updateSubscriptions', true);

  const nf = await expectError(() => svc.getParticipant('node-room', 'ghost'), 404, 'not_found');
  check('getParticipant unknown -> 404 not_found', nf === true, nf);

  await svc.removeParticipant('node-room', 'ada');
  check('removeParticipant', (await svc.listParticipants('node-room')).length === 0);

  await svc.deleteRoom('node-room');
  check('deleteRoom', (await svc.listRooms()).length === 0);
  const gone = await expectError(() => svc.deleteRoom('node-room'), 404, 'not_found');
  check('deleteRoom unknown -> 404 not_found', gone === true, gone);

  const bad = new RoomServiceClient(LK_URL, LK_KEY, 'wrong-secret-for-interop-0123456789');
  const denied = await expectError(() => bad.listRooms(), 401);
  check('wrong secret -> 401', denied === true, denied);

  // Token interop: the SDK verifies a token it minted against the same key.
  const at = new AccessToken(LK_KEY, LK_SECRET, { identity: 'zed', ttl: '1h' });
  at.addGrant({ roomJoin: true, room: 'node-room', canPublish: false });
  const jwt = await at.toJwt();
  const claims = await new TokenVerifier(LK_KEY, LK_SECRET).verify(jwt);
  check('AccessToken round trip', claims.sub === 'zed' && claims.video.room === 'node-room');
  console.log(JSON.stringify({ token: jwt }));
  if (process.env.LKCTL_TOKEN) {
    const c = await new TokenVerifier(LK_KEY, LK_SECRET).verify(process.env.LKCTL_TOKEN);
    check('lkctl token verified by the Node SDK', c.sub === 'lkctl-user' && c.video.roomJoin === true, c.sub);
  }

  // Webhooks: delivered asynchronously; wait for room_finished.
  for (let i = 0; i < 50 && !events.some((e) => e.ev?.event === 'room_finished'); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const bad401 = events.filter((e) => e.error);
  check('webhooks verified by WebhookReceiver', bad401.length === 0 && events.length >= 4, bad401[0]?.error ?? events.length);
  const names = events.map((e) => e.ev?.event);
  for (const ev of ['room_started', 'participant_joined', 'track_published', 'participant_left', 'room_finished']) {
    check(`webhook ${ev}`, names.includes(ev), names.join(','));
  }
  check('webhook content type', events.every((e) => e.contentType === 'application/webhook+json'));
} catch (e) {
  check('unexpected error', false, e?.stack ?? e);
}
server.close();
const failed = results.filter((r) => !r.ok);
process.exit(failed.length ? 1 : 0);
