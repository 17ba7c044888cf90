//! A readable rendering of an analysis, for people and for snapshot tests.
//!
//! Each paragraph is printed with quotes marked inline — `[[q0 “…”]]` around a quote,
//! `<<s0 …>>` around the speaker mention, `{…}` around the cue — then one line per quote
//! (kind, speaker, rule, confidence, cue) with its claims, and one line per speaker.
//! The format is public and stable, so that users can snapshot-test onrecord on their
//! own articles:
//!
//! ```
//! let text = "“We will win,” Mayor Ada Reyes said.";
//! let analysis = onrecord::Pipeline::english().analyze(text);
//! let out = onrecord::render::annotated(&analysis, text);
//! assert!(out.contains("[[q0 “We will win,”]] <<s0 Mayor Ada Reyes>> {said}."));
//! ```
//!
//! With insta: `insta::assert_snapshot!(onrecord::render::annotated(&analysis, &text));`

use crate::{Analysis, Span};
use std::fmt::Write;

/// What a [`Mark`] highlights.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MarkKind {
    /// A quote's span (id = quote id).
    Quote,
    /// A speaker mention (id = speaker id).
    Mention,
    /// A cue (id = quote id).
    Cue,
}

/// One highlighted range; the shared primitive of the text and HTML renderers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mark {
    /// What is highlighted.
    pub kind: MarkKind,
    /// Quote or speaker id.
    pub id: u32,
    /// The byte range.
    pub span: Span,
}

/// Every highlighted range of an analysis (quotes, mentions, cues), deduplicated, in
/// order of start (longer first).
pub fn marks(analysis: &Analysis) -> Vec<Mark> {
    let mut out = Vec::new();
    for q in analysis.quotes() {
        out.push(Mark {
            kind: MarkKind::Quote,
            id: q.id.0,
            span: q.span,
        });
        if let (Some(m), Some(s)) = (q.mention, q.speaker) {
            out.push(Mark {
                kind: MarkKind::Mention,
                id: s.0,
                span: m,
            });
        }
        if let Some(c) = &q.cue {
            if q.mention != Some(c.span) {
                out.push(Mark {
                    kind: MarkKind::Cue,
                    id: q.id.0,
                    span: c.span,
                });
            }
        }
    }
    out.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end), m.kind, m.id));
    out.dedup_by(|a, b| a.kind != MarkKind::Quote && a.kind == b.kind && a.span == b.span);
    out
}

/// The text with every mark inserted, paragraph by paragraph, then the quote and speaker
/// lists.
pub fn annotated(analysis: &Analysis, text: &str) -> String {
    let mut out = String::new();
    let all = marks(analysis);
    // Inline events: (position, closing-before-opening, text)
    let mut events: Vec<(usize, u8, usize, String)> = Vec::new();
    for (n, m) in all.iter().enumerate() {
        let (open, close) = match m.kind {
            MarkKind::Quote => (format!("[[q{} ", m.id), "]]".to_string()),
            MarkKind::Mention => (format!("<<s{} ", m.id), ">>".to_string()),
            MarkKind::Cue => ("{".to_string(), "}".to_string()),
        };
        events.push((m.span.start, 1, n, open));
        events.push((m.span.end, 0, usize::MAX - n, close));
    }
    events.sort_by_key(|e| (e.0, e.1, e.2));
    let paras = onrecord_quotes::text::paragraphs(text);
    let mut ei = 0;
    for (pi, p) in paras.iter().enumerate() {
        let _ = write!(out, "¶{pi} ");
        let mut pos = p.start;
        while ei < events.len() && events[ei].0 < p.start {
            ei += 1;
        }
        while ei < events.len() && events[ei].0 <= p.end {
            let (at, _, _, s) = &events[ei];
            out.push_str(text.get(pos..*at).unwrap_or_default());
            out.push_str(s);
            pos = *at;
            ei += 1;
        }
        out.push_str(text.get(pos..p.end).unwrap_or_default());
        out.push('\n');
    }
    out.push_str("\nquotes:\n");
    for q in analysis.quotes() {
        let speaker = analysis
            .speaker_of(q)
            .map_or("-".to_string(), |s| format!("s{} {}", s.id.0, s.name));
        let _ = write!(
            out,
            "  q{} {} ¶{}.{} speaker={} rule={} conf={:.2}",
            q.id.0,
            q.kind.as_str(),
            q.paragraph,
            q.sentence,
            speaker,
            q.rule.map_or("-", |r| r.as_str()),
            q.confidence,
        );
        if let Some(c) = &q.cue {
            let _ = write!(
                out,
                " cue={:?}/{}",
                c.span.get(text).unwrap_or_default(),
                c.lemma
            );
        }
        if let Some(p) = q.parent {
            let _ = write!(out, " in=q{}", p.0);
        }
        if let Some(p) = q.continues {
            let _ = write!(out, " continues=q{}", p.0);
        }
        out.push('\n');
        for c in analysis.claims_of(q.id) {
            let _ = writeln!(out, "    claim {}", claim_line(c, text));
        }
    }
    out.push_str("speakers:\n");
    for s in analysis.speakers() {
        let _ = write!(out, "  s{} {} ({}", s.id.0, s.name, s.kind.as_str());
        if let Some(t) = &s.title {
            let _ = write!(out, ", title={t}");
        }
        if let Some(g) = s.gender {
            let _ = write!(out, ", {}", g.as_str());
        }
        let mentions: Vec<&str> = s
            .mentions
            .iter()
            .map(|m| m.get(text).unwrap_or_default())
            .collect();
        let _ = writeln!(out, ") mentions: {}", mentions.join(" | "));
    }
    out
}

/// One readable line for a claim: its types, score, figures with their hedges, time
/// references and figure checks, then the clause.
pub fn claim_line(c: &onrecord_claims::Claim, text: &str) -> String {
    let types: Vec<String> = c
        .types
        .iter()
        .map(|t| {
            serde_json::to_value(t)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        })
        .collect();
    let mut s = format!(
        "[{}] score={:.2}{}",
        types.join(","),
        c.score,
        if c.checkworthy { " checkworthy" } else { "" }
    );
    for q in &c.quantities {
        let value = match (q.value, q.range) {
            (_, Some((lo, hi))) => format!("{lo}–{hi}"),
            (Some(v), None) => format!("{v}"),
            (None, None) => "?".to_string(),
        };
        let _ = write!(s, " {{{}", value);
        if let Some(u) = &q.unit {
            let _ = write!(s, " {u}");
        }
        if let Some(m) = &q.modifier {
            let _ = write!(s, " ({m})");
        } else if q.approx {
            s.push_str(" (approx)");
        }
        if let Some(ch) = q.change {
            let _ = write!(
                s,
                " change={}",
                serde_json::to_value(ch)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            );
        }
        if let Some(r) = &q.rate {
            let _ = write!(s, " {r}");
        }
        s.push('}');
    }
    for t in &c.time {
        let _ = write!(s, " @{:?}", t.span.get(text).unwrap_or_default());
    }
    for f in &c.figure_checks {
        let rel = serde_json::to_value(f.relation)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let _ = write!(
            s,
            " check: {rel} from {:?} ({})",
            f.other.get(text).unwrap_or_default(),
            f.value
        );
    }
    let _ = write!(s, " :: {:?}", c.span.get(text).unwrap_or_default());
    s
}
