//! What a command produces, and how it is rendered in each `--output` format.
//!
//! The contract: data only on stdout, everything else on stderr.
//! - `json`: one compact JSON document per command, then a newline; lists are `[]` when empty.
//! - `table`: comfy-table; borders and bold headers only on a TTY without `--no-color`/`NO_COLOR`.
//! - `plain`: tab-separated rows with no header, for `cut` and `awk`.
//!
//! Every string shown in table and plain formats, and every message on stderr,
//! is escaped by [`crate::safe`] when the `Output` is built: the renderers only
//! take [`Safe`] text, so no table can forget it. JSON is left exact.
//!
//! State changes carry a one-line message that goes to stderr (unless `--quiet`);
//! with `--output json` they print the resulting object on stdout instead.

use std::io::{self, Write};

use clap::ValueEnum;
use comfy_table::{Attribute, Cell, ColumnConstraint, ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;

use crate::exit::CliError;
use crate::safe::Safe;

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
        rows: Vec<Vec<Safe>>,
    },
    Fields(Vec<(Safe, Safe)>),
    Text(Safe),
}

/// A command's result, rendered once by [`Output::render`].
#[derive(Debug, Default)]
pub struct Output {
    json: Option<Value>,
    human: Human,
    plain: Option<Safe>,
    message: Option<Safe>,
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

/// Tab-separated rows; tabs and newlines inside a cell would break `cut`, so
/// they become spaces, and other control characters are escaped.
fn plain_rows(rows: &[Vec<String>]) -> Safe {
    let text = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| Safe::plain_cell(c).to_string())
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect::<Vec<_>>()
        .join("\n");
    // Every cell is already safe; the separators are the layout's.
    Safe::text(&text)
}

fn cells(row: &[String]) -> Vec<Safe> {
    row.iter().map(|c| Safe::cell(c)).collect()
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
                rows: rows.iter().map(|r| cells(r)).collect(),
            },
            ..Self::default()
        }
    }

    /// One model object: a two-column field/value table, a JSON object, or one tab row.
    pub fn one<T: Tabular + Serialize>(item: &T) -> Self {
        let row = item.row();
        let fields = T::headers()
            .into_iter()
            .map(Safe::cell)
            .zip(cells(&row))
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
            human: Human::Rows {
                headers,
                rows: rows.iter().map(|r| cells(r)).collect(),
            },
            ..Self::default()
        }
    }

    /// A key/value view; plain prints `key<TAB>value` lines.
    pub fn fields(json: Value, fields: Vec<(String, String)>) -> Self {
        let plain = fields
            .iter()
            .map(|(k, v)| format!("{}\t{}", Safe::plain_cell(k), Safe::plain_cell(v)))
            .collect::<Vec<_>>()
            .join("\n");
        Self {
            json: Some(json),
            plain: Some(Safe::text(&plain)),
            human: Human::Fields(
                fields
                    .iter()
                    .map(|(k, v)| (Safe::cell(k), Safe::cell(v)))
                    .collect(),
            ),
            ..Self::default()
        }
    }

    /// Text printed in table and plain formats (tab and newline kept, other controls escaped).
    pub fn text(text: impl Into<String>, json: Value) -> Self {
        let text = Safe::text(&text.into());
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
            message: Some(Safe::text(&message.into())),
            ..Self::default()
        }
    }

    /// Append rows to the key/value view of [`Output::one`] or [`Output::fields`]
    /// (metadata, attributes); JSON and plain are unchanged.
    pub fn with_fields(mut self, extra: Vec<(String, String)>) -> Self {
        if let Human::Fields(fields) = &mut self.human {
            fields.extend(extra.iter().map(|(k, v)| (Safe::cell(k), Safe::cell(v))));
        }
        self
    }

    /// The JSON printed on stdout with `--output json`.
    pub fn with_json<T: Serialize + ?Sized>(mut self, value: &T) -> Self {
        self.json = Some(to_json(value));
        self
    }

    /// Override what `--output plain` prints.
    pub fn with_plain(mut self, plain: impl Into<String>) -> Self {
        self.plain = Some(Safe::text(&plain.into()));
        self
    }

    /// Also print a message on stderr (unless `--quiet`).
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = Some(Safe::text(&message.into()));
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
            OutputFormat::Plain => self.plain.as_ref().map(Safe::to_string),
            OutputFormat::Table => match &self.human {
                Human::None => None,
                Human::Text(t) => Some(t.to_string()),
                Human::Rows { headers, rows } => Some(table(headers, rows, style.styled)),
                Human::Fields(fields) => Some(field_table(fields, style.styled)),
            },
        }
    }
}

fn new_table(styled: bool) -> Table {
    new_table_at(styled, None)
}

/// `width` overrides the terminal's width (for tests).
fn new_table_at(styled: bool, width: Option<u16>) -> Table {
    let mut t = Table::new();
    if styled {
        t.load_preset(presets::UTF8_FULL_CONDENSED);
        t.enforce_styling();
        if let Some(w) = width {
            t.set_width(w);
        }
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

/// Whether a column holds identifiers, which must never be wrapped (a wrapped
/// `RM_…` cannot be copied); other columns are narrowed first.
fn is_id_column(header: &str) -> bool {
    header == "id" || header == "sid" || header.ends_with("_id") || header.ends_with("_sid")
}

fn table(headers: &[&str], rows: &[Vec<Safe>], styled: bool) -> String {
    table_at(headers, rows, styled, None)
}

fn table_at(headers: &[&str], rows: &[Vec<Safe>], styled: bool, width: Option<u16>) -> String {
    let mut t = new_table_at(styled, width);
    t.set_header(headers.iter().map(|h| {
        let cell = Cell::new(h.to_uppercase());
        if styled {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    for r in rows {
        t.add_row(r.iter().map(Safe::as_str));
    }
    for (i, h) in headers.iter().enumerate() {
        if is_id_column(h)
            && let Some(column) = t.column_mut(i)
        {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    finish(t, styled)
}

/// Key/value views stay borderless even on a TTY so long values (tokens, URLs)
/// can be selected and copied without box-drawing characters; keys are bold.
fn field_table(fields: &[(Safe, Safe)], styled: bool) -> String {
    let mut t = new_table(false);
    if styled {
        t.enforce_styling();
    }
    for (k, v) in fields {
        let key = Cell::new(k.as_str());
        t.add_row(vec![
            if styled {
                key.add_attribute(Attribute::Bold)
            } else {
                key
            },
            Cell::new(v.as_str()),
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
        assert_eq!(out.plain.as_ref().map(Safe::as_str), Some(""));
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
        assert_eq!(out.plain.as_ref().map(Safe::as_str), Some("a b\t1\nc\t2"));
    }

    #[test]
    fn ids_never_wrap_in_narrow_terminals() {
        let sid = "RM_4kRf9sQ2zXbT8wPa";
        let rows = vec![vec![
            Safe::cell("a-room-with-a-rather-long-name-for-a-narrow-terminal"),
            Safe::cell(sid),
            Safe::cell(&"metadata that goes on and on ".repeat(4)),
        ]];
        let t = table_at(&["name", "sid", "metadata"], &rows, true, Some(60));
        assert!(
            t.lines().any(|l| l.contains(sid)),
            "the sid is split across lines:\n{t}"
        );
        assert!(t.lines().count() > 4, "other columns wrap instead:\n{t}");
    }

    #[test]
    fn hostile_cells_are_escaped_in_every_human_format() {
        let evil = "x\u{1b}]52;c;AAAA\u{7}\u{202e}y\tz\n\u{9b}";
        let out = Output::list(&[Thing {
            name: evil.into(),
            count: 1,
        }])
        .with_message(format!("removed {evil}"))
        .with_fields(vec![(evil.into(), evil.into())]);
        let one = Output::one(&Thing {
            name: evil.into(),
            count: 2,
        })
        .with_fields(vec![(evil.into(), evil.into())]);
        let text = Output::text(evil, Value::Null);
        for o in [&out, &one, &text] {
            for styled in [false, true] {
                for format in [OutputFormat::Table, OutputFormat::Plain] {
                    // lkctl's own bold header is the only escape sequence allowed.
                    let shown = o
                        .formatted(Style {
                            format,
                            styled,
                            quiet: false,
                        })
                        .unwrap_or_default()
                        .replace("\u{1b}[1m", "")
                        .replace("\u{1b}[0m", "");
                    let raw = shown
                        .chars()
                        .find(|&c| matches!(c, '\u{1b}' | '\u{7}' | '\u{202e}' | '\u{9b}'));
                    assert!(raw.is_none(), "{format:?}: {shown:?}");
                    assert!(shown.contains("\\u{1b}"), "{format:?}: {shown:?}");
                }
            }
        }
        let msg = out.message.as_ref().unwrap().as_str();
        assert!(msg.starts_with("removed x\\u{1b}]52"), "{msg}");
        // JSON keeps the value exactly.
        let json = out
            .formatted(Style {
                format: OutputFormat::Json,
                styled: false,
                quiet: false,
            })
            .unwrap();
        let back: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back[0]["name"], evil);
    }

    #[test]
    fn unstyled_table_has_header_and_no_trailing_spaces() {
        let t = table(
            &["name", "count"],
            &[vec![Safe::cell("room-a"), Safe::cell("3")]],
            false,
        );
        assert!(t.contains("NAME"), "{t}");
        assert!(t.lines().all(|l| !l.ends_with(' ')), "{t:?}");
        assert!(!t.contains('\u{1b}'));
    }
}
