//! The quote extractor alone on arbitrary text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use onrecord_fuzz::{check_quotes, extractor, text_of};

fuzz_target!(|data: &[u8]| {
    let text = text_of(data);
    let a = extractor().analyze(&text);
    check_quotes(&text, &a);
    // Deterministic: the same text gives the same analysis.
    assert_eq!(a, extractor().analyze(&text), "analysis is deterministic");
});
