//! End to end: the pre-rendered pages (src/prerender) as the production server sends them to a reader
//! that runs no script (a link preview, a search engine), and the app taking over one in a browser.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;

use perak_batankrajan::domain::{Lang, load_from_dir};
use perak_batankrajan::routes;
use support::*;

/// A GET as a client without scripts or compression makes it: status, content type and body.
fn get(server: &AppServer, path: &str) -> (u16, String, Vec<u8>) {
    let mut s = TcpStream::connect(("127.0.0.1", server.port)).expect("server");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a response");
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let content_type = head
        .lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_default();
    (status, content_type, raw[split + 4..].to_vec())
}

fn text(body: &[u8]) -> String {
    String::from_utf8_lossy(body).into_owned()
}

/// The `content` of the first `<meta …="key" content="…">`.
fn meta(html: &str, key: &str) -> String {
    let pattern = format!("=\"{key}\" content=\"");
    let start = html.find(&pattern).unwrap_or_else(|| panic!("no {key}")) + pattern.len();
    html[start..start + html[start..].find('"').unwrap()].replace("&amp;", "&")
}

/// The path of an absolute address (`http://host:port/og/x.jpg` is `/og/x.jpg`): the build's site
/// address (site.json) need not be this test server's.
fn path_of(url: &str) -> &str {
    let rest = url.split_once("://").expect("an absolute address").1;
    &rest[rest.find('/').expect("a path")..]
}

#[test]
fn every_design_arrives_as_html_with_its_name_price_preview_picture_and_product_data() {
    let dist = dist();
    let server = AppServer::start(&dist);
    let catalogue = load_from_dir(&dist.join("data")).expect("the built catalogue");
    let (status, _, sitemap) = get(&server, "/sitemap.xml");
    assert_eq!(status, 200, "sitemap.xml");
    let sitemap = text(&sitemap);
    let (status, _, robots) = get(&server, "/robots.txt");
    assert_eq!(status, 200, "robots.txt");
    assert!(text(&robots).contains("/sitemap.xml"));

    let mut pictures_checked = 0;
    for d in &catalogue.designs {
        for lang in [Lang::Id, Lang::En] {
            let path = routes::in_lang(lang, &routes::design(&d.id));
            let (status, content_type, body) = get(&server, &path);
            assert_eq!(status, 200, "{path}");
            assert!(
                content_type.starts_with("text/html"),
                "{path}: {content_type}"
            );
            let html = text(&body);
            let name = d.name.get(lang).replace('&', "&amp;");
            assert!(
                html.contains(&format!("<h1>{name}</h1>")),
                "{path}: no heading {name}"
            );
            assert!(
                html.contains("class=\"price-idr\"") || html.contains("price-request"),
                "{path}: no price"
            );
            assert!(
                html.contains("\"@type\":\"Product\""),
                "{path}: no Product data"
            );
            assert!(
                sitemap
                    .split("<loc>")
                    .skip(1)
                    .any(|l| l.split("</loc>").next().map(path_of) == Some(&path)),
                "the sitemap lacks {path}"
            );

            let image = meta(&html, "og:image");
            assert!(
                image.starts_with("http"),
                "{path}: og:image {image} is not absolute"
            );
            let (status, content_type, jpeg) = get(&server, path_of(&image));
            assert_eq!(status, 200, "{path}: its picture {image}");
            assert_eq!(content_type, "image/jpeg", "{image}");
            let picture = image::load_from_memory(&jpeg).expect("the picture decodes");
            assert_eq!((picture.width(), picture.height()), (1200, 630), "{image}");
            pictures_checked += 1;
        }
    }
    println!(
        "pre-rendered: {} design pages and their pictures served and checked",
        pictures_checked
    );
}

#[test]
fn every_link_on_a_pre_rendered_page_answers_without_a_script() {
    let server = AppServer::start(&dist());
    let (_, _, body) = get(&server, "/en/designs/ring-kawung");
    let html = text(&body);
    let view = &html[html.find("<div id=\"first-paint\"").expect("a first view")..];
    let links: Vec<&str> = view
        .split("<a ")
        .skip(1)
        .filter_map(|a| {
            let start = a.find("href=\"")? + 6;
            Some(&a[start..start + a[start..].find('"')?])
        })
        .collect();
    assert!(
        links.len() >= 8,
        "header, back, motif and workshop links: {links:?}"
    );
    assert!(
        links.contains(&"/en/catalogue"),
        "the way back to the catalogue: {links:?}"
    );
    for href in links {
        assert!(
            href.starts_with("/en/"),
            "{href}: a link in the page's language"
        );
        let (status, content_type, body) = get(&server, href);
        assert_eq!(status, 200, "{href}");
        assert!(content_type.starts_with("text/html"), "{href}");
        // A pre-rendered target reads as itself; an app route gets the shell with its first view.
        let html = text(&body);
        if href.contains("/motifs/") || href.contains("/workshops/") {
            assert!(html.contains("<h1>"), "{href}: its own content");
            assert!(
                html.contains("<html lang=\"en\">"),
                "{href}: in the reader's language"
            );
        } else {
            assert!(html.contains("id=\"first-paint\""), "{href}");
        }
    }
}

/// What a reader sees first on a page, by the app's own classes: the pre-rendered view must say what
/// the app then shows, or the two have drifted apart.
const SEEN_FIRST: &[&str] = &[
    "h1",
    ".design-sub",
    ".price-idr",
    ".price-fx",
    ".price-basis",
    ".price-request",
    ".specs dt",
    ".specs dd",
    ".story h2",
    ".story p",
    ".workshop-card h2",
    ".workshop-card .muted",
    ".card-title",
    ".card-price",
    ".count",
    ".lede",
    ".pair h2",
];

#[tokio::test]
async fn the_app_takes_over_pre_rendered_pages_in_place_saying_the_same() {
    let server = AppServer::start(&dist());
    let catalogue = load_from_dir(&dist().join("data")).expect("the built catalogue");
    let design = |id: &str, lang: Lang| {
        let d = catalogue.design(id).expect("a shipped design");
        (
            routes::in_lang(lang, &routes::design(id)),
            d.name.get(lang).to_owned(),
        )
    };
    let pages: Vec<(String, String, String)> = [
        design("ring-kawung", Lang::Id),
        // Euros first, and the motif and workshop texts in English marked as such.
        design("ring-kawung", Lang::De),
        design("tiara-ukel", Lang::Id),
        ("/motifs/kawung".to_owned(), "Kawung".to_owned()),
        ("/catalogue".to_owned(), "Katalog".to_owned()),
        ("/en/pairs".to_owned(), "Curated pairs".to_owned()),
        (
            "/en/workshops/kawung-silver".to_owned(),
            "Kawung Silver".to_owned(),
        ),
    ]
    .into_iter()
    .map(|(path, heading)| {
        let (status, _, body) = get(&server, &path);
        assert_eq!(status, 200, "{path}");
        (server.url(&path), heading, text(&body))
    })
    .collect();
    with_browser(move |c| async move {
        for (url, heading, html) in pages {
            c.goto(&url).await.expect("navigate");
            wait_for_h1(&c, &heading).await;
            // Texts by selector in the pre-rendered view (parsed as the browser would) and in the app.
            let seen = c
                .execute(
                    r#"const [html, selectors] = arguments;
                       const texts = root => selectors.map(s => Array.from(root.querySelectorAll(s))
                         .map(e => e.textContent.replace(/\s+/g, " ").trim()));
                       const view = new DOMParser().parseFromString(html, "text/html").getElementById("first-paint");
                       return [texts(view), texts(document.getElementById("main"))];"#,
                    vec![serde_json::json!(html), serde_json::json!(SEEN_FIRST)],
                )
                .await
                .expect("texts");
            let (view, app) = (&seen[0], &seen[1]);
            for (i, selector) in SEEN_FIRST.iter().enumerate() {
                assert_eq!(
                    view[i], app[i],
                    "{url}: the pre-rendered page and the app differ on `{selector}`"
                );
            }
            assert!(
                view[0].as_array().is_some_and(|h| !h.is_empty()),
                "{url}: compared nothing"
            );
            // Layout shifts since the page began (buffered), as Lighthouse and readers measure them.
            let shift = c
                .execute_async(
                    r#"const done = arguments[0]; let sum = 0;
                       new PerformanceObserver(list => {
                         for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
                       }).observe({ type: "layout-shift", buffered: true });
                       setTimeout(() => done(sum), 300);"#,
                    vec![],
                )
                .await
                .expect("layout shift")
                .as_f64()
                .unwrap_or(f64::NAN);
            println!("{url}: layout shift {shift:.4} when the app took over");
            assert!(shift <= 0.02, "{url} jumped as the app took over: layout shift {shift}");
            let descriptions = c
                .execute("return document.querySelectorAll('meta[name=description]').length", vec![])
                .await
                .unwrap();
            assert_eq!(descriptions, 1, "{url}: one description, the app's");
        }
        let violations = csp_violations(&c).await;
        assert!(violations.is_empty(), "{violations:?}");
    })
    .await;
}

#[test]
fn pre_rendered_pages_pass_the_html_checker() {
    let dist = dist();
    let mut pages = vec![dist.join("index.html")];
    let mut dirs = vec![dist.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "html")
                && path != dist.join("index.html")
            {
                pages.push(path);
            }
        }
    }
    assert!(pages.len() > 300, "the pre-rendered pages: {}", pages.len());
    let errors = html_checker_errors(&pages);
    println!(
        "Nu HTML checker: {} pre-rendered pages and the shell, {} errors",
        pages.len(),
        errors.len()
    );
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[tokio::test]
async fn pages_as_the_app_draws_them_pass_the_html_checker() {
    let server = AppServer::start(&dist());
    let scratch = Scratch::new("html-check");
    let pages = [
        ("/", "Perak buatan tangan dari Batankrajan"),
        ("/catalogue", "Katalog"),
        ("/designs/ring-kawung", "Cincin Kawung"),
        ("/motifs/kawung", "Kawung"),
    ];
    let urls: Vec<(String, String)> = pages
        .iter()
        .map(|(path, heading)| (server.url(path), (*heading).to_owned()))
        .collect();
    let dir = scratch.0.clone();
    with_browser(move |c| async move {
        for (i, (url, heading)) in urls.iter().enumerate() {
            open(&c, url, heading).await;
            // Cards in view draw themselves after a paint; the check covers them drawn and not.
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            let html = c
                .execute(
                    "return '<!doctype html>' + document.documentElement.outerHTML",
                    vec![],
                )
                .await
                .expect("the page's HTML");
            std::fs::write(dir.join(format!("page-{i}.html")), html.as_str().unwrap()).unwrap();
        }
    })
    .await;
    let files: Vec<_> = (0..pages.len())
        .map(|i| scratch.0.join(format!("page-{i}.html")))
        .collect();
    let errors = html_checker_errors(&files);
    println!(
        "Nu HTML checker: {} pages as the app draws them, {} errors",
        files.len(),
        errors.len()
    );
    let named: Vec<String> = errors
        .iter()
        .map(|e| {
            let i: usize = e
                .split("page-")
                .nth(1)
                .and_then(|r| r.split('.').next())
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            format!("{}: {e}", pages[i].0)
        })
        .collect();
    assert!(errors.is_empty(), "{}", named.join("\n"));
}

#[tokio::test]
async fn a_reader_who_chose_a_language_goes_to_that_languages_page() {
    let server = AppServer::start(&dist());
    let home = server.url("/");
    let design = server.url("/designs/ring-kawung");
    let german = load_from_dir(&dist().join("data"))
        .expect("the built catalogue")
        .design("ring-kawung")
        .expect("a shipped design")
        .name
        .get(Lang::De)
        .to_owned();
    with_browser(move |c| async move {
        // An Indonesian browser keeps the Indonesian address.
        c.goto(&design).await.unwrap();
        wait_for_h1(&c, "Cincin Kawung").await;
        assert!(current_url(&c).await.ends_with("/designs/ring-kawung"));
        // Having chosen German here, the same link opens the German page (as the app would move to).
        c.goto(&home).await.unwrap();
        c.execute("localStorage.setItem('perak.locale', 'de')", vec![])
            .await
            .unwrap();
        c.goto(&design).await.unwrap();
        wait_for_h1(&c, &german).await;
        let url = current_url(&c).await;
        assert!(url.ends_with("/de/designs/ring-kawung"), "{url}");
        // An address with a language is that language's page, whatever was chosen.
        c.goto(&format!("{home}en/designs/ring-kawung"))
            .await
            .unwrap();
        wait_for_h1(&c, "Kawung ring").await;
        assert!(current_url(&c).await.ends_with("/en/designs/ring-kawung"));
    })
    .await;
}
