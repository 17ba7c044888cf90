//! The onrecord command.
fn main() {}
