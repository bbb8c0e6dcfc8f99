//! How the clap tree presents itself: global options once, usage lines that parse.
//!
//! The derive gives the tree; [`shape`] adjusts what help shows without changing what
//! parses:
//! - global options are listed in `lkctl --help` only. Every subcommand gets a hidden
//!   copy of each (clap then does not propagate its visible one), so they still parse
//!   anywhere on the line, and its help ends the options with [`GLOBALS_POINTER`];
//! - a required group with a positional member (`participant mute ROOM IDENTITY
//!   <TRACK_SID|--all>`) is shown where the positional goes. clap writes required groups
//!   before all positionals, which gives a usage line that parses the wrong way round.
//!
//! Completions use the tree before shaping ([`crate::complete`]), so globals complete
//! everywhere.
//!
//! The file is over 600 lines because of its tests: building a command line from every
//! usage line and checking clap reads it the way the line says takes a small usage parser.

use std::ffi::OsString;

use clap::{Arg, Command};

/// The line that stands for the global options in every subcommand's help.
pub const GLOBALS_POINTER: &str =
    "Global options: see `lkctl --help` (they work after the subcommand too)";

/// The whole tree shaped (see the module documentation): for man pages and tests.
pub fn shape(root: Command) -> Command {
    let (globals, template) = parts(&root);
    let path = root.get_name().to_string();
    shape_all(root, &globals, &template, &path, true)
}

/// The tree with only the commands `args` goes through shaped: what the binary parses
/// with. Shaping all ~200 commands costs more than a whole `token create`; the rest of
/// the tree parses the same unshaped, and its help is never shown in this process.
pub fn shape_for(root: Command, args: &[OsString]) -> Command {
    let path = path_of(&root, args);
    let (globals, template) = parts(&root);
    let bin = root.get_name().to_string();
    shape_along(root, &globals, &template, &bin, &path)
}

/// Hidden copies of the global options, and the help template with the pointer line.
fn parts(root: &Command) -> (Vec<Arg>, String) {
    let globals = root
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.clone().hide(true))
        .collect();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{{usage-heading}} {{usage}}\n\n{{all-args}}\n\n{GLOBALS_POINTER}{{after-help}}"
    );
    (globals, template)
}

/// The subcommand names `args` selects (`help` skipped: `lkctl help room list` shows
/// `room list`), stopping at the first word that is not one.
fn path_of(root: &Command, args: &[OsString]) -> Vec<String> {
    let takes_value = |cmd: &Command, word: &str| {
        let (long, short) = match word.strip_prefix("--") {
            Some(long) => (Some(long), None),
            None => (None, word.strip_prefix('-').and_then(|s| s.chars().next())),
        };
        // `-ojson` carries its value.
        if short.is_some() && word.chars().count() > 2 {
            return false;
        }
        cmd.get_arguments()
            .chain(root.get_arguments())
            .find(|a| {
                (long.is_some() && a.get_long() == long)
                    || (short.is_some() && a.get_short() == short)
            })
            .is_some_and(|a| a.get_action().takes_values())
    };
    let mut path = Vec::new();
    let mut cmd = root;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if word.starts_with('-') && word.len() > 1 {
            if !word.contains('=') && takes_value(cmd, &word) {
                words.next();
            }
            continue;
        }
        if word == "help" && path.is_empty() {
            continue;
        }
        match cmd.find_subcommand(word.as_ref()) {
            Some(sub) => {
                path.push(sub.get_name().to_string());
                cmd = sub;
            }
            None => break,
        }
    }
    path
}

fn sub_names(cmd: &Command) -> Vec<String> {
    cmd.get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect()
}

fn shape_all(cmd: Command, globals: &[Arg], template: &str, path: &str, root: bool) -> Command {
    let mut cmd = if root {
        cmd
    } else {
        shape_one(cmd, globals, template, path)
    };
    for name in sub_names(&cmd) {
        let sub_path = format!("{path} {name}");
        cmd = cmd.mut_subcommand(&name, |s| shape_all(s, globals, template, &sub_path, false));
    }
    cmd
}

fn shape_along(
    cmd: Command,
    globals: &[Arg],
    template: &str,
    path: &str,
    rest: &[String],
) -> Command {
    let Some((first, more)) = rest.split_first() else {
        return cmd;
    };
    let sub_path = format!("{path} {first}");
    cmd.mut_subcommand(first, |s| {
        let s = shape_one(s, globals, template, &sub_path);
        shape_along(s, globals, template, &sub_path, more)
    })
}

/// One subcommand: hidden globals, the pointer line, a usage line that parses.
fn shape_one(mut cmd: Command, globals: &[Arg], template: &str, path: &str) -> Command {
    for g in globals {
        // A subcommand's own argument of that name (e.g. `healthcheck --url`) wins, as
        // it does when clap propagates.
        let taken = cmd.get_arguments().any(|a| {
            a.get_id() == g.get_id()
                || (a.get_long().is_some() && a.get_long() == g.get_long())
                || (a.get_short().is_some() && a.get_short() == g.get_short())
        });
        if !taken {
            cmd = cmd.arg(g.clone());
        }
    }
    if let Some(usage) = group_usage(&cmd, path) {
        cmd = cmd.override_usage(usage);
    }
    cmd.help_template(template.to_string())
}

/// The name a positional has in usage lines.
pub(crate) fn value_name(arg: &Arg) -> String {
    arg.get_value_names()
        .and_then(|v| v.first())
        .map(|v| v.to_string())
        .unwrap_or_else(|| arg.get_id().as_str().to_uppercase())
}

/// The words of a usage line, keeping `<--a <A>|--b>` and `[-- <ARGS>...]` whole.
pub(crate) fn usage_tokens(line: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut depth = 0i32;
    for c in line.chars() {
        match c {
            '<' | '[' => depth += 1,
            '>' | ']' => depth -= 1,
            _ => {}
        }
        if c == ' ' && depth <= 0 {
            if !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens
}

/// The alternatives of a group token `<A|--b <B>>`, split at its top level.
pub(crate) fn group_alternatives(inner: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut depth = 0i32;
    for c in inner.chars() {
        match c {
            '<' | '[' => depth += 1,
            '>' | ']' => depth -= 1,
            '|' if depth == 0 => {
                out.push(String::new());
                continue;
            }
            _ => {}
        }
        out.last_mut().unwrap().push(c);
    }
    out
}

/// clap's usage line with each required group that has a positional member moved to
/// where that positional goes; `None` when clap's own line is right.
fn group_usage(cmd: &Command, path: &str) -> Option<String> {
    let positionals: Vec<&Arg> = cmd.get_positionals().collect();
    let groups: Vec<(usize, Vec<String>)> = cmd
        .get_groups()
        .filter(|g| g.is_required_set())
        .filter_map(|g| {
            let index = positionals
                .iter()
                .position(|p| g.get_args().any(|id| id == p.get_id()))?;
            let members = g
                .get_args()
                .filter_map(|id| cmd.get_arguments().find(|a| a.get_id() == id))
                .map(|a| match a.get_long() {
                    _ if a.is_positional() => value_name(a),
                    Some(long) => format!("--{long}"),
                    None => format!("-{}", a.get_short().unwrap_or('?')),
                })
                .collect();
            Some((index, members))
        })
        .collect();
    if groups.is_empty() {
        return None;
    }
    let mut probe = cmd.clone().bin_name(path);
    let rendered = probe.render_usage().to_string();
    let line = rendered.strip_prefix("Usage: ").unwrap_or(&rendered);
    let rest = line.strip_prefix(path)?.trim();
    let mut tokens = usage_tokens(rest);
    for (index, members) in groups {
        let is_group_token = |t: &str| {
            t.strip_prefix('<')
                .and_then(|t| t.strip_suffix('>'))
                .is_some_and(|inner| {
                    let parts: Vec<String> = group_alternatives(inner)
                        .iter()
                        .map(|p| p.split(' ').next().unwrap_or_default().to_string())
                        .collect();
                    parts.len() > 1 && members.iter().all(|m| parts.contains(m))
                })
        };
        let at = tokens.iter().position(|t| is_group_token(t))?;
        let group = tokens.remove(at);
        let names_positional = |t: &str, arg: &Arg| {
            let bare = t
                .trim_end_matches("...")
                .trim_matches(|c| c == '<' || c == '>' || c == '[' || c == ']');
            bare == value_name(arg)
        };
        let insert_at = if index == 0 {
            // Before the next positional, or last.
            positionals
                .get(1)
                .and_then(|next| tokens.iter().position(|t| names_positional(t, next)))
                .unwrap_or(tokens.len())
        } else {
            let prev = positionals[index - 1];
            tokens.iter().position(|t| names_positional(t, prev))? + 1
        };
        tokens.insert(insert_at, group);
    }
    Some(format!("{path} {}", tokens.join(" ")))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use clap::FromArgMatches;

    use super::*;

    /// Every leaf command with its bin name, from the tree as the binary parses it.
    fn leaves(cmd: &Command, out: &mut Vec<Command>) {
        let subs: Vec<&Command> = cmd
            .get_subcommands()
            .filter(|s| s.get_name() != "help")
            .collect();
        if subs.is_empty() {
            out.push(cmd.clone());
        }
        for s in subs {
            leaves(s, out);
        }
    }

    /// A value for `arg` that its value parser accepts, preferring `tag`.
    fn sample(arg: &Arg, tag: &str) -> String {
        if let Some(pv) = arg.get_possible_values().first() {
            return pv.get_name().to_string();
        }
        let accepts = |v: &str| {
            Command::new("probe")
                .arg(
                    Arg::new("v")
                        .value_parser(arg.get_value_parser().clone())
                        .allow_hyphen_values(true),
                )
                .try_get_matches_from(["probe", v])
                .is_ok()
        };
        [
            tag,
            "1",
            "10s",
            "https://example.com",
            "k=v",
            "2026-01-01T00:00:00Z",
            "admin",
        ]
        .into_iter()
        .find(|v| accepts(v))
        .unwrap_or(tag)
        .to_string()
    }

    /// Command lines built from a usage line: its required tokens filled with sample
    /// values, one line per alternative of a `<A|--b>` group. Each comes with the
    /// positional values it sets, by argument id.
    fn examples(cmd: &Command, usage: &str) -> Vec<(Vec<String>, BTreeMap<String, String>)> {
        let bin = cmd.get_bin_name().unwrap().to_string();
        let rest = usage
            .strip_prefix("Usage: ")
            .and_then(|u| u.strip_prefix(&bin))
            .unwrap_or_else(|| panic!("usage of `{bin}` does not start with it: {usage}"));
        let positional = |name: &str| {
            cmd.get_positionals()
                .find(|p| value_name(p) == name)
                .unwrap_or_else(|| panic!("`{bin}`: usage names <{name}>, no such positional"))
        };
        let find_flag = |flag: &str| {
            cmd.get_arguments()
                .find(|a| {
                    a.get_long().map(|l| format!("--{l}")).as_deref() == Some(flag)
                        || a.get_short().map(|s| format!("-{s}")).as_deref() == Some(flag)
                })
                .unwrap_or_else(|| panic!("`{bin}`: usage names {flag}, no such option"))
        };
        // Each slot: alternatives, each a list of words and an expected positional value.
        type Alt = (Vec<String>, Option<(String, String)>);
        let mut slots: Vec<Vec<Alt>> = Vec::new();
        let mut tokens = usage_tokens(rest).into_iter();
        let mut n = 0;
        // Words for one `--flag [<VALUE>]` alternative.
        let flag_words = |spec: &str, tag: String| {
            let mut parts = spec.split(' ');
            let flag = parts.next().unwrap();
            let arg = find_flag(flag);
            let mut words = vec![flag.to_string()];
            if arg.get_action().takes_values() {
                words.push(sample(arg, &tag));
            }
            words
        };
        while let Some(t) = tokens.next() {
            n += 1;
            if t.starts_with('[') {
                continue; // optional
            }
            if t == "--" {
                slots.push(vec![(vec!["--".into()], None)]);
                continue;
            }
            if t.starts_with('-') {
                let arg = find_flag(&t);
                let mut words = vec![t.clone()];
                if arg.get_action().takes_values() {
                    let v = tokens.next().expect("option without its value in usage");
                    assert!(v.starts_with('<'), "`{bin}`: {t} {v}");
                    words.push(sample(arg, &format!("v{n}")));
                }
                slots.push(vec![(words, None)]);
                continue;
            }
            let inner = t
                .trim_end_matches("...")
                .strip_prefix('<')
                .and_then(|t| t.strip_suffix('>'))
                .unwrap_or_else(|| panic!("`{bin}`: unexpected usage token {t}"));
            let mut alts = Vec::new();
            // A positional whose value name has a `|` (`<FILE|->`) is one alternative.
            let whole = cmd.get_positionals().any(|p| value_name(p) == inner);
            let parts = if whole {
                vec![inner.to_string()]
            } else {
                group_alternatives(inner)
            };
            for (i, alt) in parts.iter().enumerate() {
                if alt.starts_with('-') {
                    alts.push((flag_words(alt, format!("v{n}-{i}")), None));
                } else {
                    let arg = positional(alt);
                    let v = sample(arg, &format!("{}-{n}", alt.to_lowercase()));
                    let id = arg.get_id().to_string();
                    alts.push((vec![v.clone()], Some((id, v))));
                }
            }
            slots.push(alts);
        }
        let variants = slots.iter().map(Vec::len).max().unwrap_or(1).max(1);
        (0..variants)
            .map(|k| {
                let mut words: Vec<String> = bin.split(' ').map(str::to_string).collect();
                let mut expect = BTreeMap::new();
                for slot in &slots {
                    let (w, e) = &slot[k.min(slot.len() - 1)];
                    words.extend(w.iter().cloned());
                    if let Some((id, v)) = e {
                        expect.insert(id.clone(), v.clone());
                    }
                }
                (words, expect)
            })
            .collect()
    }

    fn leaf_matches(m: &clap::ArgMatches) -> &clap::ArgMatches {
        match m.subcommand() {
            Some((_, sub)) => leaf_matches(sub),
            None => m,
        }
    }

    /// Commands whose usage line does not show an argument that is required unless another
    /// is given (`required_unless_present`): clap leaves those out of usage and has no
    /// getter to find them. Known, not yet fixed; a new one fails the test below.
    const HIDDEN_ALTERNATIVES: &[&str] = &[
        "lkctl room send-data",
        "lkctl egress start room-composite",
        "lkctl egress start web",
        "lkctl egress start participant",
        "lkctl egress start track-composite",
        "lkctl egress start track",
        "lkctl ingress create",
        "lkctl ingress update",
        "lkctl ban add",
    ];

    #[test]
    fn every_usage_line_parses_as_it_reads() {
        let mut root = crate::command();
        root.build();
        let mut all = Vec::new();
        leaves(&root, &mut all);
        assert!(all.len() > 100, "{}", all.len());
        let mut failures = Vec::new();
        for mut leaf in all {
            let usage = leaf.render_usage().to_string();
            let bin = leaf.get_bin_name().unwrap_or_default().to_string();
            for (words, expect) in examples(&leaf, &usage) {
                match crate::command().try_get_matches_from(&words) {
                    Err(e)
                        if e.kind() == clap::error::ErrorKind::MissingRequiredArgument
                            && HIDDEN_ALTERNATIVES.contains(&bin.as_str()) => {}
                    Err(e) => failures.push(format!(
                        "{usage}\n  example {words:?} does not parse: {}",
                        e.kind()
                    )),
                    Ok(m) => {
                        let m = leaf_matches(&m);
                        for (id, v) in &expect {
                            let got: Vec<String> = m
                                .get_raw(id)
                                .map(|r| r.map(|s| s.to_string_lossy().into_owned()).collect())
                                .unwrap_or_default();
                            if !got.contains(v) {
                                failures.push(format!(
                                    "{usage}\n  example {words:?}: {id} got {got:?}, not {v:?}"
                                ));
                            }
                        }
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn usage_puts_a_positional_group_where_the_positional_goes() {
        let mut root = crate::command();
        root.build();
        let usage = |path: &[&str]| {
            let mut c = &root;
            for p in path {
                c = c.find_subcommand(p).unwrap();
            }
            c.clone().render_usage().to_string()
        };
        assert_eq!(
            usage(&["participant", "mute"]),
            "Usage: lkctl participant mute <ROOM> <IDENTITY> <TRACK_SID|--all>"
        );
        assert_eq!(
            usage(&["participant", "unmute"]),
            "Usage: lkctl participant unmute <ROOM> <IDENTITY> <TRACK_SID|--all>"
        );
        assert_eq!(
            usage(&["lobby", "approve"]),
            "Usage: lkctl lobby approve <ROOM> <ENTRY|--all>"
        );
        // The usage a usage error prints is the same line.
        let err = crate::command()
            .try_get_matches_from(["lkctl", "participant", "mute", "r"])
            .unwrap_err()
            .render()
            .to_string();
        assert!(
            err.contains("Usage: lkctl participant mute <ROOM> <IDENTITY> <TRACK_SID|--all>"),
            "{err}"
        );
    }

    #[test]
    fn global_options_are_listed_once_and_parse_after_the_subcommand() {
        let long = crate::command().render_long_help().to_string();
        for flag in [
            "--api-secret <SECRET>",
            "--profile <NAME>",
            "--database-url",
        ] {
            assert_eq!(
                long.matches(flag).count(),
                1,
                "{flag} in lkctl --help:\n{long}"
            );
        }
        let mut root = crate::command();
        root.build();
        let mut checked = 0;
        let mut stack: Vec<&Command> = root.get_subcommands().collect();
        while let Some(sub) = stack.pop() {
            if sub.get_name() == "help" {
                continue;
            }
            stack.extend(sub.get_subcommands());
            for help in [
                sub.clone().render_help().to_string(),
                sub.clone().render_long_help().to_string(),
            ] {
                let name = sub.get_bin_name().unwrap_or_default();
                assert_eq!(help.matches(GLOBALS_POINTER).count(), 1, "{name}:\n{help}");
                // No entry of the options list is a global option (prose may name one).
                for flag in [
                    "--api-secret <",
                    "--profile <",
                    "--no-color ",
                    "--database-url <",
                ] {
                    assert!(
                        !help.lines().any(|l| l.trim_start().starts_with(flag)),
                        "{name} repeats {flag}:\n{help}"
                    );
                }
            }
            checked += 1;
        }
        assert!(checked > 100);

        let m = crate::command()
            .try_get_matches_from([
                "lkctl",
                "room",
                "list",
                "--profile",
                "p1",
                "-o",
                "json",
                "--quiet",
                "--timeout",
                "3s",
            ])
            .unwrap();
        let cli = crate::Cli::from_arg_matches(&m).unwrap();
        assert_eq!(cli.global.profile.as_deref(), Some("p1"));
        assert_eq!(cli.global.output, crate::output::OutputFormat::Json);
        assert!(cli.global.quiet);
        assert_eq!(cli.global.timeout, std::time::Duration::from_secs(3));
        // A subcommand's own option of a global's name (`healthcheck --url`) still parses.
        assert!(
            crate::command()
                .try_get_matches_from(["lkctl", "healthcheck", "--url", "http://h/healthz"])
                .is_ok()
        );
    }
}

#[cfg(test)]
mod path_tests {
    use std::ffi::OsString;

    use clap::CommandFactory;

    use super::*;

    fn path(args: &[&str]) -> Vec<String> {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        path_of(&crate::Cli::command(), &args)
    }

    #[test]
    fn the_path_skips_flags_and_their_values() {
        assert_eq!(path(&["lkctl", "room", "list"]), ["room", "list"]);
        assert_eq!(
            path(&[
                "lkctl",
                "--profile",
                "room",
                "-o",
                "json",
                "participant",
                "mute"
            ]),
            ["participant", "mute"]
        );
        assert_eq!(
            path(&["lkctl", "-ojson", "-q", "lobby", "approve", "r"]),
            ["lobby", "approve"]
        );
        assert_eq!(
            path(&["lkctl", "help", "room", "mute-all"]),
            ["room", "mute-all"]
        );
        assert_eq!(
            path(&["lkctl", "--timeout=3s", "room", "nope", "x"]),
            ["room"]
        );
    }

    #[test]
    fn the_binary_shows_the_same_help_as_the_shaped_tree() {
        for args in [
            &["lkctl", "participant", "mute", "--help"][..],
            &["lkctl", "-o", "json", "lobby", "approve", "-h"],
            &["lkctl", "help", "room", "list"],
        ] {
            let words: Vec<OsString> = args.iter().map(OsString::from).collect();
            let lazy = shape_for(crate::Cli::command(), &words)
                .try_get_matches_from(&words)
                .unwrap_err()
                .to_string();
            let full = crate::command()
                .try_get_matches_from(&words)
                .unwrap_err()
                .to_string();
            assert_eq!(lazy, full, "{args:?}");
            assert!(lazy.contains(GLOBALS_POINTER), "{lazy}");
        }
    }
}
