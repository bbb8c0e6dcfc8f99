//! The offline summariser: fills the summary schema from the transcript
//! alone, for English and Russian, with no model.
//!
//! - Language: by script (Cyrillic letters against Latin ones).
//! - Keywords: word frequencies without stop words, on crude stems (a common
//!   suffix stripped), shown in their most frequent surface form.
//! - Overview: the highest-scoring sentences (keyword weight per word), in
//!   transcript order.
//! - Topics: the transcript cut into time blocks, each titled by its keywords
//!   and summed up by its best sentence.
//! - Decisions, action items, next steps: sentences with cue phrases ("we
//!   decided", "решили", "please submit", "нужно сдать", "next time",
//!   "в следующий раз"), with owners when the speaker says "I will" / "я ...",
//!   and due dates from phrases like "by Friday" / "до пятницы".
//! - Questions: sentences ending in `?`, answered by the next sentence of
//!   another speaker when one follows soon; unanswered ones are open issues.
//!
//! It is crude by design; it never invents anything that is not in the text.
//!
//! Over ~600 lines only with its unit tests (about 200 lines of English and Russian fixtures);
//! the code alone is under the mark.

use std::collections::{HashMap, HashSet};

use lkctl_core::lecture::{
    ActionItem, Decision, Question, SUMMARY_SCHEMA_VERSION, Summary, Topic, TranscriptSegment,
};

use super::{clock, participants};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Ru,
}

/// Guesses the language of a text from its letters.
pub fn detect_language(text: &str) -> Lang {
    let (mut cyr, mut lat) = (0usize, 0usize);
    for c in text.chars() {
        if ('\u{0400}'..='\u{04FF}').contains(&c) {
            cyr += 1;
        } else if c.is_ascii_alphabetic() {
            lat += 1;
        }
    }
    if cyr > lat { Lang::Ru } else { Lang::En }
}

const EN_STOP: &str = "a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further get got had has have having he her here hers him his how i if in into is it its itself just let like me more most my no nor not now of off on once only or other our ours out over own really right same she should so some such than that the their them then there these they this those through to too under until up very was we well were what when where which while who whom why will with would yes you your yours okay ok so um uh going go know think want say said make let's we'll i'll it's that's don't can't there's";

const RU_STOP: &str = "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между это эта эти также очень вообще давайте давай сегодня";

fn stopwords(lang: Lang) -> HashSet<&'static str> {
    match lang {
        Lang::En => EN_STOP.split_whitespace().collect(),
        Lang::Ru => RU_STOP.split_whitespace().collect(),
    }
}

/// A crude stem: lower case, one common inflection suffix removed.
fn stem(word: &str, lang: Lang) -> String {
    let w = word.to_lowercase();
    let suffixes: &[&str] = match lang {
        Lang::En => &["ing", "ed", "es", "s"],
        Lang::Ru => &[
            "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ий", "ый", "ая",
            "яя", "ое", "ее", "ые", "ие", "ам", "ям", "ах", "ях", "ов", "ев", "ом", "ем", "ую",
            "юю", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь",
        ],
    };
    let n = w.chars().count();
    for s in suffixes {
        let sn = s.chars().count();
        if w.ends_with(s) && n >= sn + 3 {
            return w.chars().take(n - sn).collect();
        }
    }
    w
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
}

/// A sentence with where it came from.
#[derive(Debug, Clone)]
struct Sentence {
    text: String,
    seg: usize,
    at_ms: i64,
}

fn split_sentences(segments: &[TranscriptSegment]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (i, s) in segments.iter().enumerate() {
        let mut cur = String::new();
        for c in s.text.chars() {
            cur.push(c);
            if matches!(c, '.' | '!' | '?' | '…') {
                let t = cur.trim().to_string();
                if t.chars().any(char::is_alphanumeric) {
                    out.push(Sentence {
                        text: t,
                        seg: i,
                        at_ms: s.start_ms,
                    });
                }
                cur.clear();
            }
        }
        let t = cur.trim().to_string();
        if t.chars().any(char::is_alphanumeric) {
            out.push(Sentence {
                text: t,
                seg: i,
                at_ms: s.start_ms,
            });
        }
    }
    out
}

struct Keywords {
    lang: Lang,
    stop: HashSet<&'static str>,
    freq: HashMap<String, usize>,
    surface: HashMap<String, HashMap<String, usize>>,
}

impl Keywords {
    fn new(lang: Lang) -> Self {
        Self {
            lang,
            stop: stopwords(lang),
            freq: HashMap::new(),
            surface: HashMap::new(),
        }
    }

    fn content_stems<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (String, String)> + 'a {
        words(text).filter_map(move |w| {
            let lower = w.to_lowercase();
            if lower.chars().count() < 3
                || self.stop.contains(lower.as_str())
                || lower.chars().all(|c| c.is_numeric())
            {
                return None;
            }
            Some((stem(&lower, self.lang), lower))
        })
    }

    fn add(&mut self, text: &str) {
        let found: Vec<_> = self.content_stems(text).collect();
        for (st, surf) in found {
            *self.freq.entry(st.clone()).or_default() += 1;
            *self.surface.entry(st).or_default().entry(surf).or_default() += 1;
        }
    }

    fn top(&self, n: usize) -> Vec<String> {
        let mut v: Vec<_> = self.freq.iter().filter(|(_, c)| **c >= 1).collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
        v.into_iter()
            .take(n)
            .map(|(st, _)| {
                let forms = &self.surface[st];
                let mut f: Vec<_> = forms.iter().collect();
                f.sort_by(|a, b| {
                    b.1.cmp(a.1)
                        .then_with(|| a.0.len().cmp(&b.0.len()))
                        .then_with(|| a.0.cmp(b.0))
                });
                f[0].0.clone()
            })
            .collect()
    }

    fn score(&self, text: &str) -> f32 {
        let all = words(text).count().max(1) as f32;
        let sum: usize = self
            .content_stems(text)
            .map(|(st, _)| self.freq.get(&st).copied().unwrap_or(0))
            .sum();
        // Favour sentences of a readable length over very short ones.
        sum as f32 / all.max(6.0)
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn lower_has(text: &str, cues: &[&str]) -> bool {
    let l = text.to_lowercase();
    cues.iter().any(|c| l.contains(c))
}

const EN_DECISION: &[&str] = &[
    "we decided",
    "we've decided",
    "we have decided",
    "decision is",
    "we agreed",
    "agreed to",
    "we will go with",
    "we'll go with",
    "let's go with",
    "it's settled",
    "we chose",
];
const RU_DECISION: &[&str] = &[
    "решили",
    "договорились",
    "решение",
    "утвердили",
    "выбрали",
    "остановимся на",
];
const EN_ACTION: &[&str] = &[
    "please ",
    "homework",
    "assignment",
    "you need to",
    "you have to",
    "you must",
    "make sure",
    "i will",
    "i'll",
    "don't forget",
    "submit",
    "read chapter",
    "prepare",
    "deadline",
    "due ",
];
const RU_ACTION: &[&str] = &[
    "пожалуйста",
    "домашн",
    "задание",
    "нужно",
    "надо",
    "необходимо",
    "сдайте",
    "сдать",
    "прочитайте",
    "подготовьте",
    "не забудьте",
    "я сделаю",
    "я пришлю",
    "я отправлю",
    "срок",
];
const EN_NEXT: &[&str] = &[
    "next time",
    "next week",
    "next lecture",
    "next class",
    "next session",
    "we will continue",
    "we'll continue",
];
const RU_NEXT: &[&str] = &[
    "в следующий раз",
    "на следующей",
    "следующей лекции",
    "на следующем",
    "продолжим",
];

const EN_DUE: &[&str] = &[
    "tomorrow",
    "tonight",
    "next week",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "end of the week",
    "end of the month",
];
const RU_DUE: &[(&str, &str)] = &[
    ("завтра", "завтра"),
    ("понедельник", "понедельник"),
    ("вторник", "вторник"),
    ("сред", "среда"),
    ("четверг", "четверг"),
    ("пятниц", "пятница"),
    ("суббот", "суббота"),
    ("воскресень", "воскресенье"),
    ("следующей недел", "следующая неделя"),
    ("конца недели", "конец недели"),
    ("конца месяца", "конец месяца"),
];

fn due_of(text: &str, lang: Lang) -> Option<String> {
    let l = text.to_lowercase();
    match lang {
        Lang::En => EN_DUE
            .iter()
            .find(|d| l.contains(*d))
            .map(|d| capitalise(d)),
        Lang::Ru => RU_DUE
            .iter()
            .find(|(cue, _)| l.contains(cue))
            .map(|(_, name)| (*name).to_string()),
    }
}

fn first_person(text: &str, lang: Lang) -> bool {
    let l = format!(" {} ", text.to_lowercase());
    match lang {
        Lang::En => [
            " i will ",
            " i'll ",
            " i am going to ",
            " i'm going to ",
            " i can ",
        ]
        .iter()
        .any(|c| l.contains(c)),
        Lang::Ru => [
            " я сделаю ",
            " я пришлю ",
            " я отправлю ",
            " я подготовлю ",
            " я напишу ",
            " я выложу ",
            " я проверю ",
        ]
        .iter()
        .any(|c| l.contains(c)),
    }
}

/// Settings of the offline summariser.
#[derive(Debug, Clone)]
pub struct ExtractiveConfig {
    /// Sentences in the overview.
    pub overview_sentences: usize,
    /// Target length of a topic block.
    pub topic_block_ms: i64,
    /// Most topics.
    pub max_topics: usize,
    /// An answer must start within this long after its question.
    pub answer_window_ms: i64,
}

impl Default for ExtractiveConfig {
    fn default() -> Self {
        Self {
            overview_sentences: 4,
            topic_block_ms: 5 * 60_000,
            max_topics: 8,
            answer_window_ms: 60_000,
        }
    }
}

/// Summarises a transcript without a model. An empty transcript gives a
/// summary that says no speech was transcribed.
pub fn summarise(segments: &[TranscriptSegment], cfg: &ExtractiveConfig) -> Summary {
    let all_text: String = segments
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let lang = detect_language(&all_text);
    let sentences = split_sentences(segments);
    let mut kw = Keywords::new(lang);
    for s in &sentences {
        kw.add(&s.text);
    }
    if sentences.is_empty() {
        let (title, summary) = match lang {
            Lang::En => ("Untitled session", "No speech was transcribed."),
            Lang::Ru => ("Без названия", "Речь не была распознана."),
        };
        return Summary {
            schema_version: SUMMARY_SCHEMA_VERSION.into(),
            title: title.into(),
            summary: summary.into(),
            participants: participants(segments),
            topics: vec![],
            decisions: vec![],
            action_items: vec![],
            questions: vec![],
            open_issues: vec![],
            next_steps: vec![],
        };
    }

    // Title: the three strongest keywords.
    let top = kw.top(3);
    let title = capitalise(&top.join(", "));

    // Overview: best sentences in transcript order (questions left out).
    let mut ranked: Vec<(usize, f32)> = sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.text.ends_with('?'))
        .map(|(i, s)| (i, kw.score(&s.text)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut chosen: Vec<usize> = ranked
        .iter()
        .take(cfg.overview_sentences.max(1))
        .map(|(i, _)| *i)
        .collect();
    if chosen.is_empty() {
        chosen.push(0);
    }
    chosen.sort_unstable();
    let summary = chosen
        .iter()
        .map(|i| ensure_period(&sentences[*i].text))
        .collect::<Vec<_>>()
        .join(" ");

    // Topics: time blocks of about topic_block_ms, at most max_topics.
    let start = segments.first().map_or(0, |s| s.start_ms);
    let end = segments.iter().map(|s| s.end_ms).max().unwrap_or(start);
    let blocks = (((end - start) as f64 / cfg.topic_block_ms.max(1) as f64).ceil() as usize)
        .clamp(1, cfg.max_topics.max(1));
    let block_len = ((end - start) / blocks as i64).max(1);
    let mut topics = Vec::new();
    for b in 0..blocks {
        let (bs, be) = (
            start + b as i64 * block_len,
            if b + 1 == blocks {
                end
            } else {
                start + (b as i64 + 1) * block_len
            },
        );
        let in_block: Vec<&Sentence> = sentences
            .iter()
            .filter(|s| s.at_ms >= bs && (s.at_ms < be || b + 1 == blocks))
            .collect();
        if in_block.is_empty() {
            continue;
        }
        let mut local = Keywords::new(lang);
        for s in &in_block {
            local.add(&s.text);
        }
        let best = in_block
            .iter()
            .filter(|s| !s.text.ends_with('?'))
            .max_by(|a, b| kw.score(&a.text).total_cmp(&kw.score(&b.text)))
            .or(in_block.first())
            .expect("non-empty block");
        let t_start = in_block.first().map_or(bs, |s| s.at_ms);
        let t_end = in_block
            .iter()
            .map(|s| segments[s.seg].end_ms)
            .max()
            .unwrap_or(be)
            .max(t_start);
        let words = local.top(3);
        topics.push(Topic {
            title: if words.is_empty() {
                format!("{} – {}", clock(t_start), clock(t_end))
            } else {
                capitalise(&words.join(", "))
            },
            summary: ensure_period(&best.text),
            start_ms: Some(t_start),
            end_ms: Some(t_end),
        });
    }

    let (dec_cues, act_cues, next_cues) = match lang {
        Lang::En => (EN_DECISION, EN_ACTION, EN_NEXT),
        Lang::Ru => (RU_DECISION, RU_ACTION, RU_NEXT),
    };
    let speaker = |s: &Sentence| segments[s.seg].speaker.clone();
    let mut decisions = Vec::new();
    let mut action_items = Vec::new();
    let mut next_steps = Vec::new();
    let mut questions = Vec::new();
    let mut open_issues = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        if s.text.ends_with('?') {
            let asker = speaker(s);
            let answer = sentences[i + 1..]
                .iter()
                .take_while(|a| a.at_ms - s.at_ms <= cfg.answer_window_ms)
                .find(|a| speaker(a) != asker && !a.text.ends_with('?'));
            if answer.is_none() {
                open_issues.push(s.text.clone());
            }
            questions.push(Question {
                question: s.text.clone(),
                asked_by: asker,
                answer: answer.map(|a| a.text.clone()),
                answered_by: answer.and_then(speaker),
                at_ms: Some(s.at_ms),
            });
            continue;
        }
        if lower_has(&s.text, dec_cues) {
            decisions.push(Decision {
                decision: ensure_period(&s.text),
                decided_by: speaker(s).into_iter().collect(),
                at_ms: Some(s.at_ms),
            });
        } else if lower_has(&s.text, act_cues) {
            action_items.push(ActionItem {
                task: ensure_period(&s.text),
                owner: if first_person(&s.text, lang) {
                    speaker(s)
                } else {
                    None
                },
                due: due_of(&s.text, lang),
                at_ms: Some(s.at_ms),
            });
        }
        if lower_has(&s.text, next_cues) {
            next_steps.push(ensure_period(&s.text));
        }
    }

    Summary {
        schema_version: SUMMARY_SCHEMA_VERSION.into(),
        title: if title.trim().is_empty() {
            ensure_period(&sentences[0].text)
        } else {
            title
        },
        summary,
        participants: participants(segments),
        topics,
        decisions,
        action_items,
        questions,
        open_issues,
        next_steps,
    }
}

fn ensure_period(s: &str) -> String {
    let t = s.trim();
    if t.ends_with(['.', '!', '?', '…']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

#[cfg(test)]
mod tests {
    use super::super::seg;
    use super::*;

    #[test]
    fn english_lecture() {
        let segs = vec![
            seg(
                0,
                "ada",
                "Ada",
                "Good morning. Today we study the Fourier transform and signal spectra.",
                0,
            ),
            seg(
                1,
                "ada",
                "Ada",
                "The Fourier transform turns a signal into its spectrum of frequencies.",
                6_000,
            ),
            seg(
                2,
                "bob",
                "Bob",
                "Does the Fourier transform work for signals that are not periodic?",
                14_000,
            ),
            seg(
                3,
                "ada",
                "Ada",
                "Yes, the transform works for any signal with finite energy.",
                20_000,
            ),
            seg(
                4,
                "ada",
                "Ada",
                "We decided to use the fast Fourier transform in the lab.",
                400_000,
            ),
            seg(
                5,
                "ada",
                "Ada",
                "Please read chapter four about spectra by Friday. I will send the slides tonight.",
                410_000,
            ),
            seg(6, "bob", "Bob", "What about the exam date?", 420_000),
            seg(
                7,
                "ada",
                "Ada",
                "Next time we continue with filters and sampling.",
                500_000,
            ),
        ];
        let s = summarise(&segs, &ExtractiveConfig::default());
        s.validate().unwrap();
        assert!(
            s.title.to_lowercase().contains("fourier")
                || s.title.to_lowercase().contains("transform"),
            "{}",
            s.title
        );
        assert!(s.summary.contains("Fourier"));
        assert_eq!(
            s.participants
                .iter()
                .map(|p| p.identity.as_str())
                .collect::<Vec<_>>(),
            vec!["ada", "bob"]
        );
        assert_eq!(s.topics.len(), 2);
        assert_eq!(s.topics[0].start_ms, Some(0));
        assert_eq!(s.decisions.len(), 1);
        assert_eq!(s.decisions[0].decided_by, vec!["ada"]);
        assert_eq!(s.decisions[0].at_ms, Some(400_000));
        let read = s
            .action_items
            .iter()
            .find(|a| a.task.contains("chapter four"))
            .unwrap();
        assert_eq!(read.due.as_deref(), Some("Friday"));
        assert_eq!(read.owner, None);
        let slides = s
            .action_items
            .iter()
            .find(|a| a.task.contains("slides"))
            .unwrap();
        assert_eq!(slides.owner.as_deref(), Some("ada"));
        assert_eq!(slides.due.as_deref(), Some("Tonight"));
        assert_eq!(s.questions.len(), 2);
        assert_eq!(s.questions[0].asked_by.as_deref(), Some("bob"));
        assert!(s.questions[0].answer.as_deref().unwrap().starts_with("Yes"));
        assert_eq!(s.questions[0].answered_by.as_deref(), Some("ada"));
        // The exam question got the next-time sentence? No: it came 80 s later, past the window.
        assert_eq!(s.questions[1].answer, None);
        assert_eq!(s.open_issues, vec!["What about the exam date?".to_string()]);
        assert_eq!(s.next_steps.len(), 1);
    }

    #[test]
    fn russian_lecture() {
        let segs = vec![
            seg(
                0,
                "ivan",
                "Иван Петрович",
                "Доброе утро. Сегодня мы изучаем преобразование Фурье и спектры сигналов.",
                0,
            ),
            seg(
                1,
                "ivan",
                "Иван Петрович",
                "Преобразование Фурье раскладывает сигнал на частоты спектра.",
                7_000,
            ),
            seg(
                2,
                "masha",
                "Маша",
                "А преобразование Фурье работает для непериодических сигналов?",
                15_000,
            ),
            seg(
                3,
                "ivan",
                "Иван Петрович",
                "Да, преобразование работает для любого сигнала с конечной энергией.",
                21_000,
            ),
            seg(
                4,
                "ivan",
                "Иван Петрович",
                "Мы решили использовать быстрое преобразование в лабораторной работе.",
                30_000,
            ),
            seg(
                5,
                "ivan",
                "Иван Петрович",
                "Прочитайте четвёртую главу до пятницы. Я пришлю слайды сегодня вечером.",
                40_000,
            ),
            seg(
                6,
                "ivan",
                "Иван Петрович",
                "В следующий раз продолжим с фильтрами.",
                50_000,
            ),
        ];
        let s = summarise(&segs, &ExtractiveConfig::default());
        s.validate().unwrap();
        assert_eq!(detect_language(&segs[0].text), Lang::Ru);
        assert!(
            s.title.to_lowercase().contains("преобразовани")
                || s.title.to_lowercase().contains("фурье"),
            "{}",
            s.title
        );
        assert!(s.summary.contains("Фурье"));
        assert_eq!(s.participants[0].name.as_deref(), Some("Иван Петрович"));
        assert_eq!(s.topics.len(), 1);
        assert_eq!(s.decisions.len(), 1);
        assert!(s.decisions[0].decision.contains("решили"));
        let read = s
            .action_items
            .iter()
            .find(|a| a.task.contains("главу"))
            .unwrap();
        assert_eq!(read.due.as_deref(), Some("пятница"));
        let slides = s
            .action_items
            .iter()
            .find(|a| a.task.contains("слайды"))
            .unwrap();
        assert_eq!(slides.owner.as_deref(), Some("ivan"));
        assert_eq!(s.questions.len(), 1);
        assert_eq!(s.questions[0].answered_by.as_deref(), Some("ivan"));
        assert!(s.open_issues.is_empty());
        assert_eq!(
            s.next_steps,
            vec!["В следующий раз продолжим с фильтрами.".to_string()]
        );
    }

    #[test]
    fn empty_transcript_still_validates() {
        let s = summarise(&[], &ExtractiveConfig::default());
        s.validate().unwrap();
        assert_eq!(s.summary, "No speech was transcribed.");
    }
}
