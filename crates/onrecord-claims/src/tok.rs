//! A small tokenizer for claim tagging: words, numbers and single punctuation marks, each
//! with its byte span in the document and whether whitespace (or a newline) precedes it.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with inner apostrophes (don't, Canada's).
    Word,
    /// ASCII digits with inner `.` or `,` groups (1,234.5), or a leading `.5`.
    Num,
    /// Any other single non-space character.
    Punct,
}

/// One token.
#[derive(Clone, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace before the token (or the token starts the range).
    pub space: bool,
    /// A line break before the token.
    pub nl: bool,
    /// Lowercased text (’ folded to ').
    pub lower: String,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_num(&self) -> bool {
        self.kind == Kind::Num
    }
    pub fn is_punct(&self, c: &str) -> bool {
        self.kind == Kind::Punct && self.lower == c
    }
    /// The original text of the token.
    pub fn raw<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
    /// Whether the original starts with an uppercase letter.
    pub fn is_cap(&self, text: &str) -> bool {
        self.raw(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }
}

fn is_apos(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokenizes `text[start..end]`; `start` and `end` must be char boundaries.
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok> {
    let mut out = Vec::new();
    let Some(slice) = text.get(start..end) else {
        return out;
    };
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let n = chars.len();
    let mut i = 0;
    let mut space = true;
    let mut nl = false;
    while i < n {
        let (b, c) = chars[i];
        if c.is_whitespace() {
            space = true;
            if c == '\n' || c == '\r' || c == '\u{2029}' {
                nl = true;
            }
            i += 1;
            continue;
        }
        let kind;
        let rest = &slice[b..];
        if rest.starts_with("http://")
            || rest.starts_with("https://")
            || rest.starts_with("www.")
            || rest.starts_with("pic.twitter.com")
        {
            // a link is one opaque token: no figures or words inside
            kind = Kind::Punct;
            while i < n && !chars[i].1.is_whitespace() {
                i += 1;
            }
        } else if c.is_alphabetic() {
            kind = Kind::Word;
            i += 1;
            while i < n {
                let c2 = chars[i].1;
                if c2.is_alphabetic() || c2.is_mark() {
                    i += 1;
                } else if is_apos(c2) && i + 1 < n && chars[i + 1].1.is_alphabetic() {
                    i += 2;
                } else {
                    break;
                }
            }
        } else if c.is_ascii_digit()
            || (c == '.'
                && i + 1 < n
                && chars[i + 1].1.is_ascii_digit()
                && (i == 0 || !chars[i - 1].1.is_ascii_alphanumeric()))
        {
            kind = Kind::Num;
            i += 1;
            while i < n {
                let c2 = chars[i].1;
                if c2.is_ascii_digit() {
                    i += 1;
                } else if (c2 == '.' || c2 == ',') && i + 1 < n && chars[i + 1].1.is_ascii_digit() {
                    i += 2;
                } else {
                    break;
                }
            }
        } else {
            kind = Kind::Punct;
            i += 1;
        }
        let e = if i < n { chars[i].0 } else { slice.len() };
        let raw = &slice[b..e];
        let lower = match kind {
            Kind::Word => raw.to_lowercase().replace('’', "'"),
            Kind::Punct if raw.chars().nth(1).is_some() => "<url>".to_string(),
            _ => raw.to_string(),
        };
        out.push(Tok {
            start: start + b,
            end: start + e,
            kind,
            space,
            nl,
            lower,
        });
        space = false;
        nl = false;
    }
    out
}

/// Lowercased tokens of a lexicon phrase joined by single spaces (the lookup key).
pub(crate) fn norm_key(phrase: &str) -> String {
    let toks = tokenize(phrase, 0, phrase.len());
    let mut s = String::new();
    for t in &toks {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&t.lower);
    }
    s
}

/// Key of tokens `i..j` (see [`norm_key`]).
pub(crate) fn key_of(toks: &[Tok], i: usize, j: usize) -> String {
    let mut s = String::new();
    for t in toks.get(i..j).unwrap_or(&[]) {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&t.lower);
    }
    s
}

trait IsMark {
    fn is_mark(&self) -> bool;
}
impl IsMark for char {
    /// Combining diacritics (kept inside words).
    fn is_mark(&self) -> bool {
        matches!(*self as u32, 0x0300..=0x036F)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_punct() {
        let s = "I’ve seen $1,234.5m—ok https://x.co/3a";
        let t = tokenize(s, 0, s.len());
        let lows: Vec<&str> = t.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(
            lows,
            vec!["i've", "seen", "$", "1,234.5", "m", "—", "ok", "<url>"]
        );
        assert!(!t[4].space);
    }
}
