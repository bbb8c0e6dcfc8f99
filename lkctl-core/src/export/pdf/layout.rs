//! A small text layout engine for the PDF: styled runs, greedy line wrapping by real
//! glyph advances, pagination, and page footers.
//!
//! Widths come from the fonts' `hmtx` through ttf-parser (no shaping or kerning, which
//! Latin and Cyrillic do not need). Each word is measured once, so wrapping is linear in
//! the text length. A character the font lacks becomes a visible [`MISSING`] box rather
//! than an invisible `.notdef`; variation selectors and zero-width joiners are dropped.

use std::sync::OnceLock;

/// Regular and bold DejaVu Sans, embedded (subset) in every PDF.
pub(crate) const REGULAR_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
pub(crate) const BOLD_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// Shown for a character neither face can draw (most emoji).
pub(crate) const MISSING: char = '\u{25A1}';

/// A4 portrait, in millimetres.
pub(crate) const PAGE_W_MM: f32 = 210.0;
pub(crate) const PAGE_H_MM: f32 = 297.0;
const MARGIN_MM: f32 = 20.0;
const FOOTER_MM: f32 = 12.0;
const MM_TO_PT: f32 = 72.0 / 25.4;

/// Which face a run uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

/// A run of text in one face and size.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Run {
    pub weight: Weight,
    pub size_pt: f32,
    pub text: String,
}

/// One laid-out line: its baseline from the bottom of the page, its left edge, and runs.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    pub x_pt: f32,
    pub y_pt: f32,
    pub runs: Vec<Run>,
}

struct Faces {
    regular: ttf_parser::Face<'static>,
    bold: ttf_parser::Face<'static>,
}

fn faces() -> &'static Faces {
    static FACES: OnceLock<Faces> = OnceLock::new();
    FACES.get_or_init(|| Faces {
        // The fonts are compiled in and tested; failing to parse them is a build defect.
        regular: ttf_parser::Face::parse(REGULAR_TTF, 0).expect("embedded DejaVuSans.ttf parses"),
        bold: ttf_parser::Face::parse(BOLD_TTF, 0).expect("embedded DejaVuSans-Bold.ttf parses"),
    })
}

fn face(w: Weight) -> &'static ttf_parser::Face<'static> {
    match w {
        Weight::Regular => &faces().regular,
        Weight::Bold => &faces().bold,
    }
}

/// Replaces what the face cannot draw by [`MISSING`] and drops invisible joiners and
/// variation selectors (so `👍🏽` and ZWJ sequences do not leave several boxes per glyph
/// more than needed). Control characters never reach here ([`super::super::text::clean`]).
pub(crate) fn drawable(text: &str, weight: Weight) -> String {
    let f = face(weight);
    text.chars()
        .filter(|c| !matches!(c, '\u{200D}' | '\u{FE0E}' | '\u{FE0F}'))
        .filter(|c| !('\u{1F3FB}'..='\u{1F3FF}').contains(c))
        .map(|c| {
            if f.glyph_index(c).is_some() {
                c
            } else {
                MISSING
            }
        })
        .collect()
}

/// Width of `text` in points at `size_pt`, from the glyphs' horizontal advances.
pub(crate) fn width(text: &str, weight: Weight, size_pt: f32) -> f32 {
    let f = face(weight);
    let units: u32 = text
        .chars()
        .map(|c| {
            f.glyph_index(c)
                .and_then(|g| f.glyph_hor_advance(g))
                .map(u32::from)
                .unwrap_or(0)
        })
        .sum();
    units as f32 * size_pt / f32::from(f.units_per_em())
}

/// Lays out blocks of runs onto A4 pages.
pub(crate) struct Layout {
    pages: Vec<Vec<Line>>,
    y_pt: f32,
    left_pt: f32,
    right_pt: f32,
    top_pt: f32,
    bottom_pt: f32,
}

impl Layout {
    pub(crate) fn new() -> Self {
        let top_pt = (PAGE_H_MM - MARGIN_MM) * MM_TO_PT;
        Self {
            pages: vec![Vec::new()],
            y_pt: top_pt,
            left_pt: MARGIN_MM * MM_TO_PT,
            right_pt: (PAGE_W_MM - MARGIN_MM) * MM_TO_PT,
            top_pt,
            bottom_pt: (MARGIN_MM + FOOTER_MM) * MM_TO_PT,
        }
    }

    /// The usable line width in points.
    pub(crate) fn line_width(&self) -> f32 {
        self.right_pt - self.left_pt
    }

    /// Starts a new page (unless the current one is still empty).
    pub(crate) fn page_break(&mut self) {
        if !self.pages.last().is_some_and(Vec::is_empty) {
            self.pages.push(Vec::new());
        }
        self.y_pt = self.top_pt;
    }

    /// Vertical space in points (dropped at the top of a page).
    pub(crate) fn space(&mut self, pt: f32) {
        if self.y_pt < self.top_pt {
            self.y_pt -= pt;
        }
    }

    /// A heading: moves to a new page first when fewer than `keep_pt` points would be
    /// left under it (so a heading is never alone at the bottom of a page).
    pub(crate) fn heading(&mut self, text: &str, size_pt: f32, keep_pt: f32) {
        if self.y_pt - size_pt * 1.3 - keep_pt < self.bottom_pt {
            self.page_break();
        }
        self.space(size_pt * 0.6);
        self.paragraph(&[(Weight::Bold, size_pt, text)], 0.0);
        self.space(size_pt * 0.3);
    }

    /// A paragraph of styled runs, wrapped to the line width; continuation lines are
    /// indented by `hang_pt`. Each line takes the height of its largest run.
    pub(crate) fn paragraph(&mut self, runs: &[(Weight, f32, &str)], hang_pt: f32) {
        // Words: (weight, size, text, width); `glue` = a space precedes the word.
        struct Word {
            weight: Weight,
            size: f32,
            text: String,
            width: f32,
            glue: bool,
        }
        let mut words: Vec<Word> = Vec::new();
        let mut pending_space = false;
        for &(weight, size, text) in runs {
            let text = drawable(text, weight);
            let mut first = true;
            for (i, part) in text.split(' ').enumerate() {
                if i > 0 {
                    pending_space = true;
                }
                if part.is_empty() {
                    continue;
                }
                // Runs join without a space unless the text had one at the seam.
                let glue = if first && i == 0 {
                    pending_space && !words.is_empty()
                } else {
                    pending_space
                };
                first = false;
                words.push(Word {
                    weight,
                    size,
                    width: width(part, weight, size),
                    text: part.to_string(),
                    glue,
                });
                pending_space = false;
            }
        }
        if words.is_empty() {
            return;
        }

        let full = self.line_width();
        let mut lines: Vec<(f32, Vec<Run>)> = Vec::new(); // (indent, runs)
        let mut cur: Vec<Run> = Vec::new();
        let mut cur_w = 0.0f32;
        let mut indent = 0.0f32;
        let push_text = |cur: &mut Vec<Run>, w: Weight, size: f32, s: &str| match cur.last_mut() {
            Some(r) if r.weight == w && r.size_pt == size => r.text.push_str(s),
            _ => cur.push(Run {
                weight: w,
                size_pt: size,
                text: s.to_string(),
            }),
        };
        for word in words {
            let avail = full - indent;
            let space_w = if word.glue && !cur.is_empty() {
                width(" ", word.weight, word.size)
            } else {
                0.0
            };
            if !cur.is_empty() && cur_w + space_w + word.width <= avail {
                if space_w > 0.0 {
                    push_text(&mut cur, word.weight, word.size, " ");
                }
                push_text(&mut cur, word.weight, word.size, &word.text);
                cur_w += space_w + word.width;
                continue;
            }
            if !cur.is_empty() && word.width <= avail {
                lines.push((indent, std::mem::take(&mut cur)));
                indent = hang_pt;
                push_text(&mut cur, word.weight, word.size, &word.text);
                cur_w = word.width;
                continue;
            }
            if cur.is_empty() && word.width <= avail {
                push_text(&mut cur, word.weight, word.size, &word.text);
                cur_w = word.width;
                continue;
            }
            // A word longer than what is left: break it by characters.
            if !cur.is_empty() {
                let sw = width(" ", word.weight, word.size);
                if cur_w + sw < avail * 0.75 {
                    push_text(&mut cur, word.weight, word.size, " ");
                    cur_w += sw;
                } else {
                    lines.push((indent, std::mem::take(&mut cur)));
                    indent = hang_pt;
                    cur_w = 0.0;
                }
            }
            for c in word.text.chars() {
                let mut buf = [0u8; 4];
                let cs: &str = c.encode_utf8(&mut buf);
                let cw = width(cs, word.weight, word.size);
                if cur_w + cw > full - indent && !cur.is_empty() {
                    lines.push((indent, std::mem::take(&mut cur)));
                    indent = hang_pt;
                    cur_w = 0.0;
                }
                push_text(&mut cur, word.weight, word.size, cs);
                cur_w += cw;
            }
        }
        if !cur.is_empty() {
            lines.push((indent, cur));
        }
        for (indent, runs) in lines {
            let size = runs.iter().map(|r| r.size_pt).fold(0.0, f32::max);
            let lh = size * 1.3;
            if self.y_pt - lh < self.bottom_pt {
                self.pages.push(Vec::new());
                self.y_pt = self.top_pt;
            }
            self.y_pt -= lh;
            let x_pt = self.left_pt + indent;
            if let Some(page) = self.pages.last_mut() {
                page.push(Line {
                    x_pt,
                    y_pt: self.y_pt,
                    runs,
                });
            }
        }
    }

    /// The pages, each with a `label(i, n)` footer centred at the bottom.
    pub(crate) fn finish(mut self, label: impl Fn(usize, usize) -> String) -> Vec<Vec<Line>> {
        if self.pages.len() > 1 && self.pages.last().is_some_and(Vec::is_empty) {
            self.pages.pop();
        }
        let n = self.pages.len();
        let y = MARGIN_MM * MM_TO_PT;
        for (i, page) in self.pages.iter_mut().enumerate() {
            let text = label(i + 1, n);
            let w = width(&text, Weight::Regular, 9.0);
            page.push(Line {
                x_pt: (PAGE_W_MM * MM_TO_PT - w) / 2.0,
                y_pt: y,
                runs: vec![Run {
                    weight: Weight::Regular,
                    size_pt: 9.0,
                    text,
                }],
            });
        }
        self.pages
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_glyphs_become_a_visible_box_and_joiners_vanish() {
        assert_eq!(drawable("ok 👍🏽 ✓", Weight::Regular), "ok □ ✓");
        assert_eq!(drawable("Ёлка", Weight::Bold), "Ёлка");
    }

    #[test]
    fn widths_add_up_and_scale() {
        let a = width("Лекция", Weight::Regular, 10.0);
        let b = width("Лекция Лекция", Weight::Regular, 10.0);
        let sp = width(" ", Weight::Regular, 10.0);
        assert!(a > 0.0 && (b - (2.0 * a + sp)).abs() < 0.01);
        assert!((width("Лекция", Weight::Regular, 20.0) - 2.0 * a).abs() < 0.01);
        assert!(width("Лекция", Weight::Bold, 10.0) > a);
    }

    #[test]
    fn wraps_within_the_margins_and_breaks_long_words() {
        let mut l = Layout::new();
        let max = l.line_width();
        let long_word = "Ж".repeat(300);
        let text = format!("слово {long_word} ещё слово {}", "и ".repeat(200));
        l.paragraph(
            &[
                (Weight::Bold, 10.0, "Имя: "),
                (Weight::Regular, 10.0, &text),
            ],
            12.0,
        );
        let pages = l.finish(|i, n| format!("{i}/{n}"));
        let lines: Vec<&Line> = pages
            .iter()
            .flatten()
            .filter(|l| l.runs[0].size_pt == 10.0)
            .collect();
        assert!(lines.len() > 5);
        for line in &lines {
            let w: f32 = line
                .runs
                .iter()
                .map(|r| width(&r.text, r.weight, r.size_pt))
                .sum();
            assert!(
                w + (line.x_pt - 20.0 * MM_TO_PT) <= max + 0.01,
                "line too wide: {w}"
            );
        }
        let all: String = lines
            .iter()
            .flat_map(|l| l.runs.iter().map(|r| r.text.as_str()))
            .collect();
        assert_eq!(
            all.matches('Ж').count(),
            300,
            "no character of the long word is lost"
        );
        assert_eq!(lines[0].runs[0].text, "Имя:");
        // The long word starts on the first line (it has room left) and breaks by characters.
        assert!(
            lines[0].runs[1].text.starts_with(" слово ЖЖЖ"),
            "{:?}",
            lines[0].runs
        );
    }

    #[test]
    fn paginates_and_numbers_pages() {
        let mut l = Layout::new();
        for i in 0..200 {
            l.paragraph(&[(Weight::Regular, 11.0, &format!("строка {i}"))], 0.0);
        }
        let pages = l.finish(|i, n| format!("Page {i} / {n}"));
        assert!(pages.len() >= 4);
        let n = pages.len();
        for (i, p) in pages.iter().enumerate() {
            assert_eq!(
                p.last().unwrap().runs[0].text,
                format!("Page {} / {n}", i + 1)
            );
            assert!(p.iter().all(|l| l.y_pt >= 20.0 * MM_TO_PT - 0.01));
        }
    }
}
