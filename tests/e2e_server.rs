//! End to end: what the production server (scripts/static_server.sh, Caddy) sends, and that the
//! Content-Security-Policy is enforced in the browser. Every other e2e test also fails on any violation
//! (tests/support: `with_browser`, `open`).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;

use support::*;

/// The status line and headers (lower-cased names) of a GET, as a browser accepting `encodings` gets them.
fn head(server: &AppServer, path: &str, encodings: &str) -> (u16, Vec<(String, String)>) {
    let mut s = TcpStream::connect(("127.0.0.1", server.port)).expect("server");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: {encodings}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw);
    let head = text.split("\r\n\r\n").next().unwrap_or_default();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    (status, headers)
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

#[test]
fn every_page_carries_the_policy_and_hashed_files_are_cached_for_good() {
    let dist = dist();
    let server = AppServer::start(&dist);
    let module = std::fs::read_dir(dist.join("app"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path()
        .join("perak_bg.wasm");
    let module = format!("/{}", module.strip_prefix(&dist).unwrap().to_string_lossy());

    for path in [
        "/",
        "/designs/ring-kawung",
        "/de/catalogue?q=kawung",
        "/staff",
    ] {
        let (status, headers) = head(&server, path, "gzip");
        assert_eq!(status, 200, "{path}");
        assert!(
            header(&headers, "content-type").is_some_and(|t| t.starts_with("text/html")),
            "{path}: the app shell"
        );
        let policy = header(&headers, "content-security-policy").expect("a policy");
        for directive in [
            "script-src 'self' 'wasm-unsafe-eval' 'sha256-",
            "style-src 'self';",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "connect-src 'self';",
        ] {
            assert!(
                policy.contains(directive),
                "{path}: {directive} in {policy}"
            );
        }
        assert!(!policy.contains("unsafe-inline"), "{policy}");
        assert_eq!(header(&headers, "x-content-type-options"), Some("nosniff"));
        assert_eq!(
            header(&headers, "cache-control"),
            Some("no-cache"),
            "{path}"
        );
    }

    // The module: compressed at build time with brotli, and never asked for again.
    let (status, headers) = head(&server, &module, "br, gzip");
    assert_eq!(status, 200);
    assert_eq!(header(&headers, "content-encoding"), Some("br"));
    assert_eq!(header(&headers, "content-type"), Some("application/wasm"));
    assert_eq!(
        header(&headers, "cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    // Data the collective may edit on the host: compressed as sent, checked on every use.
    let (status, headers) = head(&server, "/data/designs.json", "gzip");
    assert_eq!(status, 200);
    assert_eq!(header(&headers, "content-encoding"), Some("gzip"));
    assert_eq!(header(&headers, "cache-control"), Some("no-cache"));
    // A file that does not exist is not the app shell, and a missing module's 404 is not kept: the
    // file may arrive a moment later (a page retries its chunk).
    assert_eq!(head(&server, "/data/nothing.json", "gzip").0, 404);
    let (status, headers) = head(&server, "/app/0000/split_none.wasm", "br");
    assert_eq!(status, 404);
    assert_eq!(header(&headers, "cache-control"), Some("no-cache"));

    // Static hosts that cannot send headers get the same policy (less frame-ancestors) in the page.
    let index = std::fs::read_to_string(dist.join("index.html")).unwrap();
    assert!(
        index.contains(r#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-"#),
        "index.html carries the policy"
    );
}

#[tokio::test]
async fn the_browser_enforces_the_policy_and_the_harness_would_see_a_breach() {
    let server = AppServer::start(&dist());
    let home = server.url("/");
    with_browser(move |c| async move {
        open(&c, &home, "Perak buatan tangan dari Batankrajan").await;
        assert!(csp_violations(&c).await.is_empty());
        // What an injected string could try: a style attribute, an inline script.
        c.execute(
            "document.querySelector('h1').setAttribute('style', 'color: red');
             var s = document.createElement('script');
             s.textContent = 'window.injected = true';
             document.body.append(s);",
            vec![],
        )
        .await
        .unwrap();
        eventually("both blocked and reported", || async {
            let seen = csp_violations(&c).await;
            seen.iter().any(|v| v.starts_with("style-src-attr"))
                && seen.iter().any(|v| v.starts_with("script-src-elem"))
        })
        .await;
        let injected = c
            .execute("return window.injected === true", vec![])
            .await
            .unwrap();
        assert_eq!(
            injected.as_bool(),
            Some(false),
            "the inline script did not run"
        );
        let color = c
            .execute(
                "return getComputedStyle(document.querySelector('h1')).color",
                vec![],
            )
            .await
            .unwrap();
        assert_ne!(color.as_str(), Some("rgb(255, 0, 0)"));
        // The breach was this test's own doing; the harness checks the page once more at the end.
        c.execute("window.perakCspViolations = []", vec![])
            .await
            .unwrap();
    })
    .await;
}
