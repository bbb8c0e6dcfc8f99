// LiveKit's official Node server SDK's IngressClient and AgentDispatchClient
// against the lkctl emulator, with ingress webhooks verified by WebhookReceiver.
// Prints one JSON line per check; exits non-zero on failure.
//
// env: LK_URL, LK_KEY, LK_SECRET, WEBHOOK_PORT
import {
  AgentDispatchClient, IngressClient, IngressInput, JobRestartPolicy, RoomServiceClient,
} from 'livekit-server-sdk';
import {
  LK_KEY, LK_SECRET, LK_URL, apiToken, check, control, expectError, finish, isId, twirp,
  webhookSink,
} from './common.mjs';

const sink = await webhookSink();
const rooms = new RoomServiceClient(LK_URL, LK_KEY, LK_SECRET);
const ingress = new IngressClient(LK_URL, LK_KEY, LK_SECRET);
const dispatch = new AgentDispatchClient(LK_URL, LK_KEY, LK_SECRET);
// Enums the SDK does not re-export (livekit_ingress.proto, livekit_agent.proto).
const IngressState_Status = { ENDPOINT_INACTIVE: 0, ENDPOINT_PUBLISHING: 2 };
const JobStatus = { JS_PENDING: 0 };
const streamKey = /^[2-9A-HJ-NP-Za-km-z]{12}$/;

try {
  // --- Ingress ---
  const rtmp = await ingress.createIngress(IngressInput.RTMP_INPUT, {
    name: 'cam', roomName: 'in-room', participantIdentity: 'streamer', participantName: 'Streamer',
    participantMetadata: 'pm',
  });
  check('createIngress RTMP id', isId(rtmp.ingressId, 'IN_'), rtmp.ingressId);
  check('createIngress RTMP endpoint',
    rtmp.inputType === IngressInput.RTMP_INPUT && streamKey.test(rtmp.streamKey) && rtmp.url.startsWith('rtmp://')
      && rtmp.reusable === true,
    `${rtmp.url} ${rtmp.streamKey}`);
  check('createIngress RTMP echoes fields',
    rtmp.name === 'cam' && rtmp.roomName === 'in-room' && rtmp.participantIdentity === 'streamer'
      && rtmp.participantName === 'Streamer' && rtmp.participantMetadata === 'pm',
    rtmp.name);
  check('createIngress RTMP state ENDPOINT_INACTIVE',
    rtmp.state?.status === IngressState_Status.ENDPOINT_INACTIVE, rtmp.state?.status);

  const whip = await ingress.createIngress(IngressInput.WHIP_INPUT, {
    name: 'whip', roomName: 'in-room', participantIdentity: 'whipper', enableTranscoding: false,
  });
  check('createIngress WHIP',
    isId(whip.ingressId, 'IN_') && whip.inputType === IngressInput.WHIP_INPUT && streamKey.test(whip.streamKey)
      && whip.url.startsWith('http') && whip.reusable === true && whip.enableTranscoding === false,
    `${whip.url} ${whip.streamKey}`);

  const src = 'https://example.invalid/stream.m3u8';
  const url = await ingress.createIngress(IngressInput.URL_INPUT, {
    name: 'pull', roomName: 'other-room', participantIdentity: 'puller', url: src,
  });
  check('createIngress URL',
    isId(url.ingressId, 'IN_') && url.inputType === IngressInput.URL_INPUT && url.url === src
      && url.streamKey === '' && url.reusable === false,
    `${url.url} ${url.streamKey} ${url.reusable}`);

  const all = await ingress.listIngress();
  check('listIngress all', all.length === 3, all.length);
  const byRoom = await ingress.listIngress({ roomName: 'in-room' });
  check('listIngress roomName', byRoom.length === 2 && byRoom.every((i) => i.roomName === 'in-room'), byRoom.length);
  const legacy = await ingress.listIngress('other-room');
  check('listIngress(roomName) legacy signature', legacy.length === 1 && legacy[0].ingressId === url.ingressId, legacy.length);
  const byId = await ingress.listIngress({ ingressId: whip.ingressId });
  check('listIngress ingressId', byId.length === 1 && byId[0].ingressId === whip.ingressId, byId.length);

  const upd = await ingress.updateIngress(rtmp.ingressId, { name: 'cam2', participantName: 'Renamed' });
  check('updateIngress',
    upd.name === 'cam2' && upd.participantName === 'Renamed' && upd.roomName === 'in-room'
      && upd.participantIdentity === 'streamer' && upd.streamKey === rtmp.streamKey,
    `${upd.name} ${upd.participantName} ${upd.roomName}`);
  const updUnknown = await expectError(() => ingress.updateIngress('IN_doesnotexist', { name: 'x' }), 404, 'not_found');
  check('updateIngress unknown -> 404 not_found', updUnknown === true, updUnknown);

  // Media arrives (emulator control), then the endpoint is deleted: started/ended webhooks.
  const pub = await control('POST', `/ingress/${rtmp.ingressId}/publish`);
  check('control: ingress publishing', pub.state.status === 'ENDPOINT_PUBLISHING', pub.state.status);
  const [live] = await ingress.listIngress({ ingressId: rtmp.ingressId });
  check('listIngress shows PUBLISHING', live.state?.status === IngressState_Status.ENDPOINT_PUBLISHING && live.state.startedAt > 0n, live.state?.status);

  const del = await ingress.deleteIngress(rtmp.ingressId);
  check('deleteIngress returns the info', del.ingressId === rtmp.ingressId && del.name === 'cam2', del.ingressId);
  check('deleteIngress removes it', (await ingress.listIngress()).length === 2);
  const delUnknown = await expectError(() => ingress.deleteIngress(rtmp.ingressId), 404, 'not_found');
  check('deleteIngress unknown -> 404 not_found', delUnknown === true, delUnknown);

  const noAdmin = await twirp('Ingress', 'ListIngress', {}, await apiToken({ roomCreate: true }));
  check('Ingress without ingressAdmin -> 401 unauthenticated',
    noAdmin.status === 401 && noAdmin.body?.code === 'unauthenticated', noAdmin.text);

  await sink.until((evs) => evs.some((e) => e.ev?.event === 'ingress_ended'));
  const ing = sink.events.filter((e) => e.ev?.ingressInfo?.ingressId === rtmp.ingressId).map((e) => e.ev);
  const started = ing.find((ev) => ev.event === 'ingress_started');
  const ended = ing.find((ev) => ev.event === 'ingress_ended');
  check('webhook ingress_started',
    started?.ingressInfo.state?.status === IngressState_Status.ENDPOINT_PUBLISHING && started.room?.name === 'in-room',
    ing.map((e) => e.event));
  check('webhook ingress_ended', ended?.ingressInfo.state?.status === IngressState_Status.ENDPOINT_INACTIVE,
    ing.map((e) => e.event));
  check('ingress webhooks verified by WebhookReceiver', sink.events.every((e) => !e.error),
    sink.events.find((e) => e.error)?.error ?? '');

  // --- Agent dispatch ---
  await rooms.createRoom({ name: 'ad-room' });
  const d = await dispatch.createDispatch('ad-room', 'my-agent', {
    metadata: '{"k":1}', restartPolicy: JobRestartPolicy.JRP_NEVER,
  });
  check('createDispatch id', isId(d.id, 'AD_'), d.id);
  check('createDispatch echoes fields',
    d.agentName === 'my-agent' && d.room === 'ad-room' && d.metadata === '{"k":1}'
      && d.restartPolicy === JobRestartPolicy.JRP_NEVER,
    `${d.agentName} ${d.room} ${d.restartPolicy}`);
  const job = d.state?.jobs[0];
  check('createDispatch job',
    isId(job?.id, 'AJ_') && job.dispatchId === d.id && job.agentName === 'my-agent'
      && job.room?.name === 'ad-room' && job.state?.status === JobStatus.JS_PENDING && d.state.createdAt > 0n,
    job?.id);

  const d2 = await dispatch.createDispatch('ad-room', 'other-agent');
  const list = await dispatch.listDispatch('ad-room');
  check('listDispatch', list.length === 2 && list.some((x) => x.id === d.id) && list.some((x) => x.id === d2.id), list.length);
  const got = await dispatch.getDispatch(d.id, 'ad-room');
  check('getDispatch', got?.id === d.id && got.agentName === 'my-agent', got?.id);
  const none = await dispatch.getDispatch('AD_doesnotexist', 'ad-room');
  check('getDispatch unknown -> undefined', none === undefined, none?.id);

  await dispatch.deleteDispatch(d.id, 'ad-room');
  const after = await dispatch.listDispatch('ad-room');
  check('deleteDispatch', after.length === 1 && after[0].id === d2.id, after.map((x) => x.id));

  const raw = await twirp('AgentDispatchService', 'DeleteDispatch', { dispatchId: d2.id, room: 'ad-room' },
    await apiToken({ roomAdmin: true, room: 'ad-room' }));
  check('raw DeleteDispatch returns the dispatch (server JSON)',
    raw.status === 200 && raw.body?.id === d2.id && raw.body?.agent_name === 'other-agent' && raw.body?.state?.deleted_at !== '0',
    raw.text.slice(0, 200));

  const wrongRoom = await twirp('AgentDispatchService', 'ListDispatch', { room: 'ad-room' },
    await apiToken({ roomAdmin: true, room: 'elsewhere' }));
  check('ListDispatch with another room\'s admin token -> 401 unauthenticated',
    wrongRoom.status === 401 && wrongRoom.body?.code === 'unauthenticated' && wrongRoom.body?.msg === 'permissions denied',
    wrongRoom.text);
} catch (e) {
  check('unexpected error', false, e?.stack ?? String(e));
}
sink.close();
finish();
