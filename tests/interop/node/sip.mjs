// LiveKit's official Node server SDK's SipClient against the lkctl emulator:
// trunks, dispatch rules, outbound calls (including a scripted 486 Busy Here that
// the SDK must surface as SipCallError) and transfers.
// Prints one JSON line per check; exits non-zero on failure.
//
// env: LK_URL, LK_KEY, LK_SECRET, WEBHOOK_PORT
import {
  RoomServiceClient, SIPDispatchRuleInfo, SIPInboundTrunkInfo, SIPOutboundTrunkInfo,
  SipCallError, SipClient,
} from 'livekit-server-sdk';
import {
  LK_KEY, LK_SECRET, LK_URL, apiToken, caught, check, control, expectError, finish, isId, twirp,
} from './common.mjs';

// SIPTransport (livekit_sip.proto); the SDK does not re-export it. SIPTrunkInfo.TrunkKind:
// TRUNK_LEGACY 0, TRUNK_INBOUND 1, TRUNK_OUTBOUND 2.
const SIP_TRANSPORT_TCP = 2;
// ParticipantInfo.Kind.SIP (livekit_models.proto); not re-exported either.
const KIND_SIP = 3;
const sip = new SipClient(LK_URL, LK_KEY, LK_SECRET);
const rooms = new RoomServiceClient(LK_URL, LK_KEY, LK_SECRET);

try {
  // --- Trunks ---
  const inb = await sip.createSipInboundTrunk('in', ['+15550001'], {
    metadata: 'im', allowedAddresses: ['10.0.0.0/8'], allowedNumbers: ['+15559999'],
    authUsername: 'u', authPassword: 'p', krispEnabled: true, headers: { 'X-A': '1' },
  });
  check('createSipInboundTrunk id', isId(inb.sipTrunkId, 'ST_'), inb.sipTrunkId);
  check('createSipInboundTrunk echoes fields',
    inb.name === 'in' && inb.numbers[0] === '+15550001' && inb.metadata === 'im'
      && inb.allowedAddresses[0] === '10.0.0.0/8' && inb.allowedNumbers[0] === '+15559999'
      && inb.authUsername === 'u' && inb.krispEnabled === true && inb.headers['X-A'] === '1',
    inb.name);
  check('createSipInboundTrunk timestamps', inb.createdAt?.seconds > 0n && inb.updatedAt?.seconds > 0n, inb.createdAt);

  const out = await sip.createSipOutboundTrunk('out', 'sip.example.invalid', ['+15550002'], {
    transport: SIP_TRANSPORT_TCP, destinationCountry: 'US', authUsername: 'ou', authPassword: 'op', metadata: 'om',
  });
  check('createSipOutboundTrunk',
    isId(out.sipTrunkId, 'ST_') && out.address === 'sip.example.invalid' && out.transport === SIP_TRANSPORT_TCP
      && out.numbers[0] === '+15550002' && out.destinationCountry === 'US' && out.authUsername === 'ou',
    `${out.sipTrunkId} ${out.transport}`);

  check('listSipInboundTrunk', (await sip.listSipInboundTrunk()).length === 1);
  const byNumber = await sip.listSipInboundTrunk({ numbers: ['+15550001'] });
  check('listSipInboundTrunk by number', byNumber.length === 1 && byNumber[0].sipTrunkId === inb.sipTrunkId, byNumber.length);
  const byOtherId = await sip.listSipInboundTrunk({ trunkIds: [out.sipTrunkId] });
  check('listSipInboundTrunk by another id is empty', byOtherId.length === 0, byOtherId.length);
  const outs = await sip.listSipOutboundTrunk({ trunkIds: [out.sipTrunkId] });
  check('listSipOutboundTrunk by id', outs.length === 1 && outs[0].address === 'sip.example.invalid', outs.length);

  const legacy = await sip.listSipTrunk();
  const legacyIn = legacy.find((t) => t.sipTrunkId === inb.sipTrunkId);
  const legacyOut = legacy.find((t) => t.sipTrunkId === out.sipTrunkId);
  check('listSipTrunk (deprecated) lists both kinds',
    legacy.length === 2 && legacyIn?.kind === 1 && legacyOut?.kind === 2
      && legacyOut.outboundAddress === 'sip.example.invalid' && legacyOut.outboundNumber === '+15550002'
      && legacyIn.inboundAddresses[0] === '10.0.0.0/8',
    legacy.map((t) => `${t.sipTrunkId}:${t.kind}`));

  const inUpd = await sip.updateSipInboundTrunkFields(inb.sipTrunkId, {
    name: 'in2', numbers: { add: ['+15550003'] },
  });
  check('updateSipInboundTrunkFields',
    inUpd.name === 'in2' && inUpd.numbers.length === 2 && inUpd.numbers.includes('+15550003')
      && inUpd.metadata === 'im' && inUpd.sipTrunkId === inb.sipTrunkId,
    inUpd.numbers);
  const inRep = await sip.updateSipInboundTrunk(inb.sipTrunkId, new SIPInboundTrunkInfo({
    name: 'in3', numbers: ['+15550004'],
  }));
  check('updateSipInboundTrunk (replace)',
    inRep.name === 'in3' && inRep.numbers.length === 1 && inRep.metadata === '' && inRep.sipTrunkId === inb.sipTrunkId,
    `${inRep.name} ${inRep.numbers}`);
  const outUpd = await sip.updateSipOutboundTrunkFields(out.sipTrunkId, {
    destinationCountry: 'CA', numbers: { remove: ['+15550002'], add: ['+15550005'] },
  });
  check('updateSipOutboundTrunkFields',
    outUpd.destinationCountry === 'CA' && outUpd.numbers.join() === '+15550005' && outUpd.address === 'sip.example.invalid',
    `${outUpd.destinationCountry} ${outUpd.numbers}`);
  const outRep = await sip.updateSipOutboundTrunk(out.sipTrunkId, new SIPOutboundTrunkInfo({
    name: 'out2', address: 'sip2.example.invalid', numbers: ['+15550006'],
  }));
  check('updateSipOutboundTrunk (replace)',
    outRep.name === 'out2' && outRep.address === 'sip2.example.invalid' && outRep.sipTrunkId === out.sipTrunkId,
    outRep.address);
  const trunkUnknown = await expectError(
    () => sip.updateSipInboundTrunkFields('ST_doesnotexist', { name: 'x' }), 404, 'not_found',
  );
  check('updateSipInboundTrunkFields unknown -> 404 not_found', trunkUnknown === true, trunkUnknown);

  // --- Dispatch rules ---
  const rule = await sip.createSipDispatchRule({ type: 'individual', roomPrefix: 'call-' }, {
    name: 'r1', trunkIds: [inb.sipTrunkId], metadata: 'rm', attributes: { team: 'a' }, hidePhoneNumber: true,
  });
  check('createSipDispatchRule id', isId(rule.sipDispatchRuleId, 'SDR_'), rule.sipDispatchRuleId);
  check('createSipDispatchRule echoes fields',
    rule.rule?.rule.case === 'dispatchRuleIndividual' && rule.rule.rule.value.roomPrefix === 'call-'
      && rule.name === 'r1' && rule.trunkIds[0] === inb.sipTrunkId && rule.metadata === 'rm'
      && rule.attributes.team === 'a' && rule.hidePhoneNumber === true,
    rule.rule?.rule.case);
  const direct = await sip.createSipDispatchRule({ type: 'direct', roomName: 'sip-room', pin: '1234' }, { name: 'r2' });
  check('createSipDispatchRule direct',
    direct.rule?.rule.case === 'dispatchRuleDirect' && direct.rule.rule.value.roomName === 'sip-room'
      && direct.rule.rule.value.pin === '1234',
    direct.rule?.rule.case);
  const callee = await sip.createSipDispatchRule({ type: 'callee', roomPrefix: 'to-', randomize: true });
  check('createSipDispatchRule callee',
    callee.rule?.rule.case === 'dispatchRuleCallee' && callee.rule.rule.value.randomize === true,
    callee.rule?.rule.case);

  check('listSipDispatchRule', (await sip.listSipDispatchRule()).length === 3);
  const byTrunk = await sip.listSipDispatchRule({ trunkIds: [inb.sipTrunkId] });
  check('listSipDispatchRule by trunk', byTrunk.length === 1 && byTrunk[0].sipDispatchRuleId === rule.sipDispatchRuleId, byTrunk.length);
  const byRule = await sip.listSipDispatchRule({ dispatchRuleIds: [direct.sipDispatchRuleId] });
  check('listSipDispatchRule by id', byRule.length === 1 && byRule[0].name === 'r2', byRule.length);

  const ruleUpd = await sip.updateSipDispatchRuleFields(rule.sipDispatchRuleId, {
    name: 'r1b', metadata: 'rm2', trunkIds: { add: [out.sipTrunkId] },
  });
  check('updateSipDispatchRuleFields',
    ruleUpd.name === 'r1b' && ruleUpd.metadata === 'rm2' && ruleUpd.trunkIds.length === 2
      && ruleUpd.rule?.rule.case === 'dispatchRuleIndividual',
    `${ruleUpd.name} ${ruleUpd.trunkIds}`);
  const ruleRep = await sip.updateSipDispatchRule(rule.sipDispatchRuleId, new SIPDispatchRuleInfo({
    name: 'r1c',
    rule: { rule: { case: 'dispatchRuleDirect', value: { roomName: 'replaced' } } },
  }));
  check('updateSipDispatchRule (replace)',
    ruleRep.name === 'r1c' && ruleRep.rule?.rule.case === 'dispatchRuleDirect' && ruleRep.trunkIds.length === 0
      && ruleRep.sipDispatchRuleId === rule.sipDispatchRuleId,
    `${ruleRep.name} ${ruleRep.rule?.rule.case}`);
  const delRule = await sip.deleteSipDispatchRule(callee.sipDispatchRuleId);
  check('deleteSipDispatchRule returns the rule', delRule.sipDispatchRuleId === callee.sipDispatchRuleId, delRule.sipDispatchRuleId);
  const ruleGone = await expectError(() => sip.deleteSipDispatchRule(callee.sipDispatchRuleId), 404, 'not_found');
  check('deleteSipDispatchRule unknown -> 404 not_found', ruleGone === true, ruleGone);

  // --- Outbound calls ---
  const call = await sip.createSipParticipant(out.sipTrunkId, '+15551234', 'sip-room', {
    participantIdentity: 'caller', participantName: 'Caller', participantAttributes: { a: 'b' },
    waitUntilAnswered: true, ringingTimeout: 5,
  });
  check('createSipParticipant',
    isId(call.participantId, 'PA_') && call.participantIdentity === 'caller' && call.roomName === 'sip-room'
      && isId(call.sipCallId, 'SCL_'),
    `${call.participantId} ${call.sipCallId}`);
  const [p] = await rooms.listParticipants('sip-room');
  check('the callee joined as a SIP participant',
    p?.identity === 'caller' && p.kind === KIND_SIP && p.attributes['sip.callID'] === call.sipCallId
      && p.attributes.a === 'b',
    `${p?.kind} ${JSON.stringify(p?.attributes)}`);

  const noTrunk = await expectError(() => sip.createSipParticipant('ST_doesnotexist', '+1555', 'sip-room'), 404, 'not_found');
  check('createSipParticipant unknown trunk -> 404 not_found', noTrunk === true, noTrunk);

  // Scripted failure: the callee is busy.
  await control('PUT', '/sip/call-failure', { status_code: 486, status: 'Busy Here' });
  const busy = await caught(() => sip.createSipParticipant(out.sipTrunkId, '+15554321', 'sip-room', {
    participantIdentity: 'busy', waitUntilAnswered: true, ringingTimeout: 5,
  }));
  check('486 surfaces as SipCallError', busy instanceof SipCallError, busy?.name ?? 'no error');
  check('SipCallError carries the SIP status',
    busy?.sipStatusCode === 486 && busy.sipStatus === 'Busy Here' && busy.metadata?.sip_status_code === '486',
    `${busy?.sipStatusCode} ${busy?.sipStatus}`);
  check('486 maps to resource_exhausted (429)', busy?.status === 429 && busy.code === 'resource_exhausted',
    `${busy?.status} ${busy?.code} ${busy?.message}`);
  check('SipCallError message', busy?.message.startsWith('SIP call failed: 486 Busy Here (resource_exhausted)'), busy?.message);
  check('failed call adds nobody', !(await rooms.listParticipants('sip-room')).some((x) => x.identity === 'busy'));
  await control('PUT', '/sip/call-failure', {});
  const ok = await sip.createSipParticipant(out.sipTrunkId, '+15554321', 'sip-room', {
    participantIdentity: 'busy', waitUntilAnswered: true, ringingTimeout: 5,
  });
  check('clearing the failure lets calls through', ok.participantIdentity === 'busy', ok.participantIdentity);

  // Transfer: the SIP participant leaves the room.
  await sip.transferSipParticipant('sip-room', 'caller', 'tel:+15550000');
  const left = await rooms.listParticipants('sip-room');
  check('transferSipParticipant', !left.some((x) => x.identity === 'caller'), left.map((x) => x.identity));

  // Grants: trunk admin needs sip.admin, calls need sip.call.
  const noAdmin = await twirp('SIP', 'ListSIPInboundTrunk', {}, await apiToken({}, { call: true }));
  check('SIP admin RPC without sip.admin -> 401 unauthenticated',
    noAdmin.status === 401 && noAdmin.body?.code === 'unauthenticated', noAdmin.text);
  const noCall = await twirp('SIP', 'CreateSIPParticipant',
    { sipTrunkId: out.sipTrunkId, sipCallTo: '+1', roomName: 'sip-room' }, await apiToken({}, { admin: true }));
  check('CreateSIPParticipant without sip.call -> 401 unauthenticated',
    noCall.status === 401 && noCall.body?.code === 'unauthenticated', noCall.text);

  // Deprecated DeleteSIPTrunk deletes either kind.
  const delIn = await sip.deleteSipTrunk(inb.sipTrunkId);
  check('deleteSipTrunk inbound', delIn.sipTrunkId === inb.sipTrunkId, delIn.sipTrunkId);
  const delOut = await sip.deleteSipTrunk(out.sipTrunkId);
  check('deleteSipTrunk outbound', delOut.sipTrunkId === out.sipTrunkId, delOut.sipTrunkId);
  check('no trunks left', (await sip.listSipInboundTrunk()).length === 0 && (await sip.listSipOutboundTrunk()).length === 0);
} catch (e) {
  check('unexpected error', false, e?.stack ?? String(e));
}
finish();
