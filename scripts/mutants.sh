#!/usr/bin/env bash
# Mutation testing of lkctl's security-critical modules (issue 15).
#
#   scripts/mutants.sh [AREA...]        AREA: tokens bans lobby pins webhooks moderation
#                                              emulator-auth errors config   (default: all)
#                                       (errors = errors-core errors-cli errors-emulator)
#
# Each area mutates a few files with cargo-mutants and runs only the tests that guard them,
# then prints the survivors ("missed"). Exit status: 0 when no area has an unexplained
# survivor, 1 otherwise, 2 when cargo-mutants is missing. Survivors that are equivalent
# mutants (no test can tell them apart from the original) go in scripts/mutants-exclusions.txt
# with the reason.
#
# Slow: every mutant rebuilds the mutated crate. Budget about a minute per mutant on two
# cores; `--list` shows how many an area has. Not part of every CI run; run it before
# resolving an issue that touches these modules.
#
# Environment:
#   MUTANTS_IN_PLACE=1   mutate this tree and reuse CARGO_TARGET_DIR (fast; do not edit the
#                        tree meanwhile). Default: cargo-mutants copies the tree and builds
#                        the copy from cold once.
#   MUTANTS_JOBS=N       mutants built and tested at once (default 1; each needs a build dir)
#   MUTANTS_OUT=DIR      where the reports go (default target/mutants)
#   MUTANTS_ARGS="..."   extra cargo-mutants arguments (split on spaces), e.g. "--list"
#   MUTANTS_RE=REGEX     only the mutants whose name matches (cargo-mutants -F), e.g.
#                        'verify_at' to spend a short budget on one function
#   MUTANTS_EXCLUDE_RE=REGEX  leave these out this time (cargo-mutants -E)
#   MUTANTS_TESTS="..."  a narrower test selection than the area's (e.g. "--test bans"), for a
#                        short budget; a survivor must then be re-checked with the full one
#
# PostgreSQL must be running (the contract tests run on both backends).
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLS="${LKCTL_TOOLS:-$HOME/.cache/lkctl-tools}"
export PATH="$TOOLS/bin:$HOME/.cargo/bin:$PATH"
if ! cargo mutants --version >/dev/null 2>&1; then
  echo "cargo-mutants is not installed: cargo install cargo-mutants --locked --root $TOOLS" >&2
  exit 2
fi

OUT="${MUTANTS_OUT:-target/mutants}"
JOBS="${MUTANTS_JOBS:-1}"
EXCLUSIONS="scripts/mutants-exclusions.txt"

# area -> "files (space-separated)|test packages (comma-separated)|test selection"
# The mutated packages are found from the files (their nearest Cargo.toml).
declare -A AREAS=(
  [tokens]="lkctl-core/src/token.rs|lkctl-core|--lib --test token_edges"
  [bans]="lkctl-core/src/ops/bans.rs|lkctl-core|--test bans --test moderation_in_flight --test webhook_redelivery --test lobby_guests"
  [lobby]="lkctl-core/src/ops/lobby/mod.rs lkctl-core/src/ops/lobby/decisions.rs lkctl-core/src/ops/lobby/entries.rs lkctl-core/src/ops/lobby/events.rs|lkctl-core|--lib --test lobby_decisions --test lobby_guests --test moderation_in_flight --test bans"
  [pins]="lkctl-core/src/ops/policy.rs|lkctl-core|--lib --test store_contract --test lobby_guests"
  [webhooks]="lkctl-core/src/ops/webhooks.rs lkctl-core/src/ops/session.rs|lkctl-core|--lib --test webhook_redelivery --test session_limits --test parser_props --test store_contract"
  [moderation]="lkctl-core/src/ops/moderation.rs|lkctl-core|--test mute_all_bounds --test mute_all_outcomes --test moderation_emulator"
  [emulator-auth]="lkctl-serve/emulator/src/auth.rs lkctl-serve/emulator/src/transport.rs|lkctl-emulator|--lib --test auth_matrix --test twirp"
  [errors-core]="lkctl-core/src/error.rs|lkctl-core|--lib"
  [errors-cli]="lkctl-cli/src/exit.rs|lkctl-cli|--lib"
  [errors-emulator]="lkctl-serve/emulator/src/error.rs|lkctl-emulator|--lib --test twirp"
  [config]="lkctl-core/src/config.rs lkctl-core/src/fsutil.rs|lkctl-core|--lib"
)
# `errors` is the three error tables, each run with its own crate's tests (a change to one
# crate's error module then rebuilds only what those tests need).
ORDER=(tokens bans lobby pins webhooks moderation emulator-auth errors-core errors-cli errors-emulator config)

areas=()
for a in "$@"; do
  if [ "$a" = errors ]; then areas+=(errors-core errors-cli errors-emulator); else areas+=("$a"); fi
done
[ "${#areas[@]}" -eq 0 ] && areas=("${ORDER[@]}")

# Exclusions: one regex per line (matched against `cargo mutants --list` names), then
# `  # reason`. Blank lines and lines starting with # are comments.
exclude=()
if [ -f "$EXCLUSIONS" ]; then
  while IFS= read -r line; do
    re="${line%%  #*}"
    re="${re%"${re##*[![:space:]]}"}"
    [ -z "$re" ] || [ "${re:0:1}" = "#" ] && continue
    exclude+=(-E "$re")
  done <"$EXCLUSIONS"
fi

extra=()
jobs=(--jobs "$JOBS")
if [ "${MUTANTS_IN_PLACE:-0}" = 1 ]; then extra+=(--in-place); jobs=(); fi
# The run's own baseline is the unmutated tree; skipping it (MUTANTS_ARGS="--baseline skip")
# is only safe right after a green run of the same selection.
# shellcheck disable=SC2206
if [ -n "${MUTANTS_ARGS:-}" ]; then extra+=(${MUTANTS_ARGS}); fi
if [ -n "${MUTANTS_RE:-}" ]; then extra+=(-F "$MUTANTS_RE"); fi
if [ -n "${MUTANTS_EXCLUDE_RE:-}" ]; then extra+=(-E "$MUTANTS_EXCLUDE_RE"); fi

status=0
for area in "${areas[@]}"; do
  spec="${AREAS[$area]:-}"
  if [ -z "$spec" ]; then
    echo "unknown area $area; one of: ${ORDER[*]}" >&2
    exit 2
  fi
  IFS='|' read -r files test_packages tests <<<"$spec"
  tests="${MUTANTS_TESTS:-$tests}"
  # The test selection goes to every cargo invocation (-C), so each mutant builds only the
  # test targets that run, not every test binary of the packages.
  select=()
  for a in $tests; do select+=(-C "$a"); done
  file_args=()
  for f in $files; do file_args+=(-f "$f"); done
  # The package of each file: the name in the nearest Cargo.toml above it.
  pkg_args=()
  for f in $files; do
    d="$(dirname "$f")"
    while [ ! -f "$d/Cargo.toml" ]; do d="$(dirname "$d")"; done
    p="$(sed -n 's/^name = "\(.*\)"$/\1/p' "$d/Cargo.toml" | head -n 1)"
    case " ${pkg_args[*]} " in *" $p "*) ;; *) pkg_args+=(-p "$p") ;; esac
  done
  mkdir -p "$OUT/$area"
  echo "==> mutants: $area ($files; tests: $test_packages $tests)"
  set +e
  # shellcheck disable=SC2086
  cargo mutants "${pkg_args[@]}" "${file_args[@]}" "${exclude[@]}" "${extra[@]}" \
    --test-tool nextest --test-package "$test_packages" "${jobs[@]}" \
    "${select[@]}" --timeout 300 --build-timeout 900 --output "$OUT/$area"
  rc=$?
  set -e
  missed="$OUT/$area/mutants.out/missed.txt"
  if [ -s "$missed" ]; then
    echo "--- $area: SURVIVORS (add a test, or list an equivalent mutant in $EXCLUSIONS):"
    cat "$missed"
    status=1
  elif [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then
    # 2 = some mutants missed (reported above); 3 = timeouts; 4 = the baseline failed.
    echo "--- $area: cargo-mutants exited $rc (see $OUT/$area/mutants.out)"
    status=1
  else
    echo "--- $area: no survivors"
  fi
done
exit "$status"
