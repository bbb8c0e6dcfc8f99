//! The hostile-input corpus (`tests/hostile/`, see its README): read by the end-to-end
//! tests (through `common`) and by member crates' tests (`#[path]`).

#![allow(dead_code)]

use std::path::Path;

/// The hostile-input corpus (`tests/hostile/`): the inputs of one file, unescaped.
pub fn corpus(name: &str) -> Vec<String> {
    // The workspace's `tests/hostile/`, from this crate or a member crate.
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .map(|d| d.join("tests/hostile"))
        .find(|d| d.is_dir())
        .expect("tests/hostile above the crate")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let inputs: Vec<String> = text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(unescape)
        .collect();
    assert!(!inputs.is_empty(), "{name} has no inputs");
    inputs
}

/// `\u{HEX}`, `\n`, `\r`, `\t`, `\0` and `\\`; anything else is literal.
pub fn unescape(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('0') => out.push('\0'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                assert_eq!(chars.next(), Some('{'), "bad escape in {line:?}");
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let code = u32::from_str_radix(&hex, 16).expect("hex escape");
                out.push(char::from_u32(code).expect("a char"));
            }
            other => panic!("unknown escape \\{other:?} in {line:?}"),
        }
    }
    out
}
