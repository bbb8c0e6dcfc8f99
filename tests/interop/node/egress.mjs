// LiveKit's official Node server SDK's EgressClient against the lkctl emulator,
// with the egress webhooks verified by the SDK's WebhookReceiver.
// Prints one JSON line per check; exits non-zero on failure.
//
// env: LK_URL, LK_KEY, LK_SECRET, WEBHOOK_PORT
import {
  EgressClient, EgressStatus, EncodedFileOutput, EncodedFileType, RoomServiceClient,
  S3Upload, StreamOutput, StreamProtocol,
} from 'livekit-server-sdk';
import {
  LK_KEY, LK_SECRET, LK_URL, apiToken, check, control, expectError, finish, isId, twirp,
  webhookSink,
} from './common.mjs';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';

// The emulator dials a track egress's WebSocket for real (as LiveKit's egress does), so
// the test gives it a minimal WebSocket peer on loopback that accepts the upgrade and
// discards the audio frames.
const audioPeer = createServer();
audioPeer.on('upgrade', (req, socket) => {
  const accept = createHash('sha1')
    .update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
    .digest('base64');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n'
    + `Sec-WebSocket-Accept: ${accept}\r\n\r\n`);
  socket.on('data', () => {});
  socket.on('error', () => {});
});
await new Promise((resolve) => audioPeer.listen(0, '127.0.0.1', resolve));
const audioPort = audioPeer.address().port;

const sink = await webhookSink();
const rooms = new RoomServiceClient(LK_URL, LK_KEY, LK_SECRET);
const egress = new EgressClient(LK_URL, LK_KEY, LK_SECRET);

async function waitStatus(id, status) {
  let info;
  for (let i = 0; i < 50; i++) {
    [info] = await egress.listEgress({ egressId: id });
    if (info?.status === status) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return info;
}

try {
  const room = await rooms.createRoom({ name: 'eg-room' });
  const ada = await control('POST', '/rooms/eg-room/participants', {
    identity: 'ada', tracks: [{ type: 'audio', name: 'mic' }],
  });
  const trackSid = ada.tracks[0].sid;

  // Room composite: an MP4 uploaded to S3 plus an RTMP stream.
  const file = new EncodedFileOutput({
    fileType: EncodedFileType.MP4,
    filepath: 'rec/{room_name}.mp4',
    output: {
      case: 's3',
      value: new S3Upload({
        accessKey: 'AK', secret: 'SK', bucket: 'bkt', region: 'us-east-1',
        endpoint: 'http://127.0.0.1:9000', forcePathStyle: true,
      }),
    },
  });
  const stream = new StreamOutput({ protocol: StreamProtocol.RTMP, urls: ['rtmp://127.0.0.1/live/a'] });
  const rc = await egress.startRoomCompositeEgress('eg-room', { file, stream }, { layout: 'grid' });
  check('startRoomCompositeEgress id', isId(rc.egressId, 'EG_'), rc.egressId);
  check('startRoomCompositeEgress room', rc.roomName === 'eg-room' && rc.roomId === room.sid, `${rc.roomName} ${rc.roomId}`);
  check('startRoomCompositeEgress STARTING', rc.status === EgressStatus.EGRESS_STARTING, rc.status);
  const rcReq = rc.request.case === 'roomComposite' ? rc.request.value : undefined;
  check('startRoomCompositeEgress echoes the request',
    rcReq?.layout === 'grid' && rcReq.roomName === 'eg-room'
      && rcReq.fileOutputs[0]?.filepath === 'rec/{room_name}.mp4'
      && rcReq.fileOutputs[0]?.output.case === 's3'
      && rcReq.fileOutputs[0]?.output.value.bucket === 'bkt'
      && rcReq.streamOutputs[0]?.urls[0] === 'rtmp://127.0.0.1/live/a',
    rc.request.case);
  check('startRoomCompositeEgress stream result',
    rc.streamResults.length === 1 && rc.streamResults[0].url === 'rtmp://127.0.0.1/live/a',
    rc.streamResults.map((s) => s.url));

  // Track egress to a WebSocket.
  const ws = `ws://127.0.0.1:${audioPort}/audio?trackID=${trackSid}`;
  const tr = await egress.startTrackEgress('eg-room', ws, trackSid);
  const trReq = tr.request.case === 'track' ? tr.request.value : undefined;
  check('startTrackEgress', isId(tr.egressId, 'EG_') && tr.roomName === 'eg-room'
    && trReq?.trackId === trackSid && trReq.output.case === 'websocketUrl' && trReq.output.value === ws,
  `${tr.egressId} ${tr.request.case}`);
  check('startTrackEgress stream result is the websocket', tr.streamResults[0]?.url === ws, tr.streamResults[0]?.url);

  const noRoom = await expectError(
    () => egress.startRoomCompositeEgress('no-such-room', { file }), 404, 'not_found',
  );
  check('startRoomCompositeEgress unknown room -> 404 not_found', noRoom === true, noRoom);

  const active = await waitStatus(rc.egressId, EgressStatus.EGRESS_ACTIVE);
  check('egress becomes ACTIVE', active?.status === EgressStatus.EGRESS_ACTIVE && active.startedAt > 0n, active?.status);

  // ListEgress filters.
  const all = await egress.listEgress();
  check('listEgress all', all.length === 2, all.length);
  const byRoom = await egress.listEgress({ roomName: 'eg-room' });
  check('listEgress roomName', byRoom.length === 2 && byRoom.every((e) => e.roomName === 'eg-room'), byRoom.length);
  const other = await egress.listEgress({ roomName: 'other-room' });
  check('listEgress other room is empty', other.length === 0, other.length);
  const byId = await egress.listEgress({ egressId: tr.egressId });
  check('listEgress egressId', byId.length === 1 && byId[0].egressId === tr.egressId, byId.length);
  const legacy = await egress.listEgress('eg-room');
  check('listEgress(roomName) legacy signature', legacy.length === 2, legacy.length);

  // UpdateLayout and UpdateStream.
  const laid = await egress.updateLayout(rc.egressId, 'speaker');
  check('updateLayout', laid.request.case === 'roomComposite' && laid.request.value.layout === 'speaker', laid.request.value?.layout);
  const streamed = await egress.updateStream(rc.egressId, ['rtmp://127.0.0.1/live/b'], ['rtmp://127.0.0.1/live/a']);
  const a = streamed.streamResults.find((s) => s.url.endsWith('/a'));
  const b = streamed.streamResults.find((s) => s.url.endsWith('/b'));
  check('updateStream adds and removes outputs', a?.status === 1 && b?.status === 0, streamed.streamResults.map((s) => `${s.url}:${s.status}`));

  // Stop: ENDING at once, COMPLETE with results shortly after.
  const stopping = await egress.stopEgress(rc.egressId);
  check('stopEgress ENDING', stopping.status === EgressStatus.EGRESS_ENDING, stopping.status);
  const done = await waitStatus(rc.egressId, EgressStatus.EGRESS_COMPLETE);
  check('stopped egress COMPLETE', done?.status === EgressStatus.EGRESS_COMPLETE && done.endedAt >= done.startedAt, done?.status);
  const fr = done?.fileResults[0];
  check('file result names the S3 location',
    fr?.filename === 'rec/eg-room.mp4' && fr.location === 'http://127.0.0.1:9000/bkt/rec/eg-room.mp4' && fr.size > 0n,
    `${fr?.filename} ${fr?.location}`);
  const activeOnly = await egress.listEgress({ roomName: 'eg-room', active: true });
  check('listEgress active', activeOnly.length === 1 && activeOnly[0].egressId === tr.egressId, activeOnly.map((e) => e.egressId));

  const again = await expectError(() => egress.stopEgress(rc.egressId), 412, 'failed_precondition');
  check('stopEgress twice -> 412 failed_precondition', again === true, again);
  const unknown = await expectError(() => egress.stopEgress('EG_doesnotexist'), 404, 'not_found');
  check('stopEgress unknown -> 404 not_found', unknown === true, unknown);
  const layoutUnknown = await expectError(() => egress.updateLayout('EG_doesnotexist', 'grid'), 404, 'not_found');
  check('updateLayout unknown -> 404 not_found', layoutUnknown === true, layoutUnknown);

  // A token without roomRecord (the SDK always adds it, so a raw call with a room admin token).
  const noRecord = await twirp('Egress', 'ListEgress', { roomName: 'eg-room' },
    await apiToken({ roomAdmin: true, room: 'eg-room' }));
  check('Egress without roomRecord -> 401 unauthenticated',
    noRecord.status === 401 && noRecord.body?.code === 'unauthenticated' && noRecord.body?.msg === 'permissions denied',
    noRecord.text);
  const withRecord = await twirp('Egress', 'ListEgress', { roomName: 'eg-room' }, await apiToken({ roomRecord: true }));
  check('raw ListEgress with roomRecord (server JSON)',
    withRecord.status === 200 && withRecord.body.items.length === 2 && 'next_page_token' in withRecord.body,
    withRecord.text.slice(0, 200));

  // Webhooks: egress_started, egress_updated (ACTIVE, ENDING), egress_ended (COMPLETE).
  await egress.stopEgress(tr.egressId);
  const ended = (evs) => evs.filter((e) => e.ev?.event === 'egress_ended').length >= 2;
  await sink.until(ended);
  const bad = sink.events.filter((e) => e.error);
  check('egress webhooks verified by WebhookReceiver', bad.length === 0, bad[0]?.error ?? '');
  const forRc = sink.events.filter((e) => e.ev?.egressInfo?.egressId === rc.egressId).map((e) => e.ev);
  const seq = forRc.map((ev) => `${ev.event}:${ev.egressInfo.status}`);
  check('webhook egress_started STARTING', seq.includes(`egress_started:${EgressStatus.EGRESS_STARTING}`), seq);
  check('webhook egress_updated ACTIVE', seq.includes(`egress_updated:${EgressStatus.EGRESS_ACTIVE}`), seq);
  check('webhook egress_updated ENDING', seq.includes(`egress_updated:${EgressStatus.EGRESS_ENDING}`), seq);
  check('webhook egress_ended COMPLETE', seq.includes(`egress_ended:${EgressStatus.EGRESS_COMPLETE}`), seq);
  const endedEv = forRc.find((ev) => ev.event === 'egress_ended');
  check('egress_ended carries room and results',
    endedEv?.room?.name === 'eg-room' && endedEv.room.sid === room.sid && endedEv.egressInfo.fileResults.length === 1
      && isId(endedEv.id, 'EV_'),
    endedEv?.room);
} catch (e) {
  check('unexpected error', false, e?.stack ?? String(e));
}
sink.close();
audioPeer.closeAllConnections?.();
audioPeer.close();
finish();
