//! `dyad serve` as a process: it binds where told (port 0 picks a free one), says where on
//! stderr, answers the API and the console, and refuses to serve a store that is not there.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A raw HTTP/1.1 GET (the test needs no HTTP client): status line and body.
fn http_get(addr: &str, path: &str) -> (String, String) {
    let mut stream = TcpStream::connect(addr).expect("connects");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .expect("request");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("response");
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    (head.lines().next().unwrap_or_default().to_string(), body.to_string())
}

#[test]
fn serves_the_api_and_the_console() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("serve.db");
    let samples = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../samples/txt/eu-sanctions-package.txt"
    );
    let status = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["ingest", samples, "--db"])
        .arg(&db)
        .stderr(Stdio::null())
        .status()
        .expect("ingest runs");
    assert!(status.success());
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["serve", "--addr", "127.0.0.1:0", "--db"])
        .arg(&db)
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve starts");
    let stderr = child.stderr.take().expect("stderr");
    let server = Server(child);
    let mut line = String::new();
    BufReader::new(stderr).read_line(&mut line).expect("a line on stderr");
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    assert!(addr.starts_with("127.0.0.1:"), "{addr}");
    assert!(line.contains("ingest disabled"), "{line}");

    let (status, body) = http_get(&addr, "/api/events?actor=RUS");
    assert!(status.contains("200"), "{status}");
    let page: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    assert!(page["events"].as_array().is_some_and(|e| !e.is_empty()), "{body}");
    let (status, body) = http_get(&addr, "/");
    assert!(
        status.contains("200") && body.contains("<script type=\"module\" src=\"/app.js\">"),
        "{status}"
    );
    drop(server);
}

#[test]
fn refuses_a_missing_store() {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["serve", "--addr", "127.0.0.1:0", "--db"])
        .arg(dir.path().join("none.db"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no store at"));
    assert!(!dir.path().join("none.db").exists());
}
