//! The whole pipeline on arbitrary text: quotes, speakers, claims, and the JSON report in
//! code points and UTF-16 units.
#![no_main]

use libfuzzer_sys::fuzz_target;
use onrecord_fuzz::{check_analysis, check_report, pipeline, text_of};

fuzz_target!(|data: &[u8]| {
    let text = text_of(data);
    let a = pipeline().analyze(&text);
    check_analysis(&text, &a);
    check_report(&text, &a);
});
