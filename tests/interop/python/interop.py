"""LiveKit's official Python server SDK (`livekit-api`: protobuf Twirp over aiohttp,
its own token and webhook code) against the lkctl emulator.

Prints one JSON line per check (`{"name","ok","detail"}`) plus one `{"token": ...}`
line with a token the SDK minted; exits non-zero when a check failed.

env: LK_URL, LK_KEY, LK_SECRET, WEBHOOK_PORT, LKCTL_TOKEN (optional)
"""

import asyncio
import datetime
import json
import os
import re
import sys
import warnings

import aiohttp
from aiohttp import web
from livekit import api

URL = os.environ["LK_URL"]
KEY = os.environ["LK_KEY"]
SECRET = os.environ["LK_SECRET"]
WEBHOOK_PORT = int(os.environ["WEBHOOK_PORT"])

warnings.simplefilter("ignore", DeprecationWarning)
failed = []


def check(name, ok, detail=""):
    ok = ok is True
    if not ok:
        failed.append(name)
    print(json.dumps({"name": name, "ok": ok, "detail": str(detail)}), flush=True)


def is_id(value, prefix):
    """A prefix plus 12 base57 characters (utils/guid)."""
    return bool(re.fullmatch(prefix + r"[2-9A-HJ-NP-Za-km-z]{12}", value or ""))


async def expect_error(coro, status, code):
    try:
        await coro
    except api.ServerError as e:
        return True if (e.status, e.code) == (status, code) else f"{e.status} {e.code} {e.message}"
    return "no error"


def api_token(**video):
    t = api.AccessToken(KEY, SECRET).with_ttl(datetime.timedelta(minutes=5))
    if video:
        t = t.with_grants(api.VideoGrants(**video))
    return t.to_jwt()


async def control(session, method, path, body=None):
    """The emulator's control API, with a token minted by the Python SDK."""
    async with session.request(
        method,
        f"{URL}/_emulator{path}",
        headers={"Authorization": f"Bearer {api_token()}"},
        json=body,
    ) as resp:
        text = await resp.text()
        if resp.status != 200:
            raise RuntimeError(f"control {method} {path}: {resp.status} {text}")
        return json.loads(text)


async def main():
    # Webhook sink first, verified with the SDK's WebhookReceiver.
    receiver = api.WebhookReceiver(api.TokenVerifier(KEY, SECRET))
    events = []

    async def hook(request):
        body = await request.text()
        try:
            ev = receiver.receive(body, request.headers.get("Authorization", ""))
            events.append({"ev": ev, "ct": request.headers.get("Content-Type")})
            return web.Response(status=200)
        except Exception as e:  # noqa: BLE001 - any failure is a check failure
            events.append({"error": repr(e)})
            return web.Response(status=401)

    app = web.Application()
    app.router.add_post("/webhook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", WEBHOOK_PORT).start()

    lk = api.LiveKitAPI(URL, KEY, SECRET)
    session = aiohttp.ClientSession()
    try:
        # --- RoomService ---
        room = await lk.room.create_room(
            api.CreateRoomRequest(name="py-room", empty_timeout=60, max_participants=3, metadata="m1")
        )
        check(
            "create_room",
            is_id(room.sid, "RM_") and room.empty_timeout == 60 and room.max_participants == 3
            and room.metadata == "m1" and room.creation_time > 0,
            room.sid,
        )
        again = await lk.room.create_room(api.CreateRoomRequest(name="py-room"))
        check("create_room is idempotent", again.sid == room.sid, again.sid)
        rooms = await lk.room.list_rooms(api.ListRoomsRequest())
        check("list_rooms", [r.name for r in rooms.rooms] == ["py-room"], [r.name for r in rooms.rooms])
        named = await lk.room.list_rooms(api.ListRoomsRequest(names=["nope"]))
        check("list_rooms by name", len(named.rooms) == 0, len(named.rooms))

        await control(
            session, "POST", "/rooms/py-room/participants",
            {"identity": "ada", "name": "Ada", "tracks": [{"type": "audio", "name": "mic"}]},
        )
        ps = await lk.room.list_participants(api.ListParticipantsRequest(room="py-room"))
        p = ps.participants[0] if ps.participants else None
        check(
            "list_participants",
            len(ps.participants) == 1 and p.identity == "ada" and p.name == "Ada" and is_id(p.sid, "PA_")
            and p.state == api.ParticipantInfo.State.ACTIVE and len(p.tracks) == 1
            and p.tracks[0].type == api.TrackType.AUDIO,
            len(ps.participants),
        )
        got = await lk.room.get_participant(api.RoomParticipantIdentity(room="py-room", identity="ada"))
        check("get_participant", got.sid == p.sid, got.sid)
        upd = await lk.room.update_participant(
            api.UpdateParticipantRequest(room="py-room", identity="ada", metadata="pm", attributes={"k": "v"})
        )
        check("update_participant", upd.metadata == "pm" and upd.attributes["k"] == "v", upd.metadata)
        nf = await expect_error(
            lk.room.get_participant(api.RoomParticipantIdentity(room="py-room", identity="ghost")), 404, "not_found"
        )
        check("get_participant unknown -> 404 not_found", nf is True, nf)

        # --- Egress, SIP, AgentDispatch: list calls on an empty emulator, then a few writes ---
        eg = await lk.egress.list_egress(api.ListEgressRequest())
        check("egress.list_egress", len(eg.items) == 0, len(eg.items))
        started = await lk.egress.start_room_composite_egress(
            api.RoomCompositeEgressRequest(
                room_name="py-room",
                file_outputs=[api.EncodedFileOutput(filepath="rec/{room_name}.mp4")],
            )
        )
        check(
            "egress.start_room_composite_egress",
            is_id(started.egress_id, "EG_") and started.room_id == room.sid
            and started.status == api.EgressStatus.EGRESS_STARTING
            and started.WhichOneof("request") == "room_composite",
            started.egress_id,
        )
        eg = await lk.egress.list_egress(api.ListEgressRequest(room_name="py-room"))
        check("egress.list_egress by room", [e.egress_id for e in eg.items] == [started.egress_id], len(eg.items))
        stop_nf = await expect_error(lk.egress.stop_egress(api.StopEgressRequest(egress_id="EG_nope")), 404, "not_found")
        check("egress.stop_egress unknown -> 404 not_found", stop_nf is True, stop_nf)

        trunks = await lk.sip.list_sip_inbound_trunk(api.ListSIPInboundTrunkRequest())
        check("sip.list_sip_inbound_trunk", len(trunks.items) == 0, len(trunks.items))
        trunk = await lk.sip.create_sip_inbound_trunk(
            api.CreateSIPInboundTrunkRequest(trunk=api.SIPInboundTrunkInfo(name="py-in", numbers=["+15550001"]))
        )
        check("sip.create_sip_inbound_trunk", is_id(trunk.sip_trunk_id, "ST_") and trunk.name == "py-in", trunk.sip_trunk_id)
        trunks = await lk.sip.list_sip_inbound_trunk(api.ListSIPInboundTrunkRequest())
        check("sip.list_sip_inbound_trunk after create", [t.sip_trunk_id for t in trunks.items] == [trunk.sip_trunk_id])
        out = await lk.sip.create_sip_outbound_trunk(
            api.CreateSIPOutboundTrunkRequest(
                trunk=api.SIPOutboundTrunkInfo(name="py-out", address="sip.example.invalid", numbers=["+15550002"])
            )
        )
        await control(session, "PUT", "/sip/call-failure", {"status_code": 486, "status": "Busy Here"})
        try:
            await lk.sip.create_sip_participant(
                api.CreateSIPParticipantRequest(
                    sip_trunk_id=out.sip_trunk_id, sip_call_to="+15551234", room_name="py-room",
                    wait_until_answered=True,
                ),
                timeout=5,
            )
            busy = None
        except api.ServerError as e:
            busy = e
        check(
            "sip.create_sip_participant 486 -> SipCallError",
            isinstance(busy, api.SipCallError) and busy.sip_status_code == 486 and busy.sip_status == "Busy Here"
            and busy.code == "resource_exhausted" and busy.status == 429,
            busy,
        )
        await control(session, "PUT", "/sip/call-failure", {})

        ds = await lk.agent_dispatch.list_dispatch("py-room")
        check("agent_dispatch.list_dispatch", len(ds) == 0, len(ds))
        d = await lk.agent_dispatch.create_dispatch(
            api.CreateAgentDispatchRequest(agent_name="py-agent", room="py-room", metadata="dm")
        )
        check(
            "agent_dispatch.create_dispatch",
            is_id(d.id, "AD_") and d.agent_name == "py-agent" and d.room == "py-room" and d.metadata == "dm",
            d.id,
        )
        ds = await lk.agent_dispatch.list_dispatch("py-room")
        check("agent_dispatch.list_dispatch after create", [x.id for x in ds] == [d.id], len(ds))
        gd = await lk.agent_dispatch.get_dispatch(d.id, "py-room")
        check("agent_dispatch.get_dispatch", gd is not None and gd.id == d.id)
        deleted = await lk.agent_dispatch.delete_dispatch(d.id, "py-room")
        check("agent_dispatch.delete_dispatch", deleted.id == d.id and deleted.state.deleted_at > 0, deleted.id)

        # --- RoomService errors and auth ---
        await lk.room.delete_room(api.DeleteRoomRequest(room="py-room"))
        rooms = await lk.room.list_rooms(api.ListRoomsRequest())
        check("delete_room", len(rooms.rooms) == 0, len(rooms.rooms))
        gone = await expect_error(lk.room.delete_room(api.DeleteRoomRequest(room="py-room")), 404, "not_found")
        check("delete_room missing -> TwirpError not_found (404)", gone is True, gone)
        try:
            await lk.room.delete_room(api.DeleteRoomRequest(room="py-room"))
        except api.TwirpError as e:
            check("TwirpError alias and message", e.code == api.TwirpErrorCode.NOT_FOUND and e.message != "", e.message)

        bad = api.LiveKitAPI(URL, KEY, "wrong-secret-for-interop-0123456789")
        try:
            denied = await expect_error(bad.room.list_rooms(api.ListRoomsRequest()), 401, "unknown")
        finally:
            await bad.aclose()
        # The plain-text 401 of the auth middleware is not Twirp JSON: the SDK reports "unknown".
        check("wrong secret -> plain-text 401", denied is True, denied)

        # --- Tokens ---
        jwt = (
            api.AccessToken(KEY, SECRET)
            .with_identity("pyzed")
            .with_name("Py Zed")
            .with_ttl(datetime.timedelta(hours=1))
            .with_grants(api.VideoGrants(room_join=True, room="py-room", can_publish=False))
            .to_jwt()
        )
        claims = api.TokenVerifier(KEY, SECRET).verify(jwt)
        check(
            "AccessToken round trip",
            claims.identity == "pyzed" and claims.video.room == "py-room" and claims.video.can_publish is False,
            claims.identity,
        )
        print(json.dumps({"token": jwt}), flush=True)
        if os.environ.get("LKCTL_TOKEN"):
            c = api.TokenVerifier(KEY, SECRET).verify(os.environ["LKCTL_TOKEN"])
            check(
                "lkctl token verified by the Python SDK",
                c.identity == "lkctl-user" and c.video.room_join is True and c.video.room == "py-room",
                c.identity,
            )
        try:
            api.TokenVerifier(KEY, "another-secret-0123456789-abcdefghij").verify(jwt)
            wrong = "verified"
        except Exception:  # noqa: BLE001 - jwt raises its own error types
            wrong = True
        check("TokenVerifier rejects the wrong secret", wrong is True, wrong)

        # --- Webhooks ---
        for _ in range(50):
            if any(e.get("ev") is not None and e["ev"].event == "room_finished" for e in events):
                break
            await asyncio.sleep(0.1)
        errors = [e["error"] for e in events if "error" in e]
        check("webhooks verified by WebhookReceiver", not errors and len(events) >= 4, errors[:1] or len(events))
        names = [e["ev"].event for e in events if "ev" in e]
        for name in ["room_started", "participant_joined", "track_published", "egress_started", "room_finished"]:
            check(f"webhook {name}", name in names, ",".join(names))
        joined = next((e["ev"] for e in events if "ev" in e and e["ev"].event == "participant_joined"), None)
        check(
            "webhook participant_joined fields",
            joined is not None and joined.participant.identity == "ada" and joined.room.name == "py-room"
            and is_id(joined.id, "EV_") and joined.created_at > 0,
            joined and joined.id,
        )
        check(
            "webhook content type",
            all(e.get("ct") == "application/webhook+json" for e in events if "ev" in e),
            {e.get("ct") for e in events},
        )
    except Exception as e:  # noqa: BLE001 - report, don't crash without a line
        import traceback

        check("unexpected error", False, traceback.format_exc())
    finally:
        await lk.aclose()
        await session.close()
        await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
    sys.exit(1 if failed else 0)
