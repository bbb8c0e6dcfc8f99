# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_lkctl_global_optspecs
    string join \n o/output= json profile= url= api-key= api-secret= config-file= database-url= y/yes q/quiet v/verbose no-color timeout= h/help V/version
end

function __fish_lkctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_lkctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_lkctl_using_subcommand
    set -l cmd (__fish_lkctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c lkctl -n "__fish_lkctl_needs_command" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_needs_command" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_needs_command" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_needs_command" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_needs_command" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_needs_command" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_needs_command" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_needs_command" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_needs_command" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_needs_command" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_needs_command" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_needs_command" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_needs_command" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_needs_command" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "profile" -d 'Manage connection profiles in the config file'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "token" -d 'Create, inspect and verify access tokens'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "room" -d 'List, create, update and close rooms; send data; mute everyone'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "participant" -d 'Inspect and moderate participants'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "egress" -d 'Record and stream rooms, participants, tracks and web pages'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "recording" -d 'Finished recordings: list them, download them from S3'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "ingress" -d 'RTMP, WHIP and URL ingress endpoints'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "sip" -d 'SIP trunks, dispatch rules, calls and transfers'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "dispatch" -d 'Dispatch agents into rooms'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "lobby" -d 'Guests waiting to join: list, approve, reject, watch; request as a guest'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "ban" -d 'Ban fingerprints, sessions or identities from a room or from all rooms'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "session" -d 'Participant sessions recorded from webhooks, across rooms'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "chat" -d 'Chat messages kept in lkctl\'s store'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "file" -d 'Files shared in rooms (the records; the bytes live in S3)'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "transcript" -d 'Transcripts: full-text search over transcripts and chat, show a room\'s transcript'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "artifact" -d 'Lecture artifacts: what each finished room session left behind'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "export" -d 'Export lectures (PDF, Markdown, JSON, WebVTT, SRT) to a directory, S3 or Google Drive'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "webhook" -d 'Apply LiveKit webhook events to the store (history, ban enforcement)'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "agent" -d 'Transcription worker: live captions, stored transcripts, summaries at room end'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "summary" -d 'Room summaries written by `lkctl agent`: show, regenerate'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "serve" -d 'Run the HTTP API, web sessions, webhook receiver and guest join flow'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "user" -d 'Users of `lkctl serve` (admins and hosts) and their API tokens'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "db" -d 'lkctl\'s own database: migrations and status'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "doctor" -d 'Check the URL, reachability, credentials and clock skew'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "healthcheck" -d 'Check that a running `lkctl serve` answers (container HEALTHCHECK, probes)'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "dev" -d 'Run a local LiveKit API emulator with demo data'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "completions" -d 'Print a shell completion script to stdout'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "generate-docs" -d 'Write completions/ and man/ into a directory'
complete -c lkctl -n "__fish_lkctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -f -a "add" -d 'Add a profile (uses the global --url and --api-key; the secret from a flag, file, command or prompt)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -f -a "list" -d 'List profiles (never shows a secret)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -f -a "remove" -d 'Remove a profile'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -f -a "use" -d 'Make a profile the default'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -f -a "import" -d 'Import the projects of LiveKit\'s own CLI (`lk`, ~/.livekit/cli-config.yaml) as profiles'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -f -a "show" -d 'Show the resolved URL, key and secret (masked) and where each came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and not __fish_seen_subcommand_from add list remove use import show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l api-secret-file -d 'Read the secret from this file each time it is needed' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l api-secret-command -d 'Run this shell command each time the secret is needed; its output is the secret' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l default -d 'Make this the default profile (the first profile always is)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l replace -d 'Overwrite an existing profile of the same name'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -l file -d 'The `lk` configuration file to read (default: ~/.livekit/cli-config.yaml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -l dry-run -d 'Show what would be imported; write nothing'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -l overwrite -d 'Replace profiles that have the name of an imported project'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l resolved -d 'Also list the sources each value overrides (the ones lower in precedence)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a profile (uses the global --url and --api-key; the secret from a flag, file, command or prompt)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles (never shows a secret)'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a profile'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import the projects of LiveKit\'s own CLI (`lk`, ~/.livekit/cli-config.yaml) as profiles'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the resolved URL, key and secret (masked) and where each came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -f -a "create" -d 'Create an access token (needs the API key and secret; no server call)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -f -a "inspect" -d 'Decode a token without its secret: header, claims, grants, expiry'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -f -a "verify" -d 'Check a token\'s signature and validity with the configured key and secret (exit 4 if invalid)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and not __fish_seen_subcommand_from create inspect verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l identity -d 'Participant identity (required with --join)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l name -d 'Display name' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l room -d 'Room the grants apply to (required with --join and --admin)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l metadata -d 'Participant metadata' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l attribute -d 'Participant attribute, repeatable' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l kind -d 'Participant kind' -r -f -a "standard\t''
ingress\t''
egress\t''
sip\t''
agent\t''
connector\t''
bridge\t''"
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l can-publish -d 'Whether the participant may publish tracks (LiveKit\'s default: true)' -r -f -a "true\t''
false\t''"
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l can-subscribe -d 'Whether the participant may subscribe to tracks (LiveKit\'s default: true)' -r -f -a "true\t''
false\t''"
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l can-publish-data -d 'Whether the participant may publish data (LiveKit\'s default: same as --can-publish)' -r -f -a "true\t''
false\t''"
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l publish-sources -d 'Restrict publishing to these sources (comma-separated)' -r -f -a "camera\t''
microphone\t''
screen_share\t''
screen_share_audio\t''"
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l valid-for -d 'Lifetime, e.g. 30m, 6h (a warning is printed above 24h)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l not-before -d 'Start of validity: RFC 3339 time or a duration from now (e.g. 10m)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l room-config -d 'Room configuration JSON file (livekit.RoomConfiguration, e.g. agent dispatch)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l join-url -d 'Print a join link: BASE?liveKitUrl=<url>&token=<token>' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l join -d 'Grant roomJoin: join --room'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l create -d 'Grant roomCreate: create and delete rooms'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l list -d 'Grant roomList: list rooms'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l admin -d 'Grant roomAdmin on --room: moderate participants'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l record -d 'Grant roomRecord: use the Egress API'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l ingress-admin -d 'Grant ingressAdmin: use the Ingress API'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l can-update-metadata -d 'Let the participant update its own name, metadata and attributes'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l hidden -d 'Hide the participant from others'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l agent -d 'Grant the legacy video.agent flag (prefer --kind agent)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l sip-admin -d 'Grant sip.admin: manage SIP trunks and dispatch rules'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l sip-call -d 'Grant sip.call: place outbound SIP calls'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l no-warn -d 'Do not warn on stderr (token without grants, banned identity, long lifetime)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from inspect" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from inspect" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from inspect" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from inspect" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from inspect" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from inspect" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from inspect" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from inspect" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from inspect" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from inspect" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from inspect" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from inspect" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from verify" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from verify" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from verify" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from verify" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from verify" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from verify" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from verify" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from verify" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from verify" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an access token (needs the API key and secret; no server call)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Decode a token without its secret: header, claims, grants, expiry'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a token\'s signature and validity with the configured key and secret (exit 4 if invalid)'
complete -c lkctl -n "__fish_lkctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -f -a "list" -d 'List active rooms, all or those named'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -f -a "get" -d 'Show one room'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -f -a "create" -d 'Create a room (or update it: LiveKit\'s CreateRoom is idempotent)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -f -a "delete" -d 'Close a room and disconnect everyone in it'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -f -a "update" -d 'Replace a room\'s metadata'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -f -a "send-data" -d 'Send a data packet to everyone in a room, or to some identities'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -f -a "mute-all" -d 'Panic button: revoke publishing and mute every track, except for --except identities'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -f -a "policy" -d 'Guest policy kept by lkctl: hosts, PIN, lobby, webinar mode, guest limit'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -f -a "invite" -d 'Print the room\'s invite code, making one if it has none'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -f -a "history" -d 'Who was in the room, when and for how long (recorded from webhooks)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and not __fish_seen_subcommand_from list get create delete update send-data mute-all policy invite history help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from list" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from list" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from list" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from list" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from list" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from list" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from get" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from get" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from get" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from get" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from get" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from get" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from get" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from get" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l empty-timeout -d 'Close the room this long after it was created if nobody joins (e.g. 5m; server default 300s)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l departure-timeout -d 'Close the room this long after the last participant leaves (server default 20s)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l max-participants -d 'Maximum number of participants (0: no limit)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l metadata -d 'Room metadata' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l min-playout-delay -d 'Minimum playout delay in milliseconds' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l max-playout-delay -d 'Maximum playout delay in milliseconds' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l node-id -d 'Create the room on this node' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l config -l room-config -d 'JSON or YAML file with egress, agents (dispatch), tags and room_preset' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l sync-streams -d 'Synchronise audio and video of each participant'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l replay-enabled -d 'Enable room replay (LiveKit Cloud)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from delete" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from delete" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from delete" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from delete" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from delete" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from delete" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from delete" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from delete" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from update" -l metadata -d 'New metadata (`-` reads it from stdin)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from update" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from update" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from update" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from update" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from update" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from update" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from update" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from update" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -l file -d 'Read the payload from a file' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -l topic -d 'Topic of the packet' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -l to -d 'Send only to this identity (repeatable; default: everyone)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -l lossy -d 'Use the lossy (unordered, no retransmit) channel instead of the reliable one'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from send-data" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -l except -d 'Leave this identity alone (repeatable), e.g. the host' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -l concurrency -d 'Participants handled at once' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -l dry-run -d 'Show who would be affected and change nothing'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from mute-all" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -f -a "set" -d 'Create or change a room\'s guest policy; flags not given keep their value'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -f -a "show" -d 'Show a room\'s policy (the PIN itself is never shown)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from policy" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from invite" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from invite" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from invite" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from invite" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from invite" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from invite" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from invite" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from invite" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from invite" -l rotate -d 'Replace the code; the old one stops working'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from invite" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from invite" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from invite" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from invite" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -l since -d 'Only what happened since then: a duration back from now (2h, 7d) or an RFC 3339 time' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -l limit -d 'At most this many rows' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from help" -f -a "list" -d 'List active rooms, all or those named'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one room'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a room (or update it: LiveKit\'s CreateRoom is idempotent)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Close a room and disconnect everyone in it'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from help" -f -a "update" -d 'Replace a room\'s metadata'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from help" -f -a "send-data" -d 'Send a data packet to everyone in a room, or to some identities'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from help" -f -a "mute-all" -d 'Panic button: revoke publishing and mute every track, except for --except identities'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from help" -f -a "policy" -d 'Guest policy kept by lkctl: hosts, PIN, lobby, webinar mode, guest limit'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Print the room\'s invite code, making one if it has none'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from help" -f -a "history" -d 'Who was in the room, when and for how long (recorded from webhooks)'
complete -c lkctl -n "__fish_lkctl_using_subcommand room; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -f -a "list" -d 'List the participants of a room (JSON has every field)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -f -a "get" -d 'Show one participant'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -f -a "remove" -d 'Remove (kick) a participant; on self-hosted LiveKit their token stays valid'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -f -a "update" -d 'Change name, metadata, attributes or permissions'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -f -a "mute" -d 'Mute one published track, or all of them'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -f -a "unmute" -d 'Unmute one published track, or all of them (the server must allow remote unmute)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -f -a "subscriptions" -d 'Subscribe a participant to tracks, or unsubscribe with --unsubscribe'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -f -a "forward" -d 'Forward a participant\'s tracks to another room (LiveKit Cloud)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -f -a "move" -d 'Move a participant to another room (LiveKit Cloud)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -f -a "grant-publish" -d 'Let a participant publish (webinar: grant a raised hand)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -f -a "revoke-publish" -d 'Stop a participant publishing and mute their tracks (webinar: lower a hand)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and not __fish_seen_subcommand_from list get remove update mute unmute subscriptions forward move grant-publish revoke-publish help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from list" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from list" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from list" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from list" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from list" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from list" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from get" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from get" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from get" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from get" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from get" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from get" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from get" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from get" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from remove" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from remove" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from remove" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from remove" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from remove" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from remove" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from remove" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from remove" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l name -d 'Display name of the participant' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l metadata -d 'Metadata of the participant' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l attribute -d 'Participant attribute (repeatable); with `participant update` an empty value deletes the key' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l can-publish -d 'Allow or forbid publishing tracks' -r -f -a "true\t''
false\t''"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l can-subscribe -d 'Allow or forbid subscribing' -r -f -a "true\t''
false\t''"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l can-publish-data -d 'Allow or forbid publishing data' -r -f -a "true\t''
false\t''"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l publish-sources -d 'Restrict publishing to these sources (comma-separated; camera, microphone, screen_share, screen_share_audio)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l can-update-metadata -d 'Allow or forbid updating their own metadata' -r -f -a "true\t''
false\t''"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l hidden -d 'Hide or show the participant to others' -r -f -a "true\t''
false\t''"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from mute" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from mute" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from mute" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from mute" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from mute" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from mute" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from mute" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from mute" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from mute" -l all -d 'Every published track of the participant'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from mute" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from mute" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from mute" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from mute" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from mute" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from mute" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from mute" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from unmute" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from unmute" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from unmute" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from unmute" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from unmute" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from unmute" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from unmute" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from unmute" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from unmute" -l all -d 'Every published track of the participant'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from unmute" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from unmute" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from unmute" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from unmute" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from unmute" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from unmute" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from unmute" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from subscriptions" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from subscriptions" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from subscriptions" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from subscriptions" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from subscriptions" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from subscriptions" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from subscriptions" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from subscriptions" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from subscriptions" -l unsubscribe -d 'Unsubscribe instead of subscribing'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from subscriptions" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from subscriptions" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from subscriptions" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from subscriptions" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from subscriptions" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from subscriptions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from subscriptions" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from forward" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from forward" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from forward" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from forward" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from forward" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from forward" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from forward" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from forward" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from forward" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from forward" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from forward" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from forward" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from forward" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from forward" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from forward" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from move" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from move" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from move" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from move" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from move" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from move" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from move" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from move" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from move" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from move" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from move" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from move" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from move" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from move" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from grant-publish" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from grant-publish" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from grant-publish" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from grant-publish" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from grant-publish" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from grant-publish" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from grant-publish" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from grant-publish" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from grant-publish" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from grant-publish" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from grant-publish" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from grant-publish" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from grant-publish" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from grant-publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from grant-publish" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from revoke-publish" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from revoke-publish" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from revoke-publish" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from revoke-publish" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from revoke-publish" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from revoke-publish" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from revoke-publish" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from revoke-publish" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from revoke-publish" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from revoke-publish" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from revoke-publish" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from revoke-publish" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from revoke-publish" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from revoke-publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from revoke-publish" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the participants of a room (JSON has every field)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one participant'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove (kick) a participant; on self-hosted LiveKit their token stays valid'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change name, metadata, attributes or permissions'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from help" -f -a "mute" -d 'Mute one published track, or all of them'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from help" -f -a "unmute" -d 'Unmute one published track, or all of them (the server must allow remote unmute)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from help" -f -a "subscriptions" -d 'Subscribe a participant to tracks, or unsubscribe with --unsubscribe'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from help" -f -a "forward" -d 'Forward a participant\'s tracks to another room (LiveKit Cloud)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from help" -f -a "move" -d 'Move a participant to another room (LiveKit Cloud)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from help" -f -a "grant-publish" -d 'Let a participant publish (webinar: grant a raised hand)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from help" -f -a "revoke-publish" -d 'Stop a participant publishing and mute their tracks (webinar: lower a hand)'
complete -c lkctl -n "__fish_lkctl_using_subcommand participant; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -f -a "start" -d 'Start recording or streaming a room, web page, participant or track'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -f -a "list" -d 'List egress jobs (follows pagination)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -f -a "get" -d 'Show one egress job with its results'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -f -a "stop" -d 'Stop egress jobs; each is reported, and any failure exits non-zero'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -f -a "update-layout" -d 'Change the layout of a running room composite egress'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -f -a "update-stream" -d 'Add or remove stream URLs of a running egress'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -f -a "wait" -d 'Follow a job until it ends and print its results (exit non-zero if it failed)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and not __fish_seen_subcommand_from start list get stop update-layout update-stream wait help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -f -a "room-composite" -d 'Record or stream a whole room through a layout template'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -f -a "web" -d 'Record or stream any web page'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -f -a "participant" -d 'Record or stream one participant\'s tracks'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -f -a "track-composite" -d 'Record or stream one audio and/or one video track, mixed'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -f -a "track" -d 'Export one track without transcoding to a file, or its audio to a WebSocket'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from start" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -l room -d 'Only jobs of this room' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -l limit -d 'At most this many' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -l active -d 'Only jobs that have not ended'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from get" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from get" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from get" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from get" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from get" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from get" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from get" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from get" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from stop" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from stop" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from stop" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from stop" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from stop" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from stop" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from stop" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from stop" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from stop" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from stop" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from stop" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-layout" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-layout" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-layout" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-layout" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-layout" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-layout" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-layout" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-layout" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-layout" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-layout" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-layout" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-layout" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-layout" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-layout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-layout" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -l add-url -d 'Start streaming to this URL too (repeatable)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -l remove-url -d 'Stop streaming to this URL (repeatable)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from update-stream" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -l wait-timeout -d 'Give up waiting after this long (e.g. 2h; default: wait forever)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -l poll-interval -d 'How often to ask LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start recording or streaming a room, web page, participant or track'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from help" -f -a "list" -d 'List egress jobs (follows pagination)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one egress job with its results'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop egress jobs; each is reported, and any failure exits non-zero'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from help" -f -a "update-layout" -d 'Change the layout of a running room composite egress'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from help" -f -a "update-stream" -d 'Add or remove stream URLs of a running egress'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Follow a job until it ends and print its results (exit non-zero if it failed)'
complete -c lkctl -n "__fish_lkctl_using_subcommand egress; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -f -a "list" -d 'Finished egress outputs: files and HLS playlists with sizes and locations'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -f -a "download" -d 'Download an egress\'s files from S3 (resumable, size-checked, atomic)'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and not __fish_seen_subcommand_from list download help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -l room -d 'Only this room\'s' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -l live-only -d 'Ask LiveKit only; neither read nor write the store'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l to -d 'Directory to write into' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l name -d 'Only the output with this file or playlist name' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l key -d 'Object key to fetch instead of the one derived from the location' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l bucket -d 'Bucket [env: LKCTL_S3_BUCKET] (or the profile\'s [s3] table)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l endpoint -d 'Endpoint URL of an S3-compatible server [env: LKCTL_S3_ENDPOINT, AWS_ENDPOINT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l region -d 'Region [env: LKCTL_S3_REGION, AWS_REGION] (default us-east-1)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l access-key -d 'Access key [env: LKCTL_S3_ACCESS_KEY, AWS_ACCESS_KEY_ID]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l secret-key -d 'Secret key [env: LKCTL_S3_SECRET_KEY, AWS_SECRET_ACCESS_KEY] (prefer the environment)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l path-style -d 'Path-style addressing (endpoint/bucket/key), needed by most self-hosted servers [env: LKCTL_S3_PATH_STYLE]'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from download" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from help" -f -a "list" -d 'Finished egress outputs: files and HLS playlists with sizes and locations'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from help" -f -a "download" -d 'Download an egress\'s files from S3 (resumable, size-checked, atomic)'
complete -c lkctl -n "__fish_lkctl_using_subcommand recording; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -f -a "create" -d 'Create an RTMP, WHIP or URL-pull ingress'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -f -a "list" -d 'List ingresses (follows pagination)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -f -a "get" -d 'Show one ingress'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -f -a "update" -d 'Change an ingress'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -f -a "delete" -d 'Delete ingresses'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and not __fish_seen_subcommand_from create list get update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l type -d 'Input: rtmp, whip or url' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l room -d 'Room to publish into' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l identity -d 'Identity of the publishing participant' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l name -d 'Ingress name' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l participant-name -d 'Display name of the publishing participant' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l metadata -d 'Metadata of the publishing participant' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l source-url -d 'URL input: the media to pull (http(s):// or srt://)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l transcode -d 'Transcode (true) or pass through (false; WHIP only)' -r -f -a "true\t''
false\t''"
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l request -d 'Full CreateIngressRequest as JSON or YAML (snake_case or camelCase; `-` reads stdin)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l disabled -d 'Create it disabled'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from list" -l room -d 'Only this room\'s' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from list" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from list" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from list" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from list" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from list" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from list" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from get" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from get" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from get" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from get" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from get" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from get" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from get" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from get" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l room -d 'New room' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l identity -d 'New participant identity' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l participant-name -d 'New participant name' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l metadata -d 'New participant metadata' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l transcode -d 'Transcode or pass through' -r -f -a "true\t''
false\t''"
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l enabled -d 'Enable or disable' -r -f -a "true\t''
false\t''"
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l request -d 'Full UpdateIngressRequest as JSON or YAML (`-` reads stdin)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from delete" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from delete" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from delete" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from delete" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from delete" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from delete" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from delete" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from delete" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an RTMP, WHIP or URL-pull ingress'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from help" -f -a "list" -d 'List ingresses (follows pagination)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one ingress'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an ingress'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete ingresses'
complete -c lkctl -n "__fish_lkctl_using_subcommand ingress; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -f -a "trunk" -d 'Inbound and outbound trunks'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -f -a "rule" -d 'Dispatch rules: which room an inbound call goes to'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -f -a "call" -d 'Call a number and put the callee into a room'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -f -a "transfer" -d 'Transfer a SIP participant to another number or SIP URI'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -f -a "apply" -d 'Make trunks and dispatch rules match a file (matched by name)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and not __fish_seen_subcommand_from trunk rule call transfer apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -f -a "list" -d 'List trunks (both directions unless one is given)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -f -a "get" -d 'Show one trunk'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -f -a "create" -d 'Create a trunk from flags or a file'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -f -a "update" -d 'Change a trunk: flags change those fields, a file replaces it'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -f -a "delete" -d 'Delete trunks'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from trunk" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -f -a "list" -d 'List dispatch rules'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -f -a "get" -d 'Show one rule'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -f -a "create" -d 'Create a rule from flags or a file'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -f -a "update" -d 'Change a rule: flags change those fields, a file replaces it'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -f -a "delete" -d 'Delete rules'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from rule" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l trunk -d 'Outbound trunk ID (ST_...)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l to -d 'Number (or SIP user) to call' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l from -d 'Caller number to show (one of the trunk\'s numbers)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l room -d 'Room to put the callee in (created if missing)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l identity -d 'Participant identity of the callee (default: sip_<number>)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l name -d 'Display name of the participant' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l metadata -d 'Metadata of the participant' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l attribute -d 'Participant attribute (repeatable); with `participant update` an empty value deletes the key' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l header -d 'SIP header key=value on the INVITE (repeatable)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l dtmf -d 'DTMF digits to send once answered' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l ringing-timeout -d 'Give up ringing after this long' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l max-call-duration -d 'Hang up after this long' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l play-dialtone -d 'Play a dial tone in the room while ringing'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l hide-phone-number -d 'Hide the callee\'s number from other participants'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l krisp -d 'Krisp noise cancellation'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l wait -d 'Wait until the callee answers; a rejected call fails with its SIP status'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from call" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -l room -d 'Room of the SIP participant' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -l identity -d 'Identity of the SIP participant' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -l to -d 'Where to: tel:+NUMBER or sip:user@host' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -l header -d 'SIP header key=value on the REFER (repeatable)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -l ringing-timeout -d 'Give up ringing after this long' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -l play-dialtone -d 'Play a dial tone while transferring'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from transfer" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -s f -l file -d 'File with inbound_trunks, outbound_trunks and dispatch_rules (JSON or YAML; `-` reads stdin)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -l prune -d 'Also delete trunks and rules that are not in the file (asks first; `--yes` off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -l dry-run -d 'Print the plan and change nothing'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from help" -f -a "trunk" -d 'Inbound and outbound trunks'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from help" -f -a "rule" -d 'Dispatch rules: which room an inbound call goes to'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from help" -f -a "call" -d 'Call a number and put the callee into a room'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from help" -f -a "transfer" -d 'Transfer a SIP participant to another number or SIP URI'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Make trunks and dispatch rules match a file (matched by name)'
complete -c lkctl -n "__fish_lkctl_using_subcommand sip; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -f -a "create" -d 'Dispatch an agent into a room'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -f -a "list" -d 'List the dispatches of a room'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -f -a "get" -d 'Show one dispatch'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -f -a "delete" -d 'Delete a dispatch'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and not __fish_seen_subcommand_from create list get delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -l room -d 'Room' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -l agent -d 'Agent name (as the worker registered it)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -l metadata -d 'Metadata handed to the agent\'s job' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -l attribute -d 'Attribute key=value of the agent participant (repeatable)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from list" -l room -d 'Room' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from list" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from list" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from list" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from list" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from list" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from list" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from get" -l room -d 'Room' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from get" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from get" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from get" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from get" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from get" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from get" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from get" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from get" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from delete" -l room -d 'Room' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from delete" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from delete" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from delete" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from delete" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from delete" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from delete" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from delete" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from delete" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from help" -f -a "create" -d 'Dispatch an agent into a room'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the dispatches of a room'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one dispatch'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a dispatch'
complete -c lkctl -n "__fish_lkctl_using_subcommand dispatch; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -f -a "list" -d 'Entries of a room\'s lobby, oldest first'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -f -a "approve" -d 'Let a waiting guest in (signs their token: needs the API key and secret)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -f -a "reject" -d 'Turn a waiting guest away'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -f -a "watch" -d 'Follow a room\'s lobby live until Ctrl-C (JSON: one object per line per event)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -f -a "request" -d 'As a guest, ask to join a room: prints the token, or the lobby entry to wait on'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -f -a "status" -d 'As a guest, show the decision on one\'s own entry (with the token once approved)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and not __fish_seen_subcommand_from list approve reject watch request status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from list" -l status -d 'Only entries in this status (pending, approved, rejected, expired, admitted)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from list" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from list" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from list" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from list" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from list" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from list" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from approve" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from approve" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from approve" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from approve" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from approve" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from approve" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from approve" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from approve" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from approve" -l all -d 'Every pending entry, oldest first'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from approve" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from approve" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from approve" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from approve" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from reject" -l reason -d 'Reason shown to the guest' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from reject" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from reject" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from reject" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from reject" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from reject" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from reject" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from reject" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from reject" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from reject" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from reject" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from reject" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from reject" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from reject" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from reject" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -l count -d 'Stop after this many events' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -l interval -d 'How often to re-read the lobby (other processes\' changes on SQLite show up this way)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -l until-empty -d 'Stop once nobody is waiting (at once if the lobby is empty)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from watch" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -l name -d 'Display name' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -l fingerprint -d 'Session fingerprint of the guest (16–128 characters of A-Z a-z 0-9 _ -)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -l pin -d 'The room\'s PIN, if it has one (`-` reads it from stdin)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -l session -d 'Session id (same format as the fingerprint)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -l ip -d 'Client IP address (PIN attempts are limited per address)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from request" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -l claim -d 'The claim secret `lobby request` printed for this entry (only the guest has it)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -l timeout -d 'Give up waiting after this long' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -l wait -d 'Wait for the decision instead of reporting `pending` (progress on stderr; a rejected or expired entry exits 8)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from help" -f -a "list" -d 'Entries of a room\'s lobby, oldest first'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Let a waiting guest in (signs their token: needs the API key and secret)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from help" -f -a "reject" -d 'Turn a waiting guest away'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Follow a room\'s lobby live until Ctrl-C (JSON: one object per line per event)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from help" -f -a "request" -d 'As a guest, ask to join a room: prints the token, or the lobby entry to wait on'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from help" -f -a "status" -d 'As a guest, show the decision on one\'s own entry (with the token once approved)'
complete -c lkctl -n "__fish_lkctl_using_subcommand lobby; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Ban someone from a room (or all rooms) and remove them if present'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'Bans in force, newest first: of one room (global ones included) or all'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Lift a ban'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -l fingerprint -d 'Session fingerprint of the guest\'s browser (the primary ban)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -l session -d 'Session id' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -l identity -d 'LiveKit participant identity' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -l ip -d 'Client IP address to record with the ban (a signal only; never enforced alone)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -l reason -d 'Why (shown in `ban list`)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -l for -d 'End the ban after this long (e.g. 2h, 7d); default: until removed' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -l global -d 'Ban from every room'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from list" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from list" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from list" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from list" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from list" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from list" -l all -d 'Also lifted and expired bans'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from list" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from remove" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from remove" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from remove" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from remove" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from remove" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from remove" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from remove" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from remove" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from help" -f -a "add" -d 'Ban someone from a room (or all rooms) and remove them if present'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from help" -f -a "list" -d 'Bans in force, newest first: of one room (global ones included) or all'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Lift a ban'
complete -c lkctl -n "__fish_lkctl_using_subcommand ban; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'Participant sessions, newest first, across rooms or in one'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -l room -d 'Only this room' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -l since -d 'Only what happened since then: a duration back from now (2h, 7d) or an RFC 3339 time' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "list" -d 'Participant sessions, newest first, across rooms or in one'
complete -c lkctl -n "__fish_lkctl_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -f -a "list" -d 'Messages of a room, oldest first'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -f -a "send" -d 'Send a message into a room (on the chat topic LiveKit\'s components show) and store it as sent by IDENTITY'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and not __fish_seen_subcommand_from list send help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l since -d 'Only what happened since then: a duration back from now (2h, 7d) or an RFC 3339 time' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -l as -d 'Sender identity (stored with the message)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -l store-only -d 'Only store the message (importing history); nothing goes to LiveKit'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "list" -d 'Messages of a room, oldest first'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send a message into a room (on the chat topic LiveKit\'s components show) and store it as sent by IDENTITY'
complete -c lkctl -n "__fish_lkctl_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -f -a "list" -d 'Files shared in a room, oldest first'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -f -a "share" -d 'Record a file shared in a room and print a presigned URL to PUT its bytes to'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -f -a "download-url" -d 'Print a presigned URL to download a shared file'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and not __fish_seen_subcommand_from list share download-url help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from list" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from list" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from list" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from list" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from list" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from list" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l size -d 'Size in bytes' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l content-type -d 'MIME type, e.g. application/pdf (the upload must send the same)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l as -d 'Identity of the uploader' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l expires-in -d 'How long the upload URL works (1s to 7d)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l bucket -d 'Bucket [env: LKCTL_S3_BUCKET] (or the profile\'s [s3] table)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l endpoint -d 'Endpoint URL of an S3-compatible server [env: LKCTL_S3_ENDPOINT, AWS_ENDPOINT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l region -d 'Region [env: LKCTL_S3_REGION, AWS_REGION] (default us-east-1)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l access-key -d 'Access key [env: LKCTL_S3_ACCESS_KEY, AWS_ACCESS_KEY_ID]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l secret-key -d 'Secret key [env: LKCTL_S3_SECRET_KEY, AWS_SECRET_ACCESS_KEY] (prefer the environment)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l path-style -d 'Path-style addressing (endpoint/bucket/key), needed by most self-hosted servers [env: LKCTL_S3_PATH_STYLE]'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from share" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -l expires-in -d 'How long the URL works (1s to 7d)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -l bucket -d 'Bucket [env: LKCTL_S3_BUCKET] (or the profile\'s [s3] table)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -l endpoint -d 'Endpoint URL of an S3-compatible server [env: LKCTL_S3_ENDPOINT, AWS_ENDPOINT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -l region -d 'Region [env: LKCTL_S3_REGION, AWS_REGION] (default us-east-1)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -l access-key -d 'Access key [env: LKCTL_S3_ACCESS_KEY, AWS_ACCESS_KEY_ID]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -l secret-key -d 'Secret key [env: LKCTL_S3_SECRET_KEY, AWS_SECRET_ACCESS_KEY] (prefer the environment)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -l path-style -d 'Path-style addressing (endpoint/bucket/key), needed by most self-hosted servers [env: LKCTL_S3_PATH_STYLE]'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from download-url" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "list" -d 'Files shared in a room, oldest first'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "share" -d 'Record a file shared in a room and print a presigned URL to PUT its bytes to'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "download-url" -d 'Print a presigned URL to download a shared file'
complete -c lkctl -n "__fish_lkctl_using_subcommand file; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -f -a "search" -d 'Search transcripts and chat; hits ranked best first, with snippets and times'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -f -a "show" -d 'Print a room\'s transcript (a room name, or a room session\'s sid)'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and not __fish_seen_subcommand_from search show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -l room -d 'Only this room' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -l since -d 'Only what was said or sent since then: a duration back from now (2h, 7d) or an RFC 3339 time' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -l limit -d 'At most this many hits (1-500)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from search" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -l interval -d 'How often --follow looks for new segments' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -s f -l follow -d 'Keep printing segments as they are stored, until interrupted'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search transcripts and chat; hits ranked best first, with snippets and times'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print a room\'s transcript (a room name, or a room session\'s sid)'
complete -c lkctl -n "__fish_lkctl_using_subcommand transcript; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'Room sessions, newest first, with what each left behind'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'One room session\'s artifact set; `--output json` prints the versioned lecture JSON'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -l room -d 'Only this room\'s sessions' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -l since -d 'Only sessions started since then: a duration back from now (2h, 7d) or an RFC 3339 time' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -l all -d 'Include sessions still running'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from show" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from show" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from show" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from show" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from show" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from show" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from show" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from show" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from help" -f -a "list" -d 'Room sessions, newest first, with what each left behind'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from help" -f -a "show" -d 'One room session\'s artifact set; `--output json` prints the versioned lecture JSON'
complete -c lkctl -n "__fish_lkctl_using_subcommand artifact; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -l since -d 'Every finished room session started since then: a duration back from now (2h, 7d) or an RFC 3339 time; with --pending, only those' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -l to -d 'Destination: a directory, s3://bucket/prefix or gdrive://FOLDER_ID (repeatable)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -l format -d 'Formats, comma-separated: pdf, md, json, vtt, srt' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -l lease -d 'How long a file stays leased to this run before another host may take it over' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -l pending -d 'Every finished room session not yet exported to the destination in every format, or changed since it was (a regenerated summary)'
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -l force -d 'Place files again even when the store says they are placed (identical bytes at the destination are still not sent again)'
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -l srt-bom -d 'Start SRT files with a UTF-8 byte order mark (for players that guess a legacy code page)'
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand export" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -f -a "ingest" -d 'Apply one signed WebhookEvent (LiveKit\'s JSON body) to the store; removes banned joiners'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -f -a "listen" -d 'Receive webhooks for debugging: verify each signature with the profile\'s API secret and print the events as JSON lines (forged deliveries get 401 and a note on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -f -a "test" -d 'Send a signed test event (`room_started` of room lkctl-webhook-test) to a receiver'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and not __fish_seen_subcommand_from ingest listen test help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -l auth -d 'The delivery\'s Authorization header value (the JWT LiveKit signed it with)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -l auth-file -d 'File holding the delivery\'s Authorization header value' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -l unverified -d 'Apply the body without checking its signature (only for a body you trust)'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from ingest" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l port -d 'Port to listen on (0: any free port; the address is printed on stderr)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l bind -d 'Address to bind' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l count -d 'Exit after this many verified events (default: until Ctrl-C)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from listen" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "ingest" -d 'Apply one signed WebhookEvent (LiveKit\'s JSON body) to the store; removes banned joiners'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "listen" -d 'Receive webhooks for debugging: verify each signature with the profile\'s API secret and print the events as JSON lines (forged deliveries get 401 and a note on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "test" -d 'Send a signed test event (`room_started` of room lkctl-webhook-test) to a receiver'
complete -c lkctl -n "__fish_lkctl_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -f -a "run" -d 'Run a transcription worker: captions into rooms, transcripts, summaries'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -f -a "status" -d 'Workers, room leases, lag and the last error per room'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and not __fish_seen_subcommand_from run status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l concurrency -d 'Rooms transcribed at once by this worker' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l listen -d 'Address of the audio WebSocket listener LiveKit\'s egress streams to' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l public-ws-url -d 'ws:// or wss:// URL LiveKit\'s egress can reach the listener at (default: ws://ADDR)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l lease -d 'A room\'s lease: another worker takes over a room this long after its worker stopped answering' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l poll -d 'How often to list LiveKit\'s rooms (besides the events serve\'s webhook receiver queues)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l stt -d 'Speech-to-text service' -r -f -a "openai\t'Any OpenAI-compatible /audio/transcriptions endpoint (OpenAI, local Whisper servers)'
deepgram\t'Deepgram\'s live WebSocket API'"
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l stt-url -d 'API base of the OpenAI-compatible service' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l stt-model -d 'Transcription model (OpenAI: whisper-1, gpt-4o-transcribe; Deepgram: nova-3)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l stt-key -d 'API key of the speech-to-text service (OpenAI: also OPENAI_API_KEY; Deepgram: DEEPGRAM_API_KEY)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l language -d 'Language hint (en, ru, ...)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l llm-url -d 'API base of an OpenAI-compatible chat-completions service' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l llm-model -d 'Chat model for summaries' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l llm-key -d 'API key of the chat service' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l llm-context -d 'The model\'s context window in tokens (chunks are cut to fit)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l all-rooms -d 'Transcribe every room, not only those with `room policy set ROOM --transcribe on`'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l no-poll -d 'Do not list LiveKit\'s rooms; learn of rooms only from webhook events (`lkctl serve`)'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from status" -l lease -d 'The lease time the workers run with (a worker silent for longer is shown as gone)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from status" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from status" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from status" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from status" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from status" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from status" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from status" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from status" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run a transcription worker: captions into rooms, transcripts, summaries'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "status" -d 'Workers, room leases, lag and the last error per room'
complete -c lkctl -n "__fish_lkctl_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -f -a "show" -d 'The stored summary of a room\'s latest session'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -f -a "regenerate" -d 'Summarise a room\'s stored transcript again (with the LLM when given)'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and not __fish_seen_subcommand_from show regenerate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from show" -l session -d 'A particular room session (RM_...)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from show" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from show" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from show" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from show" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from show" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from show" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from show" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from show" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -l session -d 'A particular room session (RM_...)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -l llm-url -d 'API base of an OpenAI-compatible chat-completions service' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -l llm-model -d 'Chat model for summaries' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -l llm-key -d 'API key of the chat service' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -l llm-context -d 'The model\'s context window in tokens (chunks are cut to fit)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from regenerate" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from help" -f -a "show" -d 'The stored summary of a room\'s latest session'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from help" -f -a "regenerate" -d 'Summarise a room\'s stored transcript again (with the LLM when given)'
complete -c lkctl -n "__fish_lkctl_using_subcommand summary; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -l listen -d 'Address to listen on' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -l public-url -d 'URL browsers use to reach this server (default: http://ADDR); https turns on Secure cookies and HSTS' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -l trusted-proxy -d 'A reverse proxy (address or CIDR) whose X-Forwarded-For is believed; repeatable' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -l init-admin -d 'With no admin in the store, create this admin and print a one-time password' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -l metrics-listen -d 'Also serve GET /metrics (Prometheus text) without credentials on this address, for a scraper on a private network; on the main listener /metrics is for admins only' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand serve" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -f -a "add" -d 'Create a user (password from a prompt, --password-file or stdin)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -f -a "list" -d 'Every user'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -f -a "remove" -d 'Delete a user with their API tokens and sessions'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -f -a "passwd" -d 'Set a user\'s password (ends their browser sessions)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -f -a "role" -d 'Change a user\'s role'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -f -a "token" -d 'API tokens for scripts (sent as `Authorization: Bearer`)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and not __fish_seen_subcommand_from add list remove passwd role token help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -l role -d 'Role: admin (everything) or host (the rooms they host)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -l identity -d 'LiveKit identity used as a host (default: the user name)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -l password-file -d 'Read the password from the first line of this file (else a prompt on a TTY, else the first line of stdin)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from list" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from list" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from list" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from list" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from list" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from list" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password-file -d 'Read the password from the first line of this file (else a prompt on a TTY, else the first line of stdin)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from role" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from role" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from role" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from role" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from role" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from role" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from role" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from role" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from role" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from role" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from role" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from role" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from role" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from role" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -f -a "create" -d 'Create a token; its secret is printed once'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -f -a "list" -d 'Tokens, newest first (never their secrets)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke a token at once'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from token" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create a user (password from a prompt, --password-file or stdin)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every user'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete a user with their API tokens and sessions'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Set a user\'s password (ends their browser sessions)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "role" -d 'Change a user\'s role'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "token" -d 'API tokens for scripts (sent as `Authorization: Bearer`)'
complete -c lkctl -n "__fish_lkctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -f -a "migrate" -d 'Apply pending migrations (every command that uses the store also does this)'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -f -a "status" -d 'Show the backend, the database (password masked) and applied and pending migrations'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from status" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from status" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from status" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from status" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from status" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from status" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from status" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from status" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Apply pending migrations (every command that uses the store also does this)'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the backend, the database (password masked) and applied and pending migrations'
complete -c lkctl -n "__fish_lkctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand doctor" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand doctor" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand doctor" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand doctor" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand doctor" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand doctor" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand doctor" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand doctor" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand doctor" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand doctor" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand doctor" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand doctor" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand doctor" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand healthcheck" -l url -d 'The URL to GET: `/healthz` (process up) or `/readyz` (store and LiveKit reachable)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand healthcheck" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand healthcheck" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand healthcheck" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand healthcheck" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand healthcheck" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand healthcheck" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand healthcheck" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand healthcheck" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand healthcheck" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand healthcheck" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand healthcheck" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand healthcheck" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand healthcheck" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand healthcheck" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -l port -d 'Port to listen on (0 picks a free one)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -l bind -d 'Address to listen on' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -l webhook -d 'Send signed webhooks to this URL (repeatable)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -l remote-unmute -d 'Allow remote unmute (LiveKit\'s enable_remote_unmute), so `participant unmute` works'
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand dev" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand completions" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand completions" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand completions" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand completions" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand completions" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand completions" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand completions" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand completions" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand completions" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand completions" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand completions" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand completions" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand generate-docs" -l out -d 'Directory that receives completions/ and man/' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand generate-docs" -s o -l output -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'One compact JSON document, newline-terminated'
plain\t'Tab-separated rows without a header'"
complete -c lkctl -n "__fish_lkctl_using_subcommand generate-docs" -l profile -d 'Profile to use [env: LKCTL_PROFILE] (default: the config file\'s default profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand generate-docs" -l url -d 'LiveKit server URL [env: LIVEKIT_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand generate-docs" -l api-key -d 'LiveKit API key [env: LIVEKIT_API_KEY]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand generate-docs" -l api-secret -d 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand generate-docs" -l config-file -d 'lkctl\'s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)' -r -F
complete -c lkctl -n "__fish_lkctl_using_subcommand generate-docs" -l database-url -d 'Database URL for lkctl\'s own store [env: LKCTL_DATABASE_URL]' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand generate-docs" -l timeout -d 'Timeout of each request to LiveKit' -r
complete -c lkctl -n "__fish_lkctl_using_subcommand generate-docs" -l json -d 'Short for `--output json`'
complete -c lkctl -n "__fish_lkctl_using_subcommand generate-docs" -s y -l yes -d 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)'
complete -c lkctl -n "__fish_lkctl_using_subcommand generate-docs" -s q -l quiet -d 'Print only data and errors (no confirmations or notes on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand generate-docs" -s v -l verbose -d 'Print on stderr where each setting came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand generate-docs" -l no-color -d 'Disable colours and table borders (also set by NO_COLOR)'
complete -c lkctl -n "__fish_lkctl_using_subcommand generate-docs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkctl -n "__fish_lkctl_using_subcommand generate-docs" -s V -l version -d 'Print version'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "profile" -d 'Manage connection profiles in the config file'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "token" -d 'Create, inspect and verify access tokens'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "room" -d 'List, create, update and close rooms; send data; mute everyone'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "participant" -d 'Inspect and moderate participants'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "egress" -d 'Record and stream rooms, participants, tracks and web pages'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "recording" -d 'Finished recordings: list them, download them from S3'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "ingress" -d 'RTMP, WHIP and URL ingress endpoints'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "sip" -d 'SIP trunks, dispatch rules, calls and transfers'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "dispatch" -d 'Dispatch agents into rooms'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "lobby" -d 'Guests waiting to join: list, approve, reject, watch; request as a guest'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "ban" -d 'Ban fingerprints, sessions or identities from a room or from all rooms'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "session" -d 'Participant sessions recorded from webhooks, across rooms'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "chat" -d 'Chat messages kept in lkctl\'s store'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "file" -d 'Files shared in rooms (the records; the bytes live in S3)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "transcript" -d 'Transcripts: full-text search over transcripts and chat, show a room\'s transcript'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "artifact" -d 'Lecture artifacts: what each finished room session left behind'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "export" -d 'Export lectures (PDF, Markdown, JSON, WebVTT, SRT) to a directory, S3 or Google Drive'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "webhook" -d 'Apply LiveKit webhook events to the store (history, ban enforcement)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "agent" -d 'Transcription worker: live captions, stored transcripts, summaries at room end'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "summary" -d 'Room summaries written by `lkctl agent`: show, regenerate'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "serve" -d 'Run the HTTP API, web sessions, webhook receiver and guest join flow'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "user" -d 'Users of `lkctl serve` (admins and hosts) and their API tokens'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "db" -d 'lkctl\'s own database: migrations and status'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "doctor" -d 'Check the URL, reachability, credentials and clock skew'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "healthcheck" -d 'Check that a running `lkctl serve` answers (container HEALTHCHECK, probes)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "dev" -d 'Run a local LiveKit API emulator with demo data'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "completions" -d 'Print a shell completion script to stdout'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "generate-docs" -d 'Write completions/ and man/ into a directory'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and not __fish_seen_subcommand_from profile token room participant egress recording ingress sip dispatch lobby ban session chat file transcript artifact export webhook agent summary serve user db doctor healthcheck dev completions generate-docs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Add a profile (uses the global --url and --api-key; the secret from a flag, file, command or prompt)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List profiles (never shows a secret)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Remove a profile'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "import" -d 'Import the projects of LiveKit\'s own CLI (`lk`, ~/.livekit/cli-config.yaml) as profiles'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show the resolved URL, key and secret (masked) and where each came from'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "create" -d 'Create an access token (needs the API key and secret; no server call)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "inspect" -d 'Decode a token without its secret: header, claims, grants, expiry'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "verify" -d 'Check a token\'s signature and validity with the configured key and secret (exit 4 if invalid)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from room" -f -a "list" -d 'List active rooms, all or those named'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from room" -f -a "get" -d 'Show one room'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from room" -f -a "create" -d 'Create a room (or update it: LiveKit\'s CreateRoom is idempotent)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from room" -f -a "delete" -d 'Close a room and disconnect everyone in it'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from room" -f -a "update" -d 'Replace a room\'s metadata'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from room" -f -a "send-data" -d 'Send a data packet to everyone in a room, or to some identities'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from room" -f -a "mute-all" -d 'Panic button: revoke publishing and mute every track, except for --except identities'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from room" -f -a "policy" -d 'Guest policy kept by lkctl: hosts, PIN, lobby, webinar mode, guest limit'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from room" -f -a "invite" -d 'Print the room\'s invite code, making one if it has none'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from room" -f -a "history" -d 'Who was in the room, when and for how long (recorded from webhooks)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from participant" -f -a "list" -d 'List the participants of a room (JSON has every field)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from participant" -f -a "get" -d 'Show one participant'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from participant" -f -a "remove" -d 'Remove (kick) a participant; on self-hosted LiveKit their token stays valid'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from participant" -f -a "update" -d 'Change name, metadata, attributes or permissions'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from participant" -f -a "mute" -d 'Mute one published track, or all of them'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from participant" -f -a "unmute" -d 'Unmute one published track, or all of them (the server must allow remote unmute)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from participant" -f -a "subscriptions" -d 'Subscribe a participant to tracks, or unsubscribe with --unsubscribe'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from participant" -f -a "forward" -d 'Forward a participant\'s tracks to another room (LiveKit Cloud)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from participant" -f -a "move" -d 'Move a participant to another room (LiveKit Cloud)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from participant" -f -a "grant-publish" -d 'Let a participant publish (webinar: grant a raised hand)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from participant" -f -a "revoke-publish" -d 'Stop a participant publishing and mute their tracks (webinar: lower a hand)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from egress" -f -a "start" -d 'Start recording or streaming a room, web page, participant or track'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from egress" -f -a "list" -d 'List egress jobs (follows pagination)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from egress" -f -a "get" -d 'Show one egress job with its results'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from egress" -f -a "stop" -d 'Stop egress jobs; each is reported, and any failure exits non-zero'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from egress" -f -a "update-layout" -d 'Change the layout of a running room composite egress'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from egress" -f -a "update-stream" -d 'Add or remove stream URLs of a running egress'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from egress" -f -a "wait" -d 'Follow a job until it ends and print its results (exit non-zero if it failed)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from recording" -f -a "list" -d 'Finished egress outputs: files and HLS playlists with sizes and locations'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from recording" -f -a "download" -d 'Download an egress\'s files from S3 (resumable, size-checked, atomic)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from ingress" -f -a "create" -d 'Create an RTMP, WHIP or URL-pull ingress'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from ingress" -f -a "list" -d 'List ingresses (follows pagination)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from ingress" -f -a "get" -d 'Show one ingress'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from ingress" -f -a "update" -d 'Change an ingress'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from ingress" -f -a "delete" -d 'Delete ingresses'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from sip" -f -a "trunk" -d 'Inbound and outbound trunks'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from sip" -f -a "rule" -d 'Dispatch rules: which room an inbound call goes to'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from sip" -f -a "call" -d 'Call a number and put the callee into a room'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from sip" -f -a "transfer" -d 'Transfer a SIP participant to another number or SIP URI'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from sip" -f -a "apply" -d 'Make trunks and dispatch rules match a file (matched by name)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from dispatch" -f -a "create" -d 'Dispatch an agent into a room'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from dispatch" -f -a "list" -d 'List the dispatches of a room'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from dispatch" -f -a "get" -d 'Show one dispatch'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from dispatch" -f -a "delete" -d 'Delete a dispatch'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from lobby" -f -a "list" -d 'Entries of a room\'s lobby, oldest first'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from lobby" -f -a "approve" -d 'Let a waiting guest in (signs their token: needs the API key and secret)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from lobby" -f -a "reject" -d 'Turn a waiting guest away'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from lobby" -f -a "watch" -d 'Follow a room\'s lobby live until Ctrl-C (JSON: one object per line per event)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from lobby" -f -a "request" -d 'As a guest, ask to join a room: prints the token, or the lobby entry to wait on'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from lobby" -f -a "status" -d 'As a guest, show the decision on one\'s own entry (with the token once approved)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from ban" -f -a "add" -d 'Ban someone from a room (or all rooms) and remove them if present'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from ban" -f -a "list" -d 'Bans in force, newest first: of one room (global ones included) or all'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from ban" -f -a "remove" -d 'Lift a ban'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "list" -d 'Participant sessions, newest first, across rooms or in one'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from chat" -f -a "list" -d 'Messages of a room, oldest first'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from chat" -f -a "send" -d 'Send a message into a room (on the chat topic LiveKit\'s components show) and store it as sent by IDENTITY'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "list" -d 'Files shared in a room, oldest first'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "share" -d 'Record a file shared in a room and print a presigned URL to PUT its bytes to'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from file" -f -a "download-url" -d 'Print a presigned URL to download a shared file'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from transcript" -f -a "search" -d 'Search transcripts and chat; hits ranked best first, with snippets and times'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from transcript" -f -a "show" -d 'Print a room\'s transcript (a room name, or a room session\'s sid)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from artifact" -f -a "list" -d 'Room sessions, newest first, with what each left behind'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from artifact" -f -a "show" -d 'One room session\'s artifact set; `--output json` prints the versioned lecture JSON'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "ingest" -d 'Apply one signed WebhookEvent (LiveKit\'s JSON body) to the store; removes banned joiners'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "listen" -d 'Receive webhooks for debugging: verify each signature with the profile\'s API secret and print the events as JSON lines (forged deliveries get 401 and a note on stderr)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "test" -d 'Send a signed test event (`room_started` of room lkctl-webhook-test) to a receiver'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "run" -d 'Run a transcription worker: captions into rooms, transcripts, summaries'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "status" -d 'Workers, room leases, lag and the last error per room'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from summary" -f -a "show" -d 'The stored summary of a room\'s latest session'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from summary" -f -a "regenerate" -d 'Summarise a room\'s stored transcript again (with the LLM when given)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Create a user (password from a prompt, --password-file or stdin)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'Every user'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "remove" -d 'Delete a user with their API tokens and sessions'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "passwd" -d 'Set a user\'s password (ends their browser sessions)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "role" -d 'Change a user\'s role'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "token" -d 'API tokens for scripts (sent as `Authorization: Bearer`)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Apply pending migrations (every command that uses the store also does this)'
complete -c lkctl -n "__fish_lkctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'Show the backend, the database (password masked) and applied and pending migrations'
