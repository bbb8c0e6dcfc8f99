
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'lkctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'lkctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'lkctl' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage connection profiles in the config file')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Create, inspect and verify access tokens')
            [CompletionResult]::new('room', 'room', [CompletionResultType]::ParameterValue, 'List, create, update and close rooms; send data; mute everyone')
            [CompletionResult]::new('participant', 'participant', [CompletionResultType]::ParameterValue, 'Inspect and moderate participants')
            [CompletionResult]::new('egress', 'egress', [CompletionResultType]::ParameterValue, 'Record and stream rooms, participants, tracks and web pages')
            [CompletionResult]::new('recording', 'recording', [CompletionResultType]::ParameterValue, 'Finished recordings: list them, download them from S3')
            [CompletionResult]::new('ingress', 'ingress', [CompletionResultType]::ParameterValue, 'RTMP, WHIP and URL ingress endpoints')
            [CompletionResult]::new('sip', 'sip', [CompletionResultType]::ParameterValue, 'SIP trunks, dispatch rules, calls and transfers')
            [CompletionResult]::new('dispatch', 'dispatch', [CompletionResultType]::ParameterValue, 'Dispatch agents into rooms')
            [CompletionResult]::new('lobby', 'lobby', [CompletionResultType]::ParameterValue, 'Guests waiting to join: list, approve, reject, watch; request as a guest')
            [CompletionResult]::new('ban', 'ban', [CompletionResultType]::ParameterValue, 'Ban fingerprints, sessions or identities from a room or from all rooms')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Participant sessions recorded from webhooks, across rooms')
            [CompletionResult]::new('chat', 'chat', [CompletionResultType]::ParameterValue, 'Chat messages kept in lkctl''s store')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Files shared in rooms (the records; the bytes live in S3)')
            [CompletionResult]::new('transcript', 'transcript', [CompletionResultType]::ParameterValue, 'Transcripts: full-text search over transcripts and chat, show a room''s transcript')
            [CompletionResult]::new('artifact', 'artifact', [CompletionResultType]::ParameterValue, 'Lecture artifacts: what each finished room session left behind')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export lectures (PDF, Markdown, JSON, WebVTT, SRT) to a directory, S3 or Google Drive')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Apply LiveKit webhook events to the store (history, ban enforcement)')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'Transcription worker: live captions, stored transcripts, summaries at room end')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'Room summaries written by `lkctl agent`: show, regenerate')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the HTTP API, web sessions, webhook receiver and guest join flow')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users of `lkctl serve` (admins and hosts) and their API tokens')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'lkctl''s own database: migrations and status')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the URL, reachability, credentials and clock skew')
            [CompletionResult]::new('healthcheck', 'healthcheck', [CompletionResultType]::ParameterValue, 'Check that a running `lkctl serve` answers (container HEALTHCHECK, probes)')
            [CompletionResult]::new('dev', 'dev', [CompletionResultType]::ParameterValue, 'Run a local LiveKit API emulator with demo data')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script to stdout')
            [CompletionResult]::new('generate-docs', 'generate-docs', [CompletionResultType]::ParameterValue, 'Write completions/ and man/ into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;profile' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile (uses the global --url and --api-key; the secret from a flag, file, command or prompt)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (never shows a secret)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the projects of LiveKit''s own CLI (`lk`, ~/.livekit/cli-config.yaml) as profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the resolved URL, key and secret (masked) and where each came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;profile;add' {
            [CompletionResult]::new('--api-secret-file', '--api-secret-file', [CompletionResultType]::ParameterName, 'Read the secret from this file each time it is needed')
            [CompletionResult]::new('--api-secret-command', '--api-secret-command', [CompletionResultType]::ParameterName, 'Run this shell command each time the secret is needed; its output is the secret')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make this the default profile (the first profile always is)')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Overwrite an existing profile of the same name')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;profile;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;profile;remove' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;profile;use' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;profile;import' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The `lk` configuration file to read (default: ~/.livekit/cli-config.yaml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be imported; write nothing')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace profiles that have the name of an imported project')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;profile;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--resolved', '--resolved', [CompletionResultType]::ParameterName, 'Also list the sources each value overrides (the ones lower in precedence)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;profile;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile (uses the global --url and --api-key; the secret from a flag, file, command or prompt)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (never shows a secret)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the projects of LiveKit''s own CLI (`lk`, ~/.livekit/cli-config.yaml) as profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the resolved URL, key and secret (masked) and where each came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;profile;help;add' {
            break
        }
        'lkctl;profile;help;list' {
            break
        }
        'lkctl;profile;help;remove' {
            break
        }
        'lkctl;profile;help;use' {
            break
        }
        'lkctl;profile;help;import' {
            break
        }
        'lkctl;profile;help;show' {
            break
        }
        'lkctl;profile;help;help' {
            break
        }
        'lkctl;token' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an access token (needs the API key and secret; no server call)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Decode a token without its secret: header, claims, grants, expiry')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a token''s signature and validity with the configured key and secret (exit 4 if invalid)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;token;create' {
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Participant identity (required with --join)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Room the grants apply to (required with --join and --admin)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Participant metadata')
            [CompletionResult]::new('--attribute', '--attribute', [CompletionResultType]::ParameterName, 'Participant attribute, repeatable')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Participant kind')
            [CompletionResult]::new('--can-publish', '--can-publish', [CompletionResultType]::ParameterName, 'Whether the participant may publish tracks (LiveKit''s default: true)')
            [CompletionResult]::new('--can-subscribe', '--can-subscribe', [CompletionResultType]::ParameterName, 'Whether the participant may subscribe to tracks (LiveKit''s default: true)')
            [CompletionResult]::new('--can-publish-data', '--can-publish-data', [CompletionResultType]::ParameterName, 'Whether the participant may publish data (LiveKit''s default: same as --can-publish)')
            [CompletionResult]::new('--publish-sources', '--publish-sources', [CompletionResultType]::ParameterName, 'Restrict publishing to these sources (comma-separated)')
            [CompletionResult]::new('--valid-for', '--valid-for', [CompletionResultType]::ParameterName, 'Lifetime, e.g. 30m, 6h (a warning is printed above 24h)')
            [CompletionResult]::new('--not-before', '--not-before', [CompletionResultType]::ParameterName, 'Start of validity: RFC 3339 time or a duration from now (e.g. 10m)')
            [CompletionResult]::new('--room-config', '--room-config', [CompletionResultType]::ParameterName, 'Room configuration JSON file (livekit.RoomConfiguration, e.g. agent dispatch)')
            [CompletionResult]::new('--join-url', '--join-url', [CompletionResultType]::ParameterName, 'Print a join link: BASE?liveKitUrl=<url>&token=<token>')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--join', '--join', [CompletionResultType]::ParameterName, 'Grant roomJoin: join --room')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Grant roomCreate: create and delete rooms')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'Grant roomList: list rooms')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Grant roomAdmin on --room: moderate participants')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Grant roomRecord: use the Egress API')
            [CompletionResult]::new('--ingress-admin', '--ingress-admin', [CompletionResultType]::ParameterName, 'Grant ingressAdmin: use the Ingress API')
            [CompletionResult]::new('--can-update-metadata', '--can-update-metadata', [CompletionResultType]::ParameterName, 'Let the participant update its own name, metadata and attributes')
            [CompletionResult]::new('--hidden', '--hidden', [CompletionResultType]::ParameterName, 'Hide the participant from others')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Grant the legacy video.agent flag (prefer --kind agent)')
            [CompletionResult]::new('--sip-admin', '--sip-admin', [CompletionResultType]::ParameterName, 'Grant sip.admin: manage SIP trunks and dispatch rules')
            [CompletionResult]::new('--sip-call', '--sip-call', [CompletionResultType]::ParameterName, 'Grant sip.call: place outbound SIP calls')
            [CompletionResult]::new('--no-warn', '--no-warn', [CompletionResultType]::ParameterName, 'Do not warn on stderr (token without grants, banned identity, long lifetime)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;token;inspect' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;token;verify' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an access token (needs the API key and secret; no server call)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Decode a token without its secret: header, claims, grants, expiry')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a token''s signature and validity with the configured key and secret (exit 4 if invalid)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;token;help;create' {
            break
        }
        'lkctl;token;help;inspect' {
            break
        }
        'lkctl;token;help;verify' {
            break
        }
        'lkctl;token;help;help' {
            break
        }
        'lkctl;room' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List active rooms, all or those named')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one room')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room (or update it: LiveKit''s CreateRoom is idempotent)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Close a room and disconnect everyone in it')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace a room''s metadata')
            [CompletionResult]::new('send-data', 'send-data', [CompletionResultType]::ParameterValue, 'Send a data packet to everyone in a room, or to some identities')
            [CompletionResult]::new('mute-all', 'mute-all', [CompletionResultType]::ParameterValue, 'Panic button: revoke publishing and mute every track, except for --except identities')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Guest policy kept by lkctl: hosts, PIN, lobby, webinar mode, guest limit')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Print the room''s invite code, making one if it has none')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Who was in the room, when and for how long (recorded from webhooks)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;room;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;room;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;room;create' {
            [CompletionResult]::new('--empty-timeout', '--empty-timeout', [CompletionResultType]::ParameterName, 'Close the room this long after it was created if nobody joins (e.g. 5m; server default 300s)')
            [CompletionResult]::new('--departure-timeout', '--departure-timeout', [CompletionResultType]::ParameterName, 'Close the room this long after the last participant leaves (server default 20s)')
            [CompletionResult]::new('--max-participants', '--max-participants', [CompletionResultType]::ParameterName, 'Maximum number of participants (0: no limit)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Room metadata')
            [CompletionResult]::new('--min-playout-delay', '--min-playout-delay', [CompletionResultType]::ParameterName, 'Minimum playout delay in milliseconds')
            [CompletionResult]::new('--max-playout-delay', '--max-playout-delay', [CompletionResultType]::ParameterName, 'Maximum playout delay in milliseconds')
            [CompletionResult]::new('--node-id', '--node-id', [CompletionResultType]::ParameterName, 'Create the room on this node')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'JSON or YAML file with egress, agents (dispatch), tags and room_preset')
            [CompletionResult]::new('--room-config', '--room-config', [CompletionResultType]::ParameterName, 'JSON or YAML file with egress, agents (dispatch), tags and room_preset')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--sync-streams', '--sync-streams', [CompletionResultType]::ParameterName, 'Synchronise audio and video of each participant')
            [CompletionResult]::new('--replay-enabled', '--replay-enabled', [CompletionResultType]::ParameterName, 'Enable room replay (LiveKit Cloud)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;room;delete' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;room;update' {
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'New metadata (`-` reads it from stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;room;send-data' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the payload from a file')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Topic of the packet')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Send only to this identity (repeatable; default: everyone)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--lossy', '--lossy', [CompletionResultType]::ParameterName, 'Use the lossy (unordered, no retransmit) channel instead of the reliable one')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;room;mute-all' {
            [CompletionResult]::new('--except', '--except', [CompletionResultType]::ParameterName, 'Leave this identity alone (repeatable), e.g. the host')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Participants handled at once')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show who would be affected and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;room;policy' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or change a room''s guest policy; flags not given keep their value')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a room''s policy (the PIN itself is never shown)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;room;policy;set' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Host identity (repeatable; replaces the host list)')
            [CompletionResult]::new('--pin', '--pin', [CompletionResultType]::ParameterName, 'Require this PIN (4–32 letters or digits; `-` reads it from stdin)')
            [CompletionResult]::new('--lobby', '--lobby', [CompletionResultType]::ParameterName, 'Guests wait in the lobby for a host''s approval')
            [CompletionResult]::new('--webinar', '--webinar', [CompletionResultType]::ParameterName, 'Guests join without publish rights')
            [CompletionResult]::new('--max-guests', '--max-guests', [CompletionResultType]::ParameterName, 'Most guests admitted at once')
            [CompletionResult]::new('--transcribe', '--transcribe', [CompletionResultType]::ParameterName, 'Live transcription, captions and a summary by `lkctl agent run`')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--no-pin', '--no-pin', [CompletionResultType]::ParameterName, 'Require no PIN')
            [CompletionResult]::new('--no-max-guests', '--no-max-guests', [CompletionResultType]::ParameterName, 'Remove the guest limit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;room;policy;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;room;policy;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or change a room''s guest policy; flags not given keep their value')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a room''s policy (the PIN itself is never shown)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;room;policy;help;set' {
            break
        }
        'lkctl;room;policy;help;show' {
            break
        }
        'lkctl;room;policy;help;help' {
            break
        }
        'lkctl;room;invite' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--rotate', '--rotate', [CompletionResultType]::ParameterName, 'Replace the code; the old one stops working')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;room;history' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only what happened since then: a duration back from now (2h, 7d) or an RFC 3339 time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;room;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List active rooms, all or those named')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one room')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room (or update it: LiveKit''s CreateRoom is idempotent)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Close a room and disconnect everyone in it')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace a room''s metadata')
            [CompletionResult]::new('send-data', 'send-data', [CompletionResultType]::ParameterValue, 'Send a data packet to everyone in a room, or to some identities')
            [CompletionResult]::new('mute-all', 'mute-all', [CompletionResultType]::ParameterValue, 'Panic button: revoke publishing and mute every track, except for --except identities')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Guest policy kept by lkctl: hosts, PIN, lobby, webinar mode, guest limit')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Print the room''s invite code, making one if it has none')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Who was in the room, when and for how long (recorded from webhooks)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;room;help;list' {
            break
        }
        'lkctl;room;help;get' {
            break
        }
        'lkctl;room;help;create' {
            break
        }
        'lkctl;room;help;delete' {
            break
        }
        'lkctl;room;help;update' {
            break
        }
        'lkctl;room;help;send-data' {
            break
        }
        'lkctl;room;help;mute-all' {
            break
        }
        'lkctl;room;help;policy' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or change a room''s guest policy; flags not given keep their value')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a room''s policy (the PIN itself is never shown)')
            break
        }
        'lkctl;room;help;policy;set' {
            break
        }
        'lkctl;room;help;policy;show' {
            break
        }
        'lkctl;room;help;invite' {
            break
        }
        'lkctl;room;help;history' {
            break
        }
        'lkctl;room;help;help' {
            break
        }
        'lkctl;participant' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the participants of a room (JSON has every field)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one participant')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove (kick) a participant; on self-hosted LiveKit their token stays valid')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change name, metadata, attributes or permissions')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute one published track, or all of them')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute one published track, or all of them (the server must allow remote unmute)')
            [CompletionResult]::new('subscriptions', 'subscriptions', [CompletionResultType]::ParameterValue, 'Subscribe a participant to tracks, or unsubscribe with --unsubscribe')
            [CompletionResult]::new('forward', 'forward', [CompletionResultType]::ParameterValue, 'Forward a participant''s tracks to another room (LiveKit Cloud)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a participant to another room (LiveKit Cloud)')
            [CompletionResult]::new('grant-publish', 'grant-publish', [CompletionResultType]::ParameterValue, 'Let a participant publish (webinar: grant a raised hand)')
            [CompletionResult]::new('revoke-publish', 'revoke-publish', [CompletionResultType]::ParameterValue, 'Stop a participant publishing and mute their tracks (webinar: lower a hand)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;participant;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;participant;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;participant;remove' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;participant;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name of the participant')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata of the participant')
            [CompletionResult]::new('--attribute', '--attribute', [CompletionResultType]::ParameterName, 'Participant attribute (repeatable); with `participant update` an empty value deletes the key')
            [CompletionResult]::new('--can-publish', '--can-publish', [CompletionResultType]::ParameterName, 'Allow or forbid publishing tracks')
            [CompletionResult]::new('--can-subscribe', '--can-subscribe', [CompletionResultType]::ParameterName, 'Allow or forbid subscribing')
            [CompletionResult]::new('--can-publish-data', '--can-publish-data', [CompletionResultType]::ParameterName, 'Allow or forbid publishing data')
            [CompletionResult]::new('--publish-sources', '--publish-sources', [CompletionResultType]::ParameterName, 'Restrict publishing to these sources (comma-separated; camera, microphone, screen_share, screen_share_audio)')
            [CompletionResult]::new('--can-update-metadata', '--can-update-metadata', [CompletionResultType]::ParameterName, 'Allow or forbid updating their own metadata')
            [CompletionResult]::new('--hidden', '--hidden', [CompletionResultType]::ParameterName, 'Hide or show the participant to others')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;participant;mute' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every published track of the participant')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;participant;unmute' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every published track of the participant')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;participant;subscriptions' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--unsubscribe', '--unsubscribe', [CompletionResultType]::ParameterName, 'Unsubscribe instead of subscribing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;participant;forward' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;participant;move' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;participant;grant-publish' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;participant;revoke-publish' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;participant;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the participants of a room (JSON has every field)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one participant')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove (kick) a participant; on self-hosted LiveKit their token stays valid')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change name, metadata, attributes or permissions')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute one published track, or all of them')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute one published track, or all of them (the server must allow remote unmute)')
            [CompletionResult]::new('subscriptions', 'subscriptions', [CompletionResultType]::ParameterValue, 'Subscribe a participant to tracks, or unsubscribe with --unsubscribe')
            [CompletionResult]::new('forward', 'forward', [CompletionResultType]::ParameterValue, 'Forward a participant''s tracks to another room (LiveKit Cloud)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a participant to another room (LiveKit Cloud)')
            [CompletionResult]::new('grant-publish', 'grant-publish', [CompletionResultType]::ParameterValue, 'Let a participant publish (webinar: grant a raised hand)')
            [CompletionResult]::new('revoke-publish', 'revoke-publish', [CompletionResultType]::ParameterValue, 'Stop a participant publishing and mute their tracks (webinar: lower a hand)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;participant;help;list' {
            break
        }
        'lkctl;participant;help;get' {
            break
        }
        'lkctl;participant;help;remove' {
            break
        }
        'lkctl;participant;help;update' {
            break
        }
        'lkctl;participant;help;mute' {
            break
        }
        'lkctl;participant;help;unmute' {
            break
        }
        'lkctl;participant;help;subscriptions' {
            break
        }
        'lkctl;participant;help;forward' {
            break
        }
        'lkctl;participant;help;move' {
            break
        }
        'lkctl;participant;help;grant-publish' {
            break
        }
        'lkctl;participant;help;revoke-publish' {
            break
        }
        'lkctl;participant;help;help' {
            break
        }
        'lkctl;egress' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start recording or streaming a room, web page, participant or track')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List egress jobs (follows pagination)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one egress job with its results')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop egress jobs; each is reported, and any failure exits non-zero')
            [CompletionResult]::new('update-layout', 'update-layout', [CompletionResultType]::ParameterValue, 'Change the layout of a running room composite egress')
            [CompletionResult]::new('update-stream', 'update-stream', [CompletionResultType]::ParameterValue, 'Add or remove stream URLs of a running egress')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Follow a job until it ends and print its results (exit non-zero if it failed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;egress;start' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('room-composite', 'room-composite', [CompletionResultType]::ParameterValue, 'Record or stream a whole room through a layout template')
            [CompletionResult]::new('web', 'web', [CompletionResultType]::ParameterValue, 'Record or stream any web page')
            [CompletionResult]::new('participant', 'participant', [CompletionResultType]::ParameterValue, 'Record or stream one participant''s tracks')
            [CompletionResult]::new('track-composite', 'track-composite', [CompletionResultType]::ParameterValue, 'Record or stream one audio and/or one video track, mixed')
            [CompletionResult]::new('track', 'track', [CompletionResultType]::ParameterValue, 'Export one track without transcoding to a file, or its audio to a WebSocket')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;egress;start;room-composite' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Room name')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Layout: grid, speaker, single-speaker (default: LiveKit''s)')
            [CompletionResult]::new('--custom-base-url', '--custom-base-url', [CompletionResultType]::ParameterName, 'Your own layout template''s base URL')
            [CompletionResult]::new('--preset', '--preset', [CompletionResultType]::ParameterName, 'Encoding preset, e.g. h264-720p-30, h264-1080p-60')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write a file (path or template, e.g. `{room_name}-{time}.mp4`)')
            [CompletionResult]::new('--file-type', '--file-type', [CompletionResultType]::ParameterName, 'File type: mp4, ogg or mp3 (default: from the extension)')
            [CompletionResult]::new('--segments', '--segments', [CompletionResultType]::ParameterName, 'Write HLS segments with this filename prefix')
            [CompletionResult]::new('--playlist', '--playlist', [CompletionResultType]::ParameterName, 'HLS playlist name (default: PREFIX.m3u8)')
            [CompletionResult]::new('--live-playlist', '--live-playlist', [CompletionResultType]::ParameterName, 'HLS live playlist name')
            [CompletionResult]::new('--segment-duration', '--segment-duration', [CompletionResultType]::ParameterName, 'HLS segment length in seconds')
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'Stream to an RTMP(S), SRT or WebSocket URL (repeatable)')
            [CompletionResult]::new('--s3-bucket', '--s3-bucket', [CompletionResultType]::ParameterName, 'Upload to this S3 bucket')
            [CompletionResult]::new('--s3-region', '--s3-region', [CompletionResultType]::ParameterName, 'S3 region')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3-compatible endpoint URL (MinIO, R2, ...)')
            [CompletionResult]::new('--s3-access-key', '--s3-access-key', [CompletionResultType]::ParameterName, 'S3 access key')
            [CompletionResult]::new('--s3-secret', '--s3-secret', [CompletionResultType]::ParameterName, 'S3 secret key (prefer the environment: flags show in `ps`)')
            [CompletionResult]::new('--gcp-bucket', '--gcp-bucket', [CompletionResultType]::ParameterName, 'Upload to this Google Cloud Storage bucket')
            [CompletionResult]::new('--gcp-credentials', '--gcp-credentials', [CompletionResultType]::ParameterName, 'GCP service-account JSON file')
            [CompletionResult]::new('--azure-account', '--azure-account', [CompletionResultType]::ParameterName, 'Upload to this Azure storage account')
            [CompletionResult]::new('--azure-key', '--azure-key', [CompletionResultType]::ParameterName, 'Azure account key')
            [CompletionResult]::new('--azure-container', '--azure-container', [CompletionResultType]::ParameterName, 'Azure container')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'Full request as JSON or YAML (snake_case or camelCase; `-` reads stdin); flags then only set --room')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 2h; default: wait forever)')
            [CompletionResult]::new('--poll-interval', '--poll-interval', [CompletionResultType]::ParameterName, 'How often to ask LiveKit')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--audio-only', '--audio-only', [CompletionResultType]::ParameterName, 'Audio only')
            [CompletionResult]::new('--video-only', '--video-only', [CompletionResultType]::ParameterName, 'Video only')
            [CompletionResult]::new('--s3-force-path-style', '--s3-force-path-style', [CompletionResultType]::ParameterName, 'Path-style S3 addressing (endpoint/bucket/key)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the job ends, then print its results')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;egress;start;web' {
            [CompletionResult]::new('--preset', '--preset', [CompletionResultType]::ParameterName, 'Encoding preset')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write a file (path or template, e.g. `{room_name}-{time}.mp4`)')
            [CompletionResult]::new('--file-type', '--file-type', [CompletionResultType]::ParameterName, 'File type: mp4, ogg or mp3 (default: from the extension)')
            [CompletionResult]::new('--segments', '--segments', [CompletionResultType]::ParameterName, 'Write HLS segments with this filename prefix')
            [CompletionResult]::new('--playlist', '--playlist', [CompletionResultType]::ParameterName, 'HLS playlist name (default: PREFIX.m3u8)')
            [CompletionResult]::new('--live-playlist', '--live-playlist', [CompletionResultType]::ParameterName, 'HLS live playlist name')
            [CompletionResult]::new('--segment-duration', '--segment-duration', [CompletionResultType]::ParameterName, 'HLS segment length in seconds')
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'Stream to an RTMP(S), SRT or WebSocket URL (repeatable)')
            [CompletionResult]::new('--s3-bucket', '--s3-bucket', [CompletionResultType]::ParameterName, 'Upload to this S3 bucket')
            [CompletionResult]::new('--s3-region', '--s3-region', [CompletionResultType]::ParameterName, 'S3 region')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3-compatible endpoint URL (MinIO, R2, ...)')
            [CompletionResult]::new('--s3-access-key', '--s3-access-key', [CompletionResultType]::ParameterName, 'S3 access key')
            [CompletionResult]::new('--s3-secret', '--s3-secret', [CompletionResultType]::ParameterName, 'S3 secret key (prefer the environment: flags show in `ps`)')
            [CompletionResult]::new('--gcp-bucket', '--gcp-bucket', [CompletionResultType]::ParameterName, 'Upload to this Google Cloud Storage bucket')
            [CompletionResult]::new('--gcp-credentials', '--gcp-credentials', [CompletionResultType]::ParameterName, 'GCP service-account JSON file')
            [CompletionResult]::new('--azure-account', '--azure-account', [CompletionResultType]::ParameterName, 'Upload to this Azure storage account')
            [CompletionResult]::new('--azure-key', '--azure-key', [CompletionResultType]::ParameterName, 'Azure account key')
            [CompletionResult]::new('--azure-container', '--azure-container', [CompletionResultType]::ParameterName, 'Azure container')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'Full request as JSON or YAML (snake_case or camelCase; `-` reads stdin); flags then only set --room')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 2h; default: wait forever)')
            [CompletionResult]::new('--poll-interval', '--poll-interval', [CompletionResultType]::ParameterName, 'How often to ask LiveKit')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--audio-only', '--audio-only', [CompletionResultType]::ParameterName, 'Audio only')
            [CompletionResult]::new('--video-only', '--video-only', [CompletionResultType]::ParameterName, 'Video only')
            [CompletionResult]::new('--await-start-signal', '--await-start-signal', [CompletionResultType]::ParameterName, 'Start recording only when the page logs START_RECORDING')
            [CompletionResult]::new('--s3-force-path-style', '--s3-force-path-style', [CompletionResultType]::ParameterName, 'Path-style S3 addressing (endpoint/bucket/key)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the job ends, then print its results')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;egress;start;participant' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Room name')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Participant identity')
            [CompletionResult]::new('--preset', '--preset', [CompletionResultType]::ParameterName, 'Encoding preset')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write a file (path or template, e.g. `{room_name}-{time}.mp4`)')
            [CompletionResult]::new('--file-type', '--file-type', [CompletionResultType]::ParameterName, 'File type: mp4, ogg or mp3 (default: from the extension)')
            [CompletionResult]::new('--segments', '--segments', [CompletionResultType]::ParameterName, 'Write HLS segments with this filename prefix')
            [CompletionResult]::new('--playlist', '--playlist', [CompletionResultType]::ParameterName, 'HLS playlist name (default: PREFIX.m3u8)')
            [CompletionResult]::new('--live-playlist', '--live-playlist', [CompletionResultType]::ParameterName, 'HLS live playlist name')
            [CompletionResult]::new('--segment-duration', '--segment-duration', [CompletionResultType]::ParameterName, 'HLS segment length in seconds')
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'Stream to an RTMP(S), SRT or WebSocket URL (repeatable)')
            [CompletionResult]::new('--s3-bucket', '--s3-bucket', [CompletionResultType]::ParameterName, 'Upload to this S3 bucket')
            [CompletionResult]::new('--s3-region', '--s3-region', [CompletionResultType]::ParameterName, 'S3 region')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3-compatible endpoint URL (MinIO, R2, ...)')
            [CompletionResult]::new('--s3-access-key', '--s3-access-key', [CompletionResultType]::ParameterName, 'S3 access key')
            [CompletionResult]::new('--s3-secret', '--s3-secret', [CompletionResultType]::ParameterName, 'S3 secret key (prefer the environment: flags show in `ps`)')
            [CompletionResult]::new('--gcp-bucket', '--gcp-bucket', [CompletionResultType]::ParameterName, 'Upload to this Google Cloud Storage bucket')
            [CompletionResult]::new('--gcp-credentials', '--gcp-credentials', [CompletionResultType]::ParameterName, 'GCP service-account JSON file')
            [CompletionResult]::new('--azure-account', '--azure-account', [CompletionResultType]::ParameterName, 'Upload to this Azure storage account')
            [CompletionResult]::new('--azure-key', '--azure-key', [CompletionResultType]::ParameterName, 'Azure account key')
            [CompletionResult]::new('--azure-container', '--azure-container', [CompletionResultType]::ParameterName, 'Azure container')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'Full request as JSON or YAML (snake_case or camelCase; `-` reads stdin); flags then only set --room')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 2h; default: wait forever)')
            [CompletionResult]::new('--poll-interval', '--poll-interval', [CompletionResultType]::ParameterName, 'How often to ask LiveKit')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--screen-share', '--screen-share', [CompletionResultType]::ParameterName, 'Record the screen share instead of the camera')
            [CompletionResult]::new('--s3-force-path-style', '--s3-force-path-style', [CompletionResultType]::ParameterName, 'Path-style S3 addressing (endpoint/bucket/key)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the job ends, then print its results')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;egress;start;track-composite' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Room name')
            [CompletionResult]::new('--audio-track', '--audio-track', [CompletionResultType]::ParameterName, 'Audio track SID (TR_...)')
            [CompletionResult]::new('--video-track', '--video-track', [CompletionResultType]::ParameterName, 'Video track SID (TR_...)')
            [CompletionResult]::new('--preset', '--preset', [CompletionResultType]::ParameterName, 'Encoding preset')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write a file (path or template, e.g. `{room_name}-{time}.mp4`)')
            [CompletionResult]::new('--file-type', '--file-type', [CompletionResultType]::ParameterName, 'File type: mp4, ogg or mp3 (default: from the extension)')
            [CompletionResult]::new('--segments', '--segments', [CompletionResultType]::ParameterName, 'Write HLS segments with this filename prefix')
            [CompletionResult]::new('--playlist', '--playlist', [CompletionResultType]::ParameterName, 'HLS playlist name (default: PREFIX.m3u8)')
            [CompletionResult]::new('--live-playlist', '--live-playlist', [CompletionResultType]::ParameterName, 'HLS live playlist name')
            [CompletionResult]::new('--segment-duration', '--segment-duration', [CompletionResultType]::ParameterName, 'HLS segment length in seconds')
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'Stream to an RTMP(S), SRT or WebSocket URL (repeatable)')
            [CompletionResult]::new('--s3-bucket', '--s3-bucket', [CompletionResultType]::ParameterName, 'Upload to this S3 bucket')
            [CompletionResult]::new('--s3-region', '--s3-region', [CompletionResultType]::ParameterName, 'S3 region')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3-compatible endpoint URL (MinIO, R2, ...)')
            [CompletionResult]::new('--s3-access-key', '--s3-access-key', [CompletionResultType]::ParameterName, 'S3 access key')
            [CompletionResult]::new('--s3-secret', '--s3-secret', [CompletionResultType]::ParameterName, 'S3 secret key (prefer the environment: flags show in `ps`)')
            [CompletionResult]::new('--gcp-bucket', '--gcp-bucket', [CompletionResultType]::ParameterName, 'Upload to this Google Cloud Storage bucket')
            [CompletionResult]::new('--gcp-credentials', '--gcp-credentials', [CompletionResultType]::ParameterName, 'GCP service-account JSON file')
            [CompletionResult]::new('--azure-account', '--azure-account', [CompletionResultType]::ParameterName, 'Upload to this Azure storage account')
            [CompletionResult]::new('--azure-key', '--azure-key', [CompletionResultType]::ParameterName, 'Azure account key')
            [CompletionResult]::new('--azure-container', '--azure-container', [CompletionResultType]::ParameterName, 'Azure container')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'Full request as JSON or YAML (snake_case or camelCase; `-` reads stdin); flags then only set --room')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 2h; default: wait forever)')
            [CompletionResult]::new('--poll-interval', '--poll-interval', [CompletionResultType]::ParameterName, 'How often to ask LiveKit')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--s3-force-path-style', '--s3-force-path-style', [CompletionResultType]::ParameterName, 'Path-style S3 addressing (endpoint/bucket/key)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the job ends, then print its results')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;egress;start;track' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Room name')
            [CompletionResult]::new('--track', '--track', [CompletionResultType]::ParameterName, 'Track SID (TR_...)')
            [CompletionResult]::new('--websocket', '--websocket', [CompletionResultType]::ParameterName, 'Send the audio as raw PCM to this WebSocket URL instead of a file')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write the track to this file path (template allowed)')
            [CompletionResult]::new('--s3-bucket', '--s3-bucket', [CompletionResultType]::ParameterName, 'Upload to this S3 bucket')
            [CompletionResult]::new('--s3-region', '--s3-region', [CompletionResultType]::ParameterName, 'S3 region')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3-compatible endpoint URL (MinIO, R2, ...)')
            [CompletionResult]::new('--s3-access-key', '--s3-access-key', [CompletionResultType]::ParameterName, 'S3 access key')
            [CompletionResult]::new('--s3-secret', '--s3-secret', [CompletionResultType]::ParameterName, 'S3 secret key (prefer the environment: flags show in `ps`)')
            [CompletionResult]::new('--gcp-bucket', '--gcp-bucket', [CompletionResultType]::ParameterName, 'Upload to this Google Cloud Storage bucket')
            [CompletionResult]::new('--gcp-credentials', '--gcp-credentials', [CompletionResultType]::ParameterName, 'GCP service-account JSON file')
            [CompletionResult]::new('--azure-account', '--azure-account', [CompletionResultType]::ParameterName, 'Upload to this Azure storage account')
            [CompletionResult]::new('--azure-key', '--azure-key', [CompletionResultType]::ParameterName, 'Azure account key')
            [CompletionResult]::new('--azure-container', '--azure-container', [CompletionResultType]::ParameterName, 'Azure container')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'Full request as JSON or YAML (snake_case or camelCase; `-` reads stdin); flags then only set --room')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 2h; default: wait forever)')
            [CompletionResult]::new('--poll-interval', '--poll-interval', [CompletionResultType]::ParameterName, 'How often to ask LiveKit')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--s3-force-path-style', '--s3-force-path-style', [CompletionResultType]::ParameterName, 'Path-style S3 addressing (endpoint/bucket/key)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the job ends, then print its results')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;egress;start;help' {
            [CompletionResult]::new('room-composite', 'room-composite', [CompletionResultType]::ParameterValue, 'Record or stream a whole room through a layout template')
            [CompletionResult]::new('web', 'web', [CompletionResultType]::ParameterValue, 'Record or stream any web page')
            [CompletionResult]::new('participant', 'participant', [CompletionResultType]::ParameterValue, 'Record or stream one participant''s tracks')
            [CompletionResult]::new('track-composite', 'track-composite', [CompletionResultType]::ParameterValue, 'Record or stream one audio and/or one video track, mixed')
            [CompletionResult]::new('track', 'track', [CompletionResultType]::ParameterValue, 'Export one track without transcoding to a file, or its audio to a WebSocket')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;egress;start;help;room-composite' {
            break
        }
        'lkctl;egress;start;help;web' {
            break
        }
        'lkctl;egress;start;help;participant' {
            break
        }
        'lkctl;egress;start;help;track-composite' {
            break
        }
        'lkctl;egress;start;help;track' {
            break
        }
        'lkctl;egress;start;help;help' {
            break
        }
        'lkctl;egress;list' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Only jobs of this room')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Only jobs that have not ended')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;egress;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;egress;stop' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;egress;update-layout' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;egress;update-stream' {
            [CompletionResult]::new('--add-url', '--add-url', [CompletionResultType]::ParameterName, 'Start streaming to this URL too (repeatable)')
            [CompletionResult]::new('--remove-url', '--remove-url', [CompletionResultType]::ParameterName, 'Stop streaming to this URL (repeatable)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;egress;wait' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 2h; default: wait forever)')
            [CompletionResult]::new('--poll-interval', '--poll-interval', [CompletionResultType]::ParameterName, 'How often to ask LiveKit')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;egress;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start recording or streaming a room, web page, participant or track')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List egress jobs (follows pagination)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one egress job with its results')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop egress jobs; each is reported, and any failure exits non-zero')
            [CompletionResult]::new('update-layout', 'update-layout', [CompletionResultType]::ParameterValue, 'Change the layout of a running room composite egress')
            [CompletionResult]::new('update-stream', 'update-stream', [CompletionResultType]::ParameterValue, 'Add or remove stream URLs of a running egress')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Follow a job until it ends and print its results (exit non-zero if it failed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;egress;help;start' {
            [CompletionResult]::new('room-composite', 'room-composite', [CompletionResultType]::ParameterValue, 'Record or stream a whole room through a layout template')
            [CompletionResult]::new('web', 'web', [CompletionResultType]::ParameterValue, 'Record or stream any web page')
            [CompletionResult]::new('participant', 'participant', [CompletionResultType]::ParameterValue, 'Record or stream one participant''s tracks')
            [CompletionResult]::new('track-composite', 'track-composite', [CompletionResultType]::ParameterValue, 'Record or stream one audio and/or one video track, mixed')
            [CompletionResult]::new('track', 'track', [CompletionResultType]::ParameterValue, 'Export one track without transcoding to a file, or its audio to a WebSocket')
            break
        }
        'lkctl;egress;help;start;room-composite' {
            break
        }
        'lkctl;egress;help;start;web' {
            break
        }
        'lkctl;egress;help;start;participant' {
            break
        }
        'lkctl;egress;help;start;track-composite' {
            break
        }
        'lkctl;egress;help;start;track' {
            break
        }
        'lkctl;egress;help;list' {
            break
        }
        'lkctl;egress;help;get' {
            break
        }
        'lkctl;egress;help;stop' {
            break
        }
        'lkctl;egress;help;update-layout' {
            break
        }
        'lkctl;egress;help;update-stream' {
            break
        }
        'lkctl;egress;help;wait' {
            break
        }
        'lkctl;egress;help;help' {
            break
        }
        'lkctl;recording' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Finished egress outputs: files and HLS playlists with sizes and locations')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download an egress''s files from S3 (resumable, size-checked, atomic)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;recording;list' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Only this room''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--live-only', '--live-only', [CompletionResultType]::ParameterName, 'Ask LiveKit only; neither read nor write the store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;recording;download' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Directory to write into')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the output with this file or playlist name')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Object key to fetch instead of the one derived from the location')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'Bucket [env: LKCTL_S3_BUCKET] (or the profile''s [s3] table)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Endpoint URL of an S3-compatible server [env: LKCTL_S3_ENDPOINT, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: LKCTL_S3_REGION, AWS_REGION] (default us-east-1)')
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'Access key [env: LKCTL_S3_ACCESS_KEY, AWS_ACCESS_KEY_ID]')
            [CompletionResult]::new('--secret-key', '--secret-key', [CompletionResultType]::ParameterName, 'Secret key [env: LKCTL_S3_SECRET_KEY, AWS_SECRET_ACCESS_KEY] (prefer the environment)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--path-style', '--path-style', [CompletionResultType]::ParameterName, 'Path-style addressing (endpoint/bucket/key), needed by most self-hosted servers [env: LKCTL_S3_PATH_STYLE]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;recording;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Finished egress outputs: files and HLS playlists with sizes and locations')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download an egress''s files from S3 (resumable, size-checked, atomic)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;recording;help;list' {
            break
        }
        'lkctl;recording;help;download' {
            break
        }
        'lkctl;recording;help;help' {
            break
        }
        'lkctl;ingress' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an RTMP, WHIP or URL-pull ingress')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List ingresses (follows pagination)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one ingress')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an ingress')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete ingresses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;ingress;create' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Input: rtmp, whip or url')
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Room to publish into')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity of the publishing participant')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Ingress name')
            [CompletionResult]::new('--participant-name', '--participant-name', [CompletionResultType]::ParameterName, 'Display name of the publishing participant')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata of the publishing participant')
            [CompletionResult]::new('--source-url', '--source-url', [CompletionResultType]::ParameterName, 'URL input: the media to pull (http(s):// or srt://)')
            [CompletionResult]::new('--transcode', '--transcode', [CompletionResultType]::ParameterName, 'Transcode (true) or pass through (false; WHIP only)')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'Full CreateIngressRequest as JSON or YAML (snake_case or camelCase; `-` reads stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Create it disabled')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;ingress;list' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Only this room''s')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;ingress;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;ingress;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'New room')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'New participant identity')
            [CompletionResult]::new('--participant-name', '--participant-name', [CompletionResultType]::ParameterName, 'New participant name')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'New participant metadata')
            [CompletionResult]::new('--transcode', '--transcode', [CompletionResultType]::ParameterName, 'Transcode or pass through')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Enable or disable')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'Full UpdateIngressRequest as JSON or YAML (`-` reads stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;ingress;delete' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;ingress;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an RTMP, WHIP or URL-pull ingress')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List ingresses (follows pagination)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one ingress')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an ingress')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete ingresses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;ingress;help;create' {
            break
        }
        'lkctl;ingress;help;list' {
            break
        }
        'lkctl;ingress;help;get' {
            break
        }
        'lkctl;ingress;help;update' {
            break
        }
        'lkctl;ingress;help;delete' {
            break
        }
        'lkctl;ingress;help;help' {
            break
        }
        'lkctl;sip' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('trunk', 'trunk', [CompletionResultType]::ParameterValue, 'Inbound and outbound trunks')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Dispatch rules: which room an inbound call goes to')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call a number and put the callee into a room')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Transfer a SIP participant to another number or SIP URI')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make trunks and dispatch rules match a file (matched by name)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;sip;trunk' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List trunks (both directions unless one is given)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one trunk')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a trunk from flags or a file')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a trunk: flags change those fields, a file replaces it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete trunks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;sip;trunk;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--inbound', '--inbound', [CompletionResultType]::ParameterName, 'Inbound trunks (calls to LiveKit)')
            [CompletionResult]::new('--outbound', '--outbound', [CompletionResultType]::ParameterName, 'Outbound trunks (calls from LiveKit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;sip;trunk;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;sip;trunk;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The whole trunk as JSON or YAML: the bare info object or `{"trunk": {...}}` (`-` reads stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The whole trunk as JSON or YAML: the bare info object or `{"trunk": {...}}` (`-` reads stdin)')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'The whole trunk as JSON or YAML: the bare info object or `{"trunk": {...}}` (`-` reads stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Trunk name')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'Phone number (repeatable; replaces the list on update)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Outbound: the provider''s SIP address (host[:port])')
            [CompletionResult]::new('--transport', '--transport', [CompletionResultType]::ParameterName, 'Outbound: auto, udp, tcp or tls')
            [CompletionResult]::new('--allowed-address', '--allowed-address', [CompletionResultType]::ParameterName, 'Inbound: accept calls only from this address or CIDR (repeatable)')
            [CompletionResult]::new('--auth-user', '--auth-user', [CompletionResultType]::ParameterName, 'SIP auth user name')
            [CompletionResult]::new('--auth-password', '--auth-password', [CompletionResultType]::ParameterName, 'SIP auth password (never printed back)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--inbound', '--inbound', [CompletionResultType]::ParameterName, 'Inbound trunks (calls to LiveKit)')
            [CompletionResult]::new('--outbound', '--outbound', [CompletionResultType]::ParameterName, 'Outbound trunks (calls from LiveKit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;sip;trunk;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The whole trunk as JSON or YAML: the bare info object or `{"trunk": {...}}` (`-` reads stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The whole trunk as JSON or YAML: the bare info object or `{"trunk": {...}}` (`-` reads stdin)')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'The whole trunk as JSON or YAML: the bare info object or `{"trunk": {...}}` (`-` reads stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Trunk name')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'Phone number (repeatable; replaces the list on update)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Outbound: the provider''s SIP address (host[:port])')
            [CompletionResult]::new('--transport', '--transport', [CompletionResultType]::ParameterName, 'Outbound: auto, udp, tcp or tls')
            [CompletionResult]::new('--allowed-address', '--allowed-address', [CompletionResultType]::ParameterName, 'Inbound: accept calls only from this address or CIDR (repeatable)')
            [CompletionResult]::new('--auth-user', '--auth-user', [CompletionResultType]::ParameterName, 'SIP auth user name')
            [CompletionResult]::new('--auth-password', '--auth-password', [CompletionResultType]::ParameterName, 'SIP auth password (never printed back)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--inbound', '--inbound', [CompletionResultType]::ParameterName, 'Inbound trunks (calls to LiveKit)')
            [CompletionResult]::new('--outbound', '--outbound', [CompletionResultType]::ParameterName, 'Outbound trunks (calls from LiveKit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;sip;trunk;delete' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;sip;trunk;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List trunks (both directions unless one is given)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one trunk')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a trunk from flags or a file')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a trunk: flags change those fields, a file replaces it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete trunks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;sip;trunk;help;list' {
            break
        }
        'lkctl;sip;trunk;help;get' {
            break
        }
        'lkctl;sip;trunk;help;create' {
            break
        }
        'lkctl;sip;trunk;help;update' {
            break
        }
        'lkctl;sip;trunk;help;delete' {
            break
        }
        'lkctl;sip;trunk;help;help' {
            break
        }
        'lkctl;sip;rule' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List dispatch rules')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one rule')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule from flags or a file')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule: flags change those fields, a file replaces it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;sip;rule;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;sip;rule;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;sip;rule;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The whole rule as JSON or YAML: the bare info object or `{"dispatch_rule": {...}}` (`-` reads stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The whole rule as JSON or YAML: the bare info object or `{"dispatch_rule": {...}}` (`-` reads stdin)')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'The whole rule as JSON or YAML: the bare info object or `{"dispatch_rule": {...}}` (`-` reads stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Rule name')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Send every caller to this room')
            [CompletionResult]::new('--individual', '--individual', [CompletionResultType]::ParameterName, 'Give each caller a new room with this prefix')
            [CompletionResult]::new('--callee', '--callee', [CompletionResultType]::ParameterName, 'Send callers to a room named after the called number, with this prefix')
            [CompletionResult]::new('--pin', '--pin', [CompletionResultType]::ParameterName, 'PIN callers must enter (never printed back)')
            [CompletionResult]::new('--randomize', '--randomize', [CompletionResultType]::ParameterName, 'Individual: add a random suffix (default); callee: add one')
            [CompletionResult]::new('--trunk', '--trunk', [CompletionResultType]::ParameterName, 'Only calls arriving on this trunk (repeatable)')
            [CompletionResult]::new('--inbound-number', '--inbound-number', [CompletionResultType]::ParameterName, 'Only calls from this number (repeatable)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Dispatch this agent into the room (repeatable)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata of the caller''s participant')
            [CompletionResult]::new('--hide-phone-number', '--hide-phone-number', [CompletionResultType]::ParameterName, 'Hide the caller''s number from other participants')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;sip;rule;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The whole rule as JSON or YAML: the bare info object or `{"dispatch_rule": {...}}` (`-` reads stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The whole rule as JSON or YAML: the bare info object or `{"dispatch_rule": {...}}` (`-` reads stdin)')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'The whole rule as JSON or YAML: the bare info object or `{"dispatch_rule": {...}}` (`-` reads stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Rule name')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Send every caller to this room')
            [CompletionResult]::new('--individual', '--individual', [CompletionResultType]::ParameterName, 'Give each caller a new room with this prefix')
            [CompletionResult]::new('--callee', '--callee', [CompletionResultType]::ParameterName, 'Send callers to a room named after the called number, with this prefix')
            [CompletionResult]::new('--pin', '--pin', [CompletionResultType]::ParameterName, 'PIN callers must enter (never printed back)')
            [CompletionResult]::new('--randomize', '--randomize', [CompletionResultType]::ParameterName, 'Individual: add a random suffix (default); callee: add one')
            [CompletionResult]::new('--trunk', '--trunk', [CompletionResultType]::ParameterName, 'Only calls arriving on this trunk (repeatable)')
            [CompletionResult]::new('--inbound-number', '--inbound-number', [CompletionResultType]::ParameterName, 'Only calls from this number (repeatable)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Dispatch this agent into the room (repeatable)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata of the caller''s participant')
            [CompletionResult]::new('--hide-phone-number', '--hide-phone-number', [CompletionResultType]::ParameterName, 'Hide the caller''s number from other participants')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;sip;rule;delete' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;sip;rule;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List dispatch rules')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one rule')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule from flags or a file')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule: flags change those fields, a file replaces it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;sip;rule;help;list' {
            break
        }
        'lkctl;sip;rule;help;get' {
            break
        }
        'lkctl;sip;rule;help;create' {
            break
        }
        'lkctl;sip;rule;help;update' {
            break
        }
        'lkctl;sip;rule;help;delete' {
            break
        }
        'lkctl;sip;rule;help;help' {
            break
        }
        'lkctl;sip;call' {
            [CompletionResult]::new('--trunk', '--trunk', [CompletionResultType]::ParameterName, 'Outbound trunk ID (ST_...)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Number (or SIP user) to call')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Caller number to show (one of the trunk''s numbers)')
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Room to put the callee in (created if missing)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Participant identity of the callee (default: sip_<number>)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name of the participant')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata of the participant')
            [CompletionResult]::new('--attribute', '--attribute', [CompletionResultType]::ParameterName, 'Participant attribute (repeatable); with `participant update` an empty value deletes the key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'SIP header key=value on the INVITE (repeatable)')
            [CompletionResult]::new('--dtmf', '--dtmf', [CompletionResultType]::ParameterName, 'DTMF digits to send once answered')
            [CompletionResult]::new('--ringing-timeout', '--ringing-timeout', [CompletionResultType]::ParameterName, 'Give up ringing after this long')
            [CompletionResult]::new('--max-call-duration', '--max-call-duration', [CompletionResultType]::ParameterName, 'Hang up after this long')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--play-dialtone', '--play-dialtone', [CompletionResultType]::ParameterName, 'Play a dial tone in the room while ringing')
            [CompletionResult]::new('--hide-phone-number', '--hide-phone-number', [CompletionResultType]::ParameterName, 'Hide the callee''s number from other participants')
            [CompletionResult]::new('--krisp', '--krisp', [CompletionResultType]::ParameterName, 'Krisp noise cancellation')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the callee answers; a rejected call fails with its SIP status')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;sip;transfer' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Room of the SIP participant')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity of the SIP participant')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to: tel:+NUMBER or sip:user@host')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'SIP header key=value on the REFER (repeatable)')
            [CompletionResult]::new('--ringing-timeout', '--ringing-timeout', [CompletionResultType]::ParameterName, 'Give up ringing after this long')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--play-dialtone', '--play-dialtone', [CompletionResultType]::ParameterName, 'Play a dial tone while transferring')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;sip;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'File with inbound_trunks, outbound_trunks and dispatch_rules (JSON or YAML; `-` reads stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'File with inbound_trunks, outbound_trunks and dispatch_rules (JSON or YAML; `-` reads stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete trunks and rules that are not in the file (asks first; `--yes` off a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;sip;help' {
            [CompletionResult]::new('trunk', 'trunk', [CompletionResultType]::ParameterValue, 'Inbound and outbound trunks')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Dispatch rules: which room an inbound call goes to')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call a number and put the callee into a room')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Transfer a SIP participant to another number or SIP URI')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make trunks and dispatch rules match a file (matched by name)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;sip;help;trunk' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List trunks (both directions unless one is given)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one trunk')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a trunk from flags or a file')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a trunk: flags change those fields, a file replaces it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete trunks')
            break
        }
        'lkctl;sip;help;trunk;list' {
            break
        }
        'lkctl;sip;help;trunk;get' {
            break
        }
        'lkctl;sip;help;trunk;create' {
            break
        }
        'lkctl;sip;help;trunk;update' {
            break
        }
        'lkctl;sip;help;trunk;delete' {
            break
        }
        'lkctl;sip;help;rule' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List dispatch rules')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one rule')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule from flags or a file')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule: flags change those fields, a file replaces it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete rules')
            break
        }
        'lkctl;sip;help;rule;list' {
            break
        }
        'lkctl;sip;help;rule;get' {
            break
        }
        'lkctl;sip;help;rule;create' {
            break
        }
        'lkctl;sip;help;rule;update' {
            break
        }
        'lkctl;sip;help;rule;delete' {
            break
        }
        'lkctl;sip;help;call' {
            break
        }
        'lkctl;sip;help;transfer' {
            break
        }
        'lkctl;sip;help;apply' {
            break
        }
        'lkctl;sip;help;help' {
            break
        }
        'lkctl;dispatch' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Dispatch an agent into a room')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the dispatches of a room')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one dispatch')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a dispatch')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;dispatch;create' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Room')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Agent name (as the worker registered it)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata handed to the agent''s job')
            [CompletionResult]::new('--attribute', '--attribute', [CompletionResultType]::ParameterName, 'Attribute key=value of the agent participant (repeatable)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;dispatch;list' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Room')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;dispatch;get' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Room')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;dispatch;delete' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Room')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;dispatch;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Dispatch an agent into a room')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the dispatches of a room')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one dispatch')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a dispatch')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;dispatch;help;create' {
            break
        }
        'lkctl;dispatch;help;list' {
            break
        }
        'lkctl;dispatch;help;get' {
            break
        }
        'lkctl;dispatch;help;delete' {
            break
        }
        'lkctl;dispatch;help;help' {
            break
        }
        'lkctl;lobby' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Entries of a room''s lobby, oldest first')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Let a waiting guest in (signs their token: needs the API key and secret)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Turn a waiting guest away')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a room''s lobby live until Ctrl-C (JSON: one object per line per event)')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'As a guest, ask to join a room: prints the token, or the lobby entry to wait on')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'As a guest, show the decision on one''s own entry (with the token once approved)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;lobby;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only entries in this status (pending, approved, rejected, expired, admitted)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;lobby;approve' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every pending entry, oldest first')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;lobby;reject' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Reason shown to the guest')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;lobby;watch' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after this many events')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to re-read the lobby (other processes'' changes on SQLite show up this way)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--until-empty', '--until-empty', [CompletionResultType]::ParameterName, 'Stop once nobody is waiting (at once if the lobby is empty)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;lobby;request' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--fingerprint', '--fingerprint', [CompletionResultType]::ParameterName, 'Session fingerprint of the guest (16–128 characters of A-Z a-z 0-9 _ -)')
            [CompletionResult]::new('--pin', '--pin', [CompletionResultType]::ParameterName, 'The room''s PIN, if it has one (`-` reads it from stdin)')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Session id (same format as the fingerprint)')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'Client IP address (PIN attempts are limited per address)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;lobby;status' {
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'The claim secret `lobby request` printed for this entry (only the guest has it)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the decision instead of reporting `pending` (progress on stderr; a rejected or expired entry exits 8)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;lobby;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Entries of a room''s lobby, oldest first')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Let a waiting guest in (signs their token: needs the API key and secret)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Turn a waiting guest away')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a room''s lobby live until Ctrl-C (JSON: one object per line per event)')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'As a guest, ask to join a room: prints the token, or the lobby entry to wait on')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'As a guest, show the decision on one''s own entry (with the token once approved)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;lobby;help;list' {
            break
        }
        'lkctl;lobby;help;approve' {
            break
        }
        'lkctl;lobby;help;reject' {
            break
        }
        'lkctl;lobby;help;watch' {
            break
        }
        'lkctl;lobby;help;request' {
            break
        }
        'lkctl;lobby;help;status' {
            break
        }
        'lkctl;lobby;help;help' {
            break
        }
        'lkctl;ban' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Ban someone from a room (or all rooms) and remove them if present')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Bans in force, newest first: of one room (global ones included) or all')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Lift a ban')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;ban;add' {
            [CompletionResult]::new('--fingerprint', '--fingerprint', [CompletionResultType]::ParameterName, 'Session fingerprint of the guest''s browser (the primary ban)')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Session id')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'LiveKit participant identity')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'Client IP address to record with the ban (a signal only; never enforced alone)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (shown in `ban list`)')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'End the ban after this long (e.g. 2h, 7d); default: until removed')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--global', '--global', [CompletionResultType]::ParameterName, 'Ban from every room')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;ban;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also lifted and expired bans')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;ban;remove' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;ban;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Ban someone from a room (or all rooms) and remove them if present')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Bans in force, newest first: of one room (global ones included) or all')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Lift a ban')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;ban;help;add' {
            break
        }
        'lkctl;ban;help;list' {
            break
        }
        'lkctl;ban;help;remove' {
            break
        }
        'lkctl;ban;help;help' {
            break
        }
        'lkctl;session' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Participant sessions, newest first, across rooms or in one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;session;list' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Only this room')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only what happened since then: a duration back from now (2h, 7d) or an RFC 3339 time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;session;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Participant sessions, newest first, across rooms or in one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;session;help;list' {
            break
        }
        'lkctl;session;help;help' {
            break
        }
        'lkctl;chat' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Messages of a room, oldest first')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message into a room (on the chat topic LiveKit''s components show) and store it as sent by IDENTITY')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;chat;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only what happened since then: a duration back from now (2h, 7d) or an RFC 3339 time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;chat;send' {
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Sender identity (stored with the message)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--store-only', '--store-only', [CompletionResultType]::ParameterName, 'Only store the message (importing history); nothing goes to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;chat;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Messages of a room, oldest first')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message into a room (on the chat topic LiveKit''s components show) and store it as sent by IDENTITY')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;chat;help;list' {
            break
        }
        'lkctl;chat;help;send' {
            break
        }
        'lkctl;chat;help;help' {
            break
        }
        'lkctl;file' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Files shared in a room, oldest first')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Record a file shared in a room and print a presigned URL to PUT its bytes to')
            [CompletionResult]::new('download-url', 'download-url', [CompletionResultType]::ParameterValue, 'Print a presigned URL to download a shared file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;file;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;file;share' {
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Size in bytes')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'MIME type, e.g. application/pdf (the upload must send the same)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Identity of the uploader')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'How long the upload URL works (1s to 7d)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'Bucket [env: LKCTL_S3_BUCKET] (or the profile''s [s3] table)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Endpoint URL of an S3-compatible server [env: LKCTL_S3_ENDPOINT, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: LKCTL_S3_REGION, AWS_REGION] (default us-east-1)')
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'Access key [env: LKCTL_S3_ACCESS_KEY, AWS_ACCESS_KEY_ID]')
            [CompletionResult]::new('--secret-key', '--secret-key', [CompletionResultType]::ParameterName, 'Secret key [env: LKCTL_S3_SECRET_KEY, AWS_SECRET_ACCESS_KEY] (prefer the environment)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--path-style', '--path-style', [CompletionResultType]::ParameterName, 'Path-style addressing (endpoint/bucket/key), needed by most self-hosted servers [env: LKCTL_S3_PATH_STYLE]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;file;download-url' {
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'How long the URL works (1s to 7d)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'Bucket [env: LKCTL_S3_BUCKET] (or the profile''s [s3] table)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Endpoint URL of an S3-compatible server [env: LKCTL_S3_ENDPOINT, AWS_ENDPOINT_URL]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: LKCTL_S3_REGION, AWS_REGION] (default us-east-1)')
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'Access key [env: LKCTL_S3_ACCESS_KEY, AWS_ACCESS_KEY_ID]')
            [CompletionResult]::new('--secret-key', '--secret-key', [CompletionResultType]::ParameterName, 'Secret key [env: LKCTL_S3_SECRET_KEY, AWS_SECRET_ACCESS_KEY] (prefer the environment)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--path-style', '--path-style', [CompletionResultType]::ParameterName, 'Path-style addressing (endpoint/bucket/key), needed by most self-hosted servers [env: LKCTL_S3_PATH_STYLE]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;file;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Files shared in a room, oldest first')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Record a file shared in a room and print a presigned URL to PUT its bytes to')
            [CompletionResult]::new('download-url', 'download-url', [CompletionResultType]::ParameterValue, 'Print a presigned URL to download a shared file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;file;help;list' {
            break
        }
        'lkctl;file;help;share' {
            break
        }
        'lkctl;file;help;download-url' {
            break
        }
        'lkctl;file;help;help' {
            break
        }
        'lkctl;transcript' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search transcripts and chat; hits ranked best first, with snippets and times')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a room''s transcript (a room name, or a room session''s sid)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;transcript;search' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Only this room')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only what was said or sent since then: a duration back from now (2h, 7d) or an RFC 3339 time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many hits (1-500)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;transcript;show' {
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often --follow looks for new segments')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep printing segments as they are stored, until interrupted')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing segments as they are stored, until interrupted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;transcript;help' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search transcripts and chat; hits ranked best first, with snippets and times')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a room''s transcript (a room name, or a room session''s sid)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;transcript;help;search' {
            break
        }
        'lkctl;transcript;help;show' {
            break
        }
        'lkctl;transcript;help;help' {
            break
        }
        'lkctl;artifact' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Room sessions, newest first, with what each left behind')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One room session''s artifact set; `--output json` prints the versioned lecture JSON')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;artifact;list' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Only this room''s sessions')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only sessions started since then: a duration back from now (2h, 7d) or an RFC 3339 time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include sessions still running')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;artifact;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;artifact;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Room sessions, newest first, with what each left behind')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One room session''s artifact set; `--output json` prints the versioned lecture JSON')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;artifact;help;list' {
            break
        }
        'lkctl;artifact;help;show' {
            break
        }
        'lkctl;artifact;help;help' {
            break
        }
        'lkctl;export' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Every finished room session started since then: a duration back from now (2h, 7d) or an RFC 3339 time; with --pending, only those')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Destination: a directory, s3://bucket/prefix or gdrive://FOLDER_ID (repeatable)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Formats, comma-separated: pdf, md, json, vtt, srt')
            [CompletionResult]::new('--lease', '--lease', [CompletionResultType]::ParameterName, 'How long a file stays leased to this run before another host may take it over')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Every finished room session not yet exported to the destination in every format, or changed since it was (a regenerated summary)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Place files again even when the store says they are placed (identical bytes at the destination are still not sent again)')
            [CompletionResult]::new('--srt-bom', '--srt-bom', [CompletionResultType]::ParameterName, 'Start SRT files with a UTF-8 byte order mark (for players that guess a legacy code page)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;webhook' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Apply one signed WebhookEvent (LiveKit''s JSON body) to the store; removes banned joiners')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive webhooks for debugging: verify each signature with the profile''s API secret and print the events as JSON lines (forged deliveries get 401 and a note on stderr)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a signed test event (`room_started` of room lkctl-webhook-test) to a receiver')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;webhook;ingest' {
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'The delivery''s Authorization header value (the JWT LiveKit signed it with)')
            [CompletionResult]::new('--auth-file', '--auth-file', [CompletionResultType]::ParameterName, 'File holding the delivery''s Authorization header value')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--unverified', '--unverified', [CompletionResultType]::ParameterName, 'Apply the body without checking its signature (only for a body you trust)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;webhook;listen' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0: any free port; the address is printed on stderr)')
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Address to bind')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Exit after this many verified events (default: until Ctrl-C)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;webhook;test' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;webhook;help' {
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Apply one signed WebhookEvent (LiveKit''s JSON body) to the store; removes banned joiners')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive webhooks for debugging: verify each signature with the profile''s API secret and print the events as JSON lines (forged deliveries get 401 and a note on stderr)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a signed test event (`room_started` of room lkctl-webhook-test) to a receiver')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;webhook;help;ingest' {
            break
        }
        'lkctl;webhook;help;listen' {
            break
        }
        'lkctl;webhook;help;test' {
            break
        }
        'lkctl;webhook;help;help' {
            break
        }
        'lkctl;agent' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a transcription worker: captions into rooms, transcripts, summaries')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Workers, room leases, lag and the last error per room')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;agent;run' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Rooms transcribed at once by this worker')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address of the audio WebSocket listener LiveKit''s egress streams to')
            [CompletionResult]::new('--public-ws-url', '--public-ws-url', [CompletionResultType]::ParameterName, 'ws:// or wss:// URL LiveKit''s egress can reach the listener at (default: ws://ADDR)')
            [CompletionResult]::new('--lease', '--lease', [CompletionResultType]::ParameterName, 'A room''s lease: another worker takes over a room this long after its worker stopped answering')
            [CompletionResult]::new('--poll', '--poll', [CompletionResultType]::ParameterName, 'How often to list LiveKit''s rooms (besides the events serve''s webhook receiver queues)')
            [CompletionResult]::new('--stt', '--stt', [CompletionResultType]::ParameterName, 'Speech-to-text service')
            [CompletionResult]::new('--stt-url', '--stt-url', [CompletionResultType]::ParameterName, 'API base of the OpenAI-compatible service')
            [CompletionResult]::new('--stt-model', '--stt-model', [CompletionResultType]::ParameterName, 'Transcription model (OpenAI: whisper-1, gpt-4o-transcribe; Deepgram: nova-3)')
            [CompletionResult]::new('--stt-key', '--stt-key', [CompletionResultType]::ParameterName, 'API key of the speech-to-text service (OpenAI: also OPENAI_API_KEY; Deepgram: DEEPGRAM_API_KEY)')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language hint (en, ru, ...)')
            [CompletionResult]::new('--llm-url', '--llm-url', [CompletionResultType]::ParameterName, 'API base of an OpenAI-compatible chat-completions service')
            [CompletionResult]::new('--llm-model', '--llm-model', [CompletionResultType]::ParameterName, 'Chat model for summaries')
            [CompletionResult]::new('--llm-key', '--llm-key', [CompletionResultType]::ParameterName, 'API key of the chat service')
            [CompletionResult]::new('--llm-context', '--llm-context', [CompletionResultType]::ParameterName, 'The model''s context window in tokens (chunks are cut to fit)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--all-rooms', '--all-rooms', [CompletionResultType]::ParameterName, 'Transcribe every room, not only those with `room policy set ROOM --transcribe on`')
            [CompletionResult]::new('--no-poll', '--no-poll', [CompletionResultType]::ParameterName, 'Do not list LiveKit''s rooms; learn of rooms only from webhook events (`lkctl serve`)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;agent;status' {
            [CompletionResult]::new('--lease', '--lease', [CompletionResultType]::ParameterName, 'The lease time the workers run with (a worker silent for longer is shown as gone)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;agent;help' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a transcription worker: captions into rooms, transcripts, summaries')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Workers, room leases, lag and the last error per room')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;agent;help;run' {
            break
        }
        'lkctl;agent;help;status' {
            break
        }
        'lkctl;agent;help;help' {
            break
        }
        'lkctl;summary' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The stored summary of a room''s latest session')
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Summarise a room''s stored transcript again (with the LLM when given)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;summary;show' {
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'A particular room session (RM_...)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;summary;regenerate' {
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'A particular room session (RM_...)')
            [CompletionResult]::new('--llm-url', '--llm-url', [CompletionResultType]::ParameterName, 'API base of an OpenAI-compatible chat-completions service')
            [CompletionResult]::new('--llm-model', '--llm-model', [CompletionResultType]::ParameterName, 'Chat model for summaries')
            [CompletionResult]::new('--llm-key', '--llm-key', [CompletionResultType]::ParameterName, 'API key of the chat service')
            [CompletionResult]::new('--llm-context', '--llm-context', [CompletionResultType]::ParameterName, 'The model''s context window in tokens (chunks are cut to fit)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;summary;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The stored summary of a room''s latest session')
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Summarise a room''s stored transcript again (with the LLM when given)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;summary;help;show' {
            break
        }
        'lkctl;summary;help;regenerate' {
            break
        }
        'lkctl;summary;help;help' {
            break
        }
        'lkctl;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'URL browsers use to reach this server (default: http://ADDR); https turns on Secure cookies and HSTS')
            [CompletionResult]::new('--trusted-proxy', '--trusted-proxy', [CompletionResultType]::ParameterName, 'A reverse proxy (address or CIDR) whose X-Forwarded-For is believed; repeatable')
            [CompletionResult]::new('--init-admin', '--init-admin', [CompletionResultType]::ParameterName, 'With no admin in the store, create this admin and print a one-time password')
            [CompletionResult]::new('--metrics-listen', '--metrics-listen', [CompletionResultType]::ParameterName, 'Also serve GET /metrics (Prometheus text) without credentials on this address, for a scraper on a private network; on the main listener /metrics is for admins only')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;user' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user (password from a prompt, --password-file or stdin)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every user')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a user with their API tokens and sessions')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a user''s password (ends their browser sessions)')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Change a user''s role')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'API tokens for scripts (sent as `Authorization: Bearer`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;user;add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role: admin (everything) or host (the rooms they host)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'LiveKit identity used as a host (default: the user name)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else a prompt on a TTY, else the first line of stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;user;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;user;remove' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;user;passwd' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (else a prompt on a TTY, else the first line of stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;user;role' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;user;token' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token; its secret is printed once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tokens, newest first (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;user;token;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Label, e.g. the script that uses it')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role of the token (default and maximum: the owner''s)')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Lifetime (e.g. 90d); default: until revoked')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;user;token;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;user;token;revoke' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;user;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token; its secret is printed once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tokens, newest first (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;user;token;help;create' {
            break
        }
        'lkctl;user;token;help;list' {
            break
        }
        'lkctl;user;token;help;revoke' {
            break
        }
        'lkctl;user;token;help;help' {
            break
        }
        'lkctl;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user (password from a prompt, --password-file or stdin)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every user')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a user with their API tokens and sessions')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a user''s password (ends their browser sessions)')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Change a user''s role')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'API tokens for scripts (sent as `Authorization: Bearer`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;user;help;add' {
            break
        }
        'lkctl;user;help;list' {
            break
        }
        'lkctl;user;help;remove' {
            break
        }
        'lkctl;user;help;passwd' {
            break
        }
        'lkctl;user;help;role' {
            break
        }
        'lkctl;user;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token; its secret is printed once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tokens, newest first (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token at once')
            break
        }
        'lkctl;user;help;token;create' {
            break
        }
        'lkctl;user;help;token;list' {
            break
        }
        'lkctl;user;help;token;revoke' {
            break
        }
        'lkctl;user;help;help' {
            break
        }
        'lkctl;db' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations (every command that uses the store also does this)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the backend, the database (password masked) and applied and pending migrations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;db;migrate' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;db;status' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;db;help' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations (every command that uses the store also does this)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the backend, the database (password masked) and applied and pending migrations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;db;help;migrate' {
            break
        }
        'lkctl;db;help;status' {
            break
        }
        'lkctl;db;help;help' {
            break
        }
        'lkctl;doctor' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;healthcheck' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The URL to GET: `/healthz` (process up) or `/readyz` (store and LiveKit reachable)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;dev' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0 picks a free one)')
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('--webhook', '--webhook', [CompletionResultType]::ParameterName, 'Send signed webhooks to this URL (repeatable)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--remote-unmute', '--remote-unmute', [CompletionResultType]::ParameterName, 'Allow remote unmute (LiveKit''s enable_remote_unmute), so `participant unmute` works')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;completions' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;generate-docs' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory that receives completions/ and man/')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: LKCTL_PROFILE] (default: the config file''s default profile)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'LiveKit server URL [env: LIVEKIT_URL]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'LiveKit API key [env: LIVEKIT_API_KEY]')
            [CompletionResult]::new('--api-secret', '--api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'lkctl''s config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database URL for lkctl''s own store [env: LKCTL_DATABASE_URL]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request to LiveKit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `--output json`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmation prompts (needed for destructive verbs off a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors (no confirmations or notes on stderr)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print on stderr where each setting came from')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours and table borders (also set by NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'lkctl;help' {
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage connection profiles in the config file')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Create, inspect and verify access tokens')
            [CompletionResult]::new('room', 'room', [CompletionResultType]::ParameterValue, 'List, create, update and close rooms; send data; mute everyone')
            [CompletionResult]::new('participant', 'participant', [CompletionResultType]::ParameterValue, 'Inspect and moderate participants')
            [CompletionResult]::new('egress', 'egress', [CompletionResultType]::ParameterValue, 'Record and stream rooms, participants, tracks and web pages')
            [CompletionResult]::new('recording', 'recording', [CompletionResultType]::ParameterValue, 'Finished recordings: list them, download them from S3')
            [CompletionResult]::new('ingress', 'ingress', [CompletionResultType]::ParameterValue, 'RTMP, WHIP and URL ingress endpoints')
            [CompletionResult]::new('sip', 'sip', [CompletionResultType]::ParameterValue, 'SIP trunks, dispatch rules, calls and transfers')
            [CompletionResult]::new('dispatch', 'dispatch', [CompletionResultType]::ParameterValue, 'Dispatch agents into rooms')
            [CompletionResult]::new('lobby', 'lobby', [CompletionResultType]::ParameterValue, 'Guests waiting to join: list, approve, reject, watch; request as a guest')
            [CompletionResult]::new('ban', 'ban', [CompletionResultType]::ParameterValue, 'Ban fingerprints, sessions or identities from a room or from all rooms')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Participant sessions recorded from webhooks, across rooms')
            [CompletionResult]::new('chat', 'chat', [CompletionResultType]::ParameterValue, 'Chat messages kept in lkctl''s store')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Files shared in rooms (the records; the bytes live in S3)')
            [CompletionResult]::new('transcript', 'transcript', [CompletionResultType]::ParameterValue, 'Transcripts: full-text search over transcripts and chat, show a room''s transcript')
            [CompletionResult]::new('artifact', 'artifact', [CompletionResultType]::ParameterValue, 'Lecture artifacts: what each finished room session left behind')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export lectures (PDF, Markdown, JSON, WebVTT, SRT) to a directory, S3 or Google Drive')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Apply LiveKit webhook events to the store (history, ban enforcement)')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'Transcription worker: live captions, stored transcripts, summaries at room end')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'Room summaries written by `lkctl agent`: show, regenerate')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the HTTP API, web sessions, webhook receiver and guest join flow')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users of `lkctl serve` (admins and hosts) and their API tokens')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'lkctl''s own database: migrations and status')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the URL, reachability, credentials and clock skew')
            [CompletionResult]::new('healthcheck', 'healthcheck', [CompletionResultType]::ParameterValue, 'Check that a running `lkctl serve` answers (container HEALTHCHECK, probes)')
            [CompletionResult]::new('dev', 'dev', [CompletionResultType]::ParameterValue, 'Run a local LiveKit API emulator with demo data')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script to stdout')
            [CompletionResult]::new('generate-docs', 'generate-docs', [CompletionResultType]::ParameterValue, 'Write completions/ and man/ into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkctl;help;profile' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile (uses the global --url and --api-key; the secret from a flag, file, command or prompt)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles (never shows a secret)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the projects of LiveKit''s own CLI (`lk`, ~/.livekit/cli-config.yaml) as profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the resolved URL, key and secret (masked) and where each came from')
            break
        }
        'lkctl;help;profile;add' {
            break
        }
        'lkctl;help;profile;list' {
            break
        }
        'lkctl;help;profile;remove' {
            break
        }
        'lkctl;help;profile;use' {
            break
        }
        'lkctl;help;profile;import' {
            break
        }
        'lkctl;help;profile;show' {
            break
        }
        'lkctl;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an access token (needs the API key and secret; no server call)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Decode a token without its secret: header, claims, grants, expiry')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a token''s signature and validity with the configured key and secret (exit 4 if invalid)')
            break
        }
        'lkctl;help;token;create' {
            break
        }
        'lkctl;help;token;inspect' {
            break
        }
        'lkctl;help;token;verify' {
            break
        }
        'lkctl;help;room' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List active rooms, all or those named')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one room')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room (or update it: LiveKit''s CreateRoom is idempotent)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Close a room and disconnect everyone in it')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace a room''s metadata')
            [CompletionResult]::new('send-data', 'send-data', [CompletionResultType]::ParameterValue, 'Send a data packet to everyone in a room, or to some identities')
            [CompletionResult]::new('mute-all', 'mute-all', [CompletionResultType]::ParameterValue, 'Panic button: revoke publishing and mute every track, except for --except identities')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Guest policy kept by lkctl: hosts, PIN, lobby, webinar mode, guest limit')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Print the room''s invite code, making one if it has none')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Who was in the room, when and for how long (recorded from webhooks)')
            break
        }
        'lkctl;help;room;list' {
            break
        }
        'lkctl;help;room;get' {
            break
        }
        'lkctl;help;room;create' {
            break
        }
        'lkctl;help;room;delete' {
            break
        }
        'lkctl;help;room;update' {
            break
        }
        'lkctl;help;room;send-data' {
            break
        }
        'lkctl;help;room;mute-all' {
            break
        }
        'lkctl;help;room;policy' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or change a room''s guest policy; flags not given keep their value')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a room''s policy (the PIN itself is never shown)')
            break
        }
        'lkctl;help;room;policy;set' {
            break
        }
        'lkctl;help;room;policy;show' {
            break
        }
        'lkctl;help;room;invite' {
            break
        }
        'lkctl;help;room;history' {
            break
        }
        'lkctl;help;participant' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the participants of a room (JSON has every field)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one participant')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove (kick) a participant; on self-hosted LiveKit their token stays valid')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change name, metadata, attributes or permissions')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute one published track, or all of them')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute one published track, or all of them (the server must allow remote unmute)')
            [CompletionResult]::new('subscriptions', 'subscriptions', [CompletionResultType]::ParameterValue, 'Subscribe a participant to tracks, or unsubscribe with --unsubscribe')
            [CompletionResult]::new('forward', 'forward', [CompletionResultType]::ParameterValue, 'Forward a participant''s tracks to another room (LiveKit Cloud)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a participant to another room (LiveKit Cloud)')
            [CompletionResult]::new('grant-publish', 'grant-publish', [CompletionResultType]::ParameterValue, 'Let a participant publish (webinar: grant a raised hand)')
            [CompletionResult]::new('revoke-publish', 'revoke-publish', [CompletionResultType]::ParameterValue, 'Stop a participant publishing and mute their tracks (webinar: lower a hand)')
            break
        }
        'lkctl;help;participant;list' {
            break
        }
        'lkctl;help;participant;get' {
            break
        }
        'lkctl;help;participant;remove' {
            break
        }
        'lkctl;help;participant;update' {
            break
        }
        'lkctl;help;participant;mute' {
            break
        }
        'lkctl;help;participant;unmute' {
            break
        }
        'lkctl;help;participant;subscriptions' {
            break
        }
        'lkctl;help;participant;forward' {
            break
        }
        'lkctl;help;participant;move' {
            break
        }
        'lkctl;help;participant;grant-publish' {
            break
        }
        'lkctl;help;participant;revoke-publish' {
            break
        }
        'lkctl;help;egress' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start recording or streaming a room, web page, participant or track')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List egress jobs (follows pagination)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one egress job with its results')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop egress jobs; each is reported, and any failure exits non-zero')
            [CompletionResult]::new('update-layout', 'update-layout', [CompletionResultType]::ParameterValue, 'Change the layout of a running room composite egress')
            [CompletionResult]::new('update-stream', 'update-stream', [CompletionResultType]::ParameterValue, 'Add or remove stream URLs of a running egress')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Follow a job until it ends and print its results (exit non-zero if it failed)')
            break
        }
        'lkctl;help;egress;start' {
            [CompletionResult]::new('room-composite', 'room-composite', [CompletionResultType]::ParameterValue, 'Record or stream a whole room through a layout template')
            [CompletionResult]::new('web', 'web', [CompletionResultType]::ParameterValue, 'Record or stream any web page')
            [CompletionResult]::new('participant', 'participant', [CompletionResultType]::ParameterValue, 'Record or stream one participant''s tracks')
            [CompletionResult]::new('track-composite', 'track-composite', [CompletionResultType]::ParameterValue, 'Record or stream one audio and/or one video track, mixed')
            [CompletionResult]::new('track', 'track', [CompletionResultType]::ParameterValue, 'Export one track without transcoding to a file, or its audio to a WebSocket')
            break
        }
        'lkctl;help;egress;start;room-composite' {
            break
        }
        'lkctl;help;egress;start;web' {
            break
        }
        'lkctl;help;egress;start;participant' {
            break
        }
        'lkctl;help;egress;start;track-composite' {
            break
        }
        'lkctl;help;egress;start;track' {
            break
        }
        'lkctl;help;egress;list' {
            break
        }
        'lkctl;help;egress;get' {
            break
        }
        'lkctl;help;egress;stop' {
            break
        }
        'lkctl;help;egress;update-layout' {
            break
        }
        'lkctl;help;egress;update-stream' {
            break
        }
        'lkctl;help;egress;wait' {
            break
        }
        'lkctl;help;recording' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Finished egress outputs: files and HLS playlists with sizes and locations')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download an egress''s files from S3 (resumable, size-checked, atomic)')
            break
        }
        'lkctl;help;recording;list' {
            break
        }
        'lkctl;help;recording;download' {
            break
        }
        'lkctl;help;ingress' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an RTMP, WHIP or URL-pull ingress')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List ingresses (follows pagination)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one ingress')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an ingress')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete ingresses')
            break
        }
        'lkctl;help;ingress;create' {
            break
        }
        'lkctl;help;ingress;list' {
            break
        }
        'lkctl;help;ingress;get' {
            break
        }
        'lkctl;help;ingress;update' {
            break
        }
        'lkctl;help;ingress;delete' {
            break
        }
        'lkctl;help;sip' {
            [CompletionResult]::new('trunk', 'trunk', [CompletionResultType]::ParameterValue, 'Inbound and outbound trunks')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Dispatch rules: which room an inbound call goes to')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call a number and put the callee into a room')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Transfer a SIP participant to another number or SIP URI')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make trunks and dispatch rules match a file (matched by name)')
            break
        }
        'lkctl;help;sip;trunk' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List trunks (both directions unless one is given)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one trunk')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a trunk from flags or a file')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a trunk: flags change those fields, a file replaces it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete trunks')
            break
        }
        'lkctl;help;sip;trunk;list' {
            break
        }
        'lkctl;help;sip;trunk;get' {
            break
        }
        'lkctl;help;sip;trunk;create' {
            break
        }
        'lkctl;help;sip;trunk;update' {
            break
        }
        'lkctl;help;sip;trunk;delete' {
            break
        }
        'lkctl;help;sip;rule' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List dispatch rules')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one rule')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule from flags or a file')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule: flags change those fields, a file replaces it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete rules')
            break
        }
        'lkctl;help;sip;rule;list' {
            break
        }
        'lkctl;help;sip;rule;get' {
            break
        }
        'lkctl;help;sip;rule;create' {
            break
        }
        'lkctl;help;sip;rule;update' {
            break
        }
        'lkctl;help;sip;rule;delete' {
            break
        }
        'lkctl;help;sip;call' {
            break
        }
        'lkctl;help;sip;transfer' {
            break
        }
        'lkctl;help;sip;apply' {
            break
        }
        'lkctl;help;dispatch' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Dispatch an agent into a room')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the dispatches of a room')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one dispatch')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a dispatch')
            break
        }
        'lkctl;help;dispatch;create' {
            break
        }
        'lkctl;help;dispatch;list' {
            break
        }
        'lkctl;help;dispatch;get' {
            break
        }
        'lkctl;help;dispatch;delete' {
            break
        }
        'lkctl;help;lobby' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Entries of a room''s lobby, oldest first')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Let a waiting guest in (signs their token: needs the API key and secret)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Turn a waiting guest away')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow a room''s lobby live until Ctrl-C (JSON: one object per line per event)')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'As a guest, ask to join a room: prints the token, or the lobby entry to wait on')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'As a guest, show the decision on one''s own entry (with the token once approved)')
            break
        }
        'lkctl;help;lobby;list' {
            break
        }
        'lkctl;help;lobby;approve' {
            break
        }
        'lkctl;help;lobby;reject' {
            break
        }
        'lkctl;help;lobby;watch' {
            break
        }
        'lkctl;help;lobby;request' {
            break
        }
        'lkctl;help;lobby;status' {
            break
        }
        'lkctl;help;ban' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Ban someone from a room (or all rooms) and remove them if present')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Bans in force, newest first: of one room (global ones included) or all')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Lift a ban')
            break
        }
        'lkctl;help;ban;add' {
            break
        }
        'lkctl;help;ban;list' {
            break
        }
        'lkctl;help;ban;remove' {
            break
        }
        'lkctl;help;session' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Participant sessions, newest first, across rooms or in one')
            break
        }
        'lkctl;help;session;list' {
            break
        }
        'lkctl;help;chat' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Messages of a room, oldest first')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message into a room (on the chat topic LiveKit''s components show) and store it as sent by IDENTITY')
            break
        }
        'lkctl;help;chat;list' {
            break
        }
        'lkctl;help;chat;send' {
            break
        }
        'lkctl;help;file' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Files shared in a room, oldest first')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Record a file shared in a room and print a presigned URL to PUT its bytes to')
            [CompletionResult]::new('download-url', 'download-url', [CompletionResultType]::ParameterValue, 'Print a presigned URL to download a shared file')
            break
        }
        'lkctl;help;file;list' {
            break
        }
        'lkctl;help;file;share' {
            break
        }
        'lkctl;help;file;download-url' {
            break
        }
        'lkctl;help;transcript' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search transcripts and chat; hits ranked best first, with snippets and times')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a room''s transcript (a room name, or a room session''s sid)')
            break
        }
        'lkctl;help;transcript;search' {
            break
        }
        'lkctl;help;transcript;show' {
            break
        }
        'lkctl;help;artifact' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Room sessions, newest first, with what each left behind')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One room session''s artifact set; `--output json` prints the versioned lecture JSON')
            break
        }
        'lkctl;help;artifact;list' {
            break
        }
        'lkctl;help;artifact;show' {
            break
        }
        'lkctl;help;export' {
            break
        }
        'lkctl;help;webhook' {
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Apply one signed WebhookEvent (LiveKit''s JSON body) to the store; removes banned joiners')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive webhooks for debugging: verify each signature with the profile''s API secret and print the events as JSON lines (forged deliveries get 401 and a note on stderr)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a signed test event (`room_started` of room lkctl-webhook-test) to a receiver')
            break
        }
        'lkctl;help;webhook;ingest' {
            break
        }
        'lkctl;help;webhook;listen' {
            break
        }
        'lkctl;help;webhook;test' {
            break
        }
        'lkctl;help;agent' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a transcription worker: captions into rooms, transcripts, summaries')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Workers, room leases, lag and the last error per room')
            break
        }
        'lkctl;help;agent;run' {
            break
        }
        'lkctl;help;agent;status' {
            break
        }
        'lkctl;help;summary' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The stored summary of a room''s latest session')
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Summarise a room''s stored transcript again (with the LLM when given)')
            break
        }
        'lkctl;help;summary;show' {
            break
        }
        'lkctl;help;summary;regenerate' {
            break
        }
        'lkctl;help;serve' {
            break
        }
        'lkctl;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user (password from a prompt, --password-file or stdin)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every user')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a user with their API tokens and sessions')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a user''s password (ends their browser sessions)')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Change a user''s role')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'API tokens for scripts (sent as `Authorization: Bearer`)')
            break
        }
        'lkctl;help;user;add' {
            break
        }
        'lkctl;help;user;list' {
            break
        }
        'lkctl;help;user;remove' {
            break
        }
        'lkctl;help;user;passwd' {
            break
        }
        'lkctl;help;user;role' {
            break
        }
        'lkctl;help;user;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token; its secret is printed once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tokens, newest first (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token at once')
            break
        }
        'lkctl;help;user;token;create' {
            break
        }
        'lkctl;help;user;token;list' {
            break
        }
        'lkctl;help;user;token;revoke' {
            break
        }
        'lkctl;help;db' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations (every command that uses the store also does this)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the backend, the database (password masked) and applied and pending migrations')
            break
        }
        'lkctl;help;db;migrate' {
            break
        }
        'lkctl;help;db;status' {
            break
        }
        'lkctl;help;doctor' {
            break
        }
        'lkctl;help;healthcheck' {
            break
        }
        'lkctl;help;dev' {
            break
        }
        'lkctl;help;completions' {
            break
        }
        'lkctl;help;generate-docs' {
            break
        }
        'lkctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
