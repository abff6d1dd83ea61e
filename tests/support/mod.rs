//! End-to-end harness: the release build served by scripts/static_server.sh (Caddy), driven through chromedriver
//! in headless Chromium with a fresh profile per test.

#![allow(dead_code)]

use std::future::Future;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The release build that scripts/test.sh makes before running these tests.
pub fn dist() -> PathBuf {
    let dist = manifest_dir().join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "no release build in {}: run `bash scripts/build.sh` (scripts/test.sh does) first",
        dist.display()
    );
    dist
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

fn wait_for_port(port: u16, what: &str) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{what} did not start on port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

static SCRATCH: AtomicUsize = AtomicUsize::new(0);

/// A private directory removed on drop.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(tag: &str) -> Scratch {
        let n = SCRATCH.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("perak-e2e-{}-{tag}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch dir");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A copy of the release build whose catalogue can be broken on purpose.
pub fn dist_copy() -> Scratch {
    let scratch = Scratch::new("dist");
    copy_dir(&dist(), &scratch.0);
    scratch
}

/// The directory of the build's modules, relative to the build's root: `app/<content hash>`.
pub fn app_dir() -> String {
    let build = std::fs::read_dir(dist().join("app"))
        .expect("the build's modules live in dist/app/<build>/")
        .next()
        .expect("one build in dist/app")
        .expect("entry");
    format!("app/{}", build.file_name().to_string_lossy())
}

/// A copy of the release build with the files at `paths` (relative to its root) set aside and an empty
/// service worker, so that nothing comes from a cache: as when the network drops before a first visit
/// has stored them. The second value puts them back, as when the network returns.
pub fn dist_without<P: AsRef<Path>>(paths: impl IntoIterator<Item = P>) -> (Scratch, SetAside) {
    let copy = dist_copy();
    let moves: Vec<_> = paths
        .into_iter()
        .enumerate()
        .map(|(n, path)| (copy.0.join(path), copy.0.join(format!("set-aside-{n}"))))
        .collect();
    for (file, kept) in &moves {
        std::fs::rename(file, kept).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    }
    std::fs::write(copy.0.join("sw.js"), "").unwrap();
    (copy, SetAside(moves))
}

/// Files that `dist_without` took out of a build copy, with where they wait.
pub struct SetAside(Vec<(PathBuf, PathBuf)>);

impl SetAside {
    pub fn put_back(self) {
        for (file, kept) in &self.0 {
            std::fs::rename(kept, file).unwrap();
        }
    }
}

/// A copy of the release build serving a synthetic catalogue of `designs` designs, made from the shipped
/// one, and that catalogue, for a test to work out what the page should show.
pub fn dist_with_synthetic(designs: usize) -> (Scratch, perak_batankrajan::domain::Catalogue) {
    use perak_batankrajan::domain::catalogue::synthetic::synthetic_catalogue;
    use perak_batankrajan::domain::load_from_dir;
    let copy = dist_copy();
    let base = load_from_dir(&copy.0.join("data")).unwrap();
    let big = synthetic_catalogue(&base, designs);
    let doc = serde_json::json!({ "version": 1, "designs": big.designs });
    std::fs::write(copy.0.join("data/designs.json"), doc.to_string()).unwrap();
    (copy, big)
}

/// The app's static server, as a child process that dies with this value.
pub struct AppServer {
    child: Option<Child>,
    pub port: u16,
    root: PathBuf,
}

impl AppServer {
    pub fn start(root: &Path) -> AppServer {
        let mut server = AppServer {
            child: None,
            port: free_port(),
            root: root.to_owned(),
        };
        server.restart();
        server
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub fn restart(&mut self) {
        self.stop();
        // The script ends in `exec caddy`, so killing the child stops the server itself.
        let child = Command::new("bash")
            .arg(manifest_dir().join("scripts/static_server.sh"))
            .args(["--root".as_ref(), self.root.as_os_str()])
            .args(["--port", &self.port.to_string()])
            .stdout(Stdio::null())
            // Caddy's notes at every start; a server that fails to start fails `wait_for_port`.
            .stderr(Stdio::null())
            .spawn()
            .expect("static server (install Caddy with scripts/setup.sh)");
        self.child = Some(child);
        wait_for_port(self.port, "static server");
    }
}

impl Drop for AppServer {
    fn drop(&mut self) {
        self.stop();
    }
}

struct Driver {
    child: Child,
    port: u16,
    _profile: Scratch,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `body` against a fresh headless Chromium. The session is closed even when the body panics, or
/// Chromium would outlive the test.
/// The browser speaks Indonesian, the village's own reader; `with_browser_in` picks another language.
pub async fn with_browser<F, Fut>(body: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    launch(None, "id-ID", body).await
}

/// As [`with_browser`], in a browser whose languages are `lang` (`de-DE`): what a visitor from abroad
/// brings to a first visit.
pub async fn with_browser_in<F, Fut>(lang: &str, body: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    launch(None, lang, body).await
}

/// As [`with_browser`], with downloads saved into `downloads` without asking.
pub async fn with_browser_downloading<F, Fut>(downloads: Option<&Path>, body: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    launch(downloads, "id-ID", body).await
}

async fn launch<F, Fut>(downloads: Option<&Path>, lang: &str, body: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let port = free_port();
    let profile = Scratch::new("profile");
    let child =
        Command::new(std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into()))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver (install with scripts/setup.sh)");
    let driver = Driver {
        child,
        port,
        _profile: profile,
    };
    wait_for_port(port, "chromedriver");

    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": std::env::var("CHROME_PATH").unwrap_or_else(|_| "/usr/bin/chromium".into()),
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", format!("--lang={lang}"),
                // For the benchmarks' memory figures: a collection on demand, and the heap's exact size.
                "--js-flags=--expose-gc", "--enable-precise-memory-info",
                format!("--user-data-dir={}", driver._profile.0.display()),
            ],
            "prefs": {
                "intl.accept_languages": lang,
                "download.default_directory": downloads
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| driver._profile.0.join("downloads"))
                    .display()
                    .to_string(),
                "download.prompt_for_download": false,
            }
        }),
    );
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("webdriver session");
    let outcome = tokio::spawn(body(client.clone())).await;
    // Whatever the test did ran under the site's Content-Security-Policy: nothing may have been blocked
    // on the last page (earlier pages are checked by `open` before it leaves them).
    let violations = if outcome.is_ok() {
        csp_violations(&client).await
    } else {
        Vec::new()
    };
    let _ = client.close().await;
    drop(driver);
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
    assert!(
        violations.is_empty(),
        "the Content-Security-Policy blocked: {violations:?}"
    );
}

/// On the staff screen with no PIN yet: sets `pin` as the staff PIN (typed twice), which unlocks it.
pub async fn set_staff_pin(c: &Client, pin: &str) {
    type_into(c, "PIN staf (6–12 angka)", pin).await;
    type_into(c, "Ulangi PIN", pin).await;
    click_button(c, "Simpan PIN").await;
}

/// Saves a screenshot of the page as `NAME.png` in `$PERAK_SCREENSHOTS` when that is set (for looking
/// at what a test walked through); does nothing otherwise.
pub async fn screenshot(c: &Client, name: &str) {
    if let Ok(dir) = std::env::var("PERAK_SCREENSHOTS") {
        let png = c.screenshot().await.expect("screenshot");
        std::fs::write(Path::new(&dir).join(format!("{name}.png")), png).expect("write screenshot");
    }
}

/// What the policy blocked on the current page, as index.html's listener recorded it. A page of the app
/// without the list had its own inline script blocked, which counts as a violation too; a page that is
/// not the app's (a blank tab, a download) has nothing to say.
pub async fn csp_violations(c: &Client) -> Vec<String> {
    let found = c
        .execute(
            "if (!document.querySelector('script[type=module][src$=\"/boot.js\"]')) return [];
             return window.perakCspViolations || ['index.html: the inline script did not run at ' + location.href];",
            vec![],
        )
        .await
        .ok()
        .and_then(|v| serde_json::from_value(v).ok());
    found.unwrap_or_default()
}

pub const WAIT: Duration = Duration::from_secs(20);

/// XPath literal for arbitrary text (handles quotes).
pub fn xpath_literal(s: &str) -> String {
    if !s.contains('\'') {
        format!("'{s}'")
    } else if !s.contains('"') {
        format!("\"{s}\"")
    } else {
        format!("concat('{}')", s.replace('\'', "', \"'\", '"))
    }
}

/// An element with the given tag (or `*`) whose visible text contains `text`.
pub async fn find_text(c: &Client, tag: &str, text: &str) -> Element {
    let xpath = format!(
        "//{tag}[contains(normalize-space(.), {})]",
        xpath_literal(text)
    );
    c.wait()
        .at_most(WAIT)
        .for_element(Locator::XPath(&xpath))
        .await
        .unwrap_or_else(|e| panic!("no <{tag}> with text {text:?}: {e}"))
}

/// Waits until the app has started: until then the page may show the first view written into
/// `index.html` (src/first_paint.rs), whose heading and links look like the app's.
pub async fn app_started(c: &Client) {
    eventually("the app to start", || async {
        c.execute("return !document.getElementById('first-paint')", vec![])
            .await
            .ok()
            .and_then(|v| v.as_bool())
            == Some(true)
    })
    .await;
}

/// The heading of the page, by role.
pub async fn h1(c: &Client) -> String {
    app_started(c).await;
    c.wait()
        .at_most(WAIT)
        .for_element(Locator::Css("h1"))
        .await
        .expect("an h1")
        .text()
        .await
        .expect("text")
}

pub async fn wait_for_h1(c: &Client, text: &str) {
    app_started(c).await;
    find_text(c, "h1", text).await;
}

/// Opens `url` as a person would (typing the address) and waits until the app shows the page whose
/// heading is `heading`.
pub async fn open(c: &Client, url: &str, heading: &str) {
    let violations = csp_violations(c).await;
    assert!(
        violations.is_empty(),
        "the Content-Security-Policy blocked: {violations:?}"
    );
    assert_no_missing_text(c).await;
    c.goto(url).await.expect("navigate");
    wait_for_h1(c, heading).await;
    assert_no_missing_text(c).await;
}

/// The release build leaves the Indonesian texts of on-demand pages out of the first module
/// (`build.rs`, `on_demand_keys`); one that first-module code showed before they arrived marks `<html>`.
pub async fn assert_no_missing_text(c: &Client) {
    let missing = c
        .execute(
            "return document.documentElement.getAttribute('data-text-missing')",
            vec![],
        )
        .await
        .expect("js");
    assert!(
        missing.is_null(),
        "a text was shown before its file arrived: key number {missing} (src/i18n KEY_NAMES)"
    );
}

pub async fn html_lang(c: &Client) -> String {
    c.execute("return document.documentElement.lang", vec![])
        .await
        .expect("js")
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Waits until `<html lang>` names `code`: the page has switched to that language.
pub async fn wait_for_lang(c: &Client, code: &str) {
    eventually(&format!("the page in {code}"), || async {
        html_lang(c).await == code
    })
    .await;
}

pub async fn title(c: &Client) -> String {
    c.title().await.expect("title")
}

/// Polls until `check` holds, for things that settle after a render.
pub async fn eventually<F, Fut>(what: &str, check: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    eventually_within(what, WAIT, check).await;
}

/// [`eventually`] with a longer limit, for work known to take long (a benchmark's).
pub async fn eventually_within<F, Fut>(what: &str, limit: Duration, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let start = Instant::now();
    while !check().await {
        assert!(start.elapsed() < limit, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// scripts/inquiry_receiver.py as a child process: a real HTTP endpoint that records every inquiry it
/// receives and can be told to fail. Restarting it keeps its log, as a real server keeps its database.
pub struct Receiver {
    child: Option<Child>,
    pub port: u16,
    log: PathBuf,
    hang_secs: f64,
    _dir: Scratch,
}

impl Receiver {
    pub fn start(hang_secs: f64) -> Receiver {
        let dir = Scratch::new("receiver");
        let mut r = Receiver {
            child: None,
            port: free_port(),
            log: dir.0.join("received.jsonl"),
            hang_secs,
            _dir: dir,
        };
        r.restart();
        r
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}/inquiries", self.port)
    }

    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub fn restart(&mut self) {
        self.stop();
        let child = Command::new("python3")
            .arg(manifest_dir().join("scripts/inquiry_receiver.py"))
            .args(["--port", &self.port.to_string()])
            .args(["--log".as_ref(), self.log.as_os_str()])
            .args(["--hang", &self.hang_secs.to_string()])
            .stdout(Stdio::null())
            .spawn()
            .expect("python3 inquiry receiver");
        self.child = Some(child);
        wait_for_port(self.port, "inquiry receiver");
    }

    /// The next inquiry POSTs get these answers, in order ("500", "hang", "close"), then "ok".
    pub fn plan_faults(&self, plan: &[&str]) {
        use std::io::{Read, Write};
        let body = serde_json::json!({ "plan": plan }).to_string();
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).expect("receiver");
        write!(
            s,
            "POST /_faults HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        let mut out = String::new();
        let _ = s.read_to_string(&mut out);
        assert!(out.starts_with("HTTP/1.0 200"), "fault plan refused: {out}");
    }

    /// Every arrival so far: (idempotency key, body).
    pub fn received(&self) -> Vec<(String, serde_json::Value)> {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        text.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .map(|v| {
                (
                    v["key"].as_str().unwrap_or_default().to_owned(),
                    v["body"].clone(),
                )
            })
            .collect()
    }

    /// The idempotency keys of what arrived, in order of arrival.
    pub fn keys(&self) -> Vec<String> {
        self.received().into_iter().map(|(k, _)| k).collect()
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A copy of the release build whose settings send inquiries to `endpoint`, with a quick retry policy so
/// that tests do not wait minutes for the back-off.
pub fn dist_with_endpoint(endpoint: &str, timeout_ms: u64) -> Scratch {
    let copy = dist_copy();
    let path = copy.0.join("data/settings.json");
    let mut settings: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    settings["settings"]["inquiry"]["endpoint"] = endpoint.into();
    settings["settings"]["inquiry"]["retry"] =
        serde_json::json!({ "base_ms": 300, "cap_ms": 2000, "timeout_ms": timeout_ms });
    std::fs::write(&path, settings.to_string()).unwrap();
    // The policy's connect-src names the endpoint, as after any change of it on a real host.
    let status = Command::new("python3")
        .arg(manifest_dir().join("scripts/csp.py"))
        .arg("--write")
        .arg(&copy.0)
        .status()
        .expect("python3 scripts/csp.py");
    assert!(status.success(), "scripts/csp.py --write failed");
    copy
}

/// A receiver for inquiries and the release build sending to it, served. Keep all three alive for the
/// test: the server serves the site's scratch copy.
pub fn serve_with_receiver(hang_secs: f64, timeout_ms: u64) -> (Receiver, AppServer, Scratch) {
    let receiver = Receiver::start(hang_secs);
    let site = dist_with_endpoint(&receiver.endpoint(), timeout_ms);
    let server = AppServer::start(&site.0);
    (receiver, server, site)
}

/// The form control labelled by `label_text` (by its `<label for>`).
pub async fn labelled(c: &Client, label_text: &str) -> Element {
    let label = find_text(c, "label", label_text).await;
    let id = label.attr("for").await.unwrap().expect("label has for");
    c.find(Locator::Id(&id)).await.expect("labelled control")
}

pub async fn type_into(c: &Client, label_text: &str, text: &str) {
    let field = labelled(c, label_text).await;
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

pub async fn click_button(c: &Client, text: &str) {
    find_text(c, "button", text).await.click().await.unwrap();
}

/// Clicks the app's link (not one of the first view's, which the app replaces as it starts).
pub async fn click_link(c: &Client, text: &str) {
    app_started(c).await;
    find_text(c, "a", text).await.click().await.unwrap();
}

pub async fn current_url(c: &Client) -> String {
    c.current_url().await.unwrap().to_string()
}

/// Runs axe-core (WCAG 2.2 A and AA rules) on the current page and returns the violations, one line each.
pub async fn axe_violations(c: &Client) -> Vec<String> {
    let axe =
        std::fs::read_to_string(manifest_dir().join(".tools/node_modules/axe-core/axe.min.js"))
            .expect("axe-core (installed by scripts/setup.sh)");
    c.execute(&axe, vec![]).await.unwrap();
    let result = c
        .execute_async(
            r#"const done = arguments[0];
               axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
                  .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                  .catch(e => done(['axe failed: ' + e]));"#,
            vec![],
        )
        .await
        .unwrap();
    result
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect()
}

/// On the staff screen of a fresh stand: sets the PIN, an idle time of `idle_secs` with the shortest
/// countdown (20 s), and starts kiosk mode, which opens the attract loop.
pub async fn start_kiosk(c: &Client, pin: &str, idle_secs: u32) {
    set_staff_pin(c, pin).await;
    type_into(
        c,
        "Waktu diam sebelum pertanyaan (detik)",
        &idle_secs.to_string(),
    )
    .await;
    type_into(
        c,
        "Hitung mundur sebelum diatur ulang (detik, minimal 20)",
        "20",
    )
    .await;
    click_button(c, "Simpan waktu").await;
    find_text(c, "p", "Waktu disimpan.").await;
    click_button(c, "Mulai mode kios").await;
    wait_for_h1(c, "Perak buatan tangan dari Batankrajan").await;
}

/// The server on a thread of its own, and a call that stops it and returns once it has stopped (the
/// test, inside the browser's async block, cannot own it); join the handle to get it back.
pub fn stopper(
    mut server: AppServer,
) -> (impl FnOnce() + Send, std::thread::JoinHandle<AppServer>) {
    let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
    let (stopped_tx, stopped_rx) = std::sync::mpsc::channel::<()>();
    let handle = std::thread::spawn(move || {
        // A test that ends before stopping it drops the sender: the server is dropped as it is.
        if stop_rx.recv().is_ok() {
            server.stop();
            let _ = stopped_tx.send(());
        }
        server
    });
    let stop = move || {
        stop_tx.send(()).unwrap();
        stopped_rx.recv().unwrap();
    };
    (stop, handle)
}

/// Waits for a kiosk's *Still there?* question.
pub async fn wait_for_idle_question(c: &Client) {
    c.wait()
        .at_most(Duration::from_secs(45))
        .for_element(Locator::Css("[role=alertdialog]"))
        .await
        .expect("the Still there? question");
}

/// Waits, once the question is up and unanswered, for the kiosk to start afresh on its attract loop.
pub async fn wait_for_attract_loop(c: &Client) {
    c.wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::XPath(
            "//h1[contains(., 'Perak buatan tangan dari Batankrajan')]",
        ))
        .await
        .expect("back to the attract loop");
}

/// Opened without a shortlist, the inquiry form: [`send_inquiry`].
pub async fn submit_inquiry(c: &Client, n: usize) -> String {
    wait_for_h1(c, "Kirim pertanyaan").await;
    send_inquiry(c, n).await
}

/// Fills the inquiry form as buyer `n` (name, country, e-mail, a message, consent) and sends it; the
/// saved inquiry's id.
pub async fn send_inquiry(c: &Client, n: usize) -> String {
    type_into(c, "Nama", &format!("Pembeli {n}")).await;
    type_into(c, "Negara", "Indonesia").await;
    type_into(c, "E-mail", &format!("pembeli{n}@example.id")).await;
    type_into(
        c,
        "Pesan",
        &format!("Pertanyaan nomor {n} tentang cincin perak."),
    )
    .await;
    labelled(c, "Saya setuju").await.click().await.unwrap();
    click_button(c, "Simpan dan kirim").await;
    saved_inquiry_id(c).await
}

/// After pressing send on the inquiry form: waits for the outbox page and returns the saved inquiry's id.
pub async fn saved_inquiry_id(c: &Client) -> String {
    let start = Instant::now();
    loop {
        let url = current_url(c).await;
        if let Some((_, id)) = url.split_once("saved=") {
            return id.to_owned();
        }
        assert!(start.elapsed() < WAIT, "the inquiry was not saved: {url}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// chromedriver's own command for the browser's network conditions.
#[derive(Debug)]
struct NetworkConditions {
    offline: bool,
}

impl fantoccini::wd::WebDriverCompatibleCommand for NetworkConditions {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/chromium/network_conditions",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({ "network_conditions": {
            "offline": self.offline, "latency": 0, "download_throughput": -1, "upload_throughput": -1
        }});
        (http::Method::POST, Some(body.to_string()))
    }
}

/// A Chrome DevTools command through chromedriver.
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// Slows the page's CPU by `rate` (1 = not at all), as Lighthouse's mobile preset does with 4.
pub async fn throttle_cpu(c: &Client, rate: f64) {
    c.issue_cmd(Cdp {
        cmd: "Emulation.setCPUThrottlingRate",
        params: serde_json::json!({ "rate": rate }),
    })
    .await
    .expect("chromedriver's CDP passthrough");
}

/// Lays the page out for print (`print`) or for the screen (`""`), as the print dialogue would.
pub async fn emulate_media(c: &Client, media: &str) {
    c.issue_cmd(Cdp {
        cmd: "Emulation.setEmulatedMedia",
        params: serde_json::json!({ "media": media }),
    })
    .await
    .expect("chromedriver's CDP passthrough");
}

/// Takes the browser off the network or puts it back, as the page sees it: `navigator.onLine` and the
/// `offline`/`online` events. (The service worker is not cut off by this; stop the server for that.)
pub async fn set_offline(c: &Client, offline: bool) {
    c.issue_cmd(NetworkConditions { offline })
        .await
        .expect("chromedriver's network conditions");
}

/// The visible text of the first element matching `css`, once it is there.
pub async fn text_of(c: &Client, css: &str) -> String {
    c.wait()
        .at_most(WAIT)
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e}"))
        .text()
        .await
        .unwrap()
}

pub async fn input_value(c: &fantoccini::Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}
pub async fn select_option(c: &fantoccini::Client, label_text: &str, option_text: &str) {
    let label = find_text(c, "label", label_text).await;
    let id = label.attr("for").await.unwrap().expect("label for");
    let select = c.find(Locator::Id(&id)).await.unwrap();
    select.select_by_label(option_text).await.unwrap();
}
/// The label of the filter value `name` (its first span) in the fieldset titled `group`.
pub fn facet_label(group: &str, name: &str) -> String {
    format!(
        "//fieldset[legend[normalize-space()={}]]//label[span[1][normalize-space()={}]]",
        xpath_literal(group),
        xpath_literal(name)
    )
}
/// Ticks the checkbox whose visible label starts with `name`, within the fieldset titled `group`.
pub async fn tick_facet(c: &fantoccini::Client, group: &str, name: &str) {
    let xpath = facet_label(group, name);
    c.wait()
        .at_most(WAIT)
        .for_element(Locator::XPath(&xpath))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}
pub async fn result_count(c: &fantoccini::Client) -> String {
    text_of(c, ".toolbar .count").await
}
/// The text of the count beside `name` in the filter group titled `group`.
pub async fn facet_count(c: &fantoccini::Client, group: &str, name: &str) -> Option<String> {
    let xpath = format!("{}/span[@class='facet-count']", facet_label(group, name));
    match c.find(Locator::XPath(&xpath)).await {
        Ok(el) => el.text().await.ok(),
        Err(_) => None,
    }
}

/// Chooses a language in the header's list, by the name the language has in itself.
pub async fn choose_language(c: &Client, name: &str) {
    c.wait()
        .at_most(WAIT)
        .for_element(Locator::Css(".lang-switch select"))
        .await
        .expect("the language list")
        .select_by_label(name)
        .await
        .unwrap();
}

/// Waits until the service worker controls the page: from then on the app is in its cache.
pub async fn service_worker_controls(c: &Client) {
    eventually("the service worker controls the page", || async {
        c.execute("return !!navigator.serviceWorker.controller", vec![])
            .await
            .unwrap()
            .as_bool()
            == Some(true)
    })
    .await;
}

// The makers' studio, shared by its end-to-end files.

/// Waits until the studio says the draft is on the device.
pub async fn wait_until_saved(c: &Client) {
    eventually("the draft is saved", || async {
        text_of(c, ".studio-save").await == "Tersimpan di perangkat ini."
    })
    .await;
}

/// Fills a new draft until it is ready: the fields the catalogue requires.
pub async fn write_ready_design(c: &Client, name: &str) {
    click_button(c, "Desain baru").await;
    find_text(c, "h2", "Tanpa nama").await;
    type_into(c, "Nama dalam Bahasa Indonesia", name).await;
    type_into(c, "Nama dalam Inggris", &format!("{name} (en)")).await;
    type_into(
        c,
        "Deskripsi dalam Bahasa Indonesia",
        "Teratai dari kawat halus.",
    )
    .await;
    type_into(c, "Deskripsi dalam Inggris", "A lotus of fine wire.").await;
    select_option(c, "Bengkel", "Ukel Mas").await;
    labelled(c, "Padma (teratai merah)")
        .await
        .click()
        .await
        .unwrap();
    type_into(c, "Berat (gram)", "4,5").await;
    type_into(c, "Lebar (mm)", "18").await;
    type_into(c, "Tinggi (mm)", "19").await;
    type_into(c, "Tebal (mm)", "6").await;
    click_button(c, "Periksa draf").await;
    find_text(c, "p", "Siap diterbitkan").await;
    wait_until_saved(c).await;
}

/// Chooses a catalogue package in the studio's import field.
pub async fn import(c: &Client, path: &std::path::Path) {
    c.find(Locator::Id("studio-import"))
        .await
        .unwrap()
        .send_keys(&path.display().to_string())
        .await
        .unwrap();
}

/// The catalogue package the studio downloaded into `dir`, once it is complete.
pub fn package_in(dir: &std::path::Path) -> Option<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.extension().is_some_and(|x| x == "zip")
                && std::fs::metadata(p).map(|m| m.len()).unwrap_or(0) > 0
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("perak-"))
        })
}

/// Chooses files in the studio's gallery picker, as a maker choosing several at once.
pub async fn choose_photos(c: &Client, paths: &[&Path]) {
    let list: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    c.find(Locator::Id("studio-photo-gallery"))
        .await
        .unwrap()
        .send_keys(&list.join("\n"))
        .await
        .unwrap();
}

/// Records, from now on, whether a photo's progress bar appears and the page's long tasks.
pub async fn watch_progress_and_long_tasks(c: &Client) {
    c.execute(
        r#"window.__sawProgress = false; window.__longTasks = [];
        new MutationObserver(() => {
          if (document.querySelector('.photo-job progress')) window.__sawProgress = true;
        }).observe(document.body, { childList: true, subtree: true });
        try {
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) window.__longTasks.push(e.duration);
          }).observe({ type: 'longtask', buffered: false });
        } catch (e) {}"#,
        vec![],
    )
    .await
    .unwrap();
}

/// Exports the studio's drafts as a catalogue package from the list of drafts, and waits until the
/// browser has downloaded it into `dir`.
pub async fn export_package(c: &Client, dir: &Path) {
    click_link(c, "Semua draf").await;
    click_button(c, "Ekspor paket katalog").await;
    eventually("the package is downloaded", || async {
        package_in(dir).is_some()
    })
    .await;
}

/// The Nu HTML checker's errors (W3C's, npm `vnu-jar`, installed by scripts/setup.sh) on `files`, one
/// line each: file, position and message.
pub fn html_checker_errors(files: &[PathBuf]) -> Vec<String> {
    let jar = manifest_dir().join(".tools/node_modules/vnu-jar/build/dist/vnu.jar");
    assert!(jar.is_file(), "no {} (run scripts/setup.sh)", jar.display());
    let out = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "gnu"])
        .args(files)
        .output()
        .expect("java (run scripts/setup.sh)");
    let errors: Vec<String> = String::from_utf8_lossy(&out.stderr)
        .lines()
        .chain(String::from_utf8_lossy(&out.stdout).lines())
        .filter(|l| l.contains(": error:"))
        .map(str::to_owned)
        .collect();
    // The checker exits with 1 when it found errors; failing without naming any, it did not run.
    assert!(
        out.status.success() || !errors.is_empty(),
        "the HTML checker did not run: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    errors
}
