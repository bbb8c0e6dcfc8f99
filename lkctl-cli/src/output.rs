//! What a command produces, and how it is rendered in each `--output` format.
//!
//! The contract: data only on stdout, everything else on stderr.
//! - `json`: one compact JSON document per command, then a newline; lists are `[]` when empty.
//! - `table`: comfy-table; borders and bold headers only on a TTY without `--no-color`/`NO_COLOR`.
//! - `plain`: tab-separated rows with no header, for `cut` and `awk`.
//!
//! State changes carry a one-line message that goes to stderr (unless `--quiet`);
//! with `--output json` they print the resulting object on stdout instead.

use std::io::{self, Write};

use clap::ValueEnum;
use comfy_table::{Attribute, Cell, ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;

use crate::exit::CliError;

/// The `--output` formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum OutputFormat {
    /// Human-readable table
    #[default]
    Table,
    /// One compact JSON document, newline-terminated
    Json,
    /// Tab-separated rows without a header
    Plain,
}

/// How a model type shows as a table row; its JSON comes from `Serialize`.
pub trait Tabular {
    /// Column headers, in order.
    fn headers() -> Vec<&'static str>;
    /// One row of cells matching [`Tabular::headers`].
    fn row(&self) -> Vec<String>;
}

/// The human (table) view of a result.
#[derive(Debug, Clone, Default)]
enum Human {
    #[default]
    None,
    Rows {
        headers: Vec<&'static str>,
        rows: Vec<Vec<String>>,
    },
    Fields(Vec<(String, String)>),
    Text(String),
}

/// A command's result, rendered once by [`Output::render`].
#[derive(Debug, Default)]
pub struct Output {
    json: Option<Value>,
    human: Human,
    plain: Option<String>,
    message: Option<String>,
    failure: Option<CliError>,
    /// Printed as is whatever the format (completion scripts).
    raw: Option<String>,
}

/// Rendering settings taken from the global flags.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub format: OutputFormat,
    /// Colours and box drawing (stdout is a TTY, colour not disabled).
    pub styled: bool,
    pub quiet: bool,
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> Value {
    serde_json::to_value(value)
        .unwrap_or_else(|e| Value::String(format!("<cannot serialize: {e}>")))
}

fn plain_rows(rows: &[Vec<String>]) -> String {
    rows.iter()
        .map(|r| {
            r.iter()
                .map(|c| plain_cell(c))
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Tabs and newlines inside a cell would break `cut`; replace them with spaces.
fn plain_cell(cell: &str) -> String {
    cell.replace(['\t', '\n', '\r'], " ")
}

impl Output {
    /// Nothing on stdout (for example after printing to the terminal directly).
    pub fn empty() -> Self {
        Self::default()
    }

    /// A list of model objects: a table, JSON array (`[]` when empty) or tab rows.
    pub fn list<T: Tabular + Serialize>(items: &[T]) -> Self {
        let rows: Vec<Vec<String>> = items.iter().map(Tabular::row).collect();
        Self {
            json: Some(to_json(items)),
            plain: Some(plain_rows(&rows)),
            human: Human::Rows {
                headers: T::headers(),
                rows,
            },
            ..Self::default()
        }
    }

    /// One model object: a two-column field/value table, a JSON object, or one tab row.
    pub fn one<T: Tabular + Serialize>(item: &T) -> Self {
        let row = item.row();
        let fields = T::headers()
            .into_iter()
            .map(str::to_string)
            .zip(row.iter().cloned())
            .collect();
        Self {
            json: Some(to_json(item)),
            plain: Some(plain_rows(&[row])),
            human: Human::Fields(fields),
            ..Self::default()
        }
    }

    /// A list of rows built by hand, with the JSON given separately.
    pub fn rows(json: Value, headers: Vec<&'static str>, rows: Vec<Vec<String>>) -> Self {
        Self {
            json: Some(json),
            plain: Some(plain_rows(&rows)),
            human: Human::Rows { headers, rows },
            ..Self::default()
        }
    }

    /// A key/value view; plain prints `key<TAB>value` lines.
    pub fn fields(json: Value, fields: Vec<(String, String)>) -> Self {
        let plain = fields
            .iter()
            .map(|(k, v)| format!("{k}\t{}", plain_cell(v)))
            .collect::<Vec<_>>()
            .join("\n");
        Self {
            json: Some(json),
            plain: Some(plain),
            human: Human::Fields(fields),
            ..Self::default()
        }
    }

    /// Text printed as is in table and plain formats.
    pub fn text(text: impl Into<String>, json: Value) -> Self {
        let text = text.into();
        Self {
            json: Some(json),
            plain: Some(text.clone()),
            human: Human::Text(text),
            ..Self::default()
        }
    }

    /// Text printed unchanged in every format (a completion script is not data to reformat).
    pub fn raw(text: impl Into<String>) -> Self {
        Self {
            raw: Some(text.into()),
            ..Self::default()
        }
    }

    /// A finished state change: `message` on stderr, nothing on stdout except in JSON.
    pub fn done(message: impl Into<String>) -> Self {
        Self {
            message: Some(message.into()),
            ..Self::default()
        }
    }

    /// The JSON printed on stdout with `--output json`.
    pub fn with_json<T: Serialize + ?Sized>(mut self, value: &T) -> Self {
        self.json = Some(to_json(value));
        self
    }

    /// Override what `--output plain` prints.
    pub fn with_plain(mut self, plain: impl Into<String>) -> Self {
        self.plain = Some(plain.into());
        self
    }

    /// Also print a message on stderr (unless `--quiet`).
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = Some(message.into());
        self
    }

    /// Render the data, then fail with `error` (bulk operations that partly failed).
    pub fn with_failure(mut self, error: CliError) -> Self {
        self.failure = Some(error);
        self
    }

    /// Take the failure out, to be reported after the data is written.
    pub fn take_failure(&mut self) -> Option<CliError> {
        self.failure.take()
    }

    /// Write the result: data on stdout, the message on stderr.
    pub fn render(&self, style: Style) -> io::Result<()> {
        let stdout_text = if let Some(raw) = &self.raw {
            Some(raw.clone())
        } else {
            self.formatted(style)
        };
        if let Some(text) = stdout_text.filter(|t| !t.is_empty()) {
            let mut out = io::stdout().lock();
            out.write_all(text.as_bytes())?;
            if !text.ends_with('\n') {
                out.write_all(b"\n")?;
            }
            out.flush()?;
        }
        if let Some(msg) = &self.message
            && !style.quiet
            && style.format != OutputFormat::Json
        {
            let _ = writeln!(io::stderr().lock(), "{msg}");
        }
        Ok(())
    }

    fn formatted(&self, style: Style) -> Option<String> {
        match style.format {
            OutputFormat::Json => self.json.as_ref().map(|v| v.to_string()),
            OutputFormat::Plain => self.plain.clone(),
            OutputFormat::Table => match &self.human {
                Human::None => None,
                Human::Text(t) => Some(t.clone()),
                Human::Rows { headers, rows } => Some(table(headers, rows, style.styled)),
                Human::Fields(fields) => Some(field_table(fields, style.styled)),
            },
        }
    }
}

fn new_table(styled: bool) -> Table {
    let mut t = Table::new();
    if styled {
        t.load_preset(presets::UTF8_FULL_CONDENSED);
        t.enforce_styling();
        // Wrap to the terminal only when its width is known and usable; a pty
        // without a size (script, some CI runners) reports 0 columns.
        if t.width().is_some_and(|w| w >= 40) {
            t.set_content_arrangement(ContentArrangement::Dynamic);
        }
    } else {
        t.load_preset(presets::NOTHING);
        t.force_no_tty();
    }
    t
}

fn table(headers: &[&str], rows: &[Vec<String>], styled: bool) -> String {
    let mut t = new_table(styled);
    t.set_header(headers.iter().map(|h| {
        let cell = Cell::new(h.to_uppercase());
        if styled {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    for r in rows {
        t.add_row(r.clone());
    }
    finish(t, styled)
}

/// Key/value views stay borderless even on a TTY so long values (tokens, URLs)
/// can be selected and copied without box-drawing characters; keys are bold.
fn field_table(fields: &[(String, String)], styled: bool) -> String {
    let mut t = new_table(false);
    if styled {
        t.enforce_styling();
    }
    for (k, v) in fields {
        let key = Cell::new(k);
        t.add_row(vec![
            if styled {
                key.add_attribute(Attribute::Bold)
            } else {
                key
            },
            Cell::new(v),
        ]);
    }
    finish(t, false)
}

/// Borderless tables get no left padding and two spaces between columns.
fn finish(mut t: Table, styled: bool) -> String {
    if !styled {
        for column in t.column_iter_mut() {
            column.set_padding((0, 2));
        }
    }
    trim_lines(&t.to_string())
}

/// comfy-table's borderless preset pads every line to the full width.
fn trim_lines(s: &str) -> String {
    s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Thing {
        name: String,
        count: u32,
    }

    impl Tabular for Thing {
        fn headers() -> Vec<&'static str> {
            vec!["name", "count"]
        }
        fn row(&self) -> Vec<String> {
            vec![self.name.clone(), self.count.to_string()]
        }
    }

    #[test]
    fn empty_list_is_an_empty_json_array() {
        let out = Output::list::<Thing>(&[]);
        assert_eq!(out.json, Some(Value::Array(vec![])));
        assert_eq!(out.plain.as_deref(), Some(""));
    }

    #[test]
    fn plain_is_tab_separated_without_header() {
        let out = Output::list(&[
            Thing {
                name: "a\tb".into(),
                count: 1,
            },
            Thing {
                name: "c".into(),
                count: 2,
            },
        ]);
        assert_eq!(out.plain.as_deref(), Some("a b\t1\nc\t2"));
    }

    #[test]
    fn unstyled_table_has_header_and_no_trailing_spaces() {
        let t = table(
            &["name", "count"],
            &[vec!["room-a".into(), "3".into()]],
            false,
        );
        assert!(t.contains("NAME"), "{t}");
        assert!(t.lines().all(|l| !l.ends_with(' ')), "{t:?}");
        assert!(!t.contains('\u{1b}'));
    }
}
