//! The VAD on real synthetic speech: espeak-ng reads sentences with pauses
//! between them, and the detector must find each sentence. Needs espeak-ng, so
//! these are `#[ignore]`d (reported as skipped) unless run with `--run-ignored all`,
//! and then a missing espeak-ng fails them.

use std::process::Command;

use lkctl_agent::audio::{Conditioner, PcmFrame};
use lkctl_agent::vad::{Vad, VadConfig};
use lkctl_agent::wav;

fn espeak(voice: &str, text: &str, dir: &std::path::Path, name: &str) -> Option<wav::Wav> {
    let path = dir.join(name);
    let ok = Command::new("espeak-ng")
        .args(["-v", voice, "-s", "150", "-w"])
        .arg(&path)
        .arg(text)
        .status()
        .ok()?
        .success();
    assert!(ok, "espeak-ng failed");
    Some(wav::decode_s16(&std::fs::read(&path).unwrap()).unwrap())
}

fn check_language(voice: &str, sentences: &[&str]) {
    let dir = std::env::temp_dir().join(format!("lkctl-vad-{}-{voice}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut pcm = Vec::new();
    let mut rate = 0;
    let mut spans = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        let Some(w) = espeak(voice, s, &dir, &format!("{i}.wav")) else {
            panic!("espeak-ng is not installed: apt-get install espeak-ng");
        };
        rate = w.sample_rate;
        // 1.2 s of silence, then the sentence.
        pcm.extend(std::iter::repeat_n(
            0i16,
            (rate as usize * 12 / 10) * w.channels as usize,
        ));
        let start = pcm.len();
        pcm.extend(&w.samples);
        spans.push((
            start as i64 * 1000 / rate as i64,
            pcm.len() as i64 * 1000 / rate as i64,
        ));
    }
    pcm.extend(std::iter::repeat_n(0i16, rate as usize));
    std::fs::remove_dir_all(&dir).ok();

    let mut cond = Conditioner::new(16_000);
    let mono = cond
        .push(&PcmFrame {
            sample_rate: rate,
            channels: 1,
            samples: pcm,
            position: 0,
        })
        .unwrap();
    let mut vad = Vad::new(
        VadConfig {
            hangover_ms: 700,
            ..Default::default()
        },
        16_000,
    );
    let mut us = Vec::new();
    for c in mono.chunks(480) {
        us.extend(vad.push(c));
    }
    us.extend(
        cond.flush()
            .chunks(480)
            .flat_map(|c| vad.push(c))
            .collect::<Vec<_>>(),
    );
    us.extend(vad.flush());
    let found: Vec<(i64, i64)> = us.iter().map(|u| (u.start_ms(), u.end_ms())).collect();
    assert_eq!(
        found.len(),
        spans.len(),
        "{voice}: found {found:?}, spoken {spans:?}"
    );
    for ((fs, fe), (ss, se)) in found.iter().zip(&spans) {
        // espeak's own leading/trailing silence is part of the spoken span.
        assert!(
            *fs >= ss - 300 && *fs <= se - 200,
            "{voice}: start {fs} for {ss}..{se}"
        );
        assert!(
            *fe >= ss + 200 && *fe <= se + 400,
            "{voice}: end {fe} for {ss}..{se}"
        );
    }
}

#[test]
#[ignore = "needs espeak-ng (apt-get install espeak-ng); run with --run-ignored all"]
fn finds_each_english_sentence() {
    check_language(
        "en-us",
        &[
            "Good morning everyone, today we talk about signal processing.",
            "Please read chapter four before Friday.",
        ],
    );
}

#[test]
#[ignore = "needs espeak-ng (apt-get install espeak-ng); run with --run-ignored all"]
fn finds_each_russian_sentence() {
    check_language(
        "ru",
        &[
            "Доброе утро, сегодня мы говорим об обработке сигналов.",
            "Прочитайте четвёртую главу до пятницы.",
        ],
    );
}
