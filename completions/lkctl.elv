
use builtin;
use str;

set edit:completion:arg-completer[lkctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'lkctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'lkctl'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand profile 'Manage connection profiles in the config file'
            cand token 'Create, inspect and verify access tokens'
            cand room 'List, create, update and close rooms; send data; mute everyone'
            cand participant 'Inspect and moderate participants'
            cand egress 'Record and stream rooms, participants, tracks and web pages'
            cand recording 'Finished recordings: list them, download them from S3'
            cand ingress 'RTMP, WHIP and URL ingress endpoints'
            cand sip 'SIP trunks, dispatch rules, calls and transfers'
            cand dispatch 'Dispatch agents into rooms'
            cand lobby 'Guests waiting to join: list, approve, reject, watch; request as a guest'
            cand ban 'Ban fingerprints, sessions or identities from a room or from all rooms'
            cand session 'Participant sessions recorded from webhooks, across rooms'
            cand chat 'Chat messages kept in lkctl''s store'
            cand file 'Files shared in rooms (the records; the bytes live in S3)'
            cand webhook 'Apply LiveKit webhook events to the store (history, ban enforcement)'
            cand serve 'Run the HTTP API, web sessions, webhook receiver and guest join flow'
            cand user 'Users of `lkctl serve` (admins and hosts) and their API tokens'
            cand db 'lkctl''s own database: migrations and status'
            cand doctor 'Check the URL, reachability, credentials and clock skew'
            cand dev 'Run a local LiveKit API emulator with demo data'
            cand completions 'Print a shell completion script to stdout'
            cand generate-docs 'Write completions/ and man/ into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;profile'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a profile (uses the global --url and --api-key; the secret from a flag, file, command or prompt)'
            cand list 'List profiles (never shows a secret)'
            cand remove 'Remove a profile'
            cand use 'Make a profile the default'
            cand show 'Show the resolved URL, key and secret (masked) and where each came from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;profile;add'= {
            cand --api-secret-file 'Read the secret from this file each time it is needed'
            cand --api-secret-command 'Run this shell command each time the secret is needed; its output is the secret'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --default 'Make this the default profile (the first profile always is)'
            cand --replace 'Overwrite an existing profile of the same name'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;profile;list'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;profile;remove'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;profile;use'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;profile;show'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;profile;help'= {
            cand add 'Add a profile (uses the global --url and --api-key; the secret from a flag, file, command or prompt)'
            cand list 'List profiles (never shows a secret)'
            cand remove 'Remove a profile'
            cand use 'Make a profile the default'
            cand show 'Show the resolved URL, key and secret (masked) and where each came from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;profile;help;add'= {
        }
        &'lkctl;profile;help;list'= {
        }
        &'lkctl;profile;help;remove'= {
        }
        &'lkctl;profile;help;use'= {
        }
        &'lkctl;profile;help;show'= {
        }
        &'lkctl;profile;help;help'= {
        }
        &'lkctl;token'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an access token (needs the API key and secret; no server call)'
            cand inspect 'Decode a token without its secret: header, claims, grants, expiry'
            cand verify 'Check a token''s signature and validity with the configured key and secret (exit 4 if invalid)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;token;create'= {
            cand --identity 'Participant identity (required with --join)'
            cand --name 'Display name'
            cand --room 'Room the grants apply to (required with --join and --admin)'
            cand --metadata 'Participant metadata'
            cand --attribute 'Participant attribute, repeatable'
            cand --kind 'Participant kind'
            cand --can-publish 'Whether the participant may publish tracks (LiveKit''s default: true)'
            cand --can-subscribe 'Whether the participant may subscribe to tracks (LiveKit''s default: true)'
            cand --can-publish-data 'Whether the participant may publish data (LiveKit''s default: same as --can-publish)'
            cand --publish-sources 'Restrict publishing to these sources (comma-separated)'
            cand --valid-for 'Lifetime, e.g. 30m, 6h (a warning is printed above 24h)'
            cand --not-before 'Start of validity: RFC 3339 time or a duration from now (e.g. 10m)'
            cand --room-config 'Room configuration JSON file (livekit.RoomConfiguration, e.g. agent dispatch)'
            cand --join-url 'Print a join link: BASE?liveKitUrl=<url>&token=<token>'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --join 'Grant roomJoin: join --room'
            cand --create 'Grant roomCreate: create and delete rooms'
            cand --list 'Grant roomList: list rooms'
            cand --admin 'Grant roomAdmin on --room: moderate participants'
            cand --record 'Grant roomRecord: use the Egress API'
            cand --ingress-admin 'Grant ingressAdmin: use the Ingress API'
            cand --can-update-metadata 'Let the participant update its own name, metadata and attributes'
            cand --hidden 'Hide the participant from others'
            cand --agent 'Grant the legacy video.agent flag (prefer --kind agent)'
            cand --sip-admin 'Grant sip.admin: manage SIP trunks and dispatch rules'
            cand --sip-call 'Grant sip.call: place outbound SIP calls'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;token;inspect'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;token;verify'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;token;help'= {
            cand create 'Create an access token (needs the API key and secret; no server call)'
            cand inspect 'Decode a token without its secret: header, claims, grants, expiry'
            cand verify 'Check a token''s signature and validity with the configured key and secret (exit 4 if invalid)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;token;help;create'= {
        }
        &'lkctl;token;help;inspect'= {
        }
        &'lkctl;token;help;verify'= {
        }
        &'lkctl;token;help;help'= {
        }
        &'lkctl;room'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List active rooms, all or those named'
            cand get 'Show one room'
            cand create 'Create a room (or update it: LiveKit''s CreateRoom is idempotent)'
            cand delete 'Close a room and disconnect everyone in it'
            cand update 'Replace a room''s metadata'
            cand send-data 'Send a data packet to everyone in a room, or to some identities'
            cand mute-all 'Panic button: revoke publishing and mute every track, except for --except identities'
            cand policy 'Guest policy kept by lkctl: hosts, PIN, lobby, webinar mode, guest limit'
            cand invite 'Print the room''s invite code, making one if it has none'
            cand history 'Who was in the room, when and for how long (recorded from webhooks)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;room;list'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;room;get'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;room;create'= {
            cand --empty-timeout 'Close the room this long after it was created if nobody joins (e.g. 5m; server default 300s)'
            cand --departure-timeout 'Close the room this long after the last participant leaves (server default 20s)'
            cand --max-participants 'Maximum number of participants (0: no limit)'
            cand --metadata 'Room metadata'
            cand --min-playout-delay 'Minimum playout delay in milliseconds'
            cand --max-playout-delay 'Maximum playout delay in milliseconds'
            cand --node-id 'Create the room on this node'
            cand --config 'JSON or YAML file with egress, agents (dispatch), tags and room_preset'
            cand --room-config 'JSON or YAML file with egress, agents (dispatch), tags and room_preset'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --sync-streams 'Synchronise audio and video of each participant'
            cand --replay-enabled 'Enable room replay (LiveKit Cloud)'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;room;delete'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;room;update'= {
            cand --metadata 'New metadata (`-` reads it from stdin)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;room;send-data'= {
            cand --file 'Read the payload from a file'
            cand --topic 'Topic of the packet'
            cand --to 'Send only to this identity (repeatable; default: everyone)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --lossy 'Use the lossy (unordered, no retransmit) channel instead of the reliable one'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;room;mute-all'= {
            cand --except 'Leave this identity alone (repeatable), e.g. the host'
            cand --concurrency 'Participants handled at once'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --dry-run 'Show who would be affected and change nothing'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;room;policy'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Create or change a room''s guest policy; flags not given keep their value'
            cand show 'Show a room''s policy (the PIN itself is never shown)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;room;policy;set'= {
            cand --host 'Host identity (repeatable; replaces the host list)'
            cand --pin 'Require this PIN (4–32 letters or digits; `-` reads it from stdin)'
            cand --lobby 'Guests wait in the lobby for a host''s approval'
            cand --webinar 'Guests join without publish rights'
            cand --max-guests 'Most guests admitted at once'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --no-pin 'Require no PIN'
            cand --no-max-guests 'Remove the guest limit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;room;policy;show'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;room;policy;help'= {
            cand set 'Create or change a room''s guest policy; flags not given keep their value'
            cand show 'Show a room''s policy (the PIN itself is never shown)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;room;policy;help;set'= {
        }
        &'lkctl;room;policy;help;show'= {
        }
        &'lkctl;room;policy;help;help'= {
        }
        &'lkctl;room;invite'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --rotate 'Replace the code; the old one stops working'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;room;history'= {
            cand --since 'Only what happened since then: a duration back from now (2h, 7d) or an RFC 3339 time'
            cand --limit 'At most this many rows'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;room;help'= {
            cand list 'List active rooms, all or those named'
            cand get 'Show one room'
            cand create 'Create a room (or update it: LiveKit''s CreateRoom is idempotent)'
            cand delete 'Close a room and disconnect everyone in it'
            cand update 'Replace a room''s metadata'
            cand send-data 'Send a data packet to everyone in a room, or to some identities'
            cand mute-all 'Panic button: revoke publishing and mute every track, except for --except identities'
            cand policy 'Guest policy kept by lkctl: hosts, PIN, lobby, webinar mode, guest limit'
            cand invite 'Print the room''s invite code, making one if it has none'
            cand history 'Who was in the room, when and for how long (recorded from webhooks)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;room;help;list'= {
        }
        &'lkctl;room;help;get'= {
        }
        &'lkctl;room;help;create'= {
        }
        &'lkctl;room;help;delete'= {
        }
        &'lkctl;room;help;update'= {
        }
        &'lkctl;room;help;send-data'= {
        }
        &'lkctl;room;help;mute-all'= {
        }
        &'lkctl;room;help;policy'= {
            cand set 'Create or change a room''s guest policy; flags not given keep their value'
            cand show 'Show a room''s policy (the PIN itself is never shown)'
        }
        &'lkctl;room;help;policy;set'= {
        }
        &'lkctl;room;help;policy;show'= {
        }
        &'lkctl;room;help;invite'= {
        }
        &'lkctl;room;help;history'= {
        }
        &'lkctl;room;help;help'= {
        }
        &'lkctl;participant'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the participants of a room (JSON has every field)'
            cand get 'Show one participant'
            cand remove 'Remove (kick) a participant; on self-hosted LiveKit their token stays valid'
            cand update 'Change name, metadata, attributes or permissions'
            cand mute 'Mute one published track, or all of them'
            cand unmute 'Unmute one published track, or all of them (the server must allow remote unmute)'
            cand subscriptions 'Subscribe a participant to tracks, or unsubscribe with --unsubscribe'
            cand forward 'Forward a participant''s tracks to another room (LiveKit Cloud)'
            cand move 'Move a participant to another room (LiveKit Cloud)'
            cand grant-publish 'Let a participant publish (webinar: grant a raised hand)'
            cand revoke-publish 'Stop a participant publishing and mute their tracks (webinar: lower a hand)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;participant;list'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;participant;get'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;participant;remove'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;participant;update'= {
            cand --name 'New display name'
            cand --metadata 'New metadata'
            cand --attribute 'Set an attribute (repeatable); an empty value deletes the key'
            cand --can-publish 'Allow or forbid publishing tracks'
            cand --can-subscribe 'Allow or forbid subscribing'
            cand --can-publish-data 'Allow or forbid publishing data'
            cand --publish-sources 'Restrict publishing to these sources (comma-separated; camera, microphone, screen_share, screen_share_audio)'
            cand --can-update-metadata 'Allow or forbid updating their own metadata'
            cand --hidden 'Hide or show the participant to others'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;participant;mute'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --all 'Every published track of the participant'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;participant;unmute'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --all 'Every published track of the participant'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;participant;subscriptions'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --unsubscribe 'Unsubscribe instead of subscribing'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;participant;forward'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;participant;move'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;participant;grant-publish'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;participant;revoke-publish'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;participant;help'= {
            cand list 'List the participants of a room (JSON has every field)'
            cand get 'Show one participant'
            cand remove 'Remove (kick) a participant; on self-hosted LiveKit their token stays valid'
            cand update 'Change name, metadata, attributes or permissions'
            cand mute 'Mute one published track, or all of them'
            cand unmute 'Unmute one published track, or all of them (the server must allow remote unmute)'
            cand subscriptions 'Subscribe a participant to tracks, or unsubscribe with --unsubscribe'
            cand forward 'Forward a participant''s tracks to another room (LiveKit Cloud)'
            cand move 'Move a participant to another room (LiveKit Cloud)'
            cand grant-publish 'Let a participant publish (webinar: grant a raised hand)'
            cand revoke-publish 'Stop a participant publishing and mute their tracks (webinar: lower a hand)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;participant;help;list'= {
        }
        &'lkctl;participant;help;get'= {
        }
        &'lkctl;participant;help;remove'= {
        }
        &'lkctl;participant;help;update'= {
        }
        &'lkctl;participant;help;mute'= {
        }
        &'lkctl;participant;help;unmute'= {
        }
        &'lkctl;participant;help;subscriptions'= {
        }
        &'lkctl;participant;help;forward'= {
        }
        &'lkctl;participant;help;move'= {
        }
        &'lkctl;participant;help;grant-publish'= {
        }
        &'lkctl;participant;help;revoke-publish'= {
        }
        &'lkctl;participant;help;help'= {
        }
        &'lkctl;egress'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand start 'Start recording or streaming a room, web page, participant or track'
            cand list 'List egress jobs (follows pagination)'
            cand get 'Show one egress job with its results'
            cand stop 'Stop egress jobs; each is reported, and any failure exits non-zero'
            cand update-layout 'Change the layout of a running room composite egress'
            cand update-stream 'Add or remove stream URLs of a running egress'
            cand wait 'Follow a job until it ends and print its results (exit non-zero if it failed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;egress;start'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand room-composite 'Record or stream a whole room through a layout template'
            cand web 'Record or stream any web page'
            cand participant 'Record or stream one participant''s tracks'
            cand track-composite 'Record or stream one audio and/or one video track, mixed'
            cand track 'Export one track without transcoding to a file, or its audio to a WebSocket'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;egress;start;room-composite'= {
            cand --room 'Room name'
            cand --layout 'Layout: grid, speaker, single-speaker (default: LiveKit''s)'
            cand --custom-base-url 'Your own layout template''s base URL'
            cand --preset 'Encoding preset, e.g. h264-720p-30, h264-1080p-60'
            cand --file 'Write a file (path or template, e.g. `{room_name}-{time}.mp4`)'
            cand --file-type 'File type: mp4, ogg or mp3 (default: from the extension)'
            cand --segments 'Write HLS segments with this filename prefix'
            cand --playlist 'HLS playlist name (default: PREFIX.m3u8)'
            cand --live-playlist 'HLS live playlist name'
            cand --segment-duration 'HLS segment length in seconds'
            cand --stream 'Stream to an RTMP(S), SRT or WebSocket URL (repeatable)'
            cand --s3-bucket 'Upload to this S3 bucket'
            cand --s3-region 'S3 region'
            cand --s3-endpoint 'S3-compatible endpoint URL (MinIO, R2, ...)'
            cand --s3-access-key 'S3 access key'
            cand --s3-secret 'S3 secret key (prefer the environment: flags show in `ps`)'
            cand --gcp-bucket 'Upload to this Google Cloud Storage bucket'
            cand --gcp-credentials 'GCP service-account JSON file'
            cand --azure-account 'Upload to this Azure storage account'
            cand --azure-key 'Azure account key'
            cand --azure-container 'Azure container'
            cand --request 'Full request as JSON or YAML (snake_case or camelCase; `-` reads stdin); flags then only set --room'
            cand --wait-timeout 'Give up waiting after this long (e.g. 2h; default: wait forever)'
            cand --poll-interval 'How often to ask LiveKit'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --audio-only 'Audio only'
            cand --video-only 'Video only'
            cand --s3-force-path-style 'Path-style S3 addressing (endpoint/bucket/key)'
            cand --wait 'Wait until the job ends, then print its results'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;egress;start;web'= {
            cand --preset 'Encoding preset'
            cand --file 'Write a file (path or template, e.g. `{room_name}-{time}.mp4`)'
            cand --file-type 'File type: mp4, ogg or mp3 (default: from the extension)'
            cand --segments 'Write HLS segments with this filename prefix'
            cand --playlist 'HLS playlist name (default: PREFIX.m3u8)'
            cand --live-playlist 'HLS live playlist name'
            cand --segment-duration 'HLS segment length in seconds'
            cand --stream 'Stream to an RTMP(S), SRT or WebSocket URL (repeatable)'
            cand --s3-bucket 'Upload to this S3 bucket'
            cand --s3-region 'S3 region'
            cand --s3-endpoint 'S3-compatible endpoint URL (MinIO, R2, ...)'
            cand --s3-access-key 'S3 access key'
            cand --s3-secret 'S3 secret key (prefer the environment: flags show in `ps`)'
            cand --gcp-bucket 'Upload to this Google Cloud Storage bucket'
            cand --gcp-credentials 'GCP service-account JSON file'
            cand --azure-account 'Upload to this Azure storage account'
            cand --azure-key 'Azure account key'
            cand --azure-container 'Azure container'
            cand --request 'Full request as JSON or YAML (snake_case or camelCase; `-` reads stdin); flags then only set --room'
            cand --wait-timeout 'Give up waiting after this long (e.g. 2h; default: wait forever)'
            cand --poll-interval 'How often to ask LiveKit'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --audio-only 'Audio only'
            cand --video-only 'Video only'
            cand --await-start-signal 'Start recording only when the page logs START_RECORDING'
            cand --s3-force-path-style 'Path-style S3 addressing (endpoint/bucket/key)'
            cand --wait 'Wait until the job ends, then print its results'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;egress;start;participant'= {
            cand --room 'Room name'
            cand --identity 'Participant identity'
            cand --preset 'Encoding preset'
            cand --file 'Write a file (path or template, e.g. `{room_name}-{time}.mp4`)'
            cand --file-type 'File type: mp4, ogg or mp3 (default: from the extension)'
            cand --segments 'Write HLS segments with this filename prefix'
            cand --playlist 'HLS playlist name (default: PREFIX.m3u8)'
            cand --live-playlist 'HLS live playlist name'
            cand --segment-duration 'HLS segment length in seconds'
            cand --stream 'Stream to an RTMP(S), SRT or WebSocket URL (repeatable)'
            cand --s3-bucket 'Upload to this S3 bucket'
            cand --s3-region 'S3 region'
            cand --s3-endpoint 'S3-compatible endpoint URL (MinIO, R2, ...)'
            cand --s3-access-key 'S3 access key'
            cand --s3-secret 'S3 secret key (prefer the environment: flags show in `ps`)'
            cand --gcp-bucket 'Upload to this Google Cloud Storage bucket'
            cand --gcp-credentials 'GCP service-account JSON file'
            cand --azure-account 'Upload to this Azure storage account'
            cand --azure-key 'Azure account key'
            cand --azure-container 'Azure container'
            cand --request 'Full request as JSON or YAML (snake_case or camelCase; `-` reads stdin); flags then only set --room'
            cand --wait-timeout 'Give up waiting after this long (e.g. 2h; default: wait forever)'
            cand --poll-interval 'How often to ask LiveKit'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --screen-share 'Record the screen share instead of the camera'
            cand --s3-force-path-style 'Path-style S3 addressing (endpoint/bucket/key)'
            cand --wait 'Wait until the job ends, then print its results'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;egress;start;track-composite'= {
            cand --room 'Room name'
            cand --audio-track 'Audio track SID (TR_...)'
            cand --video-track 'Video track SID (TR_...)'
            cand --preset 'Encoding preset'
            cand --file 'Write a file (path or template, e.g. `{room_name}-{time}.mp4`)'
            cand --file-type 'File type: mp4, ogg or mp3 (default: from the extension)'
            cand --segments 'Write HLS segments with this filename prefix'
            cand --playlist 'HLS playlist name (default: PREFIX.m3u8)'
            cand --live-playlist 'HLS live playlist name'
            cand --segment-duration 'HLS segment length in seconds'
            cand --stream 'Stream to an RTMP(S), SRT or WebSocket URL (repeatable)'
            cand --s3-bucket 'Upload to this S3 bucket'
            cand --s3-region 'S3 region'
            cand --s3-endpoint 'S3-compatible endpoint URL (MinIO, R2, ...)'
            cand --s3-access-key 'S3 access key'
            cand --s3-secret 'S3 secret key (prefer the environment: flags show in `ps`)'
            cand --gcp-bucket 'Upload to this Google Cloud Storage bucket'
            cand --gcp-credentials 'GCP service-account JSON file'
            cand --azure-account 'Upload to this Azure storage account'
            cand --azure-key 'Azure account key'
            cand --azure-container 'Azure container'
            cand --request 'Full request as JSON or YAML (snake_case or camelCase; `-` reads stdin); flags then only set --room'
            cand --wait-timeout 'Give up waiting after this long (e.g. 2h; default: wait forever)'
            cand --poll-interval 'How often to ask LiveKit'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --s3-force-path-style 'Path-style S3 addressing (endpoint/bucket/key)'
            cand --wait 'Wait until the job ends, then print its results'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;egress;start;track'= {
            cand --room 'Room name'
            cand --track 'Track SID (TR_...)'
            cand --websocket 'Send the audio as raw PCM to this WebSocket URL instead of a file'
            cand --file 'Write the track to this file path (template allowed)'
            cand --s3-bucket 'Upload to this S3 bucket'
            cand --s3-region 'S3 region'
            cand --s3-endpoint 'S3-compatible endpoint URL (MinIO, R2, ...)'
            cand --s3-access-key 'S3 access key'
            cand --s3-secret 'S3 secret key (prefer the environment: flags show in `ps`)'
            cand --gcp-bucket 'Upload to this Google Cloud Storage bucket'
            cand --gcp-credentials 'GCP service-account JSON file'
            cand --azure-account 'Upload to this Azure storage account'
            cand --azure-key 'Azure account key'
            cand --azure-container 'Azure container'
            cand --request 'Full request as JSON or YAML (snake_case or camelCase; `-` reads stdin); flags then only set --room'
            cand --wait-timeout 'Give up waiting after this long (e.g. 2h; default: wait forever)'
            cand --poll-interval 'How often to ask LiveKit'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --s3-force-path-style 'Path-style S3 addressing (endpoint/bucket/key)'
            cand --wait 'Wait until the job ends, then print its results'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;egress;start;help'= {
            cand room-composite 'Record or stream a whole room through a layout template'
            cand web 'Record or stream any web page'
            cand participant 'Record or stream one participant''s tracks'
            cand track-composite 'Record or stream one audio and/or one video track, mixed'
            cand track 'Export one track without transcoding to a file, or its audio to a WebSocket'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;egress;start;help;room-composite'= {
        }
        &'lkctl;egress;start;help;web'= {
        }
        &'lkctl;egress;start;help;participant'= {
        }
        &'lkctl;egress;start;help;track-composite'= {
        }
        &'lkctl;egress;start;help;track'= {
        }
        &'lkctl;egress;start;help;help'= {
        }
        &'lkctl;egress;list'= {
            cand --room 'Only jobs of this room'
            cand --limit 'At most this many'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --active 'Only jobs that have not ended'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;egress;get'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;egress;stop'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;egress;update-layout'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;egress;update-stream'= {
            cand --add-url 'Start streaming to this URL too (repeatable)'
            cand --remove-url 'Stop streaming to this URL (repeatable)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;egress;wait'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 2h; default: wait forever)'
            cand --poll-interval 'How often to ask LiveKit'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;egress;help'= {
            cand start 'Start recording or streaming a room, web page, participant or track'
            cand list 'List egress jobs (follows pagination)'
            cand get 'Show one egress job with its results'
            cand stop 'Stop egress jobs; each is reported, and any failure exits non-zero'
            cand update-layout 'Change the layout of a running room composite egress'
            cand update-stream 'Add or remove stream URLs of a running egress'
            cand wait 'Follow a job until it ends and print its results (exit non-zero if it failed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;egress;help;start'= {
            cand room-composite 'Record or stream a whole room through a layout template'
            cand web 'Record or stream any web page'
            cand participant 'Record or stream one participant''s tracks'
            cand track-composite 'Record or stream one audio and/or one video track, mixed'
            cand track 'Export one track without transcoding to a file, or its audio to a WebSocket'
        }
        &'lkctl;egress;help;start;room-composite'= {
        }
        &'lkctl;egress;help;start;web'= {
        }
        &'lkctl;egress;help;start;participant'= {
        }
        &'lkctl;egress;help;start;track-composite'= {
        }
        &'lkctl;egress;help;start;track'= {
        }
        &'lkctl;egress;help;list'= {
        }
        &'lkctl;egress;help;get'= {
        }
        &'lkctl;egress;help;stop'= {
        }
        &'lkctl;egress;help;update-layout'= {
        }
        &'lkctl;egress;help;update-stream'= {
        }
        &'lkctl;egress;help;wait'= {
        }
        &'lkctl;egress;help;help'= {
        }
        &'lkctl;recording'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Finished egress outputs: files and HLS playlists with sizes and locations'
            cand download 'Download an egress''s files from S3 (resumable, size-checked, atomic)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;recording;list'= {
            cand --room 'Only this room''s'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --live-only 'Ask LiveKit only; neither read nor write the store'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;recording;download'= {
            cand --to 'Directory to write into'
            cand --name 'Only the output with this file or playlist name'
            cand --key 'Object key to fetch instead of the one derived from the location'
            cand --bucket 'Bucket [env: LKCTL_S3_BUCKET] (or the profile''s [s3] table)'
            cand --endpoint 'Endpoint URL of an S3-compatible server [env: LKCTL_S3_ENDPOINT, AWS_ENDPOINT_URL]'
            cand --region 'Region [env: LKCTL_S3_REGION, AWS_REGION] (default us-east-1)'
            cand --access-key 'Access key [env: LKCTL_S3_ACCESS_KEY, AWS_ACCESS_KEY_ID]'
            cand --secret-key 'Secret key [env: LKCTL_S3_SECRET_KEY, AWS_SECRET_ACCESS_KEY] (prefer the environment)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --path-style 'Path-style addressing (endpoint/bucket/key), needed by most self-hosted servers [env: LKCTL_S3_PATH_STYLE]'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;recording;help'= {
            cand list 'Finished egress outputs: files and HLS playlists with sizes and locations'
            cand download 'Download an egress''s files from S3 (resumable, size-checked, atomic)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;recording;help;list'= {
        }
        &'lkctl;recording;help;download'= {
        }
        &'lkctl;recording;help;help'= {
        }
        &'lkctl;ingress'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an RTMP, WHIP or URL-pull ingress'
            cand list 'List ingresses (follows pagination)'
            cand get 'Show one ingress'
            cand update 'Change an ingress'
            cand delete 'Delete ingresses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;ingress;create'= {
            cand --type 'Input: rtmp, whip or url'
            cand --room 'Room to publish into'
            cand --identity 'Identity of the publishing participant'
            cand --name 'Ingress name'
            cand --participant-name 'Display name of the publishing participant'
            cand --metadata 'Metadata of the publishing participant'
            cand --source-url 'URL input: the media to pull (http(s):// or srt://)'
            cand --transcode 'Transcode (true) or pass through (false; WHIP only)'
            cand --request 'Full CreateIngressRequest as JSON or YAML (snake_case or camelCase; `-` reads stdin)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --disabled 'Create it disabled'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;ingress;list'= {
            cand --room 'Only this room''s'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;ingress;get'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;ingress;update'= {
            cand --name 'New name'
            cand --room 'New room'
            cand --identity 'New participant identity'
            cand --participant-name 'New participant name'
            cand --metadata 'New participant metadata'
            cand --transcode 'Transcode or pass through'
            cand --enabled 'Enable or disable'
            cand --request 'Full UpdateIngressRequest as JSON or YAML (`-` reads stdin)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;ingress;delete'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;ingress;help'= {
            cand create 'Create an RTMP, WHIP or URL-pull ingress'
            cand list 'List ingresses (follows pagination)'
            cand get 'Show one ingress'
            cand update 'Change an ingress'
            cand delete 'Delete ingresses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;ingress;help;create'= {
        }
        &'lkctl;ingress;help;list'= {
        }
        &'lkctl;ingress;help;get'= {
        }
        &'lkctl;ingress;help;update'= {
        }
        &'lkctl;ingress;help;delete'= {
        }
        &'lkctl;ingress;help;help'= {
        }
        &'lkctl;sip'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand trunk 'Inbound and outbound trunks'
            cand rule 'Dispatch rules: which room an inbound call goes to'
            cand call 'Call a number and put the callee into a room'
            cand transfer 'Transfer a SIP participant to another number or SIP URI'
            cand apply 'Make trunks and dispatch rules match a file (matched by name)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;sip;trunk'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List trunks (both directions unless one is given)'
            cand get 'Show one trunk'
            cand create 'Create a trunk from flags or a file'
            cand update 'Change a trunk: flags change those fields, a file replaces it'
            cand delete 'Delete trunks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;sip;trunk;list'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --inbound 'Inbound trunks (calls to LiveKit)'
            cand --outbound 'Outbound trunks (calls from LiveKit)'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;sip;trunk;get'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;sip;trunk;create'= {
            cand -f 'The whole trunk as JSON or YAML: the bare info object or `{"trunk": {...}}` (`-` reads stdin)'
            cand --file 'The whole trunk as JSON or YAML: the bare info object or `{"trunk": {...}}` (`-` reads stdin)'
            cand --request 'The whole trunk as JSON or YAML: the bare info object or `{"trunk": {...}}` (`-` reads stdin)'
            cand --name 'Trunk name'
            cand --metadata 'Metadata'
            cand --number 'Phone number (repeatable; replaces the list on update)'
            cand --address 'Outbound: the provider''s SIP address (host[:port])'
            cand --transport 'Outbound: auto, udp, tcp or tls'
            cand --allowed-address 'Inbound: accept calls only from this address or CIDR (repeatable)'
            cand --auth-user 'SIP auth user name'
            cand --auth-password 'SIP auth password (never printed back)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --inbound 'Inbound trunks (calls to LiveKit)'
            cand --outbound 'Outbound trunks (calls from LiveKit)'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;sip;trunk;update'= {
            cand -f 'The whole trunk as JSON or YAML: the bare info object or `{"trunk": {...}}` (`-` reads stdin)'
            cand --file 'The whole trunk as JSON or YAML: the bare info object or `{"trunk": {...}}` (`-` reads stdin)'
            cand --request 'The whole trunk as JSON or YAML: the bare info object or `{"trunk": {...}}` (`-` reads stdin)'
            cand --name 'Trunk name'
            cand --metadata 'Metadata'
            cand --number 'Phone number (repeatable; replaces the list on update)'
            cand --address 'Outbound: the provider''s SIP address (host[:port])'
            cand --transport 'Outbound: auto, udp, tcp or tls'
            cand --allowed-address 'Inbound: accept calls only from this address or CIDR (repeatable)'
            cand --auth-user 'SIP auth user name'
            cand --auth-password 'SIP auth password (never printed back)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --inbound 'Inbound trunks (calls to LiveKit)'
            cand --outbound 'Outbound trunks (calls from LiveKit)'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;sip;trunk;delete'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;sip;trunk;help'= {
            cand list 'List trunks (both directions unless one is given)'
            cand get 'Show one trunk'
            cand create 'Create a trunk from flags or a file'
            cand update 'Change a trunk: flags change those fields, a file replaces it'
            cand delete 'Delete trunks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;sip;trunk;help;list'= {
        }
        &'lkctl;sip;trunk;help;get'= {
        }
        &'lkctl;sip;trunk;help;create'= {
        }
        &'lkctl;sip;trunk;help;update'= {
        }
        &'lkctl;sip;trunk;help;delete'= {
        }
        &'lkctl;sip;trunk;help;help'= {
        }
        &'lkctl;sip;rule'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List dispatch rules'
            cand get 'Show one rule'
            cand create 'Create a rule from flags or a file'
            cand update 'Change a rule: flags change those fields, a file replaces it'
            cand delete 'Delete rules'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;sip;rule;list'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;sip;rule;get'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;sip;rule;create'= {
            cand -f 'The whole rule as JSON or YAML: the bare info object or `{"dispatch_rule": {...}}` (`-` reads stdin)'
            cand --file 'The whole rule as JSON or YAML: the bare info object or `{"dispatch_rule": {...}}` (`-` reads stdin)'
            cand --request 'The whole rule as JSON or YAML: the bare info object or `{"dispatch_rule": {...}}` (`-` reads stdin)'
            cand --name 'Rule name'
            cand --direct 'Send every caller to this room'
            cand --individual 'Give each caller a new room with this prefix'
            cand --callee 'Send callers to a room named after the called number, with this prefix'
            cand --pin 'PIN callers must enter (never printed back)'
            cand --randomize 'Individual: add a random suffix (default); callee: add one'
            cand --trunk 'Only calls arriving on this trunk (repeatable)'
            cand --inbound-number 'Only calls from this number (repeatable)'
            cand --agent 'Dispatch this agent into the room (repeatable)'
            cand --metadata 'Metadata of the caller''s participant'
            cand --hide-phone-number 'Hide the caller''s number from other participants'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;sip;rule;update'= {
            cand -f 'The whole rule as JSON or YAML: the bare info object or `{"dispatch_rule": {...}}` (`-` reads stdin)'
            cand --file 'The whole rule as JSON or YAML: the bare info object or `{"dispatch_rule": {...}}` (`-` reads stdin)'
            cand --request 'The whole rule as JSON or YAML: the bare info object or `{"dispatch_rule": {...}}` (`-` reads stdin)'
            cand --name 'Rule name'
            cand --direct 'Send every caller to this room'
            cand --individual 'Give each caller a new room with this prefix'
            cand --callee 'Send callers to a room named after the called number, with this prefix'
            cand --pin 'PIN callers must enter (never printed back)'
            cand --randomize 'Individual: add a random suffix (default); callee: add one'
            cand --trunk 'Only calls arriving on this trunk (repeatable)'
            cand --inbound-number 'Only calls from this number (repeatable)'
            cand --agent 'Dispatch this agent into the room (repeatable)'
            cand --metadata 'Metadata of the caller''s participant'
            cand --hide-phone-number 'Hide the caller''s number from other participants'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;sip;rule;delete'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;sip;rule;help'= {
            cand list 'List dispatch rules'
            cand get 'Show one rule'
            cand create 'Create a rule from flags or a file'
            cand update 'Change a rule: flags change those fields, a file replaces it'
            cand delete 'Delete rules'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;sip;rule;help;list'= {
        }
        &'lkctl;sip;rule;help;get'= {
        }
        &'lkctl;sip;rule;help;create'= {
        }
        &'lkctl;sip;rule;help;update'= {
        }
        &'lkctl;sip;rule;help;delete'= {
        }
        &'lkctl;sip;rule;help;help'= {
        }
        &'lkctl;sip;call'= {
            cand --trunk 'Outbound trunk ID (ST_...)'
            cand --to 'Number (or SIP user) to call'
            cand --from 'Caller number to show (one of the trunk''s numbers)'
            cand --room 'Room to put the callee in (created if missing)'
            cand --identity 'Participant identity of the callee (default: sip_<number>)'
            cand --name 'Participant name of the callee'
            cand --metadata 'Participant metadata'
            cand --attribute 'Participant attribute key=value (repeatable)'
            cand --header 'SIP header key=value on the INVITE (repeatable)'
            cand --dtmf 'DTMF digits to send once answered'
            cand --ringing-timeout 'Give up ringing after this long'
            cand --max-call-duration 'Hang up after this long'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --play-dialtone 'Play a dial tone in the room while ringing'
            cand --hide-phone-number 'Hide the callee''s number from other participants'
            cand --krisp 'Krisp noise cancellation'
            cand --wait 'Wait until the callee answers; a rejected call fails with its SIP status'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;sip;transfer'= {
            cand --room 'Room of the SIP participant'
            cand --identity 'Identity of the SIP participant'
            cand --to 'Where to: tel:+NUMBER or sip:user@host'
            cand --header 'SIP header key=value on the REFER (repeatable)'
            cand --ringing-timeout 'Give up ringing after this long'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --play-dialtone 'Play a dial tone while transferring'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;sip;apply'= {
            cand -f 'File with inbound_trunks, outbound_trunks and dispatch_rules (JSON or YAML; `-` reads stdin)'
            cand --file 'File with inbound_trunks, outbound_trunks and dispatch_rules (JSON or YAML; `-` reads stdin)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --prune 'Also delete trunks and rules that are not in the file (asks first; `--yes` off a terminal)'
            cand --dry-run 'Print the plan and change nothing'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;sip;help'= {
            cand trunk 'Inbound and outbound trunks'
            cand rule 'Dispatch rules: which room an inbound call goes to'
            cand call 'Call a number and put the callee into a room'
            cand transfer 'Transfer a SIP participant to another number or SIP URI'
            cand apply 'Make trunks and dispatch rules match a file (matched by name)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;sip;help;trunk'= {
            cand list 'List trunks (both directions unless one is given)'
            cand get 'Show one trunk'
            cand create 'Create a trunk from flags or a file'
            cand update 'Change a trunk: flags change those fields, a file replaces it'
            cand delete 'Delete trunks'
        }
        &'lkctl;sip;help;trunk;list'= {
        }
        &'lkctl;sip;help;trunk;get'= {
        }
        &'lkctl;sip;help;trunk;create'= {
        }
        &'lkctl;sip;help;trunk;update'= {
        }
        &'lkctl;sip;help;trunk;delete'= {
        }
        &'lkctl;sip;help;rule'= {
            cand list 'List dispatch rules'
            cand get 'Show one rule'
            cand create 'Create a rule from flags or a file'
            cand update 'Change a rule: flags change those fields, a file replaces it'
            cand delete 'Delete rules'
        }
        &'lkctl;sip;help;rule;list'= {
        }
        &'lkctl;sip;help;rule;get'= {
        }
        &'lkctl;sip;help;rule;create'= {
        }
        &'lkctl;sip;help;rule;update'= {
        }
        &'lkctl;sip;help;rule;delete'= {
        }
        &'lkctl;sip;help;call'= {
        }
        &'lkctl;sip;help;transfer'= {
        }
        &'lkctl;sip;help;apply'= {
        }
        &'lkctl;sip;help;help'= {
        }
        &'lkctl;dispatch'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Dispatch an agent into a room'
            cand list 'List the dispatches of a room'
            cand get 'Show one dispatch'
            cand delete 'Delete a dispatch'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;dispatch;create'= {
            cand --room 'Room'
            cand --agent 'Agent name (as the worker registered it)'
            cand --metadata 'Metadata handed to the agent''s job'
            cand --attribute 'Attribute key=value of the agent participant (repeatable)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;dispatch;list'= {
            cand --room 'Room'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;dispatch;get'= {
            cand --room 'Room'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;dispatch;delete'= {
            cand --room 'Room'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;dispatch;help'= {
            cand create 'Dispatch an agent into a room'
            cand list 'List the dispatches of a room'
            cand get 'Show one dispatch'
            cand delete 'Delete a dispatch'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;dispatch;help;create'= {
        }
        &'lkctl;dispatch;help;list'= {
        }
        &'lkctl;dispatch;help;get'= {
        }
        &'lkctl;dispatch;help;delete'= {
        }
        &'lkctl;dispatch;help;help'= {
        }
        &'lkctl;lobby'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Entries of a room''s lobby, oldest first'
            cand approve 'Let a waiting guest in (signs their token: needs the API key and secret)'
            cand reject 'Turn a waiting guest away'
            cand watch 'Follow a room''s lobby live until Ctrl-C (JSON: one object per line per event)'
            cand request 'As a guest, ask to join a room: prints the token, or the lobby entry to wait on'
            cand status 'As a guest, show the decision on one''s own entry (with the token once approved)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;lobby;list'= {
            cand --status 'Only entries in this status (pending, approved, rejected, expired, admitted)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;lobby;approve'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --all 'Every pending entry, oldest first'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;lobby;reject'= {
            cand --reason 'Reason shown to the guest'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;lobby;watch'= {
            cand --count 'Stop after this many events'
            cand --interval 'How often to re-read the lobby (other processes'' changes on SQLite show up this way)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --until-empty 'Stop once nobody is waiting (at once if the lobby is empty)'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;lobby;request'= {
            cand --name 'Display name'
            cand --fingerprint 'Session fingerprint of the guest (16–128 characters of A-Z a-z 0-9 _ -)'
            cand --pin 'The room''s PIN, if it has one (`-` reads it from stdin)'
            cand --session 'Session id (same format as the fingerprint)'
            cand --ip 'Client IP address (PIN attempts are limited per address)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;lobby;status'= {
            cand --claim 'The claim secret `lobby request` printed for this entry (only the guest has it)'
            cand --timeout 'Give up waiting after this long'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --wait 'Wait for the decision instead of reporting `pending`'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;lobby;help'= {
            cand list 'Entries of a room''s lobby, oldest first'
            cand approve 'Let a waiting guest in (signs their token: needs the API key and secret)'
            cand reject 'Turn a waiting guest away'
            cand watch 'Follow a room''s lobby live until Ctrl-C (JSON: one object per line per event)'
            cand request 'As a guest, ask to join a room: prints the token, or the lobby entry to wait on'
            cand status 'As a guest, show the decision on one''s own entry (with the token once approved)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;lobby;help;list'= {
        }
        &'lkctl;lobby;help;approve'= {
        }
        &'lkctl;lobby;help;reject'= {
        }
        &'lkctl;lobby;help;watch'= {
        }
        &'lkctl;lobby;help;request'= {
        }
        &'lkctl;lobby;help;status'= {
        }
        &'lkctl;lobby;help;help'= {
        }
        &'lkctl;ban'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Ban someone from a room (or all rooms) and remove them if present'
            cand list 'Bans in force, newest first: of one room (global ones included) or all'
            cand remove 'Lift a ban'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;ban;add'= {
            cand --fingerprint 'Session fingerprint of the guest''s browser (the primary ban)'
            cand --session 'Session id'
            cand --identity 'LiveKit participant identity'
            cand --ip 'Client IP address to record with the ban (a signal only; never enforced alone)'
            cand --reason 'Why (shown in `ban list`)'
            cand --for 'End the ban after this long (e.g. 2h, 7d); default: until removed'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --global 'Ban from every room'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;ban;list'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --all 'Also lifted and expired bans'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;ban;remove'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;ban;help'= {
            cand add 'Ban someone from a room (or all rooms) and remove them if present'
            cand list 'Bans in force, newest first: of one room (global ones included) or all'
            cand remove 'Lift a ban'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;ban;help;add'= {
        }
        &'lkctl;ban;help;list'= {
        }
        &'lkctl;ban;help;remove'= {
        }
        &'lkctl;ban;help;help'= {
        }
        &'lkctl;session'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Participant sessions, newest first, across rooms or in one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;session;list'= {
            cand --room 'Only this room'
            cand --since 'Only what happened since then: a duration back from now (2h, 7d) or an RFC 3339 time'
            cand --limit 'At most this many rows'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;session;help'= {
            cand list 'Participant sessions, newest first, across rooms or in one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;session;help;list'= {
        }
        &'lkctl;session;help;help'= {
        }
        &'lkctl;chat'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Messages of a room, oldest first'
            cand send 'Store a message as sent by IDENTITY (kept in the store only; nothing goes to LiveKit)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;chat;list'= {
            cand --since 'Only what happened since then: a duration back from now (2h, 7d) or an RFC 3339 time'
            cand --limit 'At most this many rows'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;chat;send'= {
            cand --as 'Sender identity'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;chat;help'= {
            cand list 'Messages of a room, oldest first'
            cand send 'Store a message as sent by IDENTITY (kept in the store only; nothing goes to LiveKit)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;chat;help;list'= {
        }
        &'lkctl;chat;help;send'= {
        }
        &'lkctl;chat;help;help'= {
        }
        &'lkctl;file'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Files shared in a room, oldest first'
            cand share 'Record a file shared in a room and print a presigned URL to PUT its bytes to'
            cand download-url 'Print a presigned URL to download a shared file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;file;list'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;file;share'= {
            cand --size 'Size in bytes'
            cand --content-type 'MIME type, e.g. application/pdf (the upload must send the same)'
            cand --as 'Identity of the uploader'
            cand --expires-in 'How long the upload URL works (1s to 7d)'
            cand --bucket 'Bucket [env: LKCTL_S3_BUCKET] (or the profile''s [s3] table)'
            cand --endpoint 'Endpoint URL of an S3-compatible server [env: LKCTL_S3_ENDPOINT, AWS_ENDPOINT_URL]'
            cand --region 'Region [env: LKCTL_S3_REGION, AWS_REGION] (default us-east-1)'
            cand --access-key 'Access key [env: LKCTL_S3_ACCESS_KEY, AWS_ACCESS_KEY_ID]'
            cand --secret-key 'Secret key [env: LKCTL_S3_SECRET_KEY, AWS_SECRET_ACCESS_KEY] (prefer the environment)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --path-style 'Path-style addressing (endpoint/bucket/key), needed by most self-hosted servers [env: LKCTL_S3_PATH_STYLE]'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;file;download-url'= {
            cand --expires-in 'How long the URL works (1s to 7d)'
            cand --bucket 'Bucket [env: LKCTL_S3_BUCKET] (or the profile''s [s3] table)'
            cand --endpoint 'Endpoint URL of an S3-compatible server [env: LKCTL_S3_ENDPOINT, AWS_ENDPOINT_URL]'
            cand --region 'Region [env: LKCTL_S3_REGION, AWS_REGION] (default us-east-1)'
            cand --access-key 'Access key [env: LKCTL_S3_ACCESS_KEY, AWS_ACCESS_KEY_ID]'
            cand --secret-key 'Secret key [env: LKCTL_S3_SECRET_KEY, AWS_SECRET_ACCESS_KEY] (prefer the environment)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --path-style 'Path-style addressing (endpoint/bucket/key), needed by most self-hosted servers [env: LKCTL_S3_PATH_STYLE]'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;file;help'= {
            cand list 'Files shared in a room, oldest first'
            cand share 'Record a file shared in a room and print a presigned URL to PUT its bytes to'
            cand download-url 'Print a presigned URL to download a shared file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;file;help;list'= {
        }
        &'lkctl;file;help;share'= {
        }
        &'lkctl;file;help;download-url'= {
        }
        &'lkctl;file;help;help'= {
        }
        &'lkctl;webhook'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ingest 'Apply one WebhookEvent (LiveKit''s JSON body) to the store; removes banned joiners'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;webhook;ingest'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;webhook;help'= {
            cand ingest 'Apply one WebhookEvent (LiveKit''s JSON body) to the store; removes banned joiners'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;webhook;help;ingest'= {
        }
        &'lkctl;webhook;help;help'= {
        }
        &'lkctl;serve'= {
            cand --listen 'Address to listen on'
            cand --public-url 'URL browsers use to reach this server (default: http://ADDR); https turns on Secure cookies and HSTS'
            cand --trusted-proxy 'A reverse proxy (address or CIDR) whose X-Forwarded-For is believed; repeatable'
            cand --init-admin 'With no admin in the store, create this admin and print a one-time password'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;user'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Create a user (password from a prompt, --password-file or stdin)'
            cand list 'Every user'
            cand remove 'Delete a user with their API tokens and sessions'
            cand passwd 'Set a user''s password (ends their browser sessions)'
            cand role 'Change a user''s role'
            cand token 'API tokens for scripts (sent as `Authorization: Bearer`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;user;add'= {
            cand --role 'Role: admin (everything) or host (the rooms they host)'
            cand --identity 'LiveKit identity used as a host (default: the user name)'
            cand --password-file 'Read the password from the first line of this file (else a prompt on a TTY, else the first line of stdin)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;user;list'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;user;remove'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;user;passwd'= {
            cand --password-file 'Read the password from the first line of this file (else a prompt on a TTY, else the first line of stdin)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;user;role'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;user;token'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a token; its secret is printed once'
            cand list 'Tokens, newest first (never their secrets)'
            cand revoke 'Revoke a token at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;user;token;create'= {
            cand --name 'Label, e.g. the script that uses it'
            cand --role 'Role of the token (default and maximum: the owner''s)'
            cand --ttl 'Lifetime (e.g. 90d); default: until revoked'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;user;token;list'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;user;token;revoke'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;user;token;help'= {
            cand create 'Create a token; its secret is printed once'
            cand list 'Tokens, newest first (never their secrets)'
            cand revoke 'Revoke a token at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;user;token;help;create'= {
        }
        &'lkctl;user;token;help;list'= {
        }
        &'lkctl;user;token;help;revoke'= {
        }
        &'lkctl;user;token;help;help'= {
        }
        &'lkctl;user;help'= {
            cand add 'Create a user (password from a prompt, --password-file or stdin)'
            cand list 'Every user'
            cand remove 'Delete a user with their API tokens and sessions'
            cand passwd 'Set a user''s password (ends their browser sessions)'
            cand role 'Change a user''s role'
            cand token 'API tokens for scripts (sent as `Authorization: Bearer`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;user;help;add'= {
        }
        &'lkctl;user;help;list'= {
        }
        &'lkctl;user;help;remove'= {
        }
        &'lkctl;user;help;passwd'= {
        }
        &'lkctl;user;help;role'= {
        }
        &'lkctl;user;help;token'= {
            cand create 'Create a token; its secret is printed once'
            cand list 'Tokens, newest first (never their secrets)'
            cand revoke 'Revoke a token at once'
        }
        &'lkctl;user;help;token;create'= {
        }
        &'lkctl;user;help;token;list'= {
        }
        &'lkctl;user;help;token;revoke'= {
        }
        &'lkctl;user;help;help'= {
        }
        &'lkctl;db'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand migrate 'Apply pending migrations (every command that uses the store also does this)'
            cand status 'Show the backend, the database (password masked) and applied and pending migrations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;db;migrate'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;db;status'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;db;help'= {
            cand migrate 'Apply pending migrations (every command that uses the store also does this)'
            cand status 'Show the backend, the database (password masked) and applied and pending migrations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;db;help;migrate'= {
        }
        &'lkctl;db;help;status'= {
        }
        &'lkctl;db;help;help'= {
        }
        &'lkctl;doctor'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;dev'= {
            cand --port 'Port to listen on (0 picks a free one)'
            cand --bind 'Address to listen on'
            cand --webhook 'Send signed webhooks to this URL (repeatable)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand --remote-unmute 'Allow remote unmute (LiveKit''s enable_remote_unmute), so `participant unmute` works'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;completions'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;generate-docs'= {
            cand --out 'Directory that receives completions/ and man/'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --profile 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)'
            cand --url 'LiveKit server URL [env: LIVEKIT_URL]'
            cand --api-key 'LiveKit API key [env: LIVEKIT_API_KEY]'
            cand --api-secret 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)'
            cand --config-file 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)'
            cand --database-url 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]'
            cand --timeout 'Timeout of each request to LiveKit'
            cand -y 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand --yes 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
            cand -q 'Print only data and errors (no confirmations or notes on stderr)'
            cand --quiet 'Print only data and errors (no confirmations or notes on stderr)'
            cand -v 'Print on stderr where each setting came from'
            cand --verbose 'Print on stderr where each setting came from'
            cand --no-color 'Disable colours and table borders (also set by NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'lkctl;help'= {
            cand profile 'Manage connection profiles in the config file'
            cand token 'Create, inspect and verify access tokens'
            cand room 'List, create, update and close rooms; send data; mute everyone'
            cand participant 'Inspect and moderate participants'
            cand egress 'Record and stream rooms, participants, tracks and web pages'
            cand recording 'Finished recordings: list them, download them from S3'
            cand ingress 'RTMP, WHIP and URL ingress endpoints'
            cand sip 'SIP trunks, dispatch rules, calls and transfers'
            cand dispatch 'Dispatch agents into rooms'
            cand lobby 'Guests waiting to join: list, approve, reject, watch; request as a guest'
            cand ban 'Ban fingerprints, sessions or identities from a room or from all rooms'
            cand session 'Participant sessions recorded from webhooks, across rooms'
            cand chat 'Chat messages kept in lkctl''s store'
            cand file 'Files shared in rooms (the records; the bytes live in S3)'
            cand webhook 'Apply LiveKit webhook events to the store (history, ban enforcement)'
            cand serve 'Run the HTTP API, web sessions, webhook receiver and guest join flow'
            cand user 'Users of `lkctl serve` (admins and hosts) and their API tokens'
            cand db 'lkctl''s own database: migrations and status'
            cand doctor 'Check the URL, reachability, credentials and clock skew'
            cand dev 'Run a local LiveKit API emulator with demo data'
            cand completions 'Print a shell completion script to stdout'
            cand generate-docs 'Write completions/ and man/ into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'lkctl;help;profile'= {
            cand add 'Add a profile (uses the global --url and --api-key; the secret from a flag, file, command or prompt)'
            cand list 'List profiles (never shows a secret)'
            cand remove 'Remove a profile'
            cand use 'Make a profile the default'
            cand show 'Show the resolved URL, key and secret (masked) and where each came from'
        }
        &'lkctl;help;profile;add'= {
        }
        &'lkctl;help;profile;list'= {
        }
        &'lkctl;help;profile;remove'= {
        }
        &'lkctl;help;profile;use'= {
        }
        &'lkctl;help;profile;show'= {
        }
        &'lkctl;help;token'= {
            cand create 'Create an access token (needs the API key and secret; no server call)'
            cand inspect 'Decode a token without its secret: header, claims, grants, expiry'
            cand verify 'Check a token''s signature and validity with the configured key and secret (exit 4 if invalid)'
        }
        &'lkctl;help;token;create'= {
        }
        &'lkctl;help;token;inspect'= {
        }
        &'lkctl;help;token;verify'= {
        }
        &'lkctl;help;room'= {
            cand list 'List active rooms, all or those named'
            cand get 'Show one room'
            cand create 'Create a room (or update it: LiveKit''s CreateRoom is idempotent)'
            cand delete 'Close a room and disconnect everyone in it'
            cand update 'Replace a room''s metadata'
            cand send-data 'Send a data packet to everyone in a room, or to some identities'
            cand mute-all 'Panic button: revoke publishing and mute every track, except for --except identities'
            cand policy 'Guest policy kept by lkctl: hosts, PIN, lobby, webinar mode, guest limit'
            cand invite 'Print the room''s invite code, making one if it has none'
            cand history 'Who was in the room, when and for how long (recorded from webhooks)'
        }
        &'lkctl;help;room;list'= {
        }
        &'lkctl;help;room;get'= {
        }
        &'lkctl;help;room;create'= {
        }
        &'lkctl;help;room;delete'= {
        }
        &'lkctl;help;room;update'= {
        }
        &'lkctl;help;room;send-data'= {
        }
        &'lkctl;help;room;mute-all'= {
        }
        &'lkctl;help;room;policy'= {
            cand set 'Create or change a room''s guest policy; flags not given keep their value'
            cand show 'Show a room''s policy (the PIN itself is never shown)'
        }
        &'lkctl;help;room;policy;set'= {
        }
        &'lkctl;help;room;policy;show'= {
        }
        &'lkctl;help;room;invite'= {
        }
        &'lkctl;help;room;history'= {
        }
        &'lkctl;help;participant'= {
            cand list 'List the participants of a room (JSON has every field)'
            cand get 'Show one participant'
            cand remove 'Remove (kick) a participant; on self-hosted LiveKit their token stays valid'
            cand update 'Change name, metadata, attributes or permissions'
            cand mute 'Mute one published track, or all of them'
            cand unmute 'Unmute one published track, or all of them (the server must allow remote unmute)'
            cand subscriptions 'Subscribe a participant to tracks, or unsubscribe with --unsubscribe'
            cand forward 'Forward a participant''s tracks to another room (LiveKit Cloud)'
            cand move 'Move a participant to another room (LiveKit Cloud)'
            cand grant-publish 'Let a participant publish (webinar: grant a raised hand)'
            cand revoke-publish 'Stop a participant publishing and mute their tracks (webinar: lower a hand)'
        }
        &'lkctl;help;participant;list'= {
        }
        &'lkctl;help;participant;get'= {
        }
        &'lkctl;help;participant;remove'= {
        }
        &'lkctl;help;participant;update'= {
        }
        &'lkctl;help;participant;mute'= {
        }
        &'lkctl;help;participant;unmute'= {
        }
        &'lkctl;help;participant;subscriptions'= {
        }
        &'lkctl;help;participant;forward'= {
        }
        &'lkctl;help;participant;move'= {
        }
        &'lkctl;help;participant;grant-publish'= {
        }
        &'lkctl;help;participant;revoke-publish'= {
        }
        &'lkctl;help;egress'= {
            cand start 'Start recording or streaming a room, web page, participant or track'
            cand list 'List egress jobs (follows pagination)'
            cand get 'Show one egress job with its results'
            cand stop 'Stop egress jobs; each is reported, and any failure exits non-zero'
            cand update-layout 'Change the layout of a running room composite egress'
            cand update-stream 'Add or remove stream URLs of a running egress'
            cand wait 'Follow a job until it ends and print its results (exit non-zero if it failed)'
        }
        &'lkctl;help;egress;start'= {
            cand room-composite 'Record or stream a whole room through a layout template'
            cand web 'Record or stream any web page'
            cand participant 'Record or stream one participant''s tracks'
            cand track-composite 'Record or stream one audio and/or one video track, mixed'
            cand track 'Export one track without transcoding to a file, or its audio to a WebSocket'
        }
        &'lkctl;help;egress;start;room-composite'= {
        }
        &'lkctl;help;egress;start;web'= {
        }
        &'lkctl;help;egress;start;participant'= {
        }
        &'lkctl;help;egress;start;track-composite'= {
        }
        &'lkctl;help;egress;start;track'= {
        }
        &'lkctl;help;egress;list'= {
        }
        &'lkctl;help;egress;get'= {
        }
        &'lkctl;help;egress;stop'= {
        }
        &'lkctl;help;egress;update-layout'= {
        }
        &'lkctl;help;egress;update-stream'= {
        }
        &'lkctl;help;egress;wait'= {
        }
        &'lkctl;help;recording'= {
            cand list 'Finished egress outputs: files and HLS playlists with sizes and locations'
            cand download 'Download an egress''s files from S3 (resumable, size-checked, atomic)'
        }
        &'lkctl;help;recording;list'= {
        }
        &'lkctl;help;recording;download'= {
        }
        &'lkctl;help;ingress'= {
            cand create 'Create an RTMP, WHIP or URL-pull ingress'
            cand list 'List ingresses (follows pagination)'
            cand get 'Show one ingress'
            cand update 'Change an ingress'
            cand delete 'Delete ingresses'
        }
        &'lkctl;help;ingress;create'= {
        }
        &'lkctl;help;ingress;list'= {
        }
        &'lkctl;help;ingress;get'= {
        }
        &'lkctl;help;ingress;update'= {
        }
        &'lkctl;help;ingress;delete'= {
        }
        &'lkctl;help;sip'= {
            cand trunk 'Inbound and outbound trunks'
            cand rule 'Dispatch rules: which room an inbound call goes to'
            cand call 'Call a number and put the callee into a room'
            cand transfer 'Transfer a SIP participant to another number or SIP URI'
            cand apply 'Make trunks and dispatch rules match a file (matched by name)'
        }
        &'lkctl;help;sip;trunk'= {
            cand list 'List trunks (both directions unless one is given)'
            cand get 'Show one trunk'
            cand create 'Create a trunk from flags or a file'
            cand update 'Change a trunk: flags change those fields, a file replaces it'
            cand delete 'Delete trunks'
        }
        &'lkctl;help;sip;trunk;list'= {
        }
        &'lkctl;help;sip;trunk;get'= {
        }
        &'lkctl;help;sip;trunk;create'= {
        }
        &'lkctl;help;sip;trunk;update'= {
        }
        &'lkctl;help;sip;trunk;delete'= {
        }
        &'lkctl;help;sip;rule'= {
            cand list 'List dispatch rules'
            cand get 'Show one rule'
            cand create 'Create a rule from flags or a file'
            cand update 'Change a rule: flags change those fields, a file replaces it'
            cand delete 'Delete rules'
        }
        &'lkctl;help;sip;rule;list'= {
        }
        &'lkctl;help;sip;rule;get'= {
        }
        &'lkctl;help;sip;rule;create'= {
        }
        &'lkctl;help;sip;rule;update'= {
        }
        &'lkctl;help;sip;rule;delete'= {
        }
        &'lkctl;help;sip;call'= {
        }
        &'lkctl;help;sip;transfer'= {
        }
        &'lkctl;help;sip;apply'= {
        }
        &'lkctl;help;dispatch'= {
            cand create 'Dispatch an agent into a room'
            cand list 'List the dispatches of a room'
            cand get 'Show one dispatch'
            cand delete 'Delete a dispatch'
        }
        &'lkctl;help;dispatch;create'= {
        }
        &'lkctl;help;dispatch;list'= {
        }
        &'lkctl;help;dispatch;get'= {
        }
        &'lkctl;help;dispatch;delete'= {
        }
        &'lkctl;help;lobby'= {
            cand list 'Entries of a room''s lobby, oldest first'
            cand approve 'Let a waiting guest in (signs their token: needs the API key and secret)'
            cand reject 'Turn a waiting guest away'
            cand watch 'Follow a room''s lobby live until Ctrl-C (JSON: one object per line per event)'
            cand request 'As a guest, ask to join a room: prints the token, or the lobby entry to wait on'
            cand status 'As a guest, show the decision on one''s own entry (with the token once approved)'
        }
        &'lkctl;help;lobby;list'= {
        }
        &'lkctl;help;lobby;approve'= {
        }
        &'lkctl;help;lobby;reject'= {
        }
        &'lkctl;help;lobby;watch'= {
        }
        &'lkctl;help;lobby;request'= {
        }
        &'lkctl;help;lobby;status'= {
        }
        &'lkctl;help;ban'= {
            cand add 'Ban someone from a room (or all rooms) and remove them if present'
            cand list 'Bans in force, newest first: of one room (global ones included) or all'
            cand remove 'Lift a ban'
        }
        &'lkctl;help;ban;add'= {
        }
        &'lkctl;help;ban;list'= {
        }
        &'lkctl;help;ban;remove'= {
        }
        &'lkctl;help;session'= {
            cand list 'Participant sessions, newest first, across rooms or in one'
        }
        &'lkctl;help;session;list'= {
        }
        &'lkctl;help;chat'= {
            cand list 'Messages of a room, oldest first'
            cand send 'Store a message as sent by IDENTITY (kept in the store only; nothing goes to LiveKit)'
        }
        &'lkctl;help;chat;list'= {
        }
        &'lkctl;help;chat;send'= {
        }
        &'lkctl;help;file'= {
            cand list 'Files shared in a room, oldest first'
            cand share 'Record a file shared in a room and print a presigned URL to PUT its bytes to'
            cand download-url 'Print a presigned URL to download a shared file'
        }
        &'lkctl;help;file;list'= {
        }
        &'lkctl;help;file;share'= {
        }
        &'lkctl;help;file;download-url'= {
        }
        &'lkctl;help;webhook'= {
            cand ingest 'Apply one WebhookEvent (LiveKit''s JSON body) to the store; removes banned joiners'
        }
        &'lkctl;help;webhook;ingest'= {
        }
        &'lkctl;help;serve'= {
        }
        &'lkctl;help;user'= {
            cand add 'Create a user (password from a prompt, --password-file or stdin)'
            cand list 'Every user'
            cand remove 'Delete a user with their API tokens and sessions'
            cand passwd 'Set a user''s password (ends their browser sessions)'
            cand role 'Change a user''s role'
            cand token 'API tokens for scripts (sent as `Authorization: Bearer`)'
        }
        &'lkctl;help;user;add'= {
        }
        &'lkctl;help;user;list'= {
        }
        &'lkctl;help;user;remove'= {
        }
        &'lkctl;help;user;passwd'= {
        }
        &'lkctl;help;user;role'= {
        }
        &'lkctl;help;user;token'= {
            cand create 'Create a token; its secret is printed once'
            cand list 'Tokens, newest first (never their secrets)'
            cand revoke 'Revoke a token at once'
        }
        &'lkctl;help;user;token;create'= {
        }
        &'lkctl;help;user;token;list'= {
        }
        &'lkctl;help;user;token;revoke'= {
        }
        &'lkctl;help;db'= {
            cand migrate 'Apply pending migrations (every command that uses the store also does this)'
            cand status 'Show the backend, the database (password masked) and applied and pending migrations'
        }
        &'lkctl;help;db;migrate'= {
        }
        &'lkctl;help;db;status'= {
        }
        &'lkctl;help;doctor'= {
        }
        &'lkctl;help;dev'= {
        }
        &'lkctl;help;completions'= {
        }
        &'lkctl;help;generate-docs'= {
        }
        &'lkctl;help;help'= {
        }
    ]
    $completions[$command]
}
