//! End-to-end tests of the `onrecord` command: input and output formats, ordering,
//! error records, `--strict`, compressed input, atomic `-o`, write errors, exit codes.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const ARTICLE: &str = "“We will build 300 new homes this year,” Mayor Ada Reyes said on Monday.\n\n\
The council disagreed. “The city cannot afford it,” said Councillor Tom Baker, who added that costs rose by 23% last year.\n";

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_onrecord"))
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = bin();
    cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let mut child = cmd.spawn().expect("spawn onrecord");
    if let Some(data) = stdin {
        let mut si = child.stdin.take().expect("stdin");
        let data = data.to_vec();
        std::thread::spawn(move || {
            let _ = si.write_all(&data);
        });
    }
    child.wait_with_output().expect("wait onrecord")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

fn jsonl(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

fn p(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

fn corpus_line(id: &str, text: &str) -> String {
    serde_json::json!({"id": id, "text": text}).to_string() + "\n"
}

/// A JSONL corpus of `n` documents with ids `d0…`, varied texts.
fn corpus(n: usize) -> String {
    (0..n)
        .map(|i| {
            let text = match i % 3 {
                0 => ARTICLE.to_string(),
                1 => format!("“Number {i} is up,” said Jane Roe."),
                _ => format!("Nothing quoted in document {i}."),
            };
            corpus_line(&format!("d{i}"), &text)
        })
        .collect()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).expect("gzip");
    e.finish().expect("gzip")
}

fn zstd(data: &[u8]) -> Vec<u8> {
    zstd::stream::encode_all(data, 3).expect("zstd")
}

fn write(dir: &Path, name: &str, data: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("mkdir");
    }
    fs::write(&path, data).expect("write");
    path
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

#[test]
fn text_file_gives_a_readable_report() {
    let d = tmp();
    let f = write(d.path(), "article.txt", ARTICLE);
    let o = run(&[p(&f)], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("== "), "{out}");
    assert!(out.contains("Ada Reyes"), "{out}");
    assert!(
        o.stderr.is_empty(),
        "nothing on a non-terminal stderr: {}",
        stderr(&o)
    );
}

#[test]
fn json_is_an_object_for_one_document_and_an_array_for_several() {
    let d = tmp();
    let a = write(d.path(), "a.txt", ARTICLE);
    let b = write(d.path(), "b.txt", "“Yes,” she said.");
    let o = run(&["--format", "json", p(&a)], None);
    assert_eq!(code(&o), 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["id"], p(&a));
    assert!(!v["quotes"].as_array().expect("quotes").is_empty());
    assert!(v["speakers"].is_array());
    let o = run(&["--format", "json", p(&a), p(&b)], None);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let arr = v.as_array().expect("array");
    assert_eq!(arr.len(), 2);
    assert_eq!(arr[1]["id"], p(&b));
}

#[test]
fn jsonl_from_stdin_keeps_fields_and_ids() {
    let input = corpus_line("x1", ARTICLE) + &corpus_line("x2", "No quotes here.");
    let o = run(&["--input", "jsonl", "-"], Some(input.as_bytes()));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let docs = jsonl(&o);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], "x1");
    assert_eq!(docs[1]["quotes"], serde_json::json!([]));
    let q = &docs[0]["quotes"][0];
    for key in [
        "id",
        "kind",
        "span",
        "content",
        "text",
        "speaker",
        "confidence",
        "claims",
    ] {
        assert!(q.get(key).is_some(), "quote field {key} in {q}");
    }
}

#[test]
fn custom_fields_and_missing_id_uses_the_line_number() {
    let input = "{\"body\": \"“Fine,” he said.\", \"url\": \"u1\"}\n{\"body\": \"Plain.\"}\n";
    let o = run(
        &["-i", "jsonl", "--text-field", "body", "--id-field", "url"],
        Some(input.as_bytes()),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let docs = jsonl(&o);
    assert_eq!(docs[0]["id"], "u1");
    assert_eq!(docs[1]["id"], 2);
}

#[test]
fn output_is_in_input_order_with_two_threads() {
    let d = tmp();
    let n = 3000;
    let f = write(d.path(), "corpus.jsonl", corpus(n));
    let o = run(&["--threads", "2", p(&f)], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let docs = jsonl(&o);
    assert_eq!(docs.len(), n);
    for (i, doc) in docs.iter().enumerate() {
        assert_eq!(doc["id"], format!("d{i}"));
    }
    // Same output whatever the number of threads.
    let one = run(&["--threads", "1", p(&f)], None);
    assert_eq!(one.stdout, o.stdout);
}

fn bad_corpus() -> Vec<u8> {
    let mut v = Vec::new();
    v.extend_from_slice(corpus_line("ok1", ARTICLE).as_bytes()); // line 1
    v.extend_from_slice(b"this is not json\n"); // line 2
    v.extend_from_slice(b"{\"id\": \"nofield\", \"body\": \"x\"}\n"); // line 3
    v.extend_from_slice(b"\n"); // line 4: blank, skipped
    v.extend_from_slice(b"{\"id\": \"latin1\", \"text\": \"caf\xe9\"}\n"); // line 5
    v.extend_from_slice(b"{\"id\": \"num\", \"text\": 42}\n"); // line 6
    v.extend_from_slice(b"[1, 2]\n"); // line 7
    v.extend_from_slice(corpus_line("ok2", "“Yes,” she said.").as_bytes()); // line 8
    v
}

#[test]
fn bad_lines_become_error_records_with_line_numbers() {
    let d = tmp();
    let f = write(d.path(), "bad.jsonl", bad_corpus());
    let o = run(&[p(&f)], None);
    assert_eq!(code(&o), 1, "some records failed: {}", stderr(&o));
    let docs = jsonl(&o);
    assert_eq!(docs.len(), 7, "one output per non-blank input line");
    assert_eq!(docs[0]["id"], "ok1");
    assert_eq!(docs[6]["id"], "ok2");
    let errors: Vec<(u64, &str)> = docs[1..6]
        .iter()
        .map(|e| {
            assert_eq!(e["source"], p(&f));
            assert!(e.get("id").is_some());
            (
                e["line"].as_u64().expect("line"),
                e["error"].as_str().expect("error"),
            )
        })
        .collect();
    assert_eq!(
        errors.iter().map(|e| e.0).collect::<Vec<_>>(),
        vec![2, 3, 5, 6, 7]
    );
    assert!(errors[0].1.contains("not JSON"), "{}", errors[0].1);
    assert!(errors[1].1.contains("no field `text`"), "{}", errors[1].1);
    assert_eq!(docs[2]["id"], "nofield");
    assert!(errors[2].1.contains("not UTF-8"), "{}", errors[2].1);
    assert!(errors[3].1.contains("not a string"), "{}", errors[3].1);
    assert!(errors[4].1.contains("not a JSON object"), "{}", errors[4].1);
}

#[test]
fn error_records_in_text_and_table_outputs() {
    let d = tmp();
    let f = write(d.path(), "bad.jsonl", bad_corpus());
    let o = run(&["--format", "text", p(&f)], None);
    assert_eq!(code(&o), 1);
    assert!(
        stdout(&o).contains(&format!("== {}:2: error: not JSON", p(&f))),
        "{}",
        stdout(&o)
    );
    let o = run(&["--format", "csv", p(&f)], None);
    assert_eq!(code(&o), 1);
    let mut r = csv::Reader::from_reader(o.stdout.as_slice());
    let headers = r.headers().expect("header").clone();
    let err_col = headers
        .iter()
        .position(|h| h == "error")
        .expect("error column");
    let errors: Vec<String> = r
        .records()
        .map(|rec| rec.expect("row")[err_col].to_string())
        .filter(|e| !e.is_empty())
        .collect();
    assert_eq!(errors.len(), 5);
    assert!(errors[0].contains(":2: not JSON"), "{}", errors[0]);
}

#[test]
fn strict_stops_at_the_first_bad_record() {
    let d = tmp();
    let f = write(d.path(), "bad.jsonl", bad_corpus());
    let o = run(&["--strict", p(&f)], None);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).contains(&format!("{}:2:", p(&f))),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("not JSON"));
    let docs = jsonl(&o);
    assert_eq!(docs.len(), 1, "records before the bad one are written");
    assert_eq!(docs[0]["id"], "ok1");
}

#[test]
fn gzip_and_zstd_inputs_by_extension_and_by_magic_bytes() {
    let d = tmp();
    let data = corpus(50);
    let plain = write(d.path(), "c.jsonl", &data);
    let gz = write(d.path(), "c.jsonl.gz", gzip(data.as_bytes()));
    let zst = write(d.path(), "c.jsonl.zst", zstd(data.as_bytes()));
    let expect = run(&[p(&plain)], None);
    assert_eq!(code(&expect), 0);
    assert_eq!(jsonl(&expect).len(), 50);
    for f in [&gz, &zst] {
        let o = run(&[p(f)], None);
        assert_eq!(code(&o), 0, "{}: {}", p(f), stderr(&o));
        assert_eq!(o.stdout, expect.stdout, "{}", p(f));
    }
    // Compressed standard input is recognised by its magic bytes.
    for bytes in [gzip(data.as_bytes()), zstd(data.as_bytes())] {
        let o = run(&["--input", "jsonl", "-"], Some(&bytes));
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        assert_eq!(o.stdout, expect.stdout);
    }
    // A compressed text file is one article.
    let t = write(d.path(), "a.txt.gz", gzip(ARTICLE.as_bytes()));
    let o = run(&["-f", "jsonl", p(&t)], None);
    assert_eq!(code(&o), 0);
    assert!(!jsonl(&o)[0]["quotes"]
        .as_array()
        .expect("quotes")
        .is_empty());
}

fn assert_truncated(o: &Output, what: &str) {
    assert_eq!(code(o), 2, "{what}: truncated input exits 2: {}", stderr(o));
    let docs = jsonl(o);
    let last = docs.last().expect("an error record");
    let err = last["error"]
        .as_str()
        .unwrap_or_else(|| panic!("{what}: last record is an error: {last}"));
    assert!(
        err.contains("truncated") || err.contains("ends early") || err.contains("corrupt"),
        "{what}: {err}"
    );
    assert!(last["line"].as_u64().is_some(), "{what}: {last}");
    for (i, doc) in docs[..docs.len() - 1].iter().enumerate() {
        assert_eq!(
            doc["id"],
            format!("d{i}"),
            "{what}: complete records before the cut"
        );
    }
}

#[test]
fn truncated_compressed_input_is_an_error_not_silent_loss() {
    let d = tmp();
    let data = corpus(400);
    let gz = gzip(data.as_bytes());
    let f = write(d.path(), "cut.jsonl.gz", &gz[..gz.len() / 2]);
    assert_truncated(&run(&[p(&f)], None), "gzip");
    // Cut inside the trailer: every byte of text is there, the checksum is not.
    let f = write(d.path(), "trailer.jsonl.gz", &gz[..gz.len() - 3]);
    assert_truncated(&run(&[p(&f)], None), "gzip trailer");
    let zs = zstd(data.as_bytes());
    let f = write(d.path(), "cut.jsonl.zst", &zs[..zs.len() / 2]);
    assert_truncated(&run(&[p(&f)], None), "zstd");
    let f = write(d.path(), "end.jsonl.zst", &zs[..zs.len() - 2]);
    assert_truncated(&run(&[p(&f)], None), "zstd end");
    // Truncated standard input too.
    assert_truncated(
        &run(&["-i", "jsonl", "-"], Some(&gz[..gz.len() / 2])),
        "gzip stdin",
    );
}

#[test]
fn unreadable_file_among_others_is_reported_and_the_rest_processed() {
    let d = tmp();
    let bad = write(d.path(), "a.jsonl.gz", b"not gzip at all\n");
    let good = write(d.path(), "b.jsonl", corpus(2));
    let o = run(&[p(&bad), p(&good)], None);
    assert_eq!(code(&o), 2);
    let docs = jsonl(&o);
    assert_eq!(docs.len(), 3);
    assert!(
        docs[0]["error"]
            .as_str()
            .expect("error")
            .contains("not gzip"),
        "{}",
        docs[0]
    );
    assert_eq!(docs[0]["source"], p(&bad));
    assert_eq!(docs[2]["id"], "d1");
}

#[test]
fn missing_input_is_exit_2() {
    let o = run(&["/nonexistent/onrecord/input.txt"], None);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("no such file"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
}

#[test]
fn csv_input_with_quoted_newlines_and_a_bad_row() {
    let d = tmp();
    let csv_text = "url,body,extra\n\
        a1,\"“We will win,” Mayor Ada Reyes said.\n\nShe added: “Soon.”\",x\n\
        a2,\"He said \"\"no\"\".\",y\n\
        a3,only two fields\n\
        ,\"Plain, with a comma.\",z\n";
    let f = write(d.path(), "news.csv", csv_text);
    let o = run(&["--text-field", "body", "--id-field", "url", p(&f)], None);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let docs = jsonl(&o);
    assert_eq!(docs.len(), 4);
    assert_eq!(docs[0]["id"], "a1");
    assert!(!docs[0]["quotes"].as_array().expect("quotes").is_empty());
    assert_eq!(docs[1]["id"], "a2");
    assert_eq!(
        docs[2]["line"], 6,
        "the bad row's line, counting the quoted newlines"
    );
    assert!(docs[2]["error"]
        .as_str()
        .expect("error")
        .contains("bad CSV row"));
    assert_eq!(docs[3]["id"], 7, "empty id: the line number");
    // Explicit --input csv on standard input.
    let o = run(
        &[
            "--input",
            "csv",
            "--text-field",
            "body",
            "--id-field",
            "url",
        ],
        Some(csv_text.as_bytes()),
    );
    assert_eq!(jsonl(&o).len(), 4);
    // A missing text column is an unreadable input.
    let o = run(&["--text-field", "nope", p(&f)], None);
    assert_eq!(code(&o), 2);
    assert!(jsonl(&o)[0]["error"]
        .as_str()
        .expect("error")
        .contains("no column `nope`"));
}

#[test]
fn tsv_input() {
    let d = tmp();
    let f = write(d.path(), "news.tsv", "id\ttext\nt1\t“Yes,” she said.\n");
    let o = run(&[p(&f)], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(jsonl(&o)[0]["id"], "t1");
}

fn table(o: &Output, delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(o.stdout.as_slice());
    let headers = r
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = r
        .records()
        .map(|rec| rec.expect("row").iter().map(str::to_string).collect())
        .collect();
    (headers, rows)
}

#[test]
fn csv_and_tsv_tables_of_quotes_claims_and_speakers() {
    let d = tmp();
    let f = write(
        d.path(),
        "c.jsonl",
        corpus_line("doc,1", ARTICLE) + &corpus_line("doc2", "None."),
    );
    let o = run(&["--format", "csv", p(&f)], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let (h, rows) = table(&o, b',');
    assert_eq!(h[..3], ["doc_id", "quote_id", "kind"]);
    assert!(h.contains(&"speaker".to_string()) && h.contains(&"speaker_gender".to_string()));
    assert!(rows.len() >= 2, "{rows:?}");
    assert!(rows.iter().all(|r| r[0] == "doc,1" && r.len() == h.len()));
    let speaker = h
        .iter()
        .position(|c| c == "speaker")
        .expect("speaker column");
    assert!(
        rows.iter().any(|r| r[speaker].contains("Reyes")),
        "{rows:?}"
    );

    let o = run(&["--format", "tsv", "--table", "speakers", p(&f)], None);
    let (h, rows) = table(&o, b'\t');
    assert_eq!(h[..3], ["doc_id", "speaker_id", "name"]);
    assert!(rows.iter().any(|r| r[2].contains("Reyes")), "{rows:?}");

    let o = run(&["--format", "csv", "--table", "claims", p(&f)], None);
    let (h, rows) = table(&o, b',');
    assert_eq!(h[..4], ["doc_id", "quote_id", "speaker_id", "speaker"]);
    assert!(!rows.is_empty(), "claims in the quotes");
    assert!(
        rows.iter().all(|r| !r[1].is_empty()),
        "every claim belongs to a quote"
    );

    // --table needs a table format.
    let o = run(&["--table", "claims", p(&f)], None);
    assert_eq!(code(&o), 2);
}

#[test]
fn claims_subcommand_jsonl_and_csv() {
    let input =
        corpus_line("s1", "Unemployment rose by 23% last year.") + &corpus_line("s2", "Hello.");
    let o = run(&["claims", "--input", "jsonl"], Some(input.as_bytes()));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let docs = jsonl(&o);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], "s1");
    let claims = docs[0]["claims"].as_array().expect("claims");
    assert!(!claims.is_empty());
    assert!(claims[0]["types"]
        .as_array()
        .expect("types")
        .iter()
        .any(|t| t == "trend" || t == "quantity"));
    assert_eq!(docs[1]["claims"], serde_json::json!([]));
    let o = run(
        &["claims", "--input", "jsonl", "--format", "csv"],
        Some(input.as_bytes()),
    );
    let (h, rows) = table(&o, b',');
    assert_eq!(h[0], "doc_id");
    assert!(h.contains(&"types".to_string()) && h.contains(&"quantities".to_string()));
    assert!(rows.iter().all(|r| r[0] == "s1"));
    assert!(rows
        .iter()
        .any(|r| r[h.iter().position(|c| c == "quantities").expect("col")].contains("23")));
}

#[test]
fn folders_are_read_recursively_with_a_glob() {
    let d = tmp();
    write(d.path(), "b.txt", "“Two,” he said.");
    write(d.path(), "sub/a.txt", ARTICLE);
    write(
        d.path(),
        "sub/deeper/c.txt.gz",
        gzip("“Three,” she said.".as_bytes()),
    );
    write(d.path(), "notes.md", "ignored");
    write(d.path(), ".hidden/x.txt", "ignored");
    let o = run(&["--glob", "*.txt", p(d.path())], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let ids: Vec<String> = jsonl(&o)
        .iter()
        .map(|v| v["id"].as_str().expect("id").to_string())
        .collect();
    let names: Vec<&str> = ids
        .iter()
        .map(|s| s.strip_prefix(p(d.path())).expect("under the folder"))
        .collect();
    assert_eq!(names, ["/b.txt", "/sub/a.txt"]);
    let o = run(
        &["--glob", "*.txt", "--glob", "*.txt.gz", p(d.path())],
        None,
    );
    assert_eq!(jsonl(&o).len(), 3);
    let o = run(&[p(d.path())], None);
    assert_eq!(jsonl(&o).len(), 4, "no glob: every file that is not hidden");
}

#[test]
fn output_file_is_written_atomically() {
    let d = tmp();
    let f = write(d.path(), "c.jsonl", corpus(20));
    let out = d.path().join("out.jsonl");
    let o = run(&[p(&f), "-o", p(&out)], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    assert_eq!(fs::read_to_string(&out).expect("out").lines().count(), 20);
    let leftovers: Vec<_> = fs::read_dir(d.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // A run that fails leaves the previous file as it was, and no temporary file.
    fs::write(&out, "previous\n").expect("write");
    let bad = write(d.path(), "bad.jsonl", bad_corpus());
    let o = run(&["--strict", p(&bad), "-o", p(&out)], None);
    assert_eq!(code(&o), 1);
    assert_eq!(fs::read_to_string(&out).expect("out"), "previous\n");
    let fresh = d.path().join("fresh.jsonl");
    let o = run(&["--strict", p(&bad), "-o", p(&fresh)], None);
    assert_eq!(code(&o), 1);
    assert!(!fresh.exists());
    let n = fs::read_dir(d.path()).expect("dir").count();
    assert_eq!(n, 3, "c.jsonl, out.jsonl, bad.jsonl only");

    // Error records are output too: the file is complete, the exit code says 1.
    let o = run(&[p(&bad), "-o", p(&fresh)], None);
    assert_eq!(code(&o), 1);
    assert_eq!(fs::read_to_string(&fresh).expect("out").lines().count(), 7);
}

#[test]
fn interrupted_run_leaves_no_output_file() {
    let d = tmp();
    let out = d.path().join("out.jsonl");
    let mut child = bin()
        .args(["--input", "jsonl", "-o", p(&out)])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut si = child.stdin.take().expect("stdin");
    si.write_all(corpus(600).as_bytes()).expect("feed");
    si.flush().expect("flush");
    // Keep stdin open: the run is still going when the signal comes. Wait for the
    // temporary file (the handler is installed before it is created).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while fs::read_dir(d.path()).expect("dir").count() == 0 && std::time::Instant::now() < deadline
    {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(
        fs::read_dir(d.path()).expect("dir").count(),
        1,
        "the temporary file exists while running"
    );
    assert!(!out.exists(), "the target appears only on success");
    std::thread::sleep(std::time::Duration::from_millis(200));
    let pid = child.id().to_string();
    let k = Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("kill");
    assert!(k.success());
    let status = child.wait().expect("wait");
    drop(si);
    assert_eq!(status.code(), Some(130));
    let left: Vec<_> = fs::read_dir(d.path()).expect("dir").collect();
    assert!(
        left.is_empty(),
        "no output and no temporary file left: {left:?}"
    );
}

#[test]
fn unwritable_outputs_are_clear_errors() {
    let d = tmp();
    let f = write(d.path(), "a.txt", ARTICLE);
    // A directory as the output file.
    let o = run(&[p(&f), "-o", p(d.path())], None);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("directory"), "{}", stderr(&o));
    // A folder that does not exist.
    let o = run(&[p(&f), "-o", "/nonexistent/onrecord/out.jsonl"], None);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("cannot write"), "{}", stderr(&o));
    // Under /proc nothing can be created, even by root.
    let o = run(&[p(&f), "-o", "/proc/onrecord-out.jsonl"], None);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("cannot write"), "{}", stderr(&o));
    // A full disk, as -o and as standard output.
    if Path::new("/dev/full").exists() {
        let o = run(&[p(&f), "-o", "/dev/full"], None);
        assert_eq!(code(&o), 2);
        assert!(stderr(&o).contains("No space left"), "{}", stderr(&o));
        assert!(Path::new("/dev/full").exists());
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let o = bin()
            .arg(p(&f))
            .stdout(full)
            .stderr(Stdio::piped())
            .output()
            .expect("run");
        assert_eq!(code(&o), 2);
        assert!(stderr(&o).contains("No space left"), "{}", stderr(&o));
    }
}

#[test]
fn closed_pipe_exits_quietly() {
    let d = tmp();
    let f = write(d.path(), "c.jsonl", corpus(3000));
    let mut child = bin()
        .args([p(&f), "--threads", "2"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut out = child.stdout.take().expect("stdout");
    let mut first = [0u8; 100];
    out.read_exact(&mut first).expect("some output");
    drop(out);
    let o = child.wait_with_output().expect("wait");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
}

#[test]
fn summary_only_when_asked_off_a_terminal() {
    let input = corpus(6);
    let o = run(&["-i", "jsonl"], Some(input.as_bytes()));
    assert!(o.stderr.is_empty());
    let o = run(&["-i", "jsonl", "--summary"], Some(input.as_bytes()));
    let e = stderr(&o);
    assert_eq!(e.lines().count(), 1, "{e}");
    for word in [
        "6 documents",
        "quotes",
        "speakers",
        "claims",
        "0 errors",
        "MB/s",
    ] {
        assert!(e.contains(word), "{word} in {e}");
    }
    let o = run(
        &["-i", "jsonl", "--summary", "--quiet"],
        Some(input.as_bytes()),
    );
    assert!(o.stderr.is_empty());
}

#[test]
fn offsets_units() {
    let text = "Café: “Très bien,” said Ana.";
    let input = corpus_line("o", text);
    let span = |unit: &str| {
        let o = run(&["-i", "jsonl", "--offsets", unit], Some(input.as_bytes()));
        jsonl(&o)[0]["quotes"][0]["span"]["start"]
            .as_u64()
            .expect("start")
    };
    assert_eq!(span("chars"), 6);
    assert_eq!(span("bytes"), 7);
    assert_eq!(span("utf16"), 6);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(code(&run(&["--threads", "0", "-"], Some(b"x"))), 2);
    assert_eq!(code(&run(&["--format", "nope"], None)), 2);
    assert_eq!(code(&run(&["--glob", "a{", "."], None)), 2);
    let help = run(&["--help"], None);
    assert_eq!(code(&help), 0);
    let h = stdout(&help);
    assert!(
        h.contains("Exit codes") && h.contains("--table") && h.contains("--strict"),
        "{h}"
    );
}

#[test]
fn error_record_fields_in_contract_order() {
    let o = run(&["-i", "jsonl"], Some(b"oops\n"));
    assert_eq!(code(&o), 1);
    assert_eq!(stdout(&o), "{\"id\":null,\"error\":\"not JSON: expected value at line 1 column 1\",\"source\":\"<stdin>\",\"line\":1}\n");
}
