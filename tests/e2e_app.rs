//! End to end, the app as a whole: home, languages, deep links, not found, broken data, offline after
//! one visit, accessibility, the first view and the phone header. The release build in headless
//! Chromium, used as a person would, by role and visible text.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::Locator;
use support::*;

#[tokio::test]
async fn the_home_page_lists_designs_with_name_workshop_form_and_weight() {
    let server = AppServer::start(&dist());
    let url = server.url("/");
    with_browser(move |c| async move {
        open(&c, &url, "Perak buatan tangan dari Batankrajan").await;
        assert_eq!(
            html_lang(&c).await,
            "id",
            "Bahasa Indonesia is the default, whatever the browser says"
        );
        find_text(&c, "h2", "Pilihan pembeli").await;
        let cards = c.find_all(Locator::Css(".card-grid > li")).await.unwrap();
        assert!(cards.len() >= 12, "{} cards", cards.len());

        let card = find_text(&c, "li", "Cincin Surya").await;
        let text = card.text().await.unwrap();
        for expected in ["Cincin Surya", "oleh Surya Kencana", "Cincin", "5,2 g"] {
            assert!(
                text.contains(expected),
                "card text {text:?} lacks {expected:?}"
            );
        }
        // The drawing (made once the card is on screen) says what it shows.
        let mut named = String::new();
        for _ in 0..100 {
            if let Ok(img) = card.find(Locator::Css(".art img[src]:not([hidden])")).await {
                named = img.attr("alt").await.unwrap().unwrap_or_default();
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert!(
            named.starts_with("Gambar cincin dengan motif "),
            "drawing described as {named:?}"
        );
        assert!(title(&c).await.contains("Katalog desain perak"));
    })
    .await;
}

#[tokio::test]
async fn the_language_switch_translates_and_survives_a_reload() {
    let server = AppServer::start(&dist());
    let url = server.url("/");
    let catalogue = server.url("/catalogue?q=suria&form=ring");
    let two = server.url("/catalogue?q=kawung&form=ring");
    with_browser(move |c| async move {
        open(&c, &url, "Perak buatan tangan dari Batankrajan").await;
        choose_language(&c, "English").await;
        wait_for_h1(&c, "Hand-made silver from Batankrajan").await;
        assert_eq!(html_lang(&c).await, "en");
        find_text(&c, "li", "by Surya Kencana").await;
        find_text(&c, "li", "5.2 g").await;

        c.refresh().await.unwrap();
        wait_for_h1(&c, "Hand-made silver from Batankrajan").await;
        assert_eq!(html_lang(&c).await, "en");

        // Counts in English have a singular ("1 design", not "1 designs").
        open(&c, &catalogue, "Catalogue").await;
        find_text(&c, "p", "1 design").await;
        assert_eq!(result_count(&c).await, "1 design");
        c.goto(&two).await.unwrap();
        eventually("two designs", || async {
            result_count(&c).await == "2 designs"
        })
        .await;
    })
    .await;
}

#[tokio::test]
async fn a_deep_link_opens_and_reloads_on_the_design_page() {
    let server = AppServer::start(&dist());
    let home = server.url("/");
    let deep = server.url("/designs/pendant-padma");
    with_browser(move |c| async move {
        open(&c, &deep, "Liontin Padma").await;
        find_text(&c, "p", "Liontin · Padma Jaya").await;
        find_text(&c, "dd", "Ketok dan tatah").await;
        c.refresh().await.unwrap();
        wait_for_h1(&c, "Liontin Padma").await;
        assert!(title(&c).await.starts_with("Liontin Padma"));

        // And from the list, as a buyer gets there.
        c.goto(&home).await.unwrap();
        click_link(&c, "Cincin Kawung").await;
        wait_for_h1(&c, "Cincin Kawung").await;
        assert!(
            c.current_url()
                .await
                .unwrap()
                .path()
                .ends_with("/designs/ring-kawung")
        );
        click_link(&c, "Kembali ke katalog").await;
        wait_for_h1(&c, "Katalog").await;
        find_text(&c, "label", "Cari desain").await;
    })
    .await;
}

#[tokio::test]
async fn unknown_routes_and_designs_show_a_not_found_page() {
    let server = AppServer::start(&dist());
    let missing_page = server.url("/tidak/ada");
    let missing_design = server.url("/designs/cincin-naga");
    with_browser(move |c| async move {
        open(&c, &missing_page, "Halaman tidak ditemukan").await;
        assert!(title(&c).await.contains("Halaman tidak ditemukan"));
        click_link(&c, "Ke beranda").await;
        wait_for_h1(&c, "Perak buatan tangan dari Batankrajan").await;

        open(&c, &missing_design, "Desain tidak ditemukan").await;
        find_text(&c, "p", "cincin-naga").await;
    })
    .await;
}

fn edit_json(path: &std::path::Path, edit: impl FnOnce(&mut serde_json::Value)) {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    edit(&mut v);
    std::fs::write(path, v.to_string()).unwrap();
}

#[tokio::test]
async fn a_broken_catalogue_shows_what_is_wrong_in_the_users_language() {
    let copy = dist_copy();
    edit_json(&copy.0.join("data/designs.json"), |v| {
        v["designs"][0]["workshop"] = "bengkel-hantu".into()
    });
    let server = AppServer::start(&copy.0);
    let url = server.url("/");
    with_browser(move |c| async move {
        open(&c, &url, "Katalog tidak dapat dimuat").await;
        let item = find_text(&c, "li", "designs.json")
            .await
            .text()
            .await
            .unwrap();
        for expected in [
            "ring-surya-majapahit",
            "workshop",
            "bengkel-hantu",
            "tidak ada di workshops.json",
        ] {
            assert!(item.contains(expected), "{item:?} lacks {expected:?}");
        }
        choose_language(&c, "English").await;
        wait_for_h1(&c, "The catalogue could not be loaded").await;
        find_text(&c, "li", "is not in workshops.json").await;
    })
    .await;
}

#[tokio::test]
async fn a_missing_or_garbled_catalogue_file_is_named() {
    let copy = dist_copy();
    std::fs::remove_file(copy.0.join("data/motifs.json")).unwrap();
    std::fs::write(
        copy.0.join("data/trends.json"),
        "{ \"version\": 1, \"trends\": [ oops",
    )
    .unwrap();
    let server = AppServer::start(&copy.0);
    let url = server.url("/designs/ring-kawung");
    with_browser(move |c| async move {
        open(&c, &url, "Katalog tidak dapat dimuat").await;
        find_text(&c, "li", "motifs.json").await;
        find_text(&c, "li", "berkas ini tidak ada di server").await;
        let garbled = find_text(&c, "li", "trends.json")
            .await
            .text()
            .await
            .unwrap();
        assert!(garbled.contains("bukan JSON yang sah"), "{garbled:?}");
        // Nothing from the broken catalogue is presented as if it were fine.
        assert!(c.find(Locator::Css(".card-grid")).await.is_err());
    })
    .await;
}

/// A deep link to every route and the heading it shows; all but the first two arrive on demand.
const EVERY_ROUTE: [(&str, &str); 18] = [
    ("/", "Perak buatan tangan dari Batankrajan"),
    ("/catalogue", "Katalog"),
    ("/designs/ring-kawung", "Cincin Kawung"),
    ("/motifs/kawung", "Kawung"),
    ("/workshops/perak-sari", "Perak Sari"),
    ("/shortlist", "Daftar pilihan"),
    ("/inquiry", "Kirim pertanyaan"),
    ("/outbox", "Kotak keluar"),
    ("/offline", "Siapkan untuk offline"),
    ("/staff", "Layar staf"),
    ("/attract", "Perak buatan tangan dari Batankrajan"),
    ("/compare", "Studio banding"),
    ("/pairs", "Pasangan pilihan"),
    ("/boards", "Papan"),
    ("/privacy", "Pemberitahuan privasi"),
    ("/mixer", "Mixer desain"),
    ("/insights", "Wawasan pameran"),
    ("/studio", "Studio perajin"),
];

#[tokio::test]
async fn a_deep_link_opens_every_route() {
    let server = AppServer::start(&dist());
    let urls: Vec<(String, &str)> = EVERY_ROUTE
        .iter()
        .map(|(path, heading)| (server.url(path), *heading))
        .collect();
    with_browser(move |c| async move {
        for (url, heading) in &urls {
            open(&c, url, heading).await;
        }
    })
    .await;
}

#[tokio::test]
async fn a_page_whose_code_cannot_arrive_says_so_and_retries() {
    // A build whose design-page chunk is missing, as when the network drops before the service worker
    // has stored it: the page says what happened, and the retry loads it once it is there.
    let (copy, aside) = dist_without_chunk("design");
    let server = AppServer::start(&copy.0);
    let catalogue = server.url("/catalogue?q=kawung");
    with_browser(move |c| async move {
        open(&c, &catalogue, "Katalog").await;
        click_link(&c, "Cincin Kawung").await;
        wait_for_h1(&c, "Halaman ini belum termuat").await;
        find_text(&c, "p", "Periksa jaringan").await;
        assert!(current_url(&c).await.ends_with("/designs/ring-kawung"));
        aside.put_back();
        click_button(&c, "Coba lagi").await;
        wait_for_h1(&c, "Cincin Kawung").await;
    })
    .await;
}

#[tokio::test]
async fn when_the_catalogues_reader_cannot_arrive_the_catalogue_says_so_and_retries() {
    // The code that reads the data files is a chunk fetched beside them: without it, the catalogue
    // says that a part of the app is missing (not that the data is broken), and the retry reads it.
    let (copy, aside) = dist_without_chunk("reader");
    let server = AppServer::start(&copy.0);
    let catalogue = server.url("/catalogue?q=kawung");
    with_browser(move |c| async move {
        c.goto(&catalogue).await.unwrap();
        wait_for_h1(&c, "Halaman ini belum termuat").await;
        assert!(
            c.find_all(Locator::Css(".load-errors"))
                .await
                .unwrap()
                .is_empty(),
            "a missing reader is not a data problem"
        );
        aside.put_back();
        click_button(&c, "Coba lagi").await;
        wait_for_h1(&c, "Katalog").await;
        find_text(&c, "li", "Cincin Kawung").await;
    })
    .await;
}

/// A copy of the build without one chunk (`split_<name>.wasm` and its compressed twins, which the
/// server would otherwise send in its place).
fn dist_without_chunk(name: &str) -> (Scratch, SetAside) {
    let app = app_dir();
    dist_without(["wasm", "wasm.br", "wasm.gz"].map(|ext| format!("{app}/split_{name}.{ext}")))
}

#[tokio::test]
async fn after_one_visit_the_app_works_with_the_server_stopped() {
    let mut server = AppServer::start(&dist());
    let home = server.url("/");
    let deep = server.url("/designs/brooch-padma");
    let catalogue = server.url("/catalogue?q=kawung");
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let (back_tx, back_rx) = std::sync::mpsc::channel::<()>();
    let handle = std::thread::spawn(move || {
        // Stops the server when the browser says so, and starts it again on request.
        rx.recv().unwrap();
        server.stop();
        back_tx.send(()).unwrap();
        server
    });
    let back_rx = std::sync::Arc::new(std::sync::Mutex::new(back_rx));
    with_browser(move |c| async move {
        open(&c, &home, "Perak buatan tangan dari Batankrajan").await;
        service_worker_controls(&c).await;
        tx.send(()).unwrap();
        back_rx.lock().unwrap().recv().unwrap();

        // No server: a deep link, search and the data all come from the precache.
        open(&c, &deep, "Bros Padma").await;
        open(&c, &catalogue, "Katalog").await;
        find_text(&c, "li", "Cincin Kawung").await;
        c.refresh().await.unwrap();
        find_text(&c, "li", "Cincin Kawung").await;
        // Every route whose code arrives on demand opens from its link too: its chunk was precached.
        for (path, heading) in EVERY_ROUTE {
            open(&c, &format!("{home}{}", &path[1..]), heading).await;
        }
    })
    .await;
    drop(handle.join().unwrap());
}

#[tokio::test]
async fn pages_have_no_axe_violations() {
    let server = AppServer::start(&dist());
    let pages = [
        ("/", "Perak buatan tangan"),
        ("/catalogue?q=kawung&form=ring", "Katalog"),
        ("/catalogue?q=zzzz", "Katalog"),
        ("/designs/pendant-surya-majapahit", "Liontin Surya"),
        ("/motifs/kawung", "Kawung"),
        ("/workshops/padma-jaya", "Padma Jaya"),
        ("/shortlist", "Daftar pilihan"),
        ("/tidak-ada", "Halaman tidak ditemukan"),
        ("/inquiry?items=ring-kawung~1~~", "Minta penawaran harga"),
        ("/outbox", "Kotak keluar"),
        ("/offline", "Siapkan untuk offline"),
        ("/staff", "Layar staf"),
        ("/attract", "Perak buatan tangan dari Batankrajan"),
        (
            "/compare?left=m:kawung&right=t:chunky-organic",
            "Studio banding",
        ),
        (
            "/compare?left=m:padma&right=t:mocha-warm&mode=swipe",
            "Studio banding",
        ),
        ("/pairs", "Pasangan pilihan"),
        ("/boards", "Papan"),
    ]
    .map(|(path, h)| (server.url(path), h));
    let inquiry = server.url("/inquiry");
    with_browser(move |c| async move {
        let mut all = Vec::new();
        for (url, heading) in pages {
            open(&c, &url, heading).await;
            // Let lazy drawings and counts settle before scanning.
            tokio::time::sleep(std::time::Duration::from_millis(400)).await;
            for v in axe_violations(&c).await {
                all.push(format!("{url}: {v}"));
            }
        }
        // The form with every error showing.
        open(&c, &inquiry, "Kirim pertanyaan").await;
        find_text(&c, "button", "Simpan dan kirim")
            .await
            .click()
            .await
            .unwrap();
        find_text(&c, "h2", "Periksa").await;
        for v in axe_violations(&c).await {
            all.push(format!("{inquiry} with errors: {v}"));
        }
        assert!(
            all.is_empty(),
            "accessibility violations:\n{}",
            all.join("\n")
        );
    })
    .await;
}

#[tokio::test]
async fn on_a_phone_the_header_is_two_rows_and_shows_the_link_of_the_page_shown() {
    let server = AppServer::start(&dist());
    let catalogue = server.url("/catalogue");
    let outbox = server.url("/outbox");
    with_browser(move |c| async move {
        c.set_window_size(390, 844).await.unwrap();
        c.goto(&catalogue).await.unwrap();
        find_text(&c, "p", "64 desain").await;
        // Brand and languages, then the links: not the four rows (222 px) it used to take.
        let header = c
            .execute(
                "return document.querySelector('.site-header').getBoundingClientRect().height",
                vec![],
            )
            .await
            .unwrap();
        let header = header.as_f64().unwrap();
        assert!(header < 140.0, "header {header} px high on a phone");
        // The language list stays in the header, every language named in itself.
        for name in [
            "Bahasa Indonesia",
            "English",
            "Deutsch",
            "Français",
            "Nederlands",
        ] {
            find_text(&c, "option", name).await;
        }

        open(&c, &outbox, "Kotak keluar").await;
        let current = || async {
            c.execute(
                "const nav = document.querySelector('.site-header nav');
                 const a = nav.querySelector('a[aria-current=page]');
                 const r = a.getBoundingClientRect();
                 return [a.textContent.trim(), nav.scrollWidth > nav.clientWidth,
                         r.left >= 0 && r.right <= innerWidth];",
                vec![],
            )
            .await
            .unwrap()
        };
        // The row is wider than the phone, and the page's own link is scrolled into it.
        eventually("the outbox link in view", || async {
            current().await == serde_json::json!(["Kotak keluar", true, true])
        })
        .await;
        assert_eq!(axe_violations(&c).await, Vec::<String>::new());
    })
    .await;
}

#[tokio::test]
async fn before_the_app_has_loaded_a_visitor_already_sees_the_featured_designs() {
    // A build whose module never arrives: what a visitor on a slow connection sees while it is on its way.
    let copy = dist_without_modules();
    let waiting = AppServer::start(&copy.0);
    let full = AppServer::start(&dist());
    let (home, catalogue, shortlist, app_home) = (
        waiting.url("/"),
        waiting.url("/catalogue"),
        waiting.url("/shortlist"),
        full.url("/"),
    );
    with_browser(move |c| async move {
        c.goto(&home).await.unwrap();
        find_text(&c, "h1", "Perak buatan tangan dari Batankrajan").await;
        let link = find_text(&c, "a", "Cincin Kawung").await;
        assert_eq!(
            link.attr("href").await.unwrap().as_deref(),
            Some("/designs/ring-kawung")
        );
        let card = find_text(&c, "li", "Cincin Kawung").await;
        let text = card.text().await.unwrap();
        for expected in ["Cincin", "4,6 g", "265.000", "oleh Kawung Silver"] {
            assert!(
                text.contains(expected),
                "card text {text:?} lacks {expected:?}"
            );
        }
        let alt = card
            .find(Locator::Css("img"))
            .await
            .unwrap()
            .attr("alt")
            .await
            .unwrap()
            .unwrap_or_default();
        assert!(
            alt.starts_with("Gambar cincin dengan motif Kawung"),
            "{alt:?}"
        );
        // Every drawing decodes: the SVG came through the HTML attribute intact.
        eventually("the drawings to decode", || async {
            c.execute(
                "const imgs = [...document.querySelectorAll('.card img')];
                 return imgs.length === 6 && imgs.every(i => i.complete && i.naturalWidth > 0);",
                vec![],
            )
            .await
            .unwrap()
                == serde_json::Value::Bool(true)
        })
        .await;
        assert_eq!(axe_violations(&c).await, Vec::<String>::new());

                // A pre-rendered page (src/prerender) comes with its own first view: the catalogue's first page.
        c.goto(&catalogue).await.unwrap();
        find_text(&c, "h1", "Katalog").await;
        assert_eq!(c.find_all(Locator::Css(".card")).await.unwrap().len(), 24);
        // Elsewhere only the header comes first: the page's own content comes with the app.
        c.goto(&shortlist).await.unwrap();
        find_text(&c, "nav//a", "Katalog").await;
        assert!(
            c.find_all(Locator::Css("h1, .card"))
                .await
                .unwrap()
                .is_empty()
        );

        // Someone who chose English before sees the English first view.
        c.execute("localStorage.setItem('perak.locale', 'en')", vec![])
            .await
            .unwrap();
        c.goto(&home).await.unwrap();
        find_text(&c, "h1", "Hand-made silver from Batankrajan").await;
        find_text(&c, "a", "Kawung ring").await;
        assert_eq!(html_lang(&c).await, "en");

        // A stand in kiosk mode: its touch-first layout from the first view, and no outbox link, as in
        // the app's own header.
        let outbox_shown = r#"
            const a = document.querySelector('#first-paint nav a[href="/outbox"]');
            return [document.documentElement.classList.contains('kiosk'), !!a && a.offsetParent !== null];
        "#;
        assert_eq!(
            c.execute(outbox_shown, vec![]).await.unwrap(),
            serde_json::json!([false, true])
        );
        c.execute(
            "localStorage.setItem('perak.kiosk', JSON.stringify({ enabled: true }))",
            vec![],
        )
        .await
        .unwrap();
        c.goto(&home).await.unwrap();
        find_text(&c, "h1", "Hand-made silver from Batankrajan").await;
        assert_eq!(
            c.execute(outbox_shown, vec![]).await.unwrap(),
            serde_json::json!([true, false])
        );
        find_text(&c, "nav//a", "Shortlist").await;

        // Once the app has started, the first view is gone: one heading, the app's twelve cards.
        open(&c, &app_home, "Perak buatan tangan dari Batankrajan").await;
        eventually("the app's cards", || async {
            c.find_all(Locator::Css(".card-grid > li"))
                .await
                .unwrap()
                .len()
                == 12
        })
        .await;
        assert_eq!(c.find_all(Locator::Css("h1")).await.unwrap().len(), 1);
        assert!(
            c.find_all(Locator::Css("#first-paint, #first-paint-en"))
                .await
                .unwrap()
                .is_empty()
        );
    })
    .await;
}

/// A copy of the build whose modules never arrive: the first view stays.
fn dist_without_modules() -> Scratch {
    let copy = dist_copy();
    let mut removed = 0;
    for build in std::fs::read_dir(copy.0.join("app")).unwrap() {
        for entry in std::fs::read_dir(build.unwrap().path()).unwrap() {
            let path = entry.unwrap().path();
            // The modules and their compressed twins (`.wasm.br`, `.wasm.gz`).
            if path.to_string_lossy().contains(".wasm") {
                std::fs::remove_file(path).unwrap();
                removed += 1;
            }
        }
    }
    assert!(removed > 0, "the build's modules live in dist/app/<build>/");
    copy
}

#[tokio::test]
async fn the_first_view_is_in_the_language_the_app_will_choose() {
    // A first visit: no address prefix, nothing stored; the browser's languages decide, as in the app,
    // so the page never changes language when the app arrives.
    let copy = dist_without_modules();
    let server = AppServer::start(&copy.0);
    let home = server.url("/");
    let home2 = home.clone();
    with_browser_in("en-US", move |c| async move {
        c.goto(&home).await.unwrap();
        find_text(&c, "h1", "Hand-made silver from Batankrajan").await;
        assert_eq!(html_lang(&c).await, "en");
    })
    .await;
    with_browser_in("de-DE", move |c| async move {
        c.goto(&home2).await.unwrap();
        // No first view in a language the reader did not choose: the app's German page comes instead.
        eventually("the first view removed", || async {
            c.execute("return !document.querySelector('#first-paint h1')", vec![])
                .await
                .unwrap()
                .as_bool()
                == Some(true)
        })
        .await;
    })
    .await;
}
