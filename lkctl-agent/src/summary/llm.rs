//! The LLM summariser over an OpenAI-compatible chat-completions endpoint.
//!
//! Every call asks for the summary schema as a strict JSON-schema response
//! format. A transcript that fits the context budget is summarised in one
//! call. A longer one is cut on segment boundaries into chunks that fit
//! (map: each chunk gives a partial summary in the same schema), then the
//! partials are merged by one more call (reduce; in groups, repeatedly, while
//! they do not fit). An answer that is not a valid summary is retried once
//! with the validation error; the result is validated before it is returned.

use std::time::Duration;

use async_openai::Client;
use async_openai::config::OpenAIConfig;
use async_openai::types::chat::{
    ChatCompletionRequestAssistantMessageArgs, ChatCompletionRequestMessage,
    ChatCompletionRequestSystemMessageArgs, ChatCompletionRequestUserMessageArgs,
    CreateChatCompletionRequestArgs, ResponseFormat, ResponseFormatJsonSchema,
};
use lkctl_core::Secret;
use lkctl_core::lecture::{Summary, TranscriptSegment};

use super::{chunk_transcript, complete_participants, summary_schema};
use crate::error::{Error, Result};

/// Settings of the LLM summariser.
#[derive(Debug, Clone)]
pub struct LlmConfig {
    /// The API base, e.g. `https://api.openai.com/v1` or a local server's `/v1`.
    pub base_url: String,
    pub api_key: Secret,
    pub model: String,
    /// The model's context window in tokens.
    pub context_tokens: usize,
    /// Share of the context the transcript part of a request may take (the
    /// rest is for the instructions and the answer).
    pub input_share: f32,
    /// Characters per token for the budget estimate (about 4 for English;
    /// lower is more careful).
    pub chars_per_token: f32,
    /// Segments repeated at the start of the next chunk.
    pub overlap_segments: usize,
    pub temperature: f32,
    pub timeout: Duration,
}

impl LlmConfig {
    pub fn new(base_url: impl Into<String>, api_key: Secret, model: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            api_key,
            model: model.into(),
            context_tokens: 16_000,
            input_share: 0.6,
            chars_per_token: 3.5,
            overlap_segments: 1,
            temperature: 0.2,
            timeout: Duration::from_secs(120),
        }
    }

    /// Characters of transcript (or partial summaries) one request may carry.
    pub fn budget_chars(&self) -> usize {
        ((self.context_tokens as f32) * self.input_share * self.chars_per_token) as usize
    }
}

const PROVIDER: &str = "llm";

const SYSTEM: &str = "You summarise lecture and meeting transcripts. Lines look like \
`[mm:ss] Speaker: text`. Answer with one JSON object in the given schema and nothing else. \
Only state facts traceable to the transcript; use null (or an empty list) instead of guessing. \
Times (`*_ms`) are milliseconds from the start, taken from the line timestamps. \
`schema_version` is \"1\". `summary` is a 3-6 sentence overview. Write in the transcript's language.";

const MAP: &str = "This is part {i} of {n} of a longer transcript. Summarise only this part \
in the schema; the parts are merged later.";

const REDUCE: &str = "These are partial summaries, in order, of consecutive parts of one \
transcript. Merge them into one summary in the same schema: remove duplicates, let later \
decisions override earlier ones, attach answers given later to earlier questions, keep the \
earliest times, and write one overall title and overview.";

/// How many times a map or reduce step may be nested before giving up.
const MAX_REDUCE_ROUNDS: usize = 6;

/// The LLM summariser.
#[derive(Debug, Clone)]
pub struct LlmSummariser {
    cfg: LlmConfig,
    client: Client<OpenAIConfig>,
}

/// What a summarisation took, for the stored metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LlmReport {
    /// Chunks of the transcript (1 when it fitted).
    pub chunks: usize,
    /// Chat calls made, retries included.
    pub calls: usize,
}

impl LlmSummariser {
    pub fn new(cfg: LlmConfig) -> Result<Self> {
        let http = reqwest::Client::builder()
            .timeout(cfg.timeout)
            .build()
            .map_err(|e| Error::Invalid(format!("cannot build the HTTP client: {e}")))?;
        let oa = OpenAIConfig::new()
            .with_api_base(cfg.base_url.trim_end_matches('/'))
            .with_api_key(cfg.api_key.expose());
        let client = Client::with_config(oa).with_http_client(http);
        Ok(Self { cfg, client })
    }

    pub fn model(&self) -> &str {
        &self.cfg.model
    }

    /// Summarises a transcript (final segments in order).
    pub async fn summarise(&self, segments: &[TranscriptSegment]) -> Result<(Summary, LlmReport)> {
        if segments.is_empty() {
            return Err(Error::Invalid(
                "the transcript is empty; nothing to summarise".into(),
            ));
        }
        let budget = self.cfg.budget_chars().max(200);
        let chunks = chunk_transcript(segments, budget, self.cfg.overlap_segments);
        let mut calls = 0;
        let mut summary = if chunks.len() == 1 {
            self.call(&chunks[0].join("\n"), None, &mut calls).await?
        } else {
            let n = chunks.len();
            let mut partials = Vec::with_capacity(n);
            for (i, chunk) in chunks.iter().enumerate() {
                let note = MAP
                    .replace("{i}", &(i + 1).to_string())
                    .replace("{n}", &n.to_string());
                partials.push(
                    self.call(&chunk.join("\n"), Some(&note), &mut calls)
                        .await?,
                );
            }
            self.reduce(partials, budget, &mut calls).await?
        };
        complete_participants(&mut summary, segments);
        summary.validate()?;
        Ok((
            summary,
            LlmReport {
                chunks: chunks.len(),
                calls,
            },
        ))
    }

    async fn reduce(
        &self,
        mut partials: Vec<Summary>,
        budget: usize,
        calls: &mut usize,
    ) -> Result<Summary> {
        for _ in 0..MAX_REDUCE_ROUNDS {
            if partials.len() == 1 {
                return Ok(partials.pop().expect("one partial"));
            }
            let rendered: Vec<String> = partials
                .iter()
                .map(|p| serde_json::to_string(p).expect("a summary serializes"))
                .collect();
            // Group consecutive partials so each request fits the budget.
            let mut groups: Vec<Vec<String>> = vec![Vec::new()];
            let mut len = 0;
            for r in rendered {
                let n = r.chars().count() + 1;
                if !groups.last().expect("non-empty").is_empty() && len + n > budget {
                    groups.push(Vec::new());
                    len = 0;
                }
                len += n;
                groups.last_mut().expect("non-empty").push(r);
            }
            if groups.len() == partials.len() {
                // No two partial summaries fit one request: merging cannot make progress.
                return Err(Error::Invalid(format!(
                    "partial summaries do not fit two to a request within {budget} characters; raise the context size"
                )));
            }
            let mut next = Vec::with_capacity(groups.len());
            for g in groups {
                if g.len() == 1 {
                    next.push(Summary::from_json(&g[0])?);
                    continue;
                }
                next.push(self.call(&g.join("\n"), Some(REDUCE), calls).await?);
            }
            partials = next;
        }
        Err(Error::Invalid(
            "the partial summaries do not fit the context budget even after merging; raise the context size".into(),
        ))
    }

    /// One request (plus one retry on an invalid answer).
    async fn call(&self, content: &str, note: Option<&str>, calls: &mut usize) -> Result<Summary> {
        let system = match note {
            Some(n) => format!("{SYSTEM}\n\n{n}"),
            None => SYSTEM.to_string(),
        };
        let mut messages: Vec<ChatCompletionRequestMessage> = vec![
            ChatCompletionRequestSystemMessageArgs::default()
                .content(system)
                .build()
                .map_err(build_err)?
                .into(),
            ChatCompletionRequestUserMessageArgs::default()
                .content(content.to_string())
                .build()
                .map_err(build_err)?
                .into(),
        ];
        let mut last_error = String::new();
        for attempt in 0..2 {
            *calls += 1;
            let answer = self.complete(messages.clone()).await?;
            match Summary::from_json(answer.trim()) {
                Ok(s) => return Ok(s),
                Err(e) => {
                    last_error = e.to_string();
                    tracing::warn!(error = %last_error, attempt, "the model's summary was invalid");
                    messages.push(
                        ChatCompletionRequestAssistantMessageArgs::default()
                            .content(answer)
                            .build()
                            .map_err(build_err)?
                            .into(),
                    );
                    messages.push(
                        ChatCompletionRequestUserMessageArgs::default()
                            .content(format!(
                                "That answer is not valid: {last_error}. Answer again with only the JSON object in the schema."
                            ))
                            .build()
                            .map_err(build_err)?
                            .into(),
                    );
                }
            }
        }
        Err(Error::BadAnswer {
            provider: PROVIDER.into(),
            message: format!("no valid summary after a retry: {last_error}"),
        })
    }

    async fn complete(&self, messages: Vec<ChatCompletionRequestMessage>) -> Result<String> {
        let req = CreateChatCompletionRequestArgs::default()
            .model(self.cfg.model.clone())
            .messages(messages)
            .temperature(self.cfg.temperature)
            .response_format(ResponseFormat::JsonSchema {
                json_schema: ResponseFormatJsonSchema {
                    description: Some("A structured lecture summary".into()),
                    name: "lecture_summary".into(),
                    schema: summary_schema(),
                    strict: Some(true),
                },
            })
            .build()
            .map_err(build_err)?;
        let resp = self.client.chat().create(req).await.map_err(|e| {
            let retryable = !matches!(e, async_openai::error::OpenAIError::InvalidArgument(_));
            Error::provider(PROVIDER, e.to_string(), retryable)
        })?;
        let choice = resp
            .choices
            .into_iter()
            .next()
            .ok_or_else(|| Error::BadAnswer {
                provider: PROVIDER.into(),
                message: "the answer has no choices".into(),
            })?;
        if let Some(refusal) = choice.message.refusal {
            return Err(Error::BadAnswer {
                provider: PROVIDER.into(),
                message: format!("the model refused: {refusal}"),
            });
        }
        Ok(choice.message.content.unwrap_or_default())
    }
}

fn build_err(e: async_openai::error::OpenAIError) -> Error {
    Error::Invalid(format!("cannot build the chat request: {e}"))
}
