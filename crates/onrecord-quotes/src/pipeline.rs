//! The extraction pipeline: paragraphs → quote marks → sentences → cues and mentions →
//! attribution → speaker clustering.

use crate::attribute::{tokenize, tokenize_into, Attributor, Found, Mention, Tok};
use crate::lexicon::{Lexicon, PronounKind};
use crate::marks::{find_quotes, RawQuote};
use crate::model::Gender;
use crate::model::*;
use crate::span::Span;
use crate::text;
use std::borrow::Cow;
use std::sync::{Arc, Mutex, OnceLock};

/// A quote being built, before ids are assigned.
#[derive(Clone, Debug)]
struct Draft {
    kind: QuoteKind,
    span: Span,
    content: Span,
    paragraph: usize,
    sentence: usize,
    found: Option<Found>,
    /// Index into drafts of the enclosing quote.
    parent: Option<usize>,
    /// Index into drafts of the previous segment of a multi-paragraph quote.
    continues: Option<usize>,
    closed: bool,
    /// Whether the quote stands as its own sentence(s) (not inside the writer's sentence).
    standalone: bool,
    /// Whether the paragraph holds nothing but this quote (and punctuation).
    alone_in_paragraph: bool,
    /// A weak attribution (the sentence's subject) used when no rule finds one (boxed:
    /// rare, and a long document holds many drafts).
    weak: Option<Box<Found>>,
    /// The cue of a report whose source goes unnamed ("seems", "is expected"), with its
    /// lemma: such a report has a cue and no speaker (boxed: rare).
    unsourced: Option<Box<(Span, &'static str)>>,
}

impl Draft {
    /// Reported speech (`indirect`): the clause `span` of sentence `sentence` of paragraph
    /// `paragraph`, with its attribution, or with only a cue when its source goes unnamed.
    fn report(
        span: Span,
        paragraph: usize,
        sentence: usize,
        found: Option<Found>,
        unsourced: Option<Box<(Span, &'static str)>>,
    ) -> Draft {
        Draft {
            kind: QuoteKind::Indirect,
            span,
            content: span,
            paragraph,
            sentence,
            found,
            parent: None,
            continues: None,
            closed: true,
            standalone: false,
            alone_in_paragraph: false,
            weak: None,
            unsourced,
        }
    }

    /// A direct quote standing as its own sentence(s), closed, with no parent: a dialogue
    /// turn, an interview answer, an embedded post.
    fn standing(content: Span, paragraph: usize, found: Option<Found>, alone: bool) -> Draft {
        Draft {
            kind: QuoteKind::Direct,
            span: content,
            content,
            paragraph,
            sentence: 0,
            found,
            parent: None,
            continues: None,
            closed: true,
            standalone: true,
            alone_in_paragraph: alone,
            weak: None,
            unsourced: None,
        }
    }
}

/// Finds quotes, attributes them, and clusters speakers. Build once, use for many texts.
///
/// Immutable and cheap to clone (the word lists sit behind an `Arc`). Its only state is
/// memory: the buffers that grow with a document (some 5 bytes per byte of text) are kept
/// for the next document, one set shared by an extractor and its clones, up to 1 GiB of
/// room (a document of some 180 MB); a larger set is freed after its document.
#[derive(Clone, Debug)]
pub struct Extractor {
    /// Word lists in [`LANGUAGES`] order, each built on first use (the fixed language's
    /// when the extractor is built), so detecting builds only the languages it meets.
    lexicons: Arc<Vec<OnceLock<Lexicon>>>,
    /// The fixed language, or `None` to detect it per document.
    language: Option<usize>,
    /// The big buffers of the last document analysed, lent to the next (shared by clones).
    pool: Arc<Pool>,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::english()
    }
}

/// Languages an [`Extractor`] handles; `auto` detects one of them per document.
pub const LANGUAGES: &[&str] = crate::lexicon::LANGUAGES;

/// Errors building an [`Extractor`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The language code is not supported.
    #[error("unknown language code `{0}`; expected one of en, de, fr, es, auto")]
    UnknownLanguage(String),
}

impl Extractor {
    /// The English extractor.
    pub fn english() -> Extractor {
        Extractor::build(Some(0))
    }

    /// An extractor for `code` (`en`, `de`, `fr`, `es`), or `auto` to detect the language
    /// of each document from its quote marks and function words.
    pub fn for_language(code: &str) -> Result<Extractor, Error> {
        if code == "auto" {
            return Ok(Extractor::build(None));
        }
        let i = LANGUAGES
            .iter()
            .position(|&l| l == code)
            .ok_or_else(|| Error::UnknownLanguage(code.to_string()))?;
        Ok(Extractor::build(Some(i)))
    }

    fn build(language: Option<usize>) -> Extractor {
        let ex = Extractor {
            lexicons: Arc::new(LANGUAGES.iter().map(|_| OnceLock::new()).collect()),
            language,
            pool: Arc::default(),
        };
        if let Some(i) = language {
            ex.lexicon(i);
        }
        ex
    }

    /// The word lists of language `i` (an index into [`LANGUAGES`]), built on first use.
    fn lexicon(&self, i: usize) -> Option<&Lexicon> {
        let cell = self.lexicons.get(i)?;
        if let Some(lex) = cell.get() {
            return Some(lex);
        }
        let lex = Lexicon::for_language(LANGUAGES.get(i)?)?;
        Some(cell.get_or_init(|| lex))
    }

    /// The language this extractor uses for `text` (detected when built with `auto`).
    pub fn language_of(&self, text: &str) -> &'static str {
        LANGUAGES[self.language.unwrap_or_else(|| detect_language(text))]
    }

    /// Quotes and speakers of `text`. Never panics; spans are byte offsets into `text`.
    pub fn analyze(&self, text: &str) -> QuoteAnalysis {
        let li = self.language.unwrap_or_else(|| detect_language(text));
        let Some(lex) = self.lexicon(li) else {
            return QuoteAnalysis::default();
        };
        let Buffers {
            mut lower,
            mut drafts,
            words,
        } = self.pool.lend();
        lower.push_str(text);
        lower.make_ascii_lowercase();
        let at = Attributor {
            text,
            lower: &lower,
            lex,
        };
        let paras = text::paragraphs(text);
        let raw = find_quotes(text, &paras);
        let mut ri = 0;
        // per paragraph: index range into drafts
        let mut para_drafts: Vec<(usize, usize)> = Vec::with_capacity(paras.len());
        // A paragraph ending with a colon after a cue introduces the quotes that follow.
        // (boxed: one per paragraph, mostly none)
        let mut intros: Vec<Option<Box<Found>>> = Vec::with_capacity(paras.len());
        // The tokens of the current paragraph, one buffer for them all.
        let mut ptoks: Vec<Tok<'_>> = Vec::new();
        // The sentences and top-level quotes of the current paragraph, when it was
        // segmented: buffers for all the paragraphs.
        let mut scratch = Scratch::default();
        // The words of the tokenized paragraphs, kept for pronoun resolution.
        let mut titled = TitledNames::reusing(&paras, words);
        for (pi, &para) in paras.iter().enumerate() {
            let d0 = drafts.len();
            let r0 = ri;
            while ri < raw.len() && raw[ri].paragraph == pi {
                ri += 1;
            }
            let pq = &raw[r0..ri];
            // Most paragraphs quote nobody: with no quote mark, no cue word, no colon near
            // the start, no dialogue dash and no social credit, nothing can be found there,
            // so the paragraph is never segmented or tokenized.
            // The cue scan runs last and over the paragraph alone: no cue word holds
            // whitespace and a paragraph is bounded by it, so a match in the paragraph is
            // one the scan of the whole text would find (the automaton is back at its start
            // state after any whitespace), and the paragraphs with quote marks (most of
            // them) are never scanned.
            let may_report = !pq.is_empty()
                || para.slice(text).starts_with(['—', '―', '–'])
                || memchr::memchr(
                    b':',
                    &text.as_bytes()[para.start..para.end.min(para.start + 120)],
                )
                .is_some()
                || has_handle(&text.as_bytes()[para.start..para.end])
                || lex
                    .cue_finder
                    .as_ref()
                    .is_some_and(|f| f.find(para.slice(text)).is_some());
            // The paragraph's last sentence introduces a quote standing alone in the next
            // paragraph: by a colon after a cue, or (weaker) by having a named person as
            // its subject ("Valastro praised the governor's leadership." / “We need …”).
            let next_is_lone_quote = paras.get(pi + 1).is_some_and(|n| {
                n.slice(text)
                    .starts_with(['“', '"', '«', '„', '»', '‘', '\''])
            });
            // (`known`: the paragraph's sentences and tokens, when `paragraph` made them)
            let intro_of =
                |at: &Attributor<'_>, known: Option<(&[Span], &[Tok<'_>])>| -> Option<Found> {
                    let ends_colon = para.slice(text).ends_with(':');
                    // (a paragraph that quotes someone may still end by introducing the next
                    // quote: "She went on to say:")
                    if !pq.is_empty() && !ends_colon {
                        return None;
                    }
                    if !ends_colon && !next_is_lone_quote {
                        return None;
                    }
                    let sents_here;
                    let sents = match known {
                        Some((sents, _)) => sents,
                        None => {
                            sents_here = text::sentences(text, para);
                            &sents_here
                        }
                    };
                    let last = *sents.last()?;
                    if pq.iter().any(|q| q.span.end > last.start) {
                        return None;
                    }
                    // (no quote reaches into the last sentence, so the paragraph's tokens of it
                    // are its tokens alone, quotes masked or not; their table flags only spare
                    // lookups)
                    let toks = match known {
                        Some((_, ptoks)) => span_tokens(text, at.lower, para, ptoks, last, &[]),
                        None => Cow::Owned(tokenize(text, at.lower, last, &[])),
                    };
                    if ends_colon {
                        let colon = toks.len().checked_sub(1)?;
                        return at.colon_intro(&toks, 0, colon);
                    }
                    let (m, _) = at.sentence_subject(&toks, 0, toks.len())?;
                    let named = m.kind == SpeakerKind::Person
                        && m.pronoun.is_none()
                        && m.name.chars().next().is_some_and(char::is_uppercase);
                    named.then_some(Found {
                        cue: m.span,
                        lemma: Cow::Borrowed(""),
                        mention: m,
                        rule: Rule::Continuation,
                        confidence: 0.5,
                    })
                };
            if !may_report {
                para_drafts.push((d0, drafts.len()));
                intros.push(intro_of(&at, None).map(Box::new));
                continue;
            }
            self.paragraph(
                &at,
                text,
                pi,
                para,
                pq,
                &mut ptoks,
                &mut scratch,
                &mut drafts,
            );
            // (`paragraph` left the paragraph's tokens in `ptoks`, its sentences in
            // `scratch`)
            titled.record(text, pi, &ptoks);
            para_drafts.push((d0, drafts.len()));
            intros.push(intro_of(&at, Some((&scratch.sents, &ptoks))).map(Box::new));
        }
        link_continuations(&mut drafts, &para_drafts, &intros);
        if lex.english {
            credit_lines(&at, text, &paras, &mut drafts, &para_drafts);
        }
        interview(&at, text, &paras, &mut drafts, &para_drafts);
        let analysis = build(text, lex, &paras, &mut drafts, &mut titled);
        self.pool.put_back(Buffers {
            lower,
            drafts,
            words: titled.words,
        });
        analysis
    }

    #[allow(clippy::too_many_arguments)]
    fn paragraph<'a>(
        &self,
        at: &Attributor<'a>,
        text: &'a str,
        pi: usize,
        para: Span,
        raw: &[RawQuote],
        ptoks: &mut Vec<Tok<'a>>,
        scratch: &mut Scratch,
        drafts: &mut Vec<Draft>,
    ) {
        scratch.top.clear();
        scratch
            .top
            .extend(raw.iter().filter(|q| q.depth == 0).map(|q| q.span));
        let top: &[Span] = &scratch.top;
        let social = at.social_credit(para);
        text::sentences_into(text, para, &mut scratch.bounds, &mut scratch.sents);
        let sents: &[Span] = &scratch.sents;
        // Every rule below reads tokens of sentences of this paragraph: tokenize it once.
        tokenize_into(text, at.lower, para, top, Some(&at.lex.word_flags), ptoks);
        let ptoks: &[Tok<'a>] = ptoks;
        let toks_of = |span: Span| span_tokens(text, at.lower, para, ptoks, span, top);
        // Paragraph-level "NAME: …" (a colon near the start)
        let near_colon = memchr::memchr(
            b':',
            &text.as_bytes()[para.start..para.end.min(para.start + 120)],
        )
        .is_some();
        let colon = if near_colon {
            let first_toks = sents.first().map(|s| toks_of(*s)).unwrap_or_default();
            at.colon_speaker(&first_toks)
        } else {
            None
        };
        let base = drafts.len();
        // Marked quotes.
        // Tokens of the last sentence window, reused by the quotes that share it (a
        // paragraph of many quotes in one sentence stays linear).
        let mut cached: Option<(Span, Cow<'_, [Tok<'_>]>)> = None;
        for q in raw {
            // sentences are sorted and disjoint: binary searches
            let si = sents
                .partition_point(|s| s.end.max(s.start + 1) <= q.span.start)
                .min(sents.len().saturating_sub(1));
            // A quote may span sentences: tokens of every sentence it touches.
            let s_end = sents
                .partition_point(|s| s.start < q.span.end)
                .saturating_sub(1)
                .max(si);
            // A quote that ends its sentence ("“…?” Trump said.") looks into the next one.
            // Only when the quote does not end in a full stop: "“…?” Trump said." is
            // attribution, "“….” He added …" starts a new sentence.
            let ends_with_stop = q.content.slice(text).trim_end().ends_with('.')
                || text[q.span.end..].starts_with(['.', '!', '?']);
            let s_end = match sents.get(s_end) {
                Some(s)
                    if s.end <= q.span.end + 1 && s_end + 1 < sents.len() && !ends_with_stop =>
                {
                    s_end + 1
                }
                _ => s_end,
            };
            let sent_span = match (sents.get(si), sents.get(s_end)) {
                (Some(a), Some(b)) => Span::new(a.start, b.end.max(q.span.end).min(para.end)),
                _ => para,
            };
            if cached.as_ref().is_none_or(|(span, _)| *span != sent_span) {
                cached = Some((sent_span, toks_of(sent_span)));
            }
            let Some((_, toks)) = cached.as_ref() else {
                continue;
            };
            let toks: &[Tok] = toks;
            let (qa, qb) = quote_token_range(toks, q.span);
            // the tokens between the quote and the quoted ones before it
            let frame_start = toks[..qa]
                .iter()
                .rposition(|t| t.quoted)
                .map_or(0, |k| k + 1);
            let before_frame = &toks[frame_start..qa];
            let words_before = before_frame.iter().filter(|t| t.word).count();
            let last_before = before_frame.last().map(|t| t.lower.as_str());
            let content_text = q.content.slice(text).trim();
            let starts_upper = content_text
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic());
            let standalone = q.depth == 0
                && (words_before == 0
                    || matches!(last_before, Some(":" | "—" | "–"))
                    || (matches!(last_before, Some(",")) && starts_upper)
                    || colon.as_ref().is_some_and(|c| c.cue.end <= q.span.start) && starts_upper);
            let alone = q.depth == 0
                && text[para.start..q.span.start].trim().is_empty()
                && text[q.span.end..para.end]
                    .trim()
                    .chars()
                    .all(|c| !text::is_alphanumeric(c));
            let found = if q.depth > 0 {
                None
            } else if let Some((m, _, _)) = &social {
                Some(Found {
                    mention: m.clone(),
                    cue: m.span,
                    lemma: Cow::Borrowed("post"),
                    rule: Rule::SocialPost,
                    confidence: 0.9,
                })
            } else {
                let head = colon
                    .as_ref()
                    .filter(|c| c.cue.end <= q.span.start)
                    .cloned();
                // (a name right before its own colon keeps the quote: "Clinton: “…” Bush:
                // “…”")
                let own_name = |f: &Found| {
                    f.mention.span.end <= f.cue.start
                        && text[f.mention.span.end..f.cue.start].trim().is_empty()
                };
                match at.attribute_marked(toks, qa, qb) {
                    Some(f) if f.rule == Rule::Colon && head.is_some() && !own_name(&f) => head,
                    Some(f) => Some(f),
                    None => head.or_else(|| at.incise(q.content)),
                }
            };
            let parent = (q.depth > 0)
                .then(|| {
                    (base..drafts.len())
                        .rev()
                        .find(|&k| drafts[k].span.contains(q.span) && drafts[k].span != q.span)
                })
                .flatten();
            let weak = if found.is_none() && q.depth == 0 {
                subject_fallback(at, toks, qa, q.span, sents, si, text, top).map(Box::new)
            } else {
                None
            };
            drafts.push(Draft {
                kind: QuoteKind::Direct,
                span: q.span,
                content: trim_span(text, q.content),
                paragraph: pi,
                sentence: si,
                found,
                parent,
                continues: None,
                closed: q.closed,
                standalone: standalone || q.continues_prev,
                alone_in_paragraph: alone,
                weak,
                unsourced: None,
            });
            if q.continues_prev {
                // marked for linking later
                if let Some(d) = drafts.last_mut() {
                    d.continues = Some(usize::MAX);
                }
            }
        }
        let marked_end = drafts.len();
        // Reported speech, sentence by sentence.
        for (si, &s) in sents.iter().enumerate() {
            let toks = toks_of(s);
            let sentence_first = drafts.len();
            // widest clause first, so a clause inside another cue's report is dropped
            let mut reports = at.indirect(&toks);
            reports.sort_by_key(|(c, _)| std::cmp::Reverse(c.len()));
            for (content, f) in reports {
                let content = trim_span(text, content);
                // skip when the clause is one of the marked quotes (direct speech)
                let qi = top.partition_point(|q| q.end < content.end);
                if content.len() < 3 {
                    continue;
                }
                if let Some(&q) = top.get(qi).filter(|q| q.contains(content)) {
                    // the report is the marked quote itself ("X welcomed “the recognition
                    // that …”"): the quote takes the report's speaker when it has none
                    if let Some(d) = drafts[base..marked_end]
                        .iter_mut()
                        .find(|d| d.span == q && d.parent.is_none())
                    {
                        if d.found.is_none() && !d.standalone {
                            d.found = Some(f);
                        }
                    }
                    continue;
                }
                // "Nefzi said, adding, “…”": a lone cue word is no report
                let c = content.slice(text);
                if !c.contains(char::is_whitespace)
                    && at.lex.cues.contains_key(c.to_lowercase().as_str())
                {
                    continue;
                }
                // a marked quote and the words after it are no report ("“…,” another
                // friend, Mariam Emara told CNN")
                // (a quote that closes on a comma, and a few words after it)
                // (the top-level quotes are sorted and apart: only the last one starting at
                // or before the clause can hold its start)
                let at_start = top.partition_point(|q| q.start <= content.start);
                let quote_and_tail = top[at_start.saturating_sub(1)..at_start].iter().any(|q| {
                    q.start <= content.start
                        && content.start < q.end
                        && q.end < content.end
                        && q.slice(text)
                            .trim_end_matches(['”', '"', '’', '\'', '»'])
                            .ends_with([',', '?', '!'])
                        && text[q.end..content.end].split_whitespace().take(4).count() <= 3
                });
                if quote_and_tail {
                    continue;
                }
                // a credit line under a quote is no report ("-President Obama, tweeting
                // after the speech.")
                if at.lex.english
                    && text[para.start..content.start].trim().is_empty()
                    && c.starts_with(['—', '―', '–', '-'])
                {
                    continue;
                }
                // a name that credits the quote after its colon is no report ("Pollsters
                // agree - Ann Lutz: “…”")
                let credit = text[content.end..].trim_start().starts_with(':')
                    && c.split_whitespace().take(5).count() <= 4
                    && c.split_whitespace()
                        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
                if credit {
                    continue;
                }
                // (a short quote too, when the words open as a circumstance does:
                // "“Absolutely,” he said when asked …")
                let circumstance = c
                    .split(|ch: char| !ch.is_alphanumeric())
                    .next()
                    .is_some_and(|w| {
                        let w = w.to_ascii_lowercase();
                        // (a weekday: "Friday as he entered the talks")
                        (text::is_time_word(&w) && w.ends_with("day"))
                            || matches!(
                                w.as_str(),
                                "when"
                                    | "during"
                                    | "while"
                                    | "as"
                                    | "after"
                                    | "before"
                                    | "in"
                                    | "at"
                                    | "on"
                                    | "from"
                                    | "today"
                                    | "yesterday"
                                    | "tonight"
                                    | "later"
                                    | "earlier"
                            )
                    });
                // "“…,” Sanders said during an interview on CNN Sunday": the words after
                // a cue that already credits a marked quote are circumstance, unless
                // "that" opens a report ("“…,” she said, and added that …" has a cue of
                // its own)
                if at.lex.english
                    && content.start >= f.cue.end
                    && !text[f.cue.end..content.start]
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w == "that")
                    && !text[f.cue.end..content.start].contains(':')
                    // (a quote, not a title in marks: “This Week,”)
                    // (the marked drafts are sorted by position: the nearest before the
                    // cue, the quote it credits and what nests in it)
                    && drafts[base
                        ..base
                            + drafts[base..marked_end]
                                .partition_point(|d| d.span.start < f.cue.start)]
                        .iter()
                        .rev()
                        .take(16)
                        .any(|d| {
                            d.span.end <= f.cue.start
                                // (the quote opens the sentence: "Asked about the
                                // “privatization of jobs,” Sanders said contractors cost
                                // more" reports after its cue)
                                && (d.span.start < s.start
                                    || !text[s.start..d.span.start]
                                        .contains(text::is_alphanumeric))
                                && d.found.as_ref().is_some_and(|g| g.cue == f.cue)
                                && (d.content.slice(text).split_whitespace().count() >= 4
                                    || circumstance)
                        })
                    // (a cue inside is another report's, which this wide clause hides:
                    // "“…,” Trump said after Nabisco announced it was …"; tokens from the
                    // cue to the clause's end only)
                    // (a cue word after a determiner is a noun: "during a hearing",
                    // "during a contentious hearing")
                    && !{
                        let from = toks.partition_point(|t| t.span.start < f.cue.end);
                        let noun = |k: usize| {
                            let det = |d: usize| {
                                k >= d && at.lex.determiners.contains(toks[k - d].lower.as_str())
                            };
                            det(1) || (toks[k].lower.ends_with("ing") && det(2))
                        };
                        (from..toks.len())
                            .take_while(|&k| toks[k].span.end <= content.end)
                            .any(|k| {
                                let t = &toks[k];
                                t.word
                                    && !t.quoted
                                    && (at.lex.cues.contains_key(t.lower.as_str())
                                        || at.lex.stance.contains_key(t.lower.as_str())
                                        || at.lex.stance_prep.contains_key(t.lower.as_str()))
                                    && !noun(k)
                            })
                    }
                {
                    continue;
                }
                // a clause already reported by a wider cue of the same sentence
                if drafts[sentence_first..]
                    .iter()
                    .any(|d| d.kind == QuoteKind::Indirect && d.span.contains(content))
                {
                    continue;
                }
                // partial quotes inside the clause share its speaker (the marked drafts
                // are sorted by position: only those starting inside the clause)
                let lo = drafts[base..marked_end].partition_point(|d| d.span.start < content.start)
                    + base;
                let hi =
                    drafts[base..marked_end].partition_point(|d| d.span.start < content.end) + base;
                for d in drafts[lo..hi].iter_mut() {
                    // (a quote whose own cue and source both stand inside the clause
                    // after the clause's cue, in a clause of their own or with the
                    // clause's verb again, is that source's: "21 percent said “…” and
                    // 14 percent said “…”", "…, but the chief executive called it “…”")
                    let own_cue_inside = d.found.as_ref().is_some_and(|g| {
                        content.contains(g.cue)
                            && !((g.lemma == f.lemma || {
                                let before = text[..g.mention.span.start].trim_end();
                                [
                                    " and", " but", " und", " aber", " et", " mais", " y", " pero",
                                ]
                                .iter()
                                .any(|c| before.ends_with(c))
                            }) && g.mention.pronoun.is_none()
                                && content.contains(g.mention.span)
                                && g.mention.span.start > f.cue.end)
                    });
                    if (content.contains(d.span) || content.contains(d.content))
                        && !d.standalone
                        && (d.found.is_none() || own_cue_inside)
                    {
                        d.found = Some(f.clone());
                    }
                }
                // "a list which the campaign says includes 2.7 million names": the relative
                // pronoun stands for what the report is about, its first part (the report
                // follows its cue with no subject of its own)
                let relative = (at.lex.english
                    && para.start <= f.mention.span.start
                    && f.mention.span.end <= f.cue.start
                    && f.cue.end <= content.start
                    && !text[f.cue.end..content.start].contains("that"))
                .then(|| {
                    let mut before = text[para.start..f.mention.span.start].trim_end();
                    let last = |b: &str| -> usize {
                        b.rsplit(|c: char| !c.is_alphanumeric())
                            .next()
                            .map_or(0, str::len)
                    };
                    // (an adverb may stand between: "which even critics say")
                    let n = last(before);
                    if matches!(
                        before[before.len() - n..].to_ascii_lowercase().as_str(),
                        "even" | "also" | "still" | "now" | "often"
                    ) {
                        before = before[..before.len() - n].trim_end();
                    }
                    let w = &before[before.len() - last(before)..];
                    // (not after a preposition: "in which", "for what")
                    let prev = before[..before.len() - w.len()]
                        .trim_end()
                        .rsplit(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or_default()
                        .to_ascii_lowercase();
                    (matches!(w.to_ascii_lowercase().as_str(), "which" | "what" | "whom")
                        && !crate::lexicon::is_preposition("en", &prev))
                    .then(|| {
                        Span::new(
                            para.start + before.len() - w.len(),
                            para.start + before.len(),
                        )
                    })
                })
                .flatten()
                .filter(|r| {
                    !top[..top.partition_point(|q| q.start < r.end)]
                        .last()
                        .is_some_and(|q| q.overlaps(*r))
                });
                if let Some(r) = relative {
                    drafts.push(Draft::report(r, pi, si, Some(f.clone()), None));
                }
                drafts.push(Draft::report(content, pi, si, Some(f), None));
            }
            // Impressions and expectations with no source ("X seems to …"): where no
            // report of the sentence or marked quote holds them, the subject and the
            // complement are reported apart, with the cue and no speaker.
            for u in at.unsourced(&toks) {
                let held = |p: Span| {
                    drafts[sentence_first..]
                        .iter()
                        .any(|d| d.kind == QuoteKind::Indirect && d.span.overlaps(p))
                        // (the top-level quotes are sorted and apart: only the last
                        // one starting before the part's end can overlap it)
                        || top[..top.partition_point(|q| q.start < p.end)]
                            .last()
                            .is_some_and(|q| q.overlaps(p))
                };
                let parts = u.subject.into_iter().chain(std::iter::once(u.complement));
                if u.subject.is_some_and(held) || held(u.complement) {
                    continue;
                }
                for part in parts {
                    let part = trim_span(text, part);
                    if part.is_empty() {
                        continue;
                    }
                    drafts.push(Draft::report(
                        part,
                        pi,
                        si,
                        None,
                        Some(Box::new((u.cue, u.lemma))),
                    ));
                }
            }
        }
        // "NAME: I want to say that …": in a transcript line the first person is NAME
        if let Some(c) = colon.as_ref().filter(|c| c.rule == Rule::Colon) {
            for d in drafts[base..].iter_mut() {
                if let Some(f) = d.found.as_mut() {
                    let first_person = f.mention.pronoun.is_some()
                        && matches!(
                            f.mention.name.to_lowercase().as_str(),
                            "i" | "we" | "i’ve" | "i've" | "we’ve" | "we've" | "i'm" | "i’m"
                        );
                    if first_person && f.mention.span.start > c.cue.end {
                        f.mention = c.mention.clone();
                    }
                }
            }
        }
        // "NAME: statement" headline as reported speech
        if let Some(c) = &colon {
            if !drafts[base..].iter().any(|d| d.kind == QuoteKind::Indirect) {
                let start = c.cue.end;
                let end = sents
                    .iter()
                    .find(|s| s.end > start)
                    .map_or(para.end, |s| s.end);
                let mut content = trim_span(text, Span::new(start, end));
                if let Some(q) = top
                    .iter()
                    .find(|q| q.start >= content.start && q.start < content.end)
                {
                    content.end = q.start;
                    content = trim_span(text, content);
                }
                let n_words = content.slice(text).split_whitespace().take(3).count();
                if n_words >= 3 && !top.iter().any(|q| q.contains(content)) {
                    drafts.push(Draft::report(content, pi, 0, Some(c.clone()), None));
                }
            }
        }
        // Dialogue introduced by a dash (Spanish and French press): "—No vamos a subir los
        // impuestos —dijo el ministro—. Lo prometimos."
        // (a paragraph ending in a post's credit line "— Name (@handle) date" is the post)
        if raw.is_empty() && social.is_none() && matches!(at.lex.code, "es" | "fr") {
            if let Some(parts) = dash_dialogue(text, para) {
                let (segments, incise) = parts;
                let found = incise.and_then(|inc| {
                    let toks = tokenize(text, at.lower, inc, &[]);
                    (0..toks.len()).find_map(|j| {
                        let (info, after) = at.cue_at(&toks, j)?;
                        let m = at.np_forward(&toks, after, toks.len()).map(|(m, _)| m);
                        Some(match m {
                            Some(m) => at.found(
                                m,
                                &toks,
                                j,
                                after,
                                info.lemma,
                                Rule::QuoteSpeakerInverted,
                                0.85,
                            ),
                            // a cue with no subject (pro-drop): the speaker comes from context
                            None => return None,
                        })
                    })
                });
                for content in segments {
                    drafts.push(Draft::standing(content, pi, found.clone(), true));
                }
            }
        }
        // Unmarked social post: "text https://… — Name (@handle) date"
        if let Some((m, _, dash)) = &social {
            if top.is_empty() {
                let body = strip_urls(text, Span::new(para.start, *dash));
                if body
                    .slice(text)
                    .split_whitespace()
                    .filter(|w| w.chars().any(text::is_alphanumeric))
                    .count()
                    >= 2
                    && !body.slice(text).trim_end().ends_with(':')
                {
                    let found = Found {
                        mention: m.clone(),
                        cue: m.span,
                        lemma: Cow::Borrowed("post"),
                        rule: Rule::SocialPost,
                        confidence: 0.8,
                    };
                    drafts.push(Draft::standing(body, pi, Some(found), false));
                }
            }
        }
        // A quote standing alone after a sentence that ends in a cue with no report of its
        // own ("Sam Lau, the party's spokesman, said in a statement. “…”"): that cue's
        // speaker.
        if at.lex.english {
            for d in drafts[base..].iter_mut() {
                if d.found.is_some() || !d.standalone || d.parent.is_some() {
                    continue;
                }
                let Some(prev) = d.sentence.checked_sub(1).and_then(|k| sents.get(k)) else {
                    continue;
                };
                if prev.end > d.span.start || top.iter().any(|q| prev.contains(*q)) {
                    continue;
                }
                let ptoks = tokenize(text, at.lower, *prev, top);
                let Some(last) = ptoks.len().checked_sub(1) else {
                    continue;
                };
                if ptoks[last].lower != "." {
                    continue;
                }
                if let Some(f) = at.colon_intro(&ptoks, 0, last) {
                    let near_end = ptoks
                        .iter()
                        .rposition(|t| t.span.start == f.cue.start)
                        .is_some_and(|j| last - j <= 6);
                    // the words after the cue are circumstance, not a report
                    let circumstance = ptoks
                        .iter()
                        .position(|t| t.span.start >= f.cue.end)
                        .is_none_or(|k| {
                            k == last
                                || matches!(
                                    ptoks[k].lower.as_str(),
                                    "in" | "on" | "at" | "during" | "to" | "after"
                                )
                        });
                    if f.rule == Rule::SpeakerCueQuote && near_end && circumstance {
                        let mut f = f;
                        f.rule = Rule::SameParagraph;
                        f.confidence = 0.7;
                        d.found = Some(f);
                    }
                }
            }
        }
        // Lone marked quotes: the nearest attribution in the same paragraph, before the
        // quote if there is one, else after it.
        // (a title in marks lends no speaker: "a host on the TV show “Shark Tank.” “I
        // mean …”" — its cue is a noun)
        // (cue position, draft index): the drafts below take a copy of the attribution they
        // borrow, and the lent ones are never changed here (they have one already)
        let attributed = &mut scratch.attributed;
        attributed.clear();
        attributed.extend(
            (base..drafts.len())
                .filter(|&k| {
                    let d = &drafts[k];
                    let c = d.content.slice(text);
                    d.found.is_some()
                        && d.parent.is_none()
                        && (d.standalone
                            || d.kind == QuoteKind::Indirect
                            || !((2..=8).contains(&c.split_whitespace().take(9).count())
                                && title_like(c)))
                })
                .filter_map(|k| drafts[k].found.as_ref().map(|f| (f.cue.start, k))),
        );
        attributed.sort_by_key(|(p, _)| *p);
        let attributed: &[(usize, usize)] = attributed;
        for di in base..drafts.len() {
            let d = &drafts[di];
            // Outside English, a fragment in a sentence with no cue of its own also belongs
            // to the paragraph's speaker (German reports quote fragments in Konjunktiv
            // sentences that follow the cue).
            // A fragment whose own sentence has a named subject keeps that subject.
            if !at.lex.english && d.weak.is_some() && !d.standalone {
                continue;
            }
            if d.found.is_none()
                && d.parent.is_none()
                && d.kind != QuoteKind::Indirect
                && (d.standalone
                    || (!at.lex.english
                        && !title_like(d.content.slice(text))
                        && d.content.slice(text).split_whitespace().take(3).count() > 2))
            {
                // attributed is sorted by cue position: the nearest before, else after
                let k = attributed.partition_point(|(p, _)| *p < d.span.start);
                let before = k.checked_sub(1).and_then(|k| attributed.get(k));
                let after = attributed[k..].iter().find(|(p, _)| *p > d.span.start);
                // Outside English, a quote standing alone after a sentence with a named
                // subject continues that subject rather than borrowing a later cue
                // ("Einen Tag später spielte er den Ausbruch herunter. „…“ Und in einem
                // Aufruf schrieb er: „…“").
                let after =
                    after.filter(|_| at.lex.english || before.is_some() || d.weak.is_none());
                if let Some(mut f) = before.or(after).and_then(|&(_, j)| drafts[j].found.clone()) {
                    f.rule = Rule::SameParagraph;
                    f.confidence = 0.75;
                    drafts[di].found = Some(f);
                }
            }
        }
        // Still unattributed: the sentence's subject, when one was found.
        for d in drafts[base..].iter_mut() {
            if d.found.is_none() {
                d.found = d.weak.take().map(|f| *f);
            }
        }
        drafts[base..].sort_by_key(|d| (d.span.start, std::cmp::Reverse(d.span.end)));
        // Parents after the sort (indices changed): the innermost enclosing marked quote,
        // found with a stack of open spans in one pass (drafts are sorted by start, longer
        // first), so deep nesting stays linear.
        let n = drafts.len();
        let open = &mut scratch.open;
        open.clear();
        for k in base..n {
            if drafts[k].kind == QuoteKind::Indirect {
                continue;
            }
            let sp = drafts[k].span;
            while open
                .last()
                .is_some_and(|&j| !drafts[j].span.contains(sp) || drafts[j].span == sp)
            {
                open.pop();
            }
            if drafts[k].parent.is_some() {
                drafts[k].parent = open.last().copied();
            }
            open.push(k);
        }
    }
}

/// The buffers of one document's analysis that grow with the document: its lowercased
/// copy, its drafts and its words (see [`TitledNames`]); several bytes per byte of text.
#[derive(Default)]
struct Buffers {
    lower: String,
    drafts: Vec<Draft>,
    words: Vec<Word>,
}

impl Buffers {
    /// The bytes the buffers hold room for.
    fn room(&self) -> usize {
        self.lower.capacity()
            + self.drafts.capacity() * std::mem::size_of::<Draft>()
            + self.words.capacity() * std::mem::size_of::<Word>()
    }
}

/// The [`Buffers`] of the last document an [`Extractor`] (or a clone) analysed, emptied,
/// lent to the next document instead of allocating new ones.
///
/// For a long document these buffers are larger than the allocator keeps in its heap:
/// glibc's malloc maps a block of 32 MB or more fresh from the kernel and unmaps it when
/// freed, so each analysis of a 100 MB document would touch some 500 MB of new, zeroed
/// pages, a cost per byte that small documents (whose freed buffers malloc reuses) do not
/// pay. Keeping the buffers makes the cost per byte of a corpus of long documents the same
/// as of short ones.
///
/// Retained memory is bounded: one set of buffers per extractor (with its clones), the
/// largest put back, and none larger than [`Pool::MAX_ROOM`] in all (a document of some
/// 180 MB). Concurrent analyses that find the pool empty allocate their own buffers.
#[derive(Default)]
struct Pool(Mutex<Option<Buffers>>);

impl std::fmt::Debug for Pool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pool")
    }
}

impl Pool {
    /// The most room kept between documents, in bytes.
    const MAX_ROOM: usize = 1 << 30;

    /// The pooled buffers (empty), or new ones when none are pooled.
    fn lend(&self) -> Buffers {
        let mut b = self
            .0
            .lock()
            .ok()
            .and_then(|mut slot| slot.take())
            .unwrap_or_default();
        b.lower.clear();
        b.drafts.clear();
        b.words.clear();
        b
    }

    /// Keeps `b` for the next document when it is no larger than [`Pool::MAX_ROOM`] and
    /// larger than the buffers already kept (a concurrent analysis may have put some back).
    fn put_back(&self, mut b: Buffers) {
        b.drafts.clear();
        let room = b.room();
        if room > Pool::MAX_ROOM {
            return;
        }
        // (the buffers given up are freed once the lock is released)
        let _given_up = match self.0.lock() {
            Ok(mut slot) if slot.as_ref().is_none_or(|kept| kept.room() < room) => slot.replace(b),
            _ => Some(b),
        };
    }
}

/// Buffers [`Extractor::paragraph`] fills for each paragraph, kept across paragraphs.
#[derive(Default)]
struct Scratch {
    /// The paragraph's sentences.
    sents: Vec<Span>,
    /// Room for the sentence bounds they are made from.
    bounds: Vec<usize>,
    /// The paragraph's top-level quotes.
    top: Vec<Span>,
    /// The paragraph's attributed drafts, by cue position: (position, draft index).
    attributed: Vec<(usize, usize)>,
    /// The marked quotes open around the current one, when parents are found.
    open: Vec<usize>,
}

/// English: a quote that ends the sentence after a comma or colon closing a clause
/// without a cue ("Clinton shared her worry with an audience in the Hamptons, “I do not
/// know …”") is the words of that clause's subject, when it is a named person (weakly).
fn english_subject_fallback(
    at: &Attributor<'_>,
    toks: &[Tok],
    qa: usize,
    quote: Span,
    text: &str,
) -> Option<Found> {
    if qa < 4
        || !matches!(toks[qa - 1].lower.as_str(), "," | ":")
        || toks[..qa].iter().any(|t| t.quoted)
        || quote.slice(text).split_whitespace().take(4).count() < 4
        || toks[qa..]
            .iter()
            .any(|t| !t.quoted && t.word && t.span.start >= quote.end)
    {
        return None;
    }
    // (a clause with a cue of its own whose source was not found is no help: "a text
    // message she sent, which read, “…”")
    if (0..qa - 1).any(|k| at.cue_at(toks, k).is_some()) {
        return None;
    }
    let (m, e) = at.sentence_subject(toks, 0, qa - 1)?;
    let person = m.pronoun.is_some_and(|(k, _)| k == PronounKind::Person)
        || (m.kind == SpeakerKind::Person
            && m.name
                .split_whitespace()
                .any(|w| w.starts_with(char::is_uppercase)));
    // (the subject's own verb follows it: not a name alone before the comma)
    if !person || e + 1 >= qa - 1 {
        return None;
    }
    Some(Found {
        cue: m.span,
        lemma: Cow::Borrowed(""),
        mention: m,
        rule: Rule::SameParagraph,
        confidence: 0.5,
    })
}

/// Outside English, a quote with no cue takes the named subject of its own sentence
/// ("Der Bundeskanzler würdigte ihn als „…“") or, standing first in its sentence, of the
/// sentence before ("Key sprach von Zerstörung. „…“"): the German, French and Spanish
/// press credit quotes to the sentence's actor far more often than English news does.
/// English has only the narrow case of [`english_subject_fallback`].
#[allow(clippy::too_many_arguments)]
fn subject_fallback(
    at: &Attributor<'_>,
    toks: &[Tok],
    qa: usize,
    quote: Span,
    sents: &[Span],
    si: usize,
    text: &str,
    top: &[Span],
) -> Option<Found> {
    if at.lex.english {
        return english_subject_fallback(at, toks, qa, quote, text);
    }
    // A German sentence in the subjunctive with no cue reports the words of the subject
    // of the sentences before ("Steinbrück kritisierte die Pläne. Hier seien die Mittel
    // „völlig unrealistisch“."): its own subject is inside the report.
    let subjunctive = at.lex.code == "de"
        && toks
            .iter()
            .any(|t| !t.quoted && crate::lexicon::de_subjunctive(&t.lower));
    // short fragments stay scare quotes unless a cue or a subjunctive claims them
    if !subjunctive && quote.slice(text).split_whitespace().take(4).count() <= 3 {
        return None;
    }
    // German capitalises every noun: a person needs two capitalised words or a title
    let named = |m: &crate::attribute::Mention| match m.kind {
        SpeakerKind::Organisation | SpeakerKind::Group => true,
        // a personal pronoun as subject ("Einen Tag später spielte er den Ausbruch
        // herunter. „…“")
        SpeakerKind::Unknown => m.pronoun.is_some_and(|(k, _)| k == PronounKind::Person),
        SpeakerKind::Person => {
            // German abstract nouns are no people ("Entscheidung des Nobelkomitees",
            // "Fazit des Berichts", "Ziel der Delegation")
            let abstract_head = at.lex.code == "de"
                && m.name.split_whitespace().next().is_some_and(|w| {
                    let w = w.to_lowercase();
                    [
                        "entscheidung",
                        "heit",
                        "keit",
                        "tion",
                        "ismus",
                        "tät",
                        "nis",
                        "ziel",
                        "fazit",
                        "these",
                        "angst",
                        "wurf",
                        "würfe",
                    ]
                    .iter()
                    .any(|s| w.ends_with(s))
                });
            // an age stands for a person ("Der 58-Jährige")
            let age = m.name.contains("-Jährige");
            age || !abstract_head
                && (m.pronoun.is_some()
                    || m.title.is_some()
                    || m.name
                        .split_whitespace()
                        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                        .count()
                        >= 2
                    || surname_introduced(text, m.span.start, &m.name))
        }
        _ => false,
    };
    let from_toks = |toks: &[Tok], end: usize| {
        if let Some(f) = at
            .according_in(toks, 0, end)
            .or_else(|| at.impersonal_source(toks, end))
        {
            return Some(f);
        }
        at.sentence_subject(toks, 0, end)
            .filter(|(m, _)| named(m))
            .map(|(m, _)| Found {
                cue: m.span,
                lemma: Cow::Borrowed(""),
                mention: m,
                rule: Rule::SameParagraph,
                confidence: 0.5,
            })
    };
    if subjunctive {
        // a person may report on themselves ("Zuvor habe Celebi die Verhandlung
        // „…“"); other subjects are part of the report
        let own = at
            .sentence_subject(toks, 0, qa)
            .map(|(m, _)| m)
            .filter(|m| {
                named(m)
                    && (m.kind == SpeakerKind::Person
                        || m.pronoun.is_some_and(|(k, _)| k == PronounKind::Person))
            });
        if let Some(m) = own {
            return Some(Found {
                cue: m.span,
                lemma: Cow::Borrowed(""),
                mention: m,
                rule: Rule::SameParagraph,
                confidence: 0.5,
            });
        }
        // the nearest sentence before with a named subject, across a chain of reported
        // sentences (at most three back)
        for p in (si.saturating_sub(3)..si).rev() {
            let prev = sents[p];
            if prev.end > quote.start {
                continue;
            }
            let ptoks = tokenize(text, at.lower, prev, top);
            if let Some(f) = from_toks(&ptoks, ptoks.len()) {
                return Some(f);
            }
        }
        return None;
    }
    let before_words = toks[..qa].iter().filter(|t| t.word && !t.quoted).count();
    if before_words >= 2 {
        return from_toks(toks, qa);
    }
    let prev = *sents.get(si.checked_sub(1)?)?;
    if prev.end > quote.start {
        return None;
    }
    let ptoks = tokenize(text, at.lower, prev, top);
    from_toks(&ptoks, ptoks.len())
}

/// Whether a single capitalised word (a surname: "Osterloh") stood earlier in the text
/// right after another name or a title ("Bernd Osterloh", "Anwältin Gülsen Celebi"):
/// German capitalises every noun, so a lone capitalised word is a person only once the
/// text has introduced it as one. Looks at the 8,000 bytes before `before`.
fn surname_introduced(text: &str, before: usize, word: &str) -> bool {
    if word.is_empty() || word.contains(' ') || !word.chars().all(char::is_alphabetic) {
        return false;
    }
    let mut from = before.saturating_sub(8_000);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let hay = &text.as_bytes()[from..before.min(text.len())];
    memchr::memmem::find_iter(hay, word.as_bytes()).any(|i| {
        let at = from + i;
        let after_ok = text[at + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        let prev = text[..at]
            .strip_suffix(' ')
            .and_then(|p| p.split(' ').next_back());
        after_ok
            && prev.is_some_and(|p| {
                p.chars().next().is_some_and(char::is_uppercase)
                    && p.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
                    && !matches!(
                        p.to_lowercase().as_str(),
                        "der" | "die" | "das" | "den" | "dem" | "des" | "ein" | "eine" | "einen"
                    )
            })
    })
}

fn strip_urls(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let mut end = s.len();
    for pat in ["http://", "https://", "pic.twitter.com"] {
        if let Some(k) = s.find(pat) {
            end = end.min(k);
        }
    }
    trim_span(text, Span::new(span.start, span.start + end))
}

/// Trims whitespace (including no-break spaces) from both ends of a span.
fn trim_span(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let t = s.trim_start();
    let start = span.start + (s.len() - t.len());
    let t = t.trim_end();
    Span::new(start, start + t.len())
}

/// The tokens of `span`, a stretch of the paragraph `para` whose tokens are `ptoks`:
/// borrowed from them when whitespace (or the paragraph's edge) bounds `span` on both
/// sides, where tokenizing `span` alone cannot come out differently; else tokenized anew.
fn span_tokens<'t, 'a>(
    text: &'a str,
    lower: &'a str,
    para: Span,
    ptoks: &'t [Tok<'a>],
    span: Span,
    top: &[Span],
) -> Cow<'t, [Tok<'a>]> {
    let clean_start = span.start == para.start
        || text[..span.start]
            .chars()
            .next_back()
            .is_some_and(char::is_whitespace);
    let clean_end = span.end == para.end
        || text[span.end..]
            .chars()
            .next()
            .is_some_and(char::is_whitespace);
    if clean_start && clean_end && para.contains(span) {
        let a = ptoks.partition_point(|t| t.span.start < span.start);
        let b = ptoks.partition_point(|t| t.span.end <= span.end).max(a);
        Cow::Borrowed(&ptoks[a..b])
    } else {
        Cow::Owned(tokenize(text, lower, span, top))
    }
}

/// The tokens `qa..qb` that make up the quote span.
fn quote_token_range(toks: &[Tok], q: Span) -> (usize, usize) {
    // tokens are sorted by position: two binary searches
    let qa = toks.partition_point(|t| t.span.start < q.start);
    let qb = toks.partition_point(|t| t.span.end <= q.end).max(qa);
    (qa, qb)
}

/// Whether `b` holds "(@" (a social credit's handle): an '@' (rare, found by memchr)
/// right after a '('.
fn has_handle(b: &[u8]) -> bool {
    memchr::memchr_iter(b'@', b).any(|j| j > 0 && b[j - 1] == b'(')
}

/// Multi-paragraph quotes and conversation continuation.
fn link_continuations(
    drafts: &mut [Draft],
    para_drafts: &[(usize, usize)],
    intros: &[Option<Box<Found>>],
) {
    // Multi-paragraph: a segment that continues links to the outer unclosed quote of the
    // paragraph before.
    for (pi, &(a, b)) in para_drafts.iter().enumerate() {
        for k in a..b {
            if drafts[k].continues == Some(usize::MAX) {
                let prev = pi.checked_sub(1).and_then(|pp| {
                    let (pa, pb) = para_drafts[pp];
                    (pa..pb).rev().find(|&j| {
                        !drafts[j].closed
                            && drafts[j].parent.is_none()
                            && drafts[j].kind != QuoteKind::Indirect
                    })
                });
                drafts[k].continues = prev;
            }
        }
    }
    // Speakers flow both ways along a multi-paragraph chain: the last segment usually
    // carries the cue ("…,” she said.).
    for k in (0..drafts.len()).rev() {
        if let Some(p) = drafts[k].continues {
            if drafts[p].found.is_none() {
                if let Some(mut f) = drafts[k].found.clone() {
                    f.rule = Rule::MultiParagraph;
                    f.confidence = 0.85;
                    drafts[p].found = Some(f);
                }
            }
        }
    }
    for k in 0..drafts.len() {
        if let Some(p) = drafts[k].continues {
            if drafts[k].found.is_none() {
                if let Some(mut f) = drafts[p].found.clone() {
                    f.rule = Rule::MultiParagraph;
                    f.confidence = 0.85;
                    drafts[k].found = Some(f);
                }
            }
        }
    }
    // Conversation continuation: a quote standing alone in its paragraph takes the
    // speaker of the paragraph before when that paragraph quoted someone (or ended with a
    // colon after a cue).
    let takes_speaker = |d: &Draft| {
        d.found.is_none()
            && d.parent.is_none()
            && d.kind != QuoteKind::Indirect
            && d.alone_in_paragraph
    };
    for (pi, &(a, b)) in para_drafts.iter().enumerate() {
        // (a paragraph with no quote to take the speaker changes nothing: no copy of it)
        if pi == 0 || !drafts[a..b].iter().any(takes_speaker) {
            continue;
        }
        let (pa, pb) = para_drafts[pi - 1];
        let prev_found = (pa..pb)
            .rev()
            .filter(|&j| drafts[j].parent.is_none())
            .find_map(|j| drafts[j].found.clone());
        // a paragraph ending in a colon after a cue introduces what follows, whatever it
        // quoted before ("“…,” Tenney said. … She went on to say:")
        let colon_intro = intros[pi - 1]
            .as_deref()
            .filter(|f| f.rule != Rule::Continuation)
            .cloned();
        let Some(prev_found) = colon_intro
            .or(prev_found)
            .or_else(|| intros[pi - 1].as_deref().cloned())
        else {
            continue;
        };
        if prev_found.rule == Rule::SocialPost {
            continue;
        }
        for d in drafts[a..b].iter_mut() {
            if takes_speaker(d) {
                let mut f = prev_found.clone();
                f.rule = Rule::Continuation;
                f.confidence = 0.65;
                d.found = Some(f);
            }
        }
    }
}

/// Gives `found` to the direct quotes standing alone in their paragraph (among `drafts`)
/// that have no speaker or only one carried over from the paragraph before.
fn credit_lone_quotes(drafts: &mut [Draft], found: &Found) {
    for d in drafts.iter_mut() {
        let open = d
            .found
            .as_ref()
            .is_none_or(|f| f.rule == Rule::Continuation);
        if open && d.parent.is_none() && d.alone_in_paragraph && d.kind == QuoteKind::Direct {
            d.found = Some(found.clone());
        }
    }
}

/// A credit line under a quote: a paragraph of a dash and a name, with at most a role,
/// a place or a circumstance after it ("— Ann Lutz, Toledo.", "-President Obama,
/// tweeting after the speech."), credits the quotes standing alone in the paragraph
/// before it, over a speaker carried from further up.
fn credit_lines(
    at: &Attributor<'_>,
    text: &str,
    paras: &[Span],
    drafts: &mut [Draft],
    para_drafts: &[(usize, usize)],
) {
    for (pi, &para) in paras.iter().enumerate().skip(1) {
        let body = para.slice(text);
        let Some(rest) = body.strip_prefix(['—', '―', '–', '-']) else {
            continue;
        };
        let (a, b) = para_drafts[pi - 1];
        let (ca, cb) = para_drafts[pi];
        // a credit line holds no quote and is short
        if a == b || ca != cb || rest.split_whitespace().take(13).count() > 12 {
            continue;
        }
        let start = para.end - rest.trim_start().len();
        let toks = tokenize(text, at.lower, Span::new(start, para.end), &[]);
        let Some((m, e)) = at.np_forward(&toks, 0, toks.len()) else {
            continue;
        };
        let named = m.pronoun.is_none()
            && m.kind != SpeakerKind::Document
            && m.name.chars().next().is_some_and(char::is_uppercase)
            && toks
                .get(e)
                .is_none_or(|t| matches!(t.lower.as_str(), "," | "." | "("));
        if !named {
            continue;
        }
        let found = Found {
            cue: Span::new(para.start, start),
            lemma: Cow::Borrowed("—"),
            mention: m,
            rule: Rule::CreditLine,
            confidence: 0.75,
        };
        credit_lone_quotes(&mut drafts[a..b], &found);
    }
}

/// A turn of an interview printed as questions and answers: "Q: …" / "A: …" lines, or
/// dialogue dashes ("—¿…?" then "—…"). Returns the body's span and whether it is a
/// question.
fn turn(text: &str, para: Span) -> Option<(Span, bool)> {
    let p = para.slice(text);
    let (label, body) = if let Some(rest) = p.strip_prefix(['—', '―', '–']) {
        (None, rest)
    } else {
        // Only a label of the list below makes a turn, so the paragraph must open with one,
        // then whitespace at most, then its first colon: no paragraph is searched for a
        // colon further on.
        let label = ["Q", "F", "P", "Frage", "A", "R", "Antwort"]
            .into_iter()
            .find(|l| p.starts_with(l) && p[l.len()..].trim_start().starts_with(':'))?;
        let rest = p[label.len()..].trim_start();
        (Some(label), rest.get(1..)?)
    };
    let start = para.end - body.len();
    let body = trim_span(text, Span::new(start, para.end));
    if body.is_empty() {
        return None;
    }
    let ends_question = body.slice(text).trim_end().ends_with('?');
    match label {
        None => Some((body, ends_question)),
        Some("Q" | "F" | "P" | "Frage") => Some((body, true)),
        Some("A" | "R" | "Antwort") => Some((body, false)),
        Some(_) => None,
    }
}

/// Interviews printed as questions and answers: the answers are the interviewee's words
/// (the person the lede is about: the named subject of the first paragraph of eight words
/// or more), the questions the publication's. Runs only when the text has at least two
/// question turns each followed by an answer turn; answers that a cue already attributes
/// keep their speaker.
fn interview(
    at: &Attributor<'_>,
    text: &str,
    paras: &[Span],
    drafts: &mut Vec<Draft>,
    para_drafts: &[(usize, usize)],
) {
    let turns: Vec<Option<(Span, bool)>> = paras.iter().map(|&p| turn(text, p)).collect();
    let pairs = turns
        .windows(2)
        .filter(|w| matches!(w, [Some((_, true)), Some((_, false))]))
        .count();
    if pairs < 2 {
        return;
    }
    // the interviewee: the named subject of the lede
    let first_turn = turns
        .iter()
        .position(Option::is_some)
        .unwrap_or(paras.len());
    let interviewee = paras[..first_turn].iter().find_map(|&p| {
        if p.slice(text).split_whitespace().take(8).count() < 8 {
            return None;
        }
        let sents = text::sentences(text, p);
        let mut first = *sents.first()?;
        // past a dateline ("KETTERING VALE, Feb. 14, 2025 — Ines Obuya has led …")
        let mut head_end = first.end.min(first.start + 80);
        while !text.is_char_boundary(head_end) {
            head_end -= 1;
        }
        let head = &text[first.start..head_end];
        if let Some(k) = head.find(['—', '–']) {
            let dash = head[k..].chars().next().map_or(1, char::len_utf8);
            first.start += k + dash;
        }
        let toks = tokenize(text, at.lower, first, &[]);
        let (m, _) = at.sentence_subject(&toks, 0, toks.len())?;
        (m.kind == SpeakerKind::Person
            && m.pronoun.is_none()
            && m.name.split_whitespace().count() >= 2)
            .then_some(m)
    });
    let Some(who) = interviewee else {
        return;
    };
    let dash = |p: Span| p.slice(text).starts_with(['—', '―', '–']);
    for (pi, t) in turns.iter().enumerate() {
        let Some((body, question)) = *t else {
            continue;
        };
        let (a, b) = para_drafts[pi];
        // a question is the publication's: no speaker carried over from the paragraph
        // before
        if question {
            for d in drafts[a..b].iter_mut() {
                if d.alone_in_paragraph
                    && d.found
                        .as_ref()
                        .is_some_and(|f| f.rule == Rule::Continuation)
                {
                    d.found = None;
                }
            }
            continue;
        }
        // an answer follows a question; a dialogue dash in an interview is an answer too
        // ("—Lo voy a enmarcar —dice")
        let after_question = pi > 0 && matches!(turns[pi - 1], Some((_, true)));
        if !after_question && !dash(paras[pi]) {
            continue;
        }
        let found = Found {
            mention: who.clone(),
            cue: Span::new(body.start, body.start),
            lemma: Cow::Borrowed(""),
            rule: Rule::Continuation,
            confidence: 0.6,
        };
        let turn_quotes = drafts[a..b]
            .iter()
            .any(|d| d.alone_in_paragraph && d.parent.is_none() && d.kind == QuoteKind::Direct);
        // the quotes marked inside the answer must nest in it (a trimmed answer can end
        // before a quote that closes the paragraph)
        let nests = drafts[a..b]
            .iter()
            .all(|d| d.kind == QuoteKind::Indirect || body.contains(d.span));
        if !turn_quotes && nests {
            // an answer with no quote marks ("A: Because …"): the whole answer is quoted,
            // and quotes inside it are quotes within the answer
            let k = drafts.len();
            for d in drafts[a..b].iter_mut() {
                if d.parent.is_none() && d.kind != QuoteKind::Indirect && body.contains(d.span) {
                    d.parent = Some(k);
                }
            }
            drafts.push(Draft::standing(body, pi, Some(found), true));
            continue;
        }
        credit_lone_quotes(&mut drafts[a..b], &found);
    }
}

/// Assigns kinds, ids and speakers.
fn build(
    text: &str,
    lex: &Lexicon,
    paras: &[Span],
    drafts: &mut [Draft],
    titled: &mut TitledNames,
) -> QuoteAnalysis {
    // (the last paragraph asked whether it holds whitespace, and its answer)
    let mut spaced: Option<(usize, bool)> = None;
    // Kinds of marked quotes. An unattributed fragment inside the writer's sentence is a
    // scare quote when short. English news marks terms and titles with quotes far more
    // often than the German, French and Spanish press, which quote fragments of speech.
    let scare_words = if lex.english { 5 } else { 2 };
    // German capitalises every noun: abstract nouns in marks are words, not a title
    // ("riet zu „Gelassenheit und Aufmerksamkeit“", "nehme die Entscheidung „zur
    // Kenntnis“")
    let title_like =
        |content: &str| title_like(content) && !(lex.code == "de" && abstract_nouns(content));
    for d in drafts.iter_mut() {
        if d.kind == QuoteKind::Indirect {
            continue;
        }
        let content = d.content.slice(text);
        // (every test below tells apart counts up to nine at most: long quotes are not
        // counted to their end)
        let words = words_up_to_nine(text, paras, &mut spaced, d);
        d.kind = if d.standalone {
            if d.found.is_none()
                && words <= 3
                && !content.ends_with(['.', '!', '?', ','])
                && d.parent.is_none()
                && !d.alone_in_paragraph
            {
                QuoteKind::Scare
            } else {
                QuoteKind::Direct
            }
        } else if d.found.is_some() {
            // a title or name in marks ("Ruhr Nachrichten", "Le Grand Macabre") is no
            // speech; in English a cue right at the quote still makes it one
            // (a title has two words or more: one word is never asked, which keeps a
            // megabyte of quote marks cheap)
            if (2..=8).contains(&words)
                && title_like(content)
                && d.found.as_ref().is_some_and(|f| {
                    f.rule != Rule::SocialPost
                        // German capitalises every noun: a fragment inside reported
                        // speech is speech ("riet zu „Gelassenheit und Aufmerksamkeit“")
                        && (lex.code != "de"
                            || !matches!(f.rule, Rule::IndirectCue | Rule::IndirectCueAfter))
                        && (!lex.english
                            || !matches!(
                                f.rule,
                                Rule::QuoteCueSpeaker | Rule::QuoteSpeakerInverted
                            )
                            // (right at it: not a cue a clause away, "…,” said Marc
                            // Cuba, a host on the TV show “Big Ideas.”")
                            || {
                                let between = if f.cue.end <= d.span.start {
                                    Span::new(f.cue.end, d.span.start)
                                } else {
                                    Span::new(d.span.end.min(f.cue.start), f.cue.start)
                                };
                                between.slice(text).split_whitespace().nth(4).is_some()
                            })
                })
            {
                QuoteKind::Scare
            } else {
                QuoteKind::Partial
            }
        } else if words <= scare_words || (words >= 2 && title_like(content)) {
            QuoteKind::Scare
        } else {
            QuoteKind::Partial
        };
        if d.kind == QuoteKind::Scare {
            d.found = None;
        }
    }
    // The first person inside a quote is its speaker ("A: … In 27 years I had seen …"):
    // a report by "I" or "we" inside an attributed quote takes the quote's mention.
    let first_person = |f: &Found| {
        f.mention.pronoun.is_some() && {
            let l = f.mention.name.to_lowercase();
            matches!(l.split(['\'', '’']).next(), Some("i" | "we"))
        }
    };
    // (the quotes by start; a report looks at the few nearest that start before it, so
    // a text of many reports stays linear)
    let mut quotes: Vec<(Span, usize)> = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| {
            d.kind != QuoteKind::Indirect
                && d.kind != QuoteKind::Scare
                && d.found.as_ref().is_some_and(|f| !first_person(f))
        })
        .map(|(i, d)| (d.span, i))
        .collect();
    quotes.sort_by_key(|(sp, _)| sp.start);
    for k in 0..drafts.len() {
        if drafts[k].kind != QuoteKind::Indirect
            || !drafts[k].found.as_ref().is_some_and(&first_person)
        {
            continue;
        }
        let span = drafts[k].span;
        let upto = quotes.partition_point(|(sp, _)| sp.start <= span.start);
        // the innermost quote around the report: the shortest enclosing one
        let outer = quotes[..upto]
            .iter()
            .rev()
            .take(8)
            .filter(|(sp, _)| sp.contains(span) && *sp != span)
            .min_by_key(|(sp, _)| sp.len())
            .and_then(|&(_, i)| drafts[i].found.as_ref().map(|f| f.mention.clone()));
        if let (Some(m), Some(f)) = (outer, drafts[k].found.as_mut()) {
            f.mention = m;
        }
    }
    // Speakers.
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut keys: Vec<Key> = Vec::new(); // normalised key per speaker
    let mut last_mentions: Vec<(usize, usize)> = Vec::new(); // (position, speaker index)
    let mut sp_of: Vec<Option<(usize, Span)>> = vec![None; drafts.len()];
    // Process in order of the mention position so pronouns see what came before.
    let mut order: Vec<usize> = (0..drafts.len())
        .filter(|&k| drafts[k].found.is_some())
        .collect();
    order.sort_by_key(|&k| drafts[k].found.as_ref().map_or(0, |f| f.mention.span.start));
    for k in order {
        let Some(f) = drafts[k].found.as_ref() else {
            continue;
        };
        let m = &f.mention;
        let idx = resolve(
            text,
            lex,
            m,
            &mut speakers,
            &mut keys,
            &last_mentions,
            titled,
        );
        speakers[idx].mentions.push(m.span);
        last_mentions.push((m.span.start, idx));
        sp_of[k] = Some((idx, m.span));
    }
    // A person known only by a surname takes the full name the text gives elsewhere
    // ("Harlan" → "Celia Harlan" from "Gov. Celia Harlan signed …").
    for sp in speakers.iter_mut() {
        if sp.kind == SpeakerKind::Person
            && !sp.name.contains(' ')
            && sp.name.chars().next().is_some_and(char::is_uppercase)
        {
            // a transcript label in capitals ("DRUMMOND") is looked up as "Drummond"
            let name = if sp.name.chars().count() > 1 && !sp.name.chars().any(char::is_lowercase) {
                let mut cs = sp.name.chars();
                cs.next()
                    .map(|c| c.to_string() + &cs.as_str().to_lowercase())
                    .unwrap_or_default()
            } else {
                sp.name.clone()
            };
            if let Some(full) = full_name(text, lex, &name) {
                sp.name = full;
            }
        }
    }
    // Order speakers by first mention, and renumber.
    let mut first: Vec<(usize, usize)> = speakers
        .iter_mut()
        .enumerate()
        .map(|(i, s)| {
            s.mentions.sort();
            s.mentions.dedup();
            (s.mentions.first().map_or(usize::MAX, |m| m.start), i)
        })
        .collect();
    first.sort();
    let mut remap = vec![0u32; speakers.len()];
    for (new, &(_, old)) in first.iter().enumerate() {
        remap[old] = new as u32;
    }
    // (each speaker moved to its place, not copied: `first` names every one once)
    let mut slots: Vec<Option<Speaker>> = speakers.into_iter().map(Some).collect();
    let mut sorted: Vec<Speaker> = Vec::with_capacity(slots.len());
    for &(_, old) in &first {
        if let Some(mut s) = slots.get_mut(old).and_then(Option::take) {
            s.id = SpeakerId(remap[old]);
            sorted.push(s);
        }
    }
    // Quotes, ordered by position.
    let mut idx: Vec<usize> = (0..drafts.len()).collect();
    idx.sort_by_key(|&k| {
        (
            drafts[k].span.start,
            std::cmp::Reverse(drafts[k].span.end),
            drafts[k].kind as u8,
        )
    });
    let mut new_id = vec![0u32; drafts.len()];
    for (n, &k) in idx.iter().enumerate() {
        new_id[k] = n as u32;
    }
    let quotes = idx
        .iter()
        .enumerate()
        .map(|(n, &k)| {
            let d = &drafts[k];
            let (speaker, mention) = match sp_of[k] {
                Some((s, m)) => (Some(SpeakerId(remap[s])), Some(m)),
                None => (None, None),
            };
            let confidence = match &d.found {
                Some(f)
                    if f.mention.pronoun.is_some()
                        && speaker.is_some_and(|SpeakerId(s)| {
                            sorted[s as usize].kind == SpeakerKind::Unknown
                        }) =>
                {
                    f.confidence * 0.7
                }
                Some(f) => f.confidence,
                None => match d.kind {
                    _ if d.unsourced.is_some() => 0.5,
                    QuoteKind::Scare => 0.7,
                    _ if d.closed => 0.8,
                    _ => 0.5,
                },
            };
            Quote {
                id: QuoteId(n as u32),
                kind: d.kind,
                span: d.span,
                content: d.content,
                speaker,
                mention,
                cue: d
                    .found
                    .as_ref()
                    .map(|f| Cue {
                        span: f.cue,
                        lemma: f.lemma.to_string(),
                    })
                    .or_else(|| {
                        d.unsourced.as_deref().map(|&(span, lemma)| Cue {
                            span,
                            lemma: lemma.to_string(),
                        })
                    }),
                rule: d
                    .found
                    .as_ref()
                    .map(|f| f.rule)
                    .or(d.unsourced.as_ref().map(|_| Rule::Unsourced)),
                confidence,
                paragraph: d.paragraph as u32,
                sentence: d.sentence as u32,
                parent: d.parent.map(|p| QuoteId(new_id[p])),
                continues: d
                    .continues
                    .filter(|&p| p < drafts.len())
                    .map(|p| QuoteId(new_id[p])),
            }
        })
        .collect();
    QuoteAnalysis {
        quotes,
        speakers: sorted,
    }
}

/// The words of the content of `d` (whitespace-separated), counted up to nine: the kinds
/// of quotes tell apart no more. In a paragraph that holds no whitespace a quote is one
/// word and is not read (a megabyte of quote marks nested deep would have each quote's
/// content read to its end). `spaced` remembers the answer for the last paragraph asked
/// (news: a space, found at once).
fn words_up_to_nine(
    text: &str,
    paras: &[Span],
    spaced: &mut Option<(usize, bool)>,
    d: &Draft,
) -> usize {
    let unspaced = paras.get(d.paragraph).is_some_and(|p| {
        if !p.contains(d.content) {
            return false;
        }
        let has_space = match *spaced {
            Some((pi, known)) if pi == d.paragraph => known,
            _ => {
                let s = p.slice(text);
                let known = memchr::memchr(b' ', s.as_bytes()).is_some() || text::has_whitespace(s);
                *spaced = Some((d.paragraph, known));
                known
            }
        };
        !has_space
    });
    if unspaced {
        usize::from(!d.content.is_empty())
    } else {
        d.content.slice(text).split_whitespace().take(9).count()
    }
}

/// Whether every capitalised word of `content` is a German abstract noun (-heit, -keit,
/// -ung, -schaft, -nis, -tion, -ität, -ismus).
fn abstract_nouns(content: &str) -> bool {
    let mut any = false;
    for w in content.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if !w.starts_with(char::is_uppercase) {
            continue;
        }
        any = true;
        let l = w.to_lowercase();
        let l = l.trim_end_matches(['e', 'n', 's']);
        let abstract_noun = [
            "heit", "keit", "ung", "schaft", "nis", "tion", "ität", "ismus", "nisse",
        ]
        .iter()
        .any(|s| l.ends_with(s) || w.to_lowercase().ends_with(s));
        if !abstract_noun {
            return false;
        }
    }
    any
}

/// Titles of works and names: every content word capitalised ("Cities at the Edge").
fn title_like(content: &str) -> bool {
    // a title is short; a long run (a megabyte of quote marks) is not read through
    if content.len() > 200 {
        return false;
    }
    let mut words = content
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !text::is_alphanumeric(c)))
        .filter(|w| !w.is_empty());
    // (no collecting: a megabyte of quote marks asks this of every pair)
    let mut n = 0usize;
    let all = words.all(|w| {
        n += 1;
        title_word(w)
    });
    all && n >= 2
}

/// A word that may stand in a title: capitalised, a number, or a small function word.
fn title_word(w: &str) -> bool {
    // function words that stay lowercase inside titles and names, in the four languages
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from",
        "für", "und", "der", "die", "das", "des", "dem", "den", "von", "vom", "im", "zum", "zur",
        "auf", "aus", "mit", "unter", "über", "de", "du", "la", "le", "les", "et", "y", "del",
        "los", "las", "e", "el", "en", "da", "do", "dos", "d'", "l'",
    ];
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        || SMALL.contains(&w)
}

/// The nearest titled name ("Sen. Ada Reyes", "M. Roumier", "Frau Dr. Weiß") in the
/// 600 bytes before `before`, compatible with `gender`, as a person mention.
///
/// The window's words come from `cache` (the document's words, read once for all the
/// pronouns of a document) except for the few bytes before the window's first whitespace;
/// see [`TitledNames::window`] for why that gives exactly the window's own words.
fn titled_name_before(
    text: &str,
    lex: &Lexicon,
    before: usize,
    gender: Option<Gender>,
    cache: &mut TitledNames,
) -> Option<Mention> {
    // (a word's offsets are 32-bit: a document of 4 GiB or more is read without titled
    // names)
    if u32::try_from(text.len()).is_err() {
        return None;
    }
    let mut start = before.saturating_sub(600);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let end = before.min(text.len());
    let Some((head, tail)) = cache.window(text, start, end) else {
        // the rare window the cache cannot serve: its own words, as before
        let words: Vec<Word> = text::words(text, Span::new(start, end))
            .into_iter()
            .map(|s| Word::new(text, s))
            .collect();
        return titled_run(text, lex, gender, &words, &[]);
    };
    titled_run(text, lex, gender, &head, tail)
}

/// A word of [`titled_name_before`]'s window: its span (as 32-bit offsets: a document's
/// words take 12 bytes each instead of 24, see [`TitledNames`]) and whether it starts with
/// an uppercase letter.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    start: u32,
    end: u32,
    cap: bool,
}

impl Word {
    /// The word at `span` of `text` (a text of at most `u32::MAX` bytes: see
    /// [`titled_name_before`]).
    fn new(text: &str, span: Span) -> Word {
        let cap = span
            .slice(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        Word::at(span, cap)
    }

    fn at(span: Span, cap: bool) -> Word {
        Word {
            start: u32::try_from(span.start).unwrap_or(u32::MAX),
            end: u32::try_from(span.end).unwrap_or(u32::MAX),
            cap,
        }
    }

    fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

/// Whether `w` (a word, with any final dots) is in the lexicon's titles, compared lowercased.
fn is_title(lex: &Lexicon, w: &str) -> bool {
    let w = w.trim_end_matches('.');
    if w.is_ascii() && w.len() <= 32 {
        let mut buf = [0u8; 32];
        let buf = &mut buf[..w.len()];
        buf.copy_from_slice(w.as_bytes());
        buf.make_ascii_lowercase();
        std::str::from_utf8(buf).is_ok_and(|l| lex.titles.contains(l))
    } else {
        lex.titles.contains(w.to_lowercase().as_str())
    }
}

/// The words of a document for [`titled_name_before`]. The pipeline records the words of
/// the paragraphs it tokenizes (`recorded`, with each paragraph's range in `ranges`); on the
/// first pronoun that needs them, the words of the whole text are put together from those
/// and from the other paragraphs, tokenized here. Paragraphs are bounded by whitespace and
/// the tokenizer keeps no state across it, so these are the words of the whole text.
#[derive(Default)]
pub(crate) struct TitledNames {
    /// The words of the paragraphs before `next`, in order: recorded from the tokens of a
    /// paragraph the pipeline tokenized, read here for the others. One list, written
    /// once: for one long document it is most of the memory the pronouns need.
    words: Vec<Word>,
    paras: Vec<Span>,
    next: usize,
}

impl TitledNames {
    /// Ready to record the words of `paras`.
    #[cfg(test)]
    fn new(paras: &[Span]) -> TitledNames {
        TitledNames::reusing(paras, Vec::new())
    }

    /// Ready to record the words of `paras` into `words` (emptied first; its room is
    /// kept, see [`Pool`]).
    fn reusing(paras: &[Span], mut words: Vec<Word>) -> TitledNames {
        words.clear();
        // (a word per 5-6 bytes of news: the words are recorded without regrowing)
        words.reserve(paras.last().map_or(0, |p| p.end) / 5);
        TitledNames {
            words,
            paras: paras.to_vec(),
            next: 0,
        }
    }

    /// The words of the paragraphs from `next` up to `upto` (exclusive), read from the text.
    fn fill(&mut self, text: &str, upto: usize) {
        let upto = upto.min(self.paras.len());
        while self.next < upto {
            let para = self.paras[self.next];
            let words = &mut self.words;
            text::each_word(text, para, |s| words.push(Word::new(text, s)));
            self.next += 1;
        }
    }

    /// Records the tokens of paragraph `pi` (all of them, as `tokenize_into` gave them),
    /// after the words of the paragraphs before it. Paragraphs come in order, each once.
    fn record(&mut self, text: &str, pi: usize, toks: &[Tok]) {
        if pi < self.next {
            return;
        }
        self.fill(text, pi);
        self.words
            .extend(toks.iter().map(|t| Word::at(t.span, t.cap)));
        self.next = pi + 1;
    }

    /// The words of the whole text.
    fn words(&mut self, text: &str) -> &[Word] {
        self.fill(text, self.paras.len());
        &self.words
    }

    /// The words of `text[start..end]`, as `text::words` gives them: the words before the
    /// window's first whitespace, and a slice of the text's words after it. `None` when that
    /// cannot tell (no whitespace in the window, or a word of the text runs across `end`).
    ///
    /// Exact because no word holds whitespace and the tokenizer keeps no state across it:
    /// tokenizing from any whitespace character on gives the same words after it, whatever
    /// came before. So the window's words after its first whitespace `p` are the text's
    /// words after `p`, when no word of the text crosses `end` (a word ending at `end` was
    /// decided without looking past it, as the window's last word is).
    fn window(&mut self, text: &str, start: usize, end: usize) -> Option<(Vec<Word>, &[Word])> {
        if start > end {
            return None;
        }
        let p = start + text[start..end].find(char::is_whitespace)?;
        let words = self.words(text);
        let lo = words.partition_point(|w| w.span().start < p);
        let hi = words.partition_point(|w| w.span().end <= end);
        if words.get(hi).is_some_and(|w| w.span().start < end) || hi < lo {
            return None;
        }
        let head: Vec<Word> = text::words(text, Span::new(start, p))
            .into_iter()
            .map(|s| Word::new(text, s))
            .collect();
        Some((head, &words[lo..hi]))
    }
}

/// The last titled capitalised run of `head` then `tail` (the words of one window, in
/// order) compatible with `gender`, as a person mention.
fn titled_run(
    text: &str,
    lex: &Lexicon,
    gender: Option<Gender>,
    head: &[Word],
    tail: &[Word],
) -> Option<Mention> {
    let n = head.len() + tail.len();
    let word = |k: usize| {
        if k < head.len() {
            head[k]
        } else {
            tail[k - head.len()]
        }
    };
    let w = |k: usize| word(k).span().slice(text);
    let mut k = n;
    while k > 1 {
        k -= 1;
        if !word(k).cap {
            continue;
        }
        // k is the last word of a capitalised run; find its start and a title before it
        let mut a = k;
        while a > 0 && word(a - 1).cap {
            a -= 1;
        }
        let mut t = a;
        while t < k && is_title(lex, w(t)) {
            t += 1;
        }
        if t == a || t > k {
            k = a;
            continue;
        }
        let honorific = w(a).trim_end_matches('.').to_lowercase();
        let g = crate::lexicon::honorific_gender(&honorific);
        if gender.is_some() && g.is_some() && g != gender {
            k = a;
            continue;
        }
        let name = Span::new(word(t).span().start, word(k).span().end);
        let title: Vec<&str> = (a..t)
            .map(w)
            .filter(|x| !crate::lexicon::is_honorific(&x.trim_end_matches('.').to_lowercase()))
            .collect();
        return Some(Mention {
            span: Span::new(word(a).span().start, word(k).span().end),
            name: name.slice(text).to_string(),
            kind: SpeakerKind::Person,
            title: (!title.is_empty()).then(|| title.join(" ")),
            gender: g.or(gender),
            pronoun: None,
        });
    }
    None
}

/// The first "Firstname Surname" in `text` for a bare surname: a capitalised word right
/// before it that is no title, function word or sentence opener.
fn full_name(text: &str, lex: &Lexicon, surname: &str) -> Option<String> {
    let finder = memchr::memmem::Finder::new(surname.as_bytes());
    for pos in finder.find_iter(text.as_bytes()).take(200) {
        let end = pos + surname.len();
        if text[end..]
            .chars()
            .next()
            .is_some_and(text::is_alphanumeric)
        {
            continue;
        }
        let before = text[..pos].strip_suffix(' ')?;
        let first: &str = before
            .rsplit(|c: char| !(text::is_alphanumeric(c) || c == '-' || c == '.'))
            .next()
            .unwrap_or("");
        let fl = first.to_lowercase();
        let ok = first.chars().next().is_some_and(char::is_uppercase)
            && first.chars().count() > 1
            && !first.ends_with('.')
            && first.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && !lex.titles.contains(fl.as_str())
            && !lex.not_names.contains(fl.as_str())
            && !lex.determiners.contains(fl.as_str())
            && !lex.organisations.contains(fl.as_str());
        if ok {
            return Some(format!("{first} {surname}"));
        }
    }
    None
}

/// Abbreviated titles and the role nouns they stand for.
const ROLE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("gov", "governor"),
    ("sen", "senator"),
    ("rep", "representative"),
    ("pres", "president"),
    ("gen", "general"),
    ("lt", "lieutenant"),
    ("col", "colonel"),
    ("sgt", "sergeant"),
    ("capt", "captain"),
    ("det", "detective"),
    ("supt", "superintendent"),
    ("dr", "doctor"),
    ("prof", "professor"),
    ("atty", "attorney"),
    ("insp", "inspector"),
];

/// The words of `name`, trimmed of punctuation and lowercased, without articles, joined by
/// single spaces (built in one string, not a string per word).
fn norm_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for w in name.split_whitespace() {
        let w = w.trim_matches(|c: char| !text::is_alphanumeric(c));
        if w.is_empty() {
            continue;
        }
        let at = out.len();
        if at > 0 {
            out.push(' ');
        }
        let word_start = out.len();
        if w.is_ascii() {
            out.push_str(w);
            out[word_start..].make_ascii_lowercase();
        } else {
            out.push_str(&w.to_lowercase());
        }
        if matches!(&out[word_start..], "the" | "a" | "an") {
            out.truncate(at);
        }
    }
    out
}

/// `a.ends_with(&format!(" {b}"))`, without building the string.
fn ends_with_word(a: &str, b: &str) -> bool {
    a.len() > b.len() && a.ends_with(b) && a.as_bytes()[a.len() - b.len() - 1] == b' '
}

/// Finds or creates the speaker of mention `m`.
fn resolve(
    text: &str,
    lex: &Lexicon,
    m: &Mention,
    speakers: &mut Vec<Speaker>,
    keys: &mut Vec<Key>,
    last: &[(usize, usize)],
    titled: &mut TitledNames,
) -> usize {
    if let Some((pk, gender)) = m.pronoun {
        // The first person outside quotes is the writer ("I would ask each member …" in a
        // column): no one named before. (A transcript line's "NAME: I …" was given NAME
        // before resolution.)
        let bare = m.name.to_lowercase();
        let bare = bare.split(['\'', '’']).next().unwrap_or_default();
        if matches!(bare, "i" | "we") {
            let key = m.name.to_lowercase();
            if let Some(i) = keys
                .iter()
                .position(|k| k.kind == SpeakerKind::Unknown && k.key == key)
            {
                return i;
            }
            return push(speakers, keys, Key::new(SpeakerKind::Unknown, key), m);
        }
        // A titled name in the text just before (not yet a speaker) may be nearer than
        // any speaker: "Sen. Ada Reyes spoke on Monday. “…,” she said."
        if pk == PronounKind::Person {
            let nearest_speaker = last
                .iter()
                .rev()
                .take(64)
                .find(|&&(pos, idx)| {
                    pos < m.span.start
                        && speakers[idx].kind == SpeakerKind::Person
                        && (gender.is_none()
                            || speakers[idx].gender.is_none()
                            || speakers[idx].gender == gender)
                })
                .map(|&(pos, _)| pos);
            if let Some(named) = titled_name_before(text, lex, m.span.start, gender, titled) {
                if nearest_speaker.is_none_or(|p| named.span.start > p) {
                    let idx = resolve(text, lex, &named, speakers, keys, last, titled);
                    if speakers[idx].gender.is_none() {
                        speakers[idx].gender = gender;
                    }
                    return idx;
                }
            }
        }
        // nearest earlier speaker of a compatible kind
        let compatible = |s: &Speaker| match pk {
            PronounKind::Person => {
                s.kind == SpeakerKind::Person
                    && (gender.is_none() || s.gender.is_none() || s.gender == gender)
            }
            PronounKind::Thing => {
                matches!(s.kind, SpeakerKind::Organisation | SpeakerKind::Document)
            }
            PronounKind::Group => matches!(
                s.kind,
                SpeakerKind::Group | SpeakerKind::Organisation | SpeakerKind::Person
            ),
        };
        // the antecedent is near: look at the last few dozen mentions only, so a long
        // article of unresolvable pronouns stays linear
        if let Some(&(_, idx)) = last
            .iter()
            .rev()
            .take(64)
            .find(|&&(pos, idx)| pos < m.span.start && compatible(&speakers[idx]))
        {
            if speakers[idx].gender.is_none() {
                speakers[idx].gender = gender;
            }
            return idx;
        }
        // unresolved pronoun: its own unknown speaker
        let key = m.name.to_lowercase();
        if let Some(i) = keys
            .iter()
            .position(|k| k.kind == SpeakerKind::Unknown && k.key == key)
        {
            return i;
        }
        return push(speakers, keys, Key::new(SpeakerKind::Unknown, key), m);
    }
    let key = norm_key(&m.name);
    // "the governor" after "Gov. Celia Harlan": a role noun names the person with that title
    // (a role word only: "Sanders" after "Sanders campaign manager Jeff Weaver" is not
    // his role)
    if m.kind == SpeakerKind::Person
        && !key.contains(' ')
        && (lex.titles.contains(key.as_str()) || lex.person_nouns.contains(key.as_str()))
    {
        let role = key.as_str();
        // (`role` is lowercase already; an ASCII word is compared without lowercasing it;
        // the abbreviations of the role are looked up only when a title is matched)
        let matches_role = |t: &str| {
            t.split_whitespace().any(|w| {
                let w = w.trim_end_matches('.');
                let is = |x: &str| {
                    if w.is_ascii() {
                        w.eq_ignore_ascii_case(x) && !x.bytes().any(|b| b.is_ascii_uppercase())
                    } else {
                        w.to_lowercase() == x
                    }
                };
                is(role)
                    || ROLE_ABBREVIATIONS
                        .iter()
                        .any(|&(a, full)| full == role && is(a))
            })
        };
        // the last mentions name a few speakers many times: each speaker's title is matched
        // once (a small direct-mapped memo of speaker index -> answer)
        let mut memo = [(usize::MAX, false); 16];
        let mut titled_role = |idx: usize| {
            let slot = &mut memo[idx % 16];
            if slot.0 != idx {
                *slot = (
                    idx,
                    speakers[idx].title.as_deref().is_some_and(matches_role),
                );
            }
            slot.1
        };
        // (most speakers have no title: when none has this role, the mentions need no
        // reading)
        let any_titled = speakers
            .iter()
            .enumerate()
            .any(|(idx, s)| s.kind == SpeakerKind::Person && s.title.is_some() && titled_role(idx));
        if any_titled {
            if let Some(&(_, idx)) = last.iter().rev().take(64).find(|&&(pos, idx)| {
                pos < m.span.start && speakers[idx].kind == SpeakerKind::Person && titled_role(idx)
            }) {
                return idx;
            }
        }
    }
    // match an existing speaker
    let key = Key::new(m.kind, key);
    let person = m.kind == SpeakerKind::Person;
    for (i, k) in keys.iter().enumerate() {
        let same = if person && k.kind == SpeakerKind::Person {
            k.last() == key.last() && {
                // first names must agree when both are given
                k.key == key.key || !k.spaced() || !key.spaced() || k.first() == key.first()
            }
        } else {
            k.kind == m.kind
                && (k.key == key.key
                    || ends_with_word(&k.key, &key.key)
                    || ends_with_word(&key.key, &k.key))
        };
        if same {
            let s = &mut speakers[i];
            if m.name.split_whitespace().count() > s.name.split_whitespace().count() {
                s.name = m.name.clone();
                keys[i] = key;
            }
            if s.title.is_none() {
                s.title = m.title.clone();
            }
            if s.gender.is_none() {
                s.gender = m.gender;
            }
            return i;
        }
    }
    push(speakers, keys, key, m)
}

/// The normalised key of a speaker, with the bounds of its first and last words worked out
/// once (every later mention is compared with every speaker's key).
pub(crate) struct Key {
    kind: SpeakerKind,
    key: String,
    /// End of the first word (`key.len()` for a key of one word).
    first_end: usize,
    /// Start of the last word (0 for a key of one word).
    last_start: usize,
}

impl Key {
    fn new(kind: SpeakerKind, key: String) -> Key {
        let first_end = key.find(' ').unwrap_or(key.len());
        let last_start = key.rfind(' ').map_or(0, |i| i + 1);
        Key {
            kind,
            key,
            first_end,
            last_start,
        }
    }

    /// The key's first word (up to its first space).
    fn first(&self) -> &str {
        &self.key[..self.first_end]
    }

    /// The key's last word (after its last space).
    fn last(&self) -> &str {
        &self.key[self.last_start..]
    }

    /// Whether the key holds a space (two words or more).
    fn spaced(&self) -> bool {
        self.first_end < self.key.len()
    }
}

fn push(speakers: &mut Vec<Speaker>, keys: &mut Vec<Key>, key: Key, m: &Mention) -> usize {
    let kind = key.kind;
    speakers.push(Speaker {
        id: SpeakerId(speakers.len() as u32),
        name: m.name.clone(),
        kind,
        title: m.title.clone(),
        gender: m.gender,
        mentions: Vec::new(),
    });
    keys.push(key);
    speakers.len() - 1
}

/// Detects the language of a document from its first few kilobytes: quote-mark
/// conventions („ German, « with spaces French, — dialogue Spanish) and the most common
/// function words. Returns an index into [`LANGUAGES`]; English when unsure.
pub(crate) fn detect_language(text: &str) -> usize {
    let mut end = text.len().min(6000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let mut score = [0i32; 4];
    // Words are maximal runs of letters and apostrophes; ASCII bytes are classified
    // without decoding.
    let b = head.as_bytes();
    // (an empty word is no function word: runs of separators cost no lookup; an ASCII
    // word is packed lowercased while it is scanned, as `function_word_language` would)
    let mut start = 0;
    let mut i = 0;
    let mut key = 0u64;
    let mut ascii = true;
    // ASCII letters and the apostrophe, by byte
    const WORD_BYTE: [bool; 256] = {
        let mut t = [false; 256];
        let mut c = 0;
        while c < 256 {
            t[c] = (c as u8).is_ascii_alphabetic() || c == b'\'' as usize;
            c += 1;
        }
        t
    };
    while i < b.len() {
        let c = b[i];
        if WORD_BYTE[usize::from(c)] {
            // the bulk of any word, without the general case below
            let n = i - start;
            if n < 8 {
                key |= u64::from(c.to_ascii_lowercase()) << (8 * n);
            }
            i += 1;
            continue;
        }
        let (in_word, len) = if c < 0x80 {
            (false, 1)
        } else {
            let c = head[i..].chars().next().unwrap_or(' ');
            (c.is_alphabetic() || c == '’', c.len_utf8())
        };
        if in_word {
            ascii = false;
        } else {
            if i > start {
                let l = if ascii {
                    (i - start <= 6)
                        .then(|| packed_function_word(key))
                        .flatten()
                } else {
                    function_word_language(&head[start..i])
                };
                if let Some(l) = l {
                    score[l] += 1;
                }
            }
            start = i + len;
            key = 0;
            ascii = true;
        }
        i += len;
    }
    if let Some(l) = function_word_language(&head[start..]) {
        score[l] += 1;
    }
    let count = |mark: &str| memchr::memmem::find_iter(b, mark.as_bytes()).count() as i32;
    score[1] += 3 * count("„");
    score[2] += 3 * (count("« ") + count("«\u{a0}"));
    let best = (0..4)
        .max_by_key(|&i| (score[i], std::cmp::Reverse(i)))
        .unwrap_or(0);
    if score[best] == 0 {
        0
    } else {
        best
    }
}

/// The most common function words of each language (index into [`LANGUAGES`]).
const FUNCTION_WORDS: &[(&str, usize)] = &[
    ("the", 0),
    ("and", 0),
    ("of", 0),
    ("to", 0),
    ("said", 0),
    ("is", 0),
    ("was", 0),
    ("that", 0),
    ("with", 0),
    ("for", 0),
    ("der", 1),
    ("die", 1),
    ("das", 1),
    ("und", 1),
    ("nicht", 1),
    ("ist", 1),
    ("mit", 1),
    ("sich", 1),
    ("sagte", 1),
    ("auf", 1),
    ("dem", 1),
    ("den", 1),
    ("le", 2),
    ("les", 2),
    ("et", 2),
    ("est", 2),
    ("une", 2),
    ("dans", 2),
    ("pour", 2),
    ("qui", 2),
    ("pas", 2),
    ("du", 2),
    ("au", 2),
    ("selon", 2),
    ("el", 3),
    ("los", 3),
    ("las", 3),
    ("y", 3),
    ("por", 3),
    ("con", 3),
    ("una", 3),
    ("según", 3),
    ("dijo", 3),
    ("pero", 3),
    ("como", 3),
    ("del", 3),
];

/// A word of at most eight bytes packed into an integer (zero-padded: words hold no
/// NUL), so that a function word is found with one integer hash.
fn pack(word: &[u8]) -> Option<u64> {
    if word.len() > 8 {
        return None;
    }
    Some(
        word.iter()
            .rev()
            .fold(0u64, |acc, &b| (acc << 8) | u64::from(b)),
    )
}

/// The language whose function word `w` is (compared lowercased), if any.
fn function_word_language(w: &str) -> Option<usize> {
    // no function word is longer than six bytes, and ASCII lowercasing keeps the length
    let key = if w.is_ascii() {
        if w.len() > 6 {
            return None;
        }
        // `pack` of the lowercased word, in one pass
        w.bytes().enumerate().fold(0u64, |k, (j, c)| {
            k | u64::from(c.to_ascii_lowercase()) << (8 * j)
        })
    } else {
        pack(w.to_lowercase().as_bytes())?
    };
    packed_function_word(key)
}

const FUNCTION_WORD_SLOTS: usize = 128;

/// An open-addressing table of the packed function words (a key of 0 is an empty slot: no
/// word packs to 0), probed from a multiplicative hash: a lookup is a multiply and a
/// compare or two, where a general hash map costs several times that per word.
#[allow(clippy::type_complexity)]
fn function_word_table() -> (
    &'static [(u64, usize); FUNCTION_WORD_SLOTS],
    fn(u64) -> usize,
) {
    static TABLE: OnceLock<[(u64, usize); FUNCTION_WORD_SLOTS]> = OnceLock::new();
    fn slot(k: u64) -> usize {
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 57) as usize % FUNCTION_WORD_SLOTS
    }
    let table = TABLE.get_or_init(|| {
        let mut t = [(0u64, 0usize); FUNCTION_WORD_SLOTS];
        for &(w, l) in FUNCTION_WORDS {
            let Some(k) = pack(w.as_bytes()) else {
                continue;
            };
            let mut i = slot(k);
            while t[i].0 != 0 && t[i].0 != k {
                i = (i + 1) % FUNCTION_WORD_SLOTS;
            }
            t[i] = (k, l);
        }
        t
    });
    (table, slot)
}

/// [`function_word_language`] of a word already packed (lowercased).
fn packed_function_word(key: u64) -> Option<usize> {
    let (table, slot) = function_word_table();
    if key == 0 {
        return None;
    }
    let mut i = slot(key);
    loop {
        match table[i] {
            (0, _) => return None,
            (k, l) if k == key => return Some(l),
            _ => i = (i + 1) % FUNCTION_WORD_SLOTS,
        }
    }
}

/// A dialogue paragraph that opens with a dash: the spoken segments and the narrator's
/// incise between them ("—Texto —dijo él—. Más texto.").
fn dash_dialogue(text: &str, para: Span) -> Option<(Vec<Span>, Option<Span>)> {
    let p = para.slice(text);
    let first = p.chars().next()?;
    if !matches!(first, '—' | '―' | '–') {
        return None;
    }
    let body_start = para.start + first.len_utf8();
    let body = &text[body_start..para.end];
    // the incise opens with " —" and closes at the next dash (or the paragraph's end)
    let Some(open) = body.find([' ', '\u{a0}']).and_then(|_| {
        body.match_indices(['—', '―', '–'])
            .map(|(k, _)| k)
            .find(|&k| k > 0 && body[..k].ends_with([' ', '\u{a0}']))
    }) else {
        let c = trim_span(text, Span::new(body_start, para.end));
        return (!c.is_empty()).then(|| (vec![c], None));
    };
    let first_seg = trim_span(text, Span::new(body_start, body_start + open));
    let after_open = open + '—'.len_utf8();
    let close = body[after_open..]
        .find(['—', '―', '–'])
        .map(|k| after_open + k);
    let incise = Span::new(
        body_start + after_open,
        body_start + close.unwrap_or(body.len()),
    );
    let mut segs = vec![first_seg];
    if let Some(c) = close {
        // what follows the closing dash, after its punctuation, is spoken again
        let rest = &body[c + '—'.len_utf8()..];
        let skip = rest.len()
            - rest
                .trim_start_matches(['.', ',', ';', ':', ' ', '\u{a0}'])
                .len();
        let seg = trim_span(
            text,
            Span::new(body_start + c + '—'.len_utf8() + skip, para.end),
        );
        if seg
            .slice(text)
            .chars()
            .filter(|c| text::is_alphanumeric(*c))
            .count()
            > 1
        {
            segs.push(seg);
        }
    }
    segs.retain(|s| !s.is_empty());
    (!segs.is_empty()).then_some((segs, Some(trim_span(text, incise))))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Extractor::analyze` scans each paragraph alone for cue words, which finds what a
    /// scan of the whole text finds only because no cue word (the needles of `cue_finder`:
    /// the keys of these tables) holds whitespace.
    /// `turn` as it was, splitting every paragraph at its first colon.
    fn turn_by_split(text: &str, para: Span) -> Option<(Span, bool)> {
        let p = para.slice(text);
        let (label, body) = if let Some(rest) = p.strip_prefix(['—', '―', '–']) {
            (None, rest)
        } else {
            let (head, rest) = p.split_once(':')?;
            (Some(head.trim()), rest)
        };
        let start = para.end - body.len();
        let body = trim_span(text, Span::new(start, para.end));
        if body.is_empty() {
            return None;
        }
        let ends_question = body.slice(text).trim_end().ends_with('?');
        match label {
            None => Some((body, ends_question)),
            Some("Q" | "F" | "P" | "Frage") => Some((body, true)),
            Some("A" | "R" | "Antwort") => Some((body, false)),
            Some(_) => None,
        }
    }

    proptest::proptest! {
        /// A turn is found by its label at the paragraph's start as by its first colon.
        #[test]
        fn turns_found_by_their_label_as_by_the_first_colon(
            t in "(Q|F|P|Frage|A|R|Antwort|Fragen|Ant|QA|—|– | |\u{a0}|:|x|\\?|Q: |A :|\\.){0,12}"
        ) {
            for para in text::paragraphs(&t) {
                proptest::prop_assert_eq!(turn(&t, para), turn_by_split(&t, para));
            }
        }
    }

    #[test]
    fn cue_words_hold_no_whitespace() {
        for code in LANGUAGES {
            let lex = Lexicon::for_language(code).expect("lexicon");
            for w in lex.word_flags.words() {
                assert!(!w.contains(char::is_whitespace), "{code}: {w:?}");
            }
        }
    }

    proptest::proptest! {
        /// The cached words of `TitledNames::window` are exactly the window's own words,
        /// for windows that move forward through a text (as pronouns are resolved) and for
        /// windows that jump back or past the cache.
        #[test]
        fn titled_names_window_is_the_windows_words(
            t in "([a-cA-C0-9 .,'’\\-‐\n\u{a0}\u{2009}é]|Mr|Sen|U\\.S\\.){0,80}",
            cuts in proptest::collection::vec(0usize..400, 1..8),
            width in 1usize..40,
        ) {
            let paras = text::paragraphs(&t);
            let lower = t.to_ascii_lowercase();
            let mut cache = TitledNames::new(&paras);
            // every other paragraph recorded as the pipeline records them
            for (pi, &p) in paras.iter().enumerate().filter(|(pi, _)| pi % 2 == 0) {
                let toks = crate::attribute::tokenize(&t, &lower, p, &[]);
                cache.record(&t, pi, &toks);
            }
            for cut in cuts {
                let mut end = cut.min(t.len());
                while !t.is_char_boundary(end) {
                    end -= 1;
                }
                let mut start = end.saturating_sub(width);
                while !t.is_char_boundary(start) {
                    start += 1;
                }
                let want = text::words(&t, Span::new(start, end));
                if let Some((head, tail)) = cache.window(&t, start, end) {
                    let got: Vec<Span> = head.iter().chain(tail).map(|w| w.span()).collect();
                    proptest::prop_assert_eq!(got, want);
                }
            }
        }
    }

    #[test]
    fn german_abstract_nouns_in_marks_are_no_title() {
        assert!(abstract_nouns("Gelassenheit und Aufmerksamkeit"));
        assert!(abstract_nouns("zur Kenntnis"));
        assert!(abstract_nouns("Erkenntnisse der Forschung"));
        assert!(!abstract_nouns("Die Nacht der Stadt"));
        assert!(!abstract_nouns("Lauterfelder Rundschau"));
        assert!(!abstract_nouns("ohne Großbuchstaben"));
    }

    #[test]
    fn a_surname_counts_once_introduced_after_a_name_or_title() {
        let text = "Der Betriebsratschef Bernd Osterloh kritisierte die Kommission. Eine \
                    Stunde später sieht Osterloh einen Angriff. Die Stunde kam.";
        let at = text.rfind("Osterloh").unwrap_or(0);
        assert!(surname_introduced(text, at, "Osterloh"));
        // after a determiner it is a noun, not a name
        let at = text.rfind("Stunde").unwrap_or(0);
        assert!(!surname_introduced(text, at, "Stunde"));
        // only what stands before counts, and only whole words
        assert!(!surname_introduced(text, 10, "Osterloh"));
        assert!(!surname_introduced(text, text.len(), "Oster"));
    }
}
