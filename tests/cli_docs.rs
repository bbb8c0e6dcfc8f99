//! The committed completions/ and man/ must match what the clap tree generates.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            out.insert(name, std::fs::read(e.path()).unwrap());
        }
    }
    out
}

#[test]
fn committed_completions_and_man_pages_are_current() {
    let sb = common::Sandbox::new();
    let out = sb.path("docs");
    sb.run(&["generate-docs", "--out", out.to_str().unwrap()])
        .ok();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["completions", "man"] {
        let generated = files(&out.join(sub));
        let committed = files(&root.join(sub));
        assert!(!generated.is_empty());
        let stale: Vec<&String> = generated
            .keys()
            .chain(committed.keys())
            .filter(|k| generated.get(*k) != committed.get(*k))
            .collect();
        assert!(
            stale.is_empty(),
            "{sub}/ is stale ({stale:?}); run `cargo run -- generate-docs --out .` and commit the result"
        );
    }
    let page = std::fs::read_to_string(root.join("man/lkctl.1")).unwrap();
    assert!(page.contains(".SH \"EXIT STATUS\""));
    assert!(root.join("man/lkctl-room-list.1").exists());
}

// ---- Docs that cannot drift from the parser -------------------------------------------

/// Shell words of one command line: quotes and backslashes as a shell reads them; `|`,
/// `;`, `&`, `&&` end a command; `>`/`<` and their target and a `#` comment are dropped.
/// Returns each command of the line.
fn commands_of(line: &str) -> Vec<Vec<String>> {
    let mut commands = vec![Vec::new()];
    let mut word = String::new();
    let mut in_word = false;
    let mut skip_next = false;
    let mut chars = line.chars().peekable();
    let end_word = |word: &mut String,
                    in_word: &mut bool,
                    skip: &mut bool,
                    commands: &mut Vec<Vec<String>>| {
        if *in_word {
            if *skip {
                *skip = false;
            } else {
                commands.last_mut().unwrap().push(std::mem::take(word));
            }
            word.clear();
            *in_word = false;
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                for q in chars.by_ref() {
                    if q == '\'' {
                        break;
                    }
                    word.push(q);
                }
            }
            '"' => {
                in_word = true;
                while let Some(q) = chars.next() {
                    match q {
                        '"' => break,
                        '\\' => word.extend(chars.next()),
                        _ => word.push(q),
                    }
                }
            }
            '\\' => {
                in_word = true;
                word.extend(chars.next());
            }
            '#' if !in_word => break,
            '|' | ';' | '&' => {
                end_word(&mut word, &mut in_word, &mut skip_next, &mut commands);
                if chars.peek() == Some(&c) {
                    chars.next();
                }
                commands.push(Vec::new());
            }
            '>' | '<' => {
                end_word(&mut word, &mut in_word, &mut skip_next, &mut commands);
                skip_next = true;
            }
            c if c.is_whitespace() => {
                end_word(&mut word, &mut in_word, &mut skip_next, &mut commands)
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    end_word(&mut word, &mut in_word, &mut skip_next, &mut commands);
    commands
        .into_iter()
        .filter(|c| {
            c.first()
                .is_some_and(|w| w == "lkctl" || w.ends_with("/lkctl"))
        })
        .collect()
}

/// Command lines in README's fenced shell blocks (with `$ ` prompts, only the prompted
/// lines) joined over trailing backslashes, and its inline code spans that start with `lkctl `.
fn readme_examples(text: &str) -> (Vec<String>, Vec<String>) {
    let mut fenced = Vec::new();
    let mut inline = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let fence = line.trim_start();
        if fence.starts_with("```") {
            let lang = fence.trim_start_matches('`').trim();
            let mut block = Vec::new();
            for l in lines.by_ref() {
                if l.trim_start().starts_with("```") {
                    break;
                }
                block.push(l.to_string());
            }
            if !matches!(lang, "sh" | "bash" | "console" | "shell" | "") {
                continue;
            }
            let prompted = block.iter().any(|l| l.starts_with("$ "));
            let mut joined = String::new();
            for l in block {
                let l = if prompted {
                    match l.strip_prefix("$ ") {
                        Some(l) => l.to_string(),
                        None if !joined.is_empty() => l,
                        None => continue,
                    }
                } else {
                    l
                };
                match l.strip_suffix('\\') {
                    Some(head) => {
                        joined.push_str(head);
                        joined.push(' ');
                    }
                    None => {
                        joined.push_str(&l);
                        fenced.push(std::mem::take(&mut joined));
                    }
                }
            }
            continue;
        }
        for (i, span) in line.split('`').enumerate() {
            if i % 2 == 1 && span.starts_with("lkctl ") && !span.contains('<') {
                inline.push(span.to_string());
            }
        }
    }
    (fenced, inline)
}

/// roff text back to plain text (what `roff` escapes in clap_mangen's output).
fn unroff(line: &str) -> String {
    line.replace("\\-", "-")
        .replace("\\*(Aq", "'")
        .replace("\\fB", "")
        .replace("\\fI", "")
        .replace("\\fR", "")
        .replace("\\fP", "")
        .replace("\\&", "")
        .replace("\\\\", "\\")
}

/// The lines of every EXAMPLES section of the committed man pages, by page.
fn man_examples(root: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (name, bytes) in files(&root.join("man")) {
        let text = String::from_utf8(bytes).unwrap();
        let mut in_examples = false;
        for line in text.lines() {
            if line.starts_with(".SH") {
                in_examples = line == ".SH EXAMPLES";
                continue;
            }
            if in_examples && !line.starts_with('.') {
                out.push((name.clone(), unroff(line)));
            }
        }
    }
    out
}

/// clap's error kind (its `Debug` name) when `words` do not parse.
fn parse_error(words: &[String]) -> Option<String> {
    let mut words = words.to_vec();
    words[0] = "lkctl".into();
    match lkctl_cli::command().try_get_matches_from(&words) {
        Ok(_) => None,
        Err(e) => Some(format!("{:?}", e.kind())),
    }
}

#[test]
fn readme_and_man_page_examples_parse() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let (fenced, inline) = readme_examples(&readme);
    let man = man_examples(root);
    let mut failures = Vec::new();
    let mut checked = 0;
    for (origin, line, strict) in fenced
        .iter()
        .map(|l| ("README.md".to_string(), l.clone(), true))
        .chain(
            inline
                .iter()
                .map(|l| ("README.md (inline)".to_string(), l.clone(), false)),
        )
        .chain(man.iter().map(|(p, l)| (p.clone(), l.clone(), true)))
    {
        for words in commands_of(&line) {
            checked += 1;
            let Some(kind) = parse_error(&words) else {
                continue;
            };
            let fine = match kind.as_str() {
                "DisplayHelp" | "DisplayVersion" => true,
                // Prose names a noun or a verb without its arguments: `lkctl agent`.
                "MissingSubcommand"
                | "MissingRequiredArgument"
                | "DisplayHelpOnMissingArgumentOrSubcommand" => !strict,
                _ => false,
            };
            if !fine {
                failures.push(format!("{origin}: `{line}` -> {words:?}: {kind}"));
            }
        }
    }
    assert!(checked > 60, "only {checked} examples found");
    assert!(
        man.iter()
            .any(|(p, l)| p == "lkctl-token-create.1" && l.starts_with("lkctl token create")),
        "man EXAMPLES not found: {man:?}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn example_extraction_reads_shell_lines() {
    assert_eq!(
        commands_of("pass show x | lkctl profile add p --api-secret - # note"),
        vec![vec!["lkctl", "profile", "add", "p", "--api-secret", "-"]]
    );
    assert_eq!(
        commands_of("lkctl completions zsh > \"${fpath[1]}/_lkctl\""),
        vec![vec!["lkctl", "completions", "zsh"]]
    );
    assert_eq!(
        commands_of("./target/debug/lkctl dev --port 7880 &"),
        vec![vec!["./target/debug/lkctl", "dev", "--port", "7880"]]
    );
    assert_eq!(
        commands_of("lkctl egress start x --file 'rec/{room_name}-{time}.mp4'"),
        vec![vec![
            "lkctl",
            "egress",
            "start",
            "x",
            "--file",
            "rec/{room_name}-{time}.mp4"
        ]]
    );
    let (fenced, _) = readme_examples("```sh\n$ lkctl a \\\n  --b\nout put\n```\n");
    assert_eq!(fenced, vec!["lkctl a    --b"]);
    // A wrong example is caught: the old usage line of `participant mute`.
    let words: Vec<String> = ["lkctl", "participant", "mute", "--bogus", "r", "i"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert!(parse_error(&words).is_some());
}

#[test]
fn man_pages_have_synopsis_exit_status_environment_and_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pages = files(&root.join("man"));
    assert!(pages.len() > 100);
    for (name, bytes) in &pages {
        let text = String::from_utf8_lossy(bytes);
        for section in [
            ".SH SYNOPSIS",
            ".SH \"EXIT STATUS\"",
            ".SH ENVIRONMENT",
            ".SH FILES",
        ] {
            assert!(text.contains(section), "{name} lacks {section}");
        }
        // The synopsis names the command as typed: `lkctl room mute-all`, not `mute all`.
        let synopsis = text
            .lines()
            .skip_while(|l| *l != ".SH SYNOPSIS")
            .nth(1)
            .map(unroff)
            .unwrap_or_default();
        assert!(!synopsis.contains("mute all"), "{name}: {synopsis}");
    }
    let mute_all = unroff(&String::from_utf8_lossy(&pages["lkctl-room-mute-all.1"]));
    assert!(
        mute_all.contains("lkctl room mute-all [OPTIONS] <ROOM>"),
        "{mute_all}"
    );
    let mute = unroff(&String::from_utf8_lossy(&pages["lkctl-participant-mute.1"]));
    assert!(
        mute.contains("lkctl participant mute <ROOM> <IDENTITY> <TRACK_SID|--all>"),
        "{mute}"
    );
    let lkctl = unroff(&String::from_utf8_lossy(&pages["lkctl.1"]));
    for kind in &lkctl_core::error::KINDS {
        assert!(
            lkctl.contains(&format!(".TP\n{}\n", kind.exit_code)),
            "exit code {} missing from lkctl.1",
            kind.exit_code
        );
    }
    for (var, _) in lkctl_core::config::ENV_VARS {
        assert!(
            lkctl.contains(&format!(".TP\n{var}\n")),
            "{var} missing from lkctl.1"
        );
    }
    for file in ["lkctl/config.toml", "lkctl/lkctl.db", "bash-completion"] {
        assert!(lkctl.contains(file), "{file} missing from FILES of lkctl.1");
    }
    assert!(mute.contains("See lkctl(1) for the exit codes"), "{mute}");
}

/// Every LIVEKIT_* and LKCTL_* variable the code reads is in lkctl(1)'s ENVIRONMENT.
#[test]
fn man_page_environment_lists_every_variable_the_code_reads() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lkctl = unroff(&std::fs::read_to_string(root.join("man/lkctl.1")).unwrap());
    let environment: String = lkctl
        .split(".SH ENVIRONMENT")
        .nth(1)
        .and_then(|s| s.split(".SH FILES").next())
        .unwrap()
        .to_string();
    let mut missing = std::collections::BTreeSet::new();
    let mut stack = vec![root.join("lkctl-core/src"), root.join("lkctl-cli/src")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|x| x != "rs") || p.ends_with("store/testing.rs") {
                continue;
            }
            let src = std::fs::read_to_string(&p).unwrap();
            let code = src.split("#[cfg(test)]").next().unwrap();
            for piece in code.split('"').skip(1).step_by(2) {
                let var = (piece.starts_with("LKCTL_") || piece.starts_with("LIVEKIT_"))
                    && piece
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
                if var && !environment.contains(&format!("\n{piece}\n")) {
                    missing.insert(format!("{piece} ({})", p.display()));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in lkctl(1) ENVIRONMENT: {missing:?}"
    );
}

// ---- Live completions -----------------------------------------------------------------

/// Ask the binary for bash completions of `words` (the last one is being completed).
fn complete(sb: &common::Sandbox, words: &[&str], extra_env: &[(&str, &str)]) -> common::Run {
    let mut cmd = sb.cmd();
    cmd.env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env("_CLAP_IFS", "\n")
        .arg("--")
        .args(words);
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    common::Run::from(cmd.output().expect("run lkctl"))
}

/// The value candidates printed (flags, which an empty word also gets, left out).
fn lines(run: &common::Run) -> Vec<&str> {
    run.stdout
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('-'))
        .collect()
}

#[test]
fn completion_offers_profile_names_from_the_config_file() {
    let sb = common::Sandbox::new();
    std::fs::create_dir_all(sb.config_path().parent().unwrap()).unwrap();
    std::fs::write(
        sb.config_path(),
        "default_profile = \"prod\"\n\
         [profiles.prod]\nurl = \"https://prod.example\"\napi_key = \"K1\"\napi_secret = \"s3cr3t-prod-value\"\n\
         [profiles.staging]\nurl = \"https://staging.example\"\napi_key = \"K2\"\napi_secret_command = \"echo never-run\"\n\
         [profiles.\"pr\\u001b[2J\"]\nurl = \"https://x.example\"\napi_key = \"K3\"\n",
    )
    .unwrap();
    let run = complete(&sb, &["lkctl", "room", "list", "--profile", ""], &[]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(lines(&run), ["prod", "staging"], "{run:#?}");
    assert!(run.stderr.is_empty(), "{run:#?}");
    let run = complete(&sb, &["lkctl", "profile", "use", "st"], &[]);
    assert_eq!(lines(&run), ["staging"], "{run:#?}");
    let run = complete(&sb, &["lkctl", "--profile", "p"], &[]);
    assert_eq!(lines(&run), ["prod"], "{run:#?}");
    // Global options complete after a subcommand.
    let run = complete(&sb, &["lkctl", "room", "list", "--pro"], &[]);
    assert_eq!(run.stdout.trim(), "--profile", "{run:#?}");
    assert!(!run.stdout.contains("s3cr3t"));
}

#[test]
fn completion_offers_rooms_and_identities_from_the_server_and_nothing_without_one() {
    let emu = common::Emu::start();
    emu.room("lecture-101");
    emu.room("standup");
    emu.participant("lecture-101", "prof-ada");
    emu.participant("lecture-101", "student-7");
    emu.participant("lecture-101", "evil\u{1b}]52;c;aGk=\u{7}");
    emu.participant("lecture-101", "a;rm -rf ~");
    let sb = common::Sandbox::new();
    let server = [
        ("LIVEKIT_URL", emu.url.as_str()),
        ("LIVEKIT_API_KEY", common::KEY),
        ("LIVEKIT_API_SECRET", common::SECRET),
    ];
    let run = complete(&sb, &["lkctl", "participant", "list", ""], &server);
    assert_eq!(lines(&run), ["lecture-101", "standup"], "{run:#?}");
    assert!(run.stderr.is_empty(), "{run:#?}");
    let run = complete(
        &sb,
        &["lkctl", "room", "list", "-o", "json", "--timeout", "5s"],
        &server,
    );
    assert_eq!(run.code, 0);
    let run = complete(
        &sb,
        &["lkctl", "participant", "get", "lecture-101", ""],
        &server,
    );
    assert_eq!(lines(&run), ["prof-ada", "student-7"], "{run:#?}");
    let run = complete(
        &sb,
        &["lkctl", "participant", "mute", "lecture-101", "st"],
        &server,
    );
    assert_eq!(lines(&run), ["student-7"], "{run:#?}");
    let run = complete(&sb, &["lkctl", "lobby", "approve", "sta"], &server);
    assert_eq!(lines(&run), ["standup"], "{run:#?}");
    // Flags given on the line are used: the same server through --url and friends.
    let run = complete(
        &sb,
        &[
            "lkctl",
            "--url",
            &emu.url,
            "--api-key",
            common::KEY,
            "--api-secret",
            common::SECRET,
            "room",
            "get",
            "lec",
        ],
        &[],
    );
    assert_eq!(lines(&run), ["lecture-101"], "{run:#?}");
    assert!(!run.stdout.contains(common::SECRET));

    // No server configured, or one that does not answer: no candidates, no text, exit 0.
    let run = complete(&sb, &["lkctl", "participant", "list", ""], &[]);
    assert_eq!(
        (run.code, lines(&run).len(), run.stderr.as_str()),
        (0, 0, ""),
        "{run:#?}"
    );
    let dead = [
        ("LIVEKIT_URL", "http://127.0.0.1:9"),
        ("LIVEKIT_API_KEY", common::KEY),
        ("LIVEKIT_API_SECRET", common::SECRET),
    ];
    let run = complete(
        &sb,
        &["lkctl", "participant", "get", "lecture-101", ""],
        &dead,
    );
    assert_eq!(
        (run.code, lines(&run).len(), run.stderr.as_str()),
        (0, 0, ""),
        "{run:#?}"
    );
}

#[test]
fn completion_scripts_call_back_into_lkctl() {
    let sb = common::Sandbox::new();
    let bash = sb.run(&["completions", "bash"]).ok();
    assert!(bash.stdout.contains("COMPLETE=\"bash\""), "{}", bash.stdout);
    assert!(
        bash.stdout.contains("complete -o nospace"),
        "{}",
        bash.stdout
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let committed = std::fs::read_to_string(root.join("completions/lkctl.bash")).unwrap();
    assert_eq!(committed, bash.stdout);
    let stat = sb.run(&["completions", "bash", "--static"]).ok();
    assert!(
        stat.stdout.contains("--api-secret"),
        "static completes globals"
    );
    assert!(!stat.stdout.contains("COMPLETE="));
}
