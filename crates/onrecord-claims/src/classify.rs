//! Clause splitting, claim types, causal strength and check-worthiness.

use onrecord_quotes::Span;

use crate::lex::{self, Cue, CueHit, Lexicons, CONCRETE, LINK_VERB, PAST, POLICY, STANCE, STOP};
use crate::quant::Extractor;
use crate::time::{Date, TimeFinder, TimeKind, TimeRef};
use crate::tok::{tokenize, Tok};
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

/// Tokens, time references and quantities (with their subjects) of `span`.
pub(crate) fn quantities<'t>(
    lex: &Lexicons,
    text: &'t str,
    span: Span,
    dateline: Option<Date>,
) -> Found<'t> {
    let mut toks = tokenize(text, span.start, span.end);
    lex.annotate(&mut toks);
    let (times, mask) = TimeFinder {
        lex,
        text,
        toks: &toks,
        dateline,
    }
    .run();
    let mut qs = Extractor {
        lex,
        text,
        toks: &toks,
        time_mask: &mask,
    }
    .run();
    let bounds = sentence_starts(text, &toks);
    for q in &mut qs {
        if q.unit.is_none() || q.unit.as_deref() == Some("percent") {
            q.about = subject_of(text, &toks, &bounds, q.span.start);
        }
    }
    Found {
        toks,
        quantities: qs,
        times,
        sentences: bounds,
    }
}

/// Token indices where sentences start (always including 0).
fn sentence_starts(text: &str, toks: &[Tok]) -> Vec<usize> {
    let mut out = vec![0];
    for i in 1..toks.len() {
        let t = &toks[i];
        if t.nl {
            out.push(i);
            continue;
        }
        let p = &toks[i - 1];
        if !t.space {
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
    out
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

/// Clause token ranges: sentences, split at semicolons and contrastive conjunctions.
fn clauses(toks: &[Tok], starts: &[usize]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // words before each token, so a range's word count costs O(1)
    let mut before = Vec::with_capacity(toks.len() + 1);
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
    out
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

/// Claims in `span` of `text`.
pub(crate) fn tag(lex: &Lexicons, text: &str, span: Span, dateline: Option<Date>) -> Vec<Claim> {
    let found = quantities(lex, text, span, dateline);
    let toks = &found.toks;
    if toks.is_empty() {
        return Vec::new();
    }
    let mut hits = lex.cues(toks);
    hits.sort_by_key(|h| (h.start, h.end));
    let mut out = Vec::new();
    for (cs, ce) in clauses(toks, &found.sentences) {
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
        let clause_hits: Vec<CueHit> = hits[h0..]
            .iter()
            .take_while(|h| h.start < ce)
            .copied()
            .filter(|h| h.end <= ce)
            .collect();
        let mut claim = classify(lex, text, toks, cs, ce, &clause_hits, quants, times);
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
    let mut ill = false; // i'll, we'll
    let mut vague_after = false; // a vague effort after "will" ("will strive")
    let mut concrete_word = false;
    let mut perfect = false;
    let mut trend_after = false; // a change verb right after a future marker
    for i in cs..ce {
        let t = &toks[i];
        let w = t.low();
        if t.cls & CONCRETE != 0 {
            concrete_word = true;
        }
        match w {
            "within" => concrete_word = true,
            "i'll" | "we'll" => ill = true,
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
        if !vague_after && matches!(w, "will" | "shall" | "would") {
            let k = if lw(i + 1) == "be" || lw(i + 1) == "also" {
                i + 2
            } else {
                i + 1
            };
            vague_after = lex::Lexicons::stem_in(&lex.vague_forms, lw(k));
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
        if !sup_cmp && is_superlative(w) && !inside_quantity(i) {
            sup_cmp = true;
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
    let mut commit = false; // promise, pledge, vow, commit to
    let mut first_future = false; // we will, I'm going to
    let mut intend = false; // plan to, aim to
    let mut going_personal = false; // he was going to
    let mut forecast = false; // expected to, set to, forecast
    let mut future = false; // will, shall, going to
    for h in hits {
        let first = lw(h.start);
        match h.cue {
            Cue::Promise => match first {
                "was" | "were" | "is" | "are" if lw(h.start + 1) == "going" => {
                    future = true;
                    let subj = if h.start > 0 {
                        &toks[h.start - 1]
                    } else {
                        &toks[h.start]
                    };
                    if personal(subj.low()) || (subj.is_word() && subj.is_cap(text) && h.start > cs)
                    {
                        going_personal = true;
                    }
                }
                "we" | "i" | "we'll" | "i'll" | "we're" | "i'm" => first_future = true,
                "plan" | "plans" | "intend" | "intends" | "aim" | "aims" | "seek" | "seeks" => {
                    intend = true
                }
                "will" | "shall" => future = true,
                _ => commit = true,
            },
            Cue::Prediction => match first {
                "will" | "won't" | "shall" | "'ll" | "would" | "going" | "gonna" => future = true,
                _ => forecast = true,
            },
            _ => {}
        }
    }
    if ill {
        first_future = true;
    }
    let concrete =
        !quantities.is_empty() || time.iter().any(|t| t.kind != TimeKind::Clock) || concrete_word;
    // an imperative programme item: "Launch a …", "Setting up …"
    let imperative = (cs..ce).find(|&i| toks[i].is_word()).is_some_and(|f| {
        let w = lw(f);
        let base = w.strip_suffix("ing").unwrap_or(w);
        (lex.action_verbs.contains(w)
            || w.ends_with("ing")
                && (lex.action_verbs.contains(base)
                    || lex.action_verbs.contains(&format!("{base}e"))))
            && !toks[cs..f].iter().any(|t| t.is_word())
            && lw(f + 1) != "to"
            && !toks.get(f + 1).is_some_and(|n| {
                matches!(
                    n.low(),
                    "is" | "are" | "was" | "were" | "has" | "have" | "of" | "and" | "," | "."
                )
            })
    });
    let promise = ((imperative || commit) && concrete)
        || going_personal
        || (first_future && !vague_after && concrete)
        || ((future || intend) && concrete && !perfect && !vague_after);
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
    let found = quantities(lex, text, span, None);
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
