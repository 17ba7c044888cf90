//! The whole pipeline on arbitrary text, in each language: quotes, speakers, claims, and
//! the JSON report in code points and UTF-16 units.
#![no_main]

use libfuzzer_sys::fuzz_target;
use onrecord_fuzz::{check_analysis, check_report, pipeline_for, text_of};

fuzz_target!(|data: &[u8]| {
    let text = text_of(data);
    // the first byte picks the language (English, German, French, Spanish, detected)
    let a = pipeline_for(data.first().copied().unwrap_or(0)).analyze(&text);
    check_analysis(&text, &a);
    check_report(&text, &a);
});
