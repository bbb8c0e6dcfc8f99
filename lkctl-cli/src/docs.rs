//! Shell completions and man pages, generated from the clap tree.
//!
//! `lkctl completions <shell>` prints one script; the hidden `lkctl generate-docs
//! --out DIR` writes `DIR/completions/` (every shell) and `DIR/man/` (`lkctl.1`
//! plus one page per subcommand, e.g. `lkctl-room-list.1`). The generated files
//! are committed, and a test fails when they are stale.

use std::path::{Path, PathBuf};

use clap::Args;
use clap_complete::Shell;
use lkctl_core::Error;

use crate::exit::Result;
use crate::output::Output;

/// Shells completions are generated for by `generate-docs`.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::Elvish,
    Shell::PowerShell,
];

/// Flags of `lkctl completions`.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  lkctl completions bash > ~/.local/share/bash-completion/completions/lkctl
  lkctl completions zsh > \"${fpath[1]}/_lkctl\"
  lkctl completions fish > ~/.config/fish/completions/lkctl.fish")]
pub struct CompletionsArgs {
    /// Shell to generate the script for
    #[arg(value_enum)]
    pub shell: Shell,
}

impl CompletionsArgs {
    pub fn run(self) -> Result<Output> {
        let mut buf = Vec::new();
        clap_complete::generate(self.shell, &mut crate::command(), "lkctl", &mut buf);
        Ok(Output::raw(String::from_utf8_lossy(&buf).into_owned()))
    }
}

/// Flags of `lkctl generate-docs`.
#[derive(Debug, Args)]
pub struct GenerateDocsArgs {
    /// Directory that receives completions/ and man/
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

impl GenerateDocsArgs {
    pub fn run(self) -> Result<Output> {
        let written = generate(&self.out)?;
        Ok(Output::done(format!(
            "wrote {} files under {}",
            written.len(),
            self.out.display()
        ))
        .with_json(&written))
    }
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |e| Error::io(path, e)
}

/// Write completions and man pages under `out`; returns the files written.
pub fn generate(out: &Path) -> Result<Vec<PathBuf>> {
    let completions = out.join("completions");
    let man = out.join("man");
    for dir in [&completions, &man] {
        std::fs::create_dir_all(dir).map_err(io_err(dir))?;
    }
    let mut written = Vec::new();
    for shell in SHELLS {
        let path = clap_complete::generate_to(shell, &mut crate::command(), "lkctl", &completions)
            .map_err(io_err(&completions))?;
        written.push(path);
    }
    let mut cmd = crate::command();
    cmd.build();
    write_man(&cmd, "lkctl", &man, &mut written)?;
    written.sort();
    Ok(written)
}

fn write_man(
    cmd: &clap::Command,
    name: &str,
    dir: &Path,
    written: &mut Vec<PathBuf>,
) -> Result<()> {
    let page = cmd
        .clone()
        .name(name.to_string())
        .bin_name(name.replace('-', " "));
    let mut buf = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut buf)
        .map_err(io_err(dir))?;
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, buf).map_err(io_err(&path))?;
    written.push(path);
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        write_man(sub, &format!("{name}-{}", sub.get_name()), dir, written)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generates_pages_for_subcommands() {
        let dir = tempfile::tempdir().unwrap();
        let files = generate(dir.path()).unwrap();
        let names: Vec<String> = files
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        for expected in [
            "lkctl.1",
            "lkctl-room-list.1",
            "lkctl-token-create.1",
            "lkctl.bash",
            "_lkctl",
        ] {
            assert!(
                names.iter().any(|n| n == expected),
                "{expected} missing from {names:?}"
            );
        }
        assert!(!names.iter().any(|n| n.contains("generate-docs")));
        let man = std::fs::read_to_string(dir.path().join("man/lkctl.1")).unwrap();
        assert!(
            man.contains("Exit codes"),
            "exit codes must be in the man page"
        );
    }
}
