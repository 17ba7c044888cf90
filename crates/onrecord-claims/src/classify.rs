//! Clause splitting, claim types, causal strength and check-worthiness.

use onrecord_quotes::Span;

use crate::lex::{
    Cue, CueHit, Lexicons, CLAUSE_WORD, CONCRETE, FEATURE_WORD, LINK_VERB, MARKER, PAST, POLICY,
    STANCE, STOP,
};
use crate::quant::Extractor;
use crate::time::{Dateline, TimeFinder, TimeKind, TimeRef};
use crate::tok::{recycle, tokenize_into, Tok};
use crate::{CausalKind, Claim, ClaimType, Quantity};

/// Abbreviations after which a full stop does not end a sentence.
const ABBREV: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "no", "vs", "inc",
    "corp", "co", "ltd", "jr", "sr", "prof", "rev", "mt", "ft", "approx", "est", "fig", "u", "s",
    "a", "p", "e", "i", "g", "etc",
];

/// Verbs linking a subject to a figure ("deaths rose to 70,000", "deaths number 80,000").
pub(crate) const LINK: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "fell",
    "fallen",
    "falls",
    "increased",
    "decreased",
    "grew",
    "dropped",
    "declined",
    "jumped",
    "climbed",
    "reached",
    "hit",
    "topped",
    "totaled",
    "totalled",
    "total",
    "totals",
    "numbered",
    "number",
    "stood",
    "were",
    "was",
    "is",
    "are",
    "exceeded",
    "doubled",
    "surged",
    "soared",
    "plunged",
    "tripled",
    "reach",
    "reaches",
];

/// Everything found in a span before claims are built.
pub(crate) struct Found<'t> {
    pub toks: Vec<Tok<'t>>,
    pub quantities: Vec<Quantity>,
    pub times: Vec<TimeRef>,
    /// Token indices where sentences start.
    pub sentences: Vec<usize>,
}

/// Buffers kept from one span to the next (the quotes of an article, the windows of the
/// figure checks): their room is allocated once, not once per span.
#[derive(Default)]
pub(crate) struct Scratch {
    /// The lowercase forms of the tokens (see [`tokenize_in`]).
    arena: String,
    /// The words whose forms are in `arena`, while tokenizing.
    pending: Vec<(usize, usize, usize)>,
    /// The tokens' room, emptied (see [`recycle`]).
    toks: Vec<Tok<'static>>,
    /// The tokens inside time references.
    mask: Vec<bool>,
    /// Sentence starts.
    sentences: Vec<usize>,
    /// Cue phrases found, before they are sorted (see [`Lexicons::cues_into`]).
    cue_found: Vec<(usize, usize, usize)>,
    /// Cue phrases found.
    hits: Vec<CueHit>,
    /// The cue phrases of one clause.
    clause_hits: Vec<CueHit>,
    /// Words before each token (see [`clauses`]).
    before: Vec<usize>,
    /// Clause token ranges.
    clauses: Vec<(usize, usize)>,
}

impl Scratch {
    /// The arena and the buffers one span is read into, taken out of the scratch (the
    /// tokens borrow the arena, so it cannot stay inside); [`Scratch::put_back`] returns
    /// the buffers, and the arena goes back once the tokens are gone.
    fn lend<'t>(&mut self) -> (String, Found<'t>) {
        let found = Found {
            toks: recycle(std::mem::take(&mut self.toks)),
            quantities: Vec::new(),
            times: Vec::new(),
            sentences: std::mem::take(&mut self.sentences),
        };
        (std::mem::take(&mut self.arena), found)
    }

    /// Takes back the buffers [`Scratch::lend`] gave out, emptied of the span's tokens.
    fn put_back(&mut self, found: Found<'_>) {
        self.toks = recycle(found.toks);
        self.sentences = found.sentences;
    }
}

/// Tokens, time references and quantities (with their subjects) of `span`; `arena` holds
/// the tokens' lowercase forms that are not in the text (see [`tokenize_in`]).
pub(crate) fn quantities<'t>(
    lex: &Lexicons,
    text: &'t str,
    span: Span,
    dateline: Dateline<'_>,
    arena: &'t mut String,
) -> Found<'t> {
    let mut found = Found {
        toks: Vec::new(),
        quantities: Vec::new(),
        times: Vec::new(),
        sentences: Vec::new(),
    };
    let mut scratch = Scratch::default();
    quantities_into(lex, text, span, dateline, arena, &mut scratch, &mut found);
    found
}

/// [`quantities`] into `found`, whose token and sentence buffers are reused, with the
/// other buffers of `scratch`.
fn quantities_into<'t>(
    lex: &Lexicons,
    text: &'t str,
    span: Span,
    dateline: Dateline<'_>,
    arena: &'t mut String,
    scratch: &mut Scratch,
    found: &mut Found<'t>,
) {
    tokenize_into(
        text,
        span.start,
        span.end,
        arena,
        &mut scratch.pending,
        &mut found.toks,
    );
    let toks = &mut found.toks;
    lex.annotate(toks);
    found.times = TimeFinder {
        lex,
        text,
        toks,
        dateline,
    }
    .run_into(&mut scratch.mask);
    let mut qs = Extractor {
        lex,
        text,
        toks,
        time_mask: &scratch.mask,
    }
    .run();
    sentence_starts(text, toks, &mut found.sentences);
    for q in &mut qs {
        if q.unit.is_none() || q.unit.as_deref() == Some("percent") {
            q.about = subject_of(text, toks, &found.sentences, q.span.start);
        }
    }
    found.quantities = qs;
}

/// The quantities of each of `spans` of `text` (a time reference resolved against no
/// dateline), with one set of buffers for all, after those already in `out`.
pub(crate) fn quantities_of_spans(
    lex: &Lexicons,
    text: &str,
    spans: &[(usize, usize)],
    out: &mut Vec<Quantity>,
) {
    let mut scratch = Scratch::default();
    for &(s, e) in spans {
        let (mut arena, mut found) = scratch.lend();
        quantities_into(
            lex,
            text,
            Span::new(s, e),
            Dateline::Known(None),
            &mut arena,
            &mut scratch,
            &mut found,
        );
        out.append(&mut found.quantities);
        scratch.put_back(found);
        scratch.arena = arena;
    }
}

/// Token indices where sentences start (always including 0), into `out` (cleared first).
fn sentence_starts(text: &str, toks: &[Tok], out: &mut Vec<usize>) {
    out.clear();
    out.push(0);
    for i in 1..toks.len() {
        let t = &toks[i];
        if t.nl {
            out.push(i);
            continue;
        }
        let p = &toks[i - 1];
        // (a sentence ends after a mark: the closing marks below are never words or
        // numbers either)
        if !t.space || p.kind != crate::tok::Kind::Punct {
            continue;
        }
        let ender = p.is_punct(".") || p.is_punct("!") || p.is_punct("?") || p.is_punct("…");
        let closing = matches!(p.low(), "\"" | "”" | "’" | "'" | ")")
            && i >= 2
            && matches!(toks[i - 2].low(), "." | "!" | "?");
        if !(ender || closing) {
            continue;
        }
        if p.is_punct(".") && i >= 2 {
            let w = &toks[i - 2];
            if w.is_word()
                && w.space
                && ABBREV.contains(&w.low())
                && w.lower.len() <= 4
                && t.is_word()
                && !t.is_cap(text)
            {
                continue;
            }
            if w.is_word()
                && ABBREV.contains(&w.low())
                && (w.lower.len() == 1
                    || !t.is_cap(text)
                    || matches!(
                        w.low(),
                        "mr" | "mrs"
                            | "ms"
                            | "dr"
                            | "gov"
                            | "sen"
                            | "rep"
                            | "gen"
                            | "lt"
                            | "col"
                            | "sgt"
                            | "capt"
                            | "prof"
                            | "rev"
                            | "st"
                    ))
            {
                continue;
            }
        }
        let starts =
            t.is_cap(text) || t.is_num() || matches!(t.low(), "\"" | "“" | "‘" | "'" | "(" | "[");
        if starts {
            out.push(i);
        }
    }
}

/// The subject noun of the clause a figure at byte `at` completes.
fn subject_of(text: &str, toks: &[Tok], starts: &[usize], at: usize) -> Option<String> {
    let qi = toks.partition_point(|t| t.start < at);
    let sent = starts[starts.partition_point(|&s| s <= qi).saturating_sub(1)];
    let lo = qi.saturating_sub(10).max(sent);
    for v in (lo..qi).rev() {
        if toks[v].cls & LINK_VERB == 0 {
            continue;
        }
        let mut s = v;
        while s > sent && toks[s - 1].lower.ends_with("ly") && toks[s - 1].lower.len() > 4 {
            s -= 1;
        }
        if s == sent {
            return None;
        }
        let n = &toks[s - 1];
        if n.is_word()
            && n.cls & STOP == 0
            && n.lower.len() > 2
            && (n.lower.ends_with('s') || n.is_cap(text))
        {
            return Some(n.raw(text).to_string());
        }
        return None;
    }
    None
}

/// Clause token ranges: sentences, split at semicolons and contrastive conjunctions, into
/// `out` (cleared first); `before` is room for a count per token.
fn clauses(toks: &[Tok], starts: &[usize], before: &mut Vec<usize>, out: &mut Vec<(usize, usize)>) {
    out.clear();
    // words before each token, so a range's word count costs O(1)
    before.clear();
    crate::tok::room(before, toks.len() + 1);
    let mut c = 0usize;
    before.push(0);
    for t in toks {
        c += usize::from(t.is_word());
        before.push(c);
    }
    let words = |a: usize, b: usize| before[b] - before[a];
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(toks.len());
        let mut cs = s;
        let mut i = s;
        while i < e {
            let t = &toks[i];
            let split_at = if t.is_punct(";")
                || t.is_punct(",")
                    && i + 1 < e
                    && matches!(
                        toks[i + 1].low(),
                        "but" | "while" | "whereas" | "although" | "though"
                    ) {
                Some((i, i + 1))
            } else if t.lower == "but" && i > cs {
                Some((i, i))
            } else {
                None
            };
            if let Some((ce, ns)) = split_at {
                if words(cs, ce) >= 3 && words(ns, e) >= 3 {
                    out.push((cs, ce));
                    cs = ns;
                }
            }
            i += 1;
        }
        if cs < e {
            out.push((cs, e));
        }
    }
}

fn is_superlative(w: &str) -> bool {
    const NOT: &[&str] = &[
        "interest",
        "honest",
        "forest",
        "west",
        "protest",
        "request",
        "suggest",
        "arrest",
        "guest",
        "test",
        "rest",
        "invest",
        "harvest",
        "manifest",
        "contest",
        "digest",
        "earnest",
        "nest",
        "chest",
        "pest",
        "quest",
        "conquest",
        "inquest",
        "priest",
        "attest",
        "detest",
        "divest",
        "infest",
        "ingest",
        "lest",
        "midwest",
        "northwest",
        "southwest",
        "everest",
        "unrest",
        "modest",
        "latest",
        "protests",
        "interests",
        "arrests",
        "requests",
        "tests",
        "forests",
        "investments",
        "dishonest",
        "bequest",
        "behest",
        "crest",
        "zest",
        "vest",
        "jest",
        "wrest",
    ];
    w.len() > 5 && w.ends_with("est") && !NOT.contains(&w)
}

/// Personal subjects before "is going to"/"will" that make it a commitment.
fn personal(w: &str) -> bool {
    matches!(w, "i" | "we" | "he" | "she" | "they" | "you")
}

/// How specific the verb a commitment marker governs is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Head {
    /// Creating, enacting, abolishing or changing an amount (set up, repeal, double).
    Specific,
    /// An effort with no checkable outcome (strive, encourage, continue).
    Vague,
    /// A light verb whose object carries the meaning (take steps, give priority, make
    /// efforts): specific only with a figure or a date.
    Light,
    /// Any other verb, or none found.
    Other,
}

/// The words the passes of [`classify`] over a clause's tokens look for (perfect
/// auxiliaries, future markers, "than", "within", and the openings of purpose, reason and
/// "as" clauses); their tokens carry the [`CLAUSE_WORD`] class bit, and other tokens are
/// passed over by those passes.
pub(crate) const CLAUSE_WORDS: &[&str] = &[
    "within", "than", "has", "have", "had", "been", "was", "were", "will", "'ll", "would", "to",
    "for", "as",
];

/// The first-person, second-person and negation words [`features`] counts; their tokens
/// carry the [`FEATURE_WORD`] class bit.
pub(crate) const FEATURE_WORDS: &[&str] = &[
    "i", "i'm", "i've", "me", "my", "i'd", "i'll", "you", "your", "you're", "not", "no", "never",
    "nothing", "nobody",
];

/// Words that can be a commitment marker in [`markers`] (besides any ending in 'll); their
/// tokens carry the [`MARKER`] class bit.
pub(crate) const MARKER_WORDS: &[&str] = &[
    "will",
    "shall",
    "would",
    "won't",
    "shan't",
    "going",
    "gonna",
    "is",
    "are",
    "promise",
    "promises",
    "pledge",
    "pledges",
    "vow",
    "vows",
    "guarantee",
    "guarantees",
    "commit",
    "commits",
    "undertake",
    "undertakes",
    "promised",
    "pledged",
    "vowed",
    "intend",
    "intends",
    "plan",
    "plans",
    "aim",
    "aims",
    "propose",
    "proposes",
    "resolve",
    "resolves",
    "committed",
];

/// A commitment marker of a clause and the verb it governs.
#[derive(Clone, Copy, Debug)]
struct Marker {
    head: Head,
    negated: bool,
}

/// Auxiliaries and modals that make a clause finite (a verbless programme item has none).
fn finite(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "am"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "shall"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "should"
            | "does"
            | "do"
            | "did"
            | "won't"
    ) || w.ends_with("'ll")
}

/// The class of the verb governed from token `from` on, skipping auxiliaries, negation
/// and adverbs ("will also be set up", "will not further"), and whether it is negated.
fn head_at(lex: &Lexicons, toks: &[Tok], from: usize, ce: usize) -> (Head, bool) {
    let mut negated = false;
    for (i, t) in toks.iter().enumerate().take(ce.min(from + 6)).skip(from) {
        let w = t.low();
        match w {
            "not" | "never" | "n't" => {
                negated = true;
                continue;
            }
            "also" | "further" | "be" | "been" | "being" | "soon" | "now" | "then"
            | "therefore" | "thus" | "still" | "again" | "jointly" | "first" | "itself"
            | "themselves" | "ourselves" | "to" | "even" | "once" | "hereby" | "," | ":" => {
                continue
            }
            _ => {}
        }
        if Lexicons::stem_in(&lex.specific_forms, w) {
            return (Head::Specific, negated);
        }
        if Lexicons::stem_in(&lex.vague_forms, w) {
            // an effort towards a specific act is a commitment to it ("will work to set up")
            let k = i + 1 + usize::from(toks.get(i + 1).is_some_and(|t| t.low() == "also"));
            if matches!(toks.get(k).map(|t| t.low()), Some("to" | "towards"))
                && head_at(lex, toks, k + 1, ce.min(k + 4)).0 == Head::Specific
            {
                return (Head::Specific, negated);
            }
            return (Head::Vague, negated);
        }
        if w.len() > 4 && w.ends_with("ly") {
            continue;
        }
        if matches!(
            w,
            "take"
                | "taken"
                | "takes"
                | "give"
                | "given"
                | "gives"
                | "make"
                | "made"
                | "makes"
                | "bring"
                | "brought"
                | "put"
                | "have"
                | "do"
                | "done"
                | "get"
        ) {
            return (Head::Light, negated);
        }
        return (Head::Other, negated);
    }
    (Head::Other, negated)
}

/// A word that can stand as the subject of a commitment verb right before it ("we
/// promise", "the party pledges", "Labour firmly commits").
fn subject_before(lex: &Lexicons, text: &str, toks: &[Tok], i: usize, cs: usize) -> bool {
    if i <= cs {
        return false;
    }
    let p = &toks[i - 1];
    let w = p.low();
    personal(w)
        || matches!(
            w,
            "also" | "further" | "hereby" | "now" | "therefore" | "again"
        )
        || (w.len() > 4 && w.ends_with("ly"))
        || (p.is_word() && p.is_cap(text) && !lex.is_stop(w))
}

/// The commitment markers of clause `cs..ce`: modal futures (will, shall, we'll),
/// commitment verbs (promise to, pledges to, is committed to, intends to) and a
/// programme item's leading verb or action noun ("Set up …", "Abolition of …").
fn markers(lex: &Lexicons, text: &str, toks: &[Tok], cs: usize, ce: usize) -> Vec<Marker> {
    let lw = |i: usize| toks.get(i).map(|t| t.low()).unwrap_or("");
    let mut out = Vec::new();
    let mark = |out: &mut Vec<Marker>, from: usize, negated: bool| {
        let (head, n) = head_at(lex, toks, from, ce);
        out.push(Marker {
            head,
            negated: negated || n,
        });
    };
    let verbless = || !(cs..ce).any(|i| finite(lw(i)));
    // a programme item: an imperative, a gerund or an action noun heading a verbless clause
    if let Some(f) = (cs..ce).find(|&i| toks[i].is_word()) {
        let w = lw(f);
        let next = lw(f + 1);
        let base = w.strip_suffix("ing");
        let verb = |v: &str| lex.action_verbs.contains(v) || lex.specific.contains(v);
        let blocked = matches!(
            next,
            "is" | "are" | "was" | "were" | "has" | "have" | "of" | "and" | "," | "." | "to"
        );
        let imperative = verb(w) && !blocked;
        // "Creating …", "Setting up …": a gerund of an action verb with no finite verb after
        let gerund = (base.is_some_and(|b| b.len() > 2 && (verb(b) || verb(&format!("{b}e"))))
            && w != "setting"
            && !blocked
            || w == "setting" && next == "up")
            && verbless();
        if imperative || gerund {
            mark(&mut out, f, false);
        } else if (w.ends_with("ion") || w.ends_with("ment") || w.ends_with("ions"))
            && next == "of"
            && lex.specific_forms.contains(w)
            && verbless()
        {
            out.push(Marker {
                head: Head::Specific,
                negated: false,
            });
        } else if w == "to" && verb(next) && verbless() {
            mark(&mut out, f + 1, false);
        }
    }
    for i in cs..ce {
        let w = lw(i);
        if toks[i].cls & MARKER == 0 && !w.ends_with("'ll") {
            continue;
        }
        let prev = if i > cs { lw(i - 1) } else { "" };
        let next = lw(i + 1);
        // a capitalised commitment word inside a clause is part of a name ("Guarantee Act")
        let in_name = i > cs && toks[i].is_cap(text);
        match w {
            "will" | "shall" | "would" => {
                // not the noun ("political will", "the will of")
                let noun = matches!(next, "of" | "to" | "and" | "")
                    || matches!(prev, "the" | "a" | "political" | "own" | "free" | "good")
                    || toks
                        .get(i + 1)
                        .is_some_and(|t| !t.is_word() && t.low() != ":");
                if !noun {
                    mark(&mut out, i + 1, false);
                }
            }
            // an arrangement: "the plan is to …", "stations are to be rebuilt"
            "is" | "are"
                if next == "to"
                    && !matches!(prev, "what" | "that" | "which" | "this" | "it" | "there") =>
            {
                mark(&mut out, i + 2, false);
            }
            "won't" | "shan't" => mark(&mut out, i + 1, true),
            "going"
                if next == "to"
                    && (matches!(prev, "am" | "is" | "are" | "was" | "were" | "be")
                        || prev.ends_with("'re")
                        || prev.ends_with("'m")
                        || prev.ends_with("'s")) =>
            {
                mark(&mut out, i + 2, false);
            }
            "gonna" => mark(&mut out, i + 1, false),
            _ if w.ends_with("'ll") => mark(&mut out, i + 1, false),
            "promise" | "promises" | "pledge" | "pledges" | "vow" | "vows" | "guarantee"
            | "guarantees" | "commit" | "commits" | "undertake" | "undertakes" | "promised"
            | "pledged" | "vowed"
                if !in_name && i > cs && prev != "had" =>
            {
                // "we promise", "Labour pledges"; before "to" any noun will do ("the
                // party promises to")
                let subject = subject_before(lex, text, toks, i, cs);
                if next == "to" && (subject || toks[i - 1].is_word() && !lex.is_stop(prev)) {
                    mark(&mut out, i + 2, false);
                } else if subject
                    && matches!(next, "itself" | "themselves" | "ourselves")
                    && lw(i + 2) == "to"
                {
                    mark(&mut out, i + 3, false);
                } else if subject && !matches!(next, "that" | "to") && !w.ends_with("ed") {
                    mark(&mut out, i + 1, false);
                }
            }
            "intend" | "intends" | "plan" | "plans" | "aim" | "aims" | "propose" | "proposes"
            | "resolve" | "resolves"
                if next == "to" && !in_name && subject_before(lex, text, toks, i, cs) =>
            {
                mark(&mut out, i + 2, false);
            }
            "committed"
                if matches!(next, "to" | "towards")
                    && (matches!(
                        prev,
                        "is" | "are" | "am" | "remain" | "remains" | "stand" | "stands" | "'re"
                    ) || prev.len() > 4 && prev.ends_with("ly")) =>
            {
                mark(&mut out, i + 2, false);
            }
            _ => {}
        }
    }
    out
}

/// Claims in `span` of `text`, with the buffers of `scratch`.
pub(crate) fn tag(
    lex: &Lexicons,
    text: &str,
    span: Span,
    dateline: Dateline<'_>,
    scratch: &mut Scratch,
) -> Vec<Claim> {
    let (mut arena, mut found) = scratch.lend();
    quantities_into(lex, text, span, dateline, &mut arena, scratch, &mut found);
    let out = claims_of(lex, text, &found, scratch);
    scratch.put_back(found);
    scratch.arena = arena;
    out
}

/// The claims of the tokens, figures and times of a span.
fn claims_of(lex: &Lexicons, text: &str, found: &Found, scratch: &mut Scratch) -> Vec<Claim> {
    let toks = &found.toks;
    if toks.is_empty() {
        return Vec::new();
    }
    let hits = &mut scratch.hits;
    lex.cues_into(toks, &mut scratch.cue_found, hits);
    hits.sort_by_key(|h| (h.start, h.end));
    let hits = &scratch.hits;
    clauses(
        toks,
        &found.sentences,
        &mut scratch.before,
        &mut scratch.clauses,
    );
    let mut out = Vec::with_capacity(scratch.clauses.len());
    for &(cs, ce) in &scratch.clauses {
        if cs >= ce {
            continue;
        }
        // trim edge punctuation
        let (mut a, mut b) = (cs, ce);
        while a < b
            && toks[a].kind == crate::tok::Kind::Punct
            && !matches!(
                toks[a].low(),
                "$" | "£" | "€" | "¥" | "-" | "<" | ">" | "~" | "#"
            )
        {
            a += 1;
        }
        while b > a
            && toks[b - 1].kind == crate::tok::Kind::Punct
            && !matches!(toks[b - 1].low(), "%" | ")")
        {
            b -= 1;
        }
        if a >= b {
            continue;
        }
        let cspan = Span::new(toks[a].start, toks[b - 1].end);
        // quantities, times and hits are sorted by start: slice them by binary search so
        // the whole pass stays linear
        let (lo, hi) = (toks[cs].start, toks[ce - 1].end);
        let slice_of = |starts: &dyn Fn(usize) -> usize, n: usize| {
            let mut l = 0;
            let mut r = n;
            while l < r {
                let m = (l + r) / 2;
                if starts(m) < lo {
                    l = m + 1;
                } else {
                    r = m;
                }
            }
            let first = l;
            let (mut l, mut r) = (first, n);
            while l < r {
                let m = (l + r) / 2;
                if starts(m) < hi {
                    l = m + 1;
                } else {
                    r = m;
                }
            }
            first..l
        };
        let quants: Vec<Quantity> = found.quantities
            [slice_of(&|k| found.quantities[k].span.start, found.quantities.len())]
        .to_vec();
        let times: Vec<TimeRef> =
            found.times[slice_of(&|k| found.times[k].span.start, found.times.len())].to_vec();
        let h0 = hits.partition_point(|h| h.start < cs);
        let clause_hits = &mut scratch.clause_hits;
        clause_hits.clear();
        clause_hits.extend(
            hits[h0..]
                .iter()
                .take_while(|h| h.start < ce)
                .copied()
                .filter(|h| h.end <= ce),
        );
        let mut claim = classify(lex, text, toks, cs, ce, clause_hits, quants, times);
        // keep the quantities' spans inside the claim's span
        for q in &mut claim.quantities {
            q.span = Span::new(
                q.span.start.max(cspan.start),
                q.span.end.min(cspan.end).max(q.span.start.max(cspan.start)),
            );
        }
        for t in &mut claim.time {
            t.span = Span::new(
                t.span.start.max(cspan.start),
                t.span.end.min(cspan.end).max(t.span.start.max(cspan.start)),
            );
        }
        claim.span = cspan;
        if !claim.types.is_empty()
            || claim.checkworthy
            || claim.causal.is_some()
            || !claim.time.is_empty()
        {
            out.push(claim);
        }
    }
    out
}

/// Features and types of one clause (tokens `cs..ce`).
#[allow(clippy::too_many_arguments)]
fn classify(
    lex: &Lexicons,
    text: &str,
    toks: &[Tok],
    cs: usize,
    ce: usize,
    hits: &[CueHit],
    quantities: Vec<Quantity>,
    time: Vec<TimeRef>,
) -> Claim {
    let mut types = Vec::new();
    let inside_quantity = |i: usize| {
        quantities
            .iter()
            .any(|q| q.span.start <= toks[i].start && toks[i].end <= q.span.end)
    };
    let has = |c: Cue| hits.iter().any(|h| h.cue == c);
    let lw = |i: usize| toks.get(i).map(|t| t.low()).unwrap_or("");

    // one pass over the clause's tokens for the word-level signals
    let mut sup_cmp = false; // a superlative outside the figures
    let mut than_cmp = false; // "-er than" outside the figures
    let mut concrete_word = false;
    let mut perfect = false;
    let mut trend_after = false; // a change verb right after a future marker
    for i in cs..ce {
        let t = &toks[i];
        let w = t.low();
        if t.cls & CONCRETE != 0 {
            concrete_word = true;
        }
        // (only the words of CLAUSE_WORDS are looked at below, but for superlatives)
        if !sup_cmp && is_superlative(w) && !inside_quantity(i) {
            sup_cmp = true;
        }
        if t.cls & CLAUSE_WORD == 0 {
            continue;
        }
        match w {
            "within" => concrete_word = true,
            "than"
                if !than_cmp
                    && i > cs
                    && toks[i - 1].lower.ends_with("er")
                    && !inside_quantity(i) =>
            {
                than_cmp = true;
            }
            "has" | "have" | "had" | "been" | "was" | "were"
                if !(i > cs
                    && matches!(
                        lw(i - 1),
                        "will" | "would" | "to" | "shall" | "could" | "may" | "might"
                    )) =>
            {
                perfect = true;
            }
            _ => {}
        }
        if !trend_after && matches!(w, "will" | "'ll" | "would" | "to") {
            let k = if matches!(
                lw(i + 1),
                "not" | "continue" | "also" | "further" | "likely" | "only"
            ) {
                i + 2
            } else {
                i + 1
            };
            let k = if lw(k) == "to" { k + 1 } else { k };
            trend_after = hits.iter().any(|h| h.cue == Cue::Trend && h.start == k);
        }
    }

    if !quantities.is_empty() {
        types.push(ClaimType::Quantity);
    }
    // comparison
    let comparison = hits.iter().any(|h| {
        h.cue == Cue::Comparison
            && !inside_quantity(h.start)
            && !(toks[h.start].lower == "than"
                && h.start > 0
                && matches!(lw(h.start - 1), "rather" | "other"))
    }) || sup_cmp
        || than_cmp;
    if comparison {
        types.push(ClaimType::Comparison);
    }
    // trend
    if has(Cue::Trend) || quantities.iter().any(|q| q.change.is_some()) {
        types.push(ClaimType::Trend);
    }
    // causal: direct cues not inside an anti-pattern, hedged when a hedge stands just before
    let not_causal: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| h.cue == Cue::NotCausal)
        .map(|h| (h.start, h.end))
        .collect();
    let hedge_near = |i: usize| {
        hits.iter()
            .any(|h| h.cue == Cue::Hedge && h.end <= i && h.end + 3 >= i)
    };
    let mut causal = None;
    for h in hits.iter().filter(|h| h.cue == Cue::Causal) {
        if not_causal.iter().any(|&(s, e)| s <= h.start && h.start < e) {
            continue;
        }
        if hedge_near(h.start) {
            causal = causal.or(Some(CausalKind::Hedged));
        } else {
            causal = Some(CausalKind::Direct);
            break;
        }
    }
    // purpose clauses ("rallied to demand"), reasons ("arrested for taking"), "as" clauses
    if causal != Some(CausalKind::Direct) {
        for i in cs..ce {
            // (each of the three cases opens with "to", "for" or "as", all CLAUSE_WORDS)
            if toks[i].cls & CLAUSE_WORD == 0 {
                continue;
            }
            let w = lw(i);
            let prev = if i > cs { lw(i - 1) } else { "" };
            let next = lw(i + 1);
            let purpose = w == "to"
                && lex.action_verbs.contains(next)
                && !matches!(
                    prev,
                    "have"
                        | "has"
                        | "had"
                        | "having"
                        | "going"
                        | "want"
                        | "wants"
                        | "wanted"
                        | "used"
                        | "able"
                        | "need"
                        | "needs"
                        | "needed"
                        | "ought"
                        | "likely"
                        | "expected"
                        | "about"
                        | "due"
                        | "set"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "be"
                        | "unable"
                        | "refused"
                        | "decided"
                        | "agreed"
                        | "like"
                        | "would"
                        | "began"
                        | "begin"
                        | "started"
                        | "start"
                        | "continue"
                        | "continued"
                        | "allowed"
                        | "asked"
                        | "told"
                );
            let reason = w == "for"
                && next.len() > 5
                && next.ends_with("ing")
                && !matches!(
                    next,
                    "nothing"
                        | "something"
                        | "anything"
                        | "everything"
                        | "morning"
                        | "evening"
                        | "building"
                        | "meeting"
                        | "funding"
                        | "housing"
                        | "training"
                        | "spending"
                        | "king"
                        | "wedding"
                        | "hearing"
                        | "briefing"
                        | "opening"
                        | "ending"
                        | "beginning"
                );
            let as_reason = w == "as"
                && !matches!(
                    prev,
                    "such"
                        | "well"
                        | "so"
                        | "same"
                        | "known"
                        | "seen"
                        | "regarded"
                        | "described"
                        | "served"
                        | "act"
                        | "acted"
                        | "acting"
                        | "serve"
                        | "serving"
                )
                && !matches!(
                    next,
                    "well"
                        | "a"
                        | "an"
                        | "the"
                        | "per"
                        | "part"
                        | "of"
                        | "soon"
                        | "much"
                        | "many"
                        | "long"
                        | "far"
                        | "if"
                        | "to"
                        | "on"
                        | "in"
                        | "such"
                        | "usual"
                        | "before"
                        | "always"
                        | "possible"
                        | "follows"
                        | "follow"
                        | ""
                )
                && !toks.get(i + 1).is_some_and(|t| {
                    t.is_num()
                        || t.is_cap(text)
                            && !matches!(t.low(), "i" | "he" | "she" | "they" | "we" | "it")
                });
            if (purpose || reason || as_reason) && !hedge_near(i) {
                causal = Some(CausalKind::Direct);
                break;
            }
        }
    }
    if causal.is_none() && has(Cue::Correlation) {
        causal = Some(CausalKind::Correlation);
    }
    if causal == Some(CausalKind::Direct) {
        types.push(ClaimType::Causal);
    }
    // promise and prediction
    let mut going_personal = false; // he was going to
    let mut forecast = false; // expected to, set to, forecast
    let mut future = false; // will, shall, going to
    for h in hits {
        let first = lw(h.start);
        match h.cue {
            Cue::Promise
                if matches!(first, "was" | "were" | "is" | "are") && lw(h.start + 1) == "going" =>
            {
                future = true;
                let subj = if h.start > 0 {
                    &toks[h.start - 1]
                } else {
                    &toks[h.start]
                };
                if personal(subj.low()) || (subj.is_word() && subj.is_cap(text) && h.start > cs) {
                    going_personal = true;
                }
            }
            Cue::Prediction => match first {
                "will" | "won't" | "shall" | "'ll" | "would" | "going" | "gonna" => future = true,
                _ => forecast = true,
            },
            _ => {}
        }
    }
    // a bare number opening the clause before a full stop or a capital is a list item's
    // number ("12. Build …", "7 Provide …"), not a figure
    let list_number = |q: &Quantity| {
        let at = toks.partition_point(|t| t.start < q.span.start);
        let after = toks.partition_point(|t| t.start < q.span.end);
        q.unit.is_none()
            && q.currency.is_none()
            && !toks[cs..at].iter().any(|t| t.is_word() || t.is_num())
            && toks
                .get(after)
                .is_some_and(|t| matches!(t.low(), "." | ")") || t.is_word() && t.is_cap(text))
    };
    let figure = quantities.iter().any(|q| !list_number(q))
        || time.iter().any(|t| t.kind != TimeKind::Clock);
    let concrete = figure || concrete_word;
    // each commitment marker (will, promise to, committed to, a programme item's leading
    // verb) and the verb it governs: a specific verb (set up, enact, abolish) makes a
    // pledge, a vague one (strive, encourage) none, any other verb one with concrete detail
    let pledge_of = |m: Marker| match m.head {
        Head::Specific => true,
        Head::Other => concrete && !m.negated && !perfect,
        Head::Light => figure && !m.negated && !perfect,
        Head::Vague => false,
    };
    let ms = markers(lex, text, toks, cs, ce);
    let promise = going_personal || ms.into_iter().any(pledge_of);
    let prediction = !promise && (forecast || (future && trend_after));
    if promise {
        types.push(ClaimType::Promise);
    }
    if prediction {
        types.push(ClaimType::Prediction);
    }
    if has(Cue::Rule) {
        types.push(ClaimType::Rule);
    }
    if has(Cue::Experience) {
        types.push(ClaimType::Experience);
    }
    let checkable = !types.is_empty();
    if !checkable && has(Cue::Opinion) {
        types.push(ClaimType::Opinion);
    }
    types.sort();
    types.dedup();

    let score = score(text, toks, cs, ce, hits, &types, &quantities, &time, causal);
    Claim {
        span: Span::new(0, 0),
        types,
        score,
        checkworthy: score >= 0.5,
        quantities,
        time,
        figure_checks: Vec::new(),
        causal,
    }
}

/// Check-worthiness in 0..1: a logistic model over general features of the clause.
#[allow(clippy::too_many_arguments)]
fn score(
    text: &str,
    toks: &[Tok],
    cs: usize,
    ce: usize,
    hits: &[CueHit],
    types: &[ClaimType],
    qs: &[Quantity],
    time: &[TimeRef],
    causal: Option<CausalKind>,
) -> f32 {
    let f = features(text, toks, cs, ce, hits, types, qs, time, causal);
    let mut z = WEIGHTS[0];
    for (w, x) in WEIGHTS[1..].iter().zip(f.iter()) {
        z += w * x;
    }
    let s = 1.0 / (1.0 + (-z).exp());
    (s * 1000.0).round() / 1000.0
}

/// Number of features.
pub(crate) const NFEAT: usize = 22;

/// Intercept, then one weight per feature (see [`features`]); fitted by logistic regression
/// on sentence-level check-worthiness labels.
const WEIGHTS: [f32; NFEAT + 1] = [
    -0.92, 0.97, 1.35, 0.36, 0.57, -0.09, 0.42, 0.41, -0.22, -0.67, -0.10, -0.62, -0.84, 1.03,
    1.32, -1.12, -0.31, 0.44, -0.27, 1.27, -1.53, 0.18, 0.05,
];

/// Clause features for check-worthiness.
#[allow(clippy::too_many_arguments)]
pub(crate) fn features(
    text: &str,
    toks: &[Tok],
    cs: usize,
    ce: usize,
    hits: &[CueHit],
    types: &[ClaimType],
    qs: &[Quantity],
    time: &[TimeRef],
    causal: Option<CausalKind>,
) -> [f32; NFEAT] {
    let t = |c: ClaimType| f32::from(u8::from(types.contains(&c)));
    let has = |c: Cue| hits.iter().any(|h| h.cue == c);
    // one pass over the clause's words
    let (mut n, mut caps, mut first_person, mut second) = (0u32, 0u32, 0u32, 0u32);
    let (mut past, mut policy, mut stance, mut negation) = (0u32, 0u32, 0u32, 0u32);
    for w in toks[cs..ce].iter().filter(|t| t.is_word()) {
        let low = w.low();
        if n > 0 && low != "i" && w.is_cap(text) {
            caps += 1;
        }
        n += 1;
        if w.cls & FEATURE_WORD == 0 {
            // (no word of the lists below)
            if low.ends_with("n't") {
                negation += 1;
            }
        } else {
            match low {
                "i" | "i'm" | "i've" | "me" | "my" | "i'd" | "i'll" => first_person += 1,
                "you" | "your" | "you're" => second += 1,
                "not" | "no" | "never" | "nothing" | "nobody" => negation += 1,
                _ => {
                    if low.ends_with("n't") {
                        negation += 1;
                    }
                }
            }
        }
        if (low.ends_with("ed") && low.len() > 4 && w.cls & STOP == 0) || w.cls & PAST != 0 {
            past += 1;
        }
        if w.cls & POLICY != 0 {
            policy += 1;
        }
        if w.cls & STANCE != 0 {
            stance += 1;
        }
    }
    let [n, caps, first_person, second, past, policy, stance, negation] = [
        n,
        caps,
        first_person,
        second,
        past,
        policy,
        stance,
        negation,
    ]
    .map(|c| c as f32);
    let question = toks[cs..ce].iter().any(|t| t.is_punct("?"));
    let money_pct = qs.iter().any(|q| {
        q.currency.is_some()
            || q.unit.as_deref() == Some("percent")
            || q.value.is_some_and(|v| v.abs() >= 1e6)
    });
    let times = time.iter().filter(|t| t.kind != TimeKind::Clock).count();
    [
        f32::from(u8::from(!qs.is_empty())),
        f32::from(u8::from(money_pct)),
        t(ClaimType::Comparison),
        t(ClaimType::Trend),
        f32::from(u8::from(causal == Some(CausalKind::Direct))),
        t(ClaimType::Rule),
        f32::from(u8::from(times > 0)),
        t(ClaimType::Prediction),
        t(ClaimType::Promise),
        t(ClaimType::Experience),
        t(ClaimType::Opinion),
        f32::from(u8::from(question)),
        caps.min(4.0) / 4.0,
        past.min(3.0) / 3.0,
        first_person.min(3.0) / 3.0,
        f32::from(u8::from(has(Cue::Hedge))),
        n.min(30.0) / 30.0,
        second.min(2.0) / 2.0,
        policy.min(3.0) / 3.0,
        stance.min(3.0) / 3.0,
        negation.min(2.0) / 2.0,
        f32::from(u8::from(n < 6.0)),
    ]
}

/// Check-worthiness features of the whole of `text` taken as one clause (for fitting the
/// weights offline).
pub(crate) fn text_features(lex: &Lexicons, text: &str) -> Vec<f32> {
    let span = Span::new(0, text.len());
    let mut arena = String::new();
    let found = quantities(lex, text, span, Dateline::Known(None), &mut arena);
    let toks = &found.toks;
    if toks.is_empty() {
        return vec![0.0; NFEAT];
    }
    let hits = lex.cues(toks);
    let c = classify(
        lex,
        text,
        toks,
        0,
        toks.len(),
        &hits,
        found.quantities.clone(),
        found.times.clone(),
    );
    features(
        text,
        toks,
        0,
        toks.len(),
        &hits,
        &c.types,
        &c.quantities,
        &c.time,
        c.causal,
    )
    .to_vec()
}
