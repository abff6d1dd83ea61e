//! End to end: an export buyer from Germany, France or the Netherlands. The browser's language picks
//! the interface's on a first visit, the address carries it (a copied link opens the same way in a fresh
//! browser), prices read in euros first, and a switch is remembered.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeMap;

use fantoccini::{Client, Locator};
use support::*;

const NATIVE_NAMES: [&str; 5] = [
    "Bahasa Indonesia",
    "English",
    "Deutsch",
    "Français",
    "Nederlands",
];

fn locale(code: &str) -> BTreeMap<String, String> {
    let path = format!("{}/locales/{code}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Interface texts of Indonesian and English that German never shares: long enough to be a sentence
/// or a label of their own (a short word such as "Ring" or "Design" is the same in several languages).
fn foreign_texts() -> Vec<String> {
    let de = locale("de");
    let mut out = Vec::new();
    for code in ["id", "en"] {
        for (key, text) in locale(code) {
            let plain = !text.contains("{{");
            let distinct = de.values().all(|d| !d.contains(text.as_str()));
            // The language list names every language in itself, on purpose.
            let a_language_name = NATIVE_NAMES.contains(&text.as_str());
            if plain && distinct && !a_language_name && text.chars().count() >= 9 {
                out.push(format!("{code}/{key}: {text}"));
            }
        }
    }
    out
}

async fn body_text(c: &Client) -> String {
    c.find(Locator::Css("body"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// The paths of the header's links, as the page has them (with the language prefix).
async fn header_links(c: &Client) -> Vec<String> {
    let mut out = Vec::new();
    for a in c
        .find_all(Locator::Css(".site-header nav a"))
        .await
        .unwrap()
    {
        if let Some(href) = a.attr("href").await.unwrap() {
            out.push(href);
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn a_german_browser_gets_german_throughout_with_euros_first() {
    let server = AppServer::start(&dist());
    let home = server.url("/");
    let design = server.url("/designs/ring-kawung");
    let foreign = foreign_texts();
    let origin = server.url("");
    let copied = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let slot = copied.clone();
    with_browser_in("de-DE", move |c| async move {
        open(&c, &home, "Handgefertigtes Silber aus Batankrajan").await;
        assert_eq!(html_lang(&c).await, "de");
        assert!(
            current_url(&c).await.starts_with(&format!("{origin}/de/")),
            "the address names the language: {}",
            current_url(&c).await
        );

        let links = header_links(&c).await;
        assert!(links.len() >= 4, "{links:?}");
        for href in links {
            assert!(href.starts_with("/de/"), "{href} keeps the language");
            c.goto(&format!("{origin}{href}")).await.unwrap();
            app_started(&c).await;
            find_text(&c, "h1", "").await;
            // Settled: the page's heading is in, its data drawn.
            tokio::time::sleep(std::time::Duration::from_millis(400)).await;
            let text = body_text(&c).await;
            let leaks: Vec<&String> = foreign
                .iter()
                .filter(|f| text.contains(f.split_once(": ").unwrap().1))
                .collect();
            assert!(leaks.is_empty(), "{href} shows other languages: {leaks:?}");
            assert_eq!(html_lang(&c).await, "de", "{href}");
        }

        c.goto(&design).await.unwrap();
        app_started(&c).await;
        let price = text_of(&c, ".price-idr").await;
        assert!(price.ends_with('€'), "euros first: {price:?}");
        assert!(price.contains(','), "a German decimal comma: {price:?}");
        let other = text_of(&c, ".price-fx").await;
        assert!(other.contains("Rp"), "rupiah beside it: {other:?}");
        // The unprefixed link was given the language the browser asked for.
        *slot.lock().unwrap() = current_url(&c).await;
    })
    .await;
    let url = copied.lock().unwrap().clone();
    assert!(url.contains("/de/designs/ring-kawung"), "{url}");

    // The link copied there opens in German in a fresh profile whose own language is Indonesian.
    with_browser(move |c| async move {
        c.goto(&url).await.unwrap();
        app_started(&c).await;
        assert_eq!(html_lang(&c).await, "de");
        find_text(&c, "button", "Auf die Merkliste").await;
    })
    .await;
    drop(server);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_switch_to_french_is_remembered_and_works_offline() {
    let mut server = AppServer::start(&dist());
    let home = server.url("/");
    let catalogue = server.url("/catalogue?q=kawung");
    let precache = server.url("/precache.json");
    let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
    let (stopped_tx, stopped_rx) = std::sync::mpsc::channel::<()>();
    let keeper = std::thread::spawn(move || {
        // Stops the server when the browser says so.
        if stop_rx.recv().is_ok() {
            server.stop();
            let _ = stopped_tx.send(());
        }
    });
    with_browser(move |c| async move {
        open(&c, &catalogue, "Katalog").await;
        service_worker_controls(&c).await;
        choose_language(&c, "Français").await;
        wait_for_lang(&c, "fr").await;
        let url = current_url(&c).await;
        assert!(url.contains("/fr/catalogue?q=kawung"), "search kept: {url}");
        find_text(&c, "h1", "Catalogue").await;
        // French writes money with the symbol after the amount.
        let price = text_of(&c, ".card-price").await;
        assert!(price.ends_with('€'), "{price:?}");

        // Back returns to the language before, as the address had it.
        c.back().await.unwrap();
        wait_for_lang(&c, "id").await;
        c.forward().await.unwrap();
        wait_for_lang(&c, "fr").await;

        // Every language is precached for a stand with no network (Indonesian's file holds the texts
        // of the pages loaded on demand).
        let listed = c
            .execute(
                "return fetch(arguments[0]).then(r => r.json()).then(j => j.files.map(f => f.url))",
                vec![serde_json::json!(precache)],
            )
            .await
            .unwrap();
        for code in ["id", "en", "de", "fr", "nl"] {
            let file = format!("/locales/{code}.json");
            assert!(
                listed.as_array().unwrap().iter().any(|u| u == &file),
                "{file} precached"
            );
        }

        // A new visit to the bare address with the server gone: the stored choice, from the cache.
        stop_tx.send(()).unwrap();
        stopped_rx.recv().unwrap();
        c.goto(&home).await.unwrap();
        app_started(&c).await;
        wait_for_lang(&c, "fr").await;
        find_text(&c, "h1", "L’argent fait main de Batankrajan").await;
    })
    .await;
    keeper.join().unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_language_whose_file_cannot_arrive_leaves_the_page_readable_and_says_so() {
    // A build whose Dutch file is missing and no service worker to have cached it: as when the network
    // drops before a first visit in that language.
    let (copy, _never_back) = dist_without(["locales/nl.json"]);
    let server = AppServer::start(&copy.0);
    let catalogue = server.url("/catalogue?q=kawung");
    with_browser(move |c| async move {
        open(&c, &catalogue, "Katalog").await;
        choose_language(&c, "Nederlands").await;
        find_text(&c, "p", "Bahasa ini belum dapat dimuat").await;
        assert_eq!(html_lang(&c).await, "id");
        find_text(&c, "h1", "Katalog").await;
        assert!(current_url(&c).await.ends_with("/catalogue?q=kawung"));
        // Another language still arrives.
        choose_language(&c, "English").await;
        wait_for_lang(&c, "en").await;
        find_text(&c, "h1", "Catalogue").await;
    })
    .await;
    drop(server);
}

#[test]
fn the_served_language_files_read_as_the_edited_ones() {
    // The build serves each language as a list in the module's key order behind the keys' fingerprint
    // (scripts/assemble.py); the module reads it without key names. Both sides must agree.
    use perak_batankrajan::i18n::parse;
    for code in ["id", "en", "de", "fr", "nl"] {
        let served = std::fs::read_to_string(dist().join(format!("locales/{code}.json"))).unwrap();
        let edited = std::fs::read_to_string(format!("locales/{code}.json")).unwrap();
        assert_eq!(parse(&served), parse(&edited), "{code}");
        assert!(parse(&served).is_ok(), "{code}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn without_indonesians_file_a_page_loaded_on_demand_says_its_part_is_missing() {
    // The Indonesian texts that only on-demand pages show are in Indonesian's file, not in the first
    // module: without it (offline before the service worker stored it), such a page says what is
    // missing and retries, while home and the catalogue, whose texts are in the module, still read.
    let (copy, aside) = dist_without(["locales/id.json"]);
    let server = AppServer::start(&copy.0);
    let catalogue = server.url("/catalogue?q=kawung");
    with_browser(move |c| async move {
        open(&c, &catalogue, "Katalog").await;
        find_text(&c, "li", "Cincin Kawung").await;
        click_link(&c, "Cincin Kawung").await;
        wait_for_h1(&c, "Halaman ini belum termuat").await;
        aside.put_back();
        click_button(&c, "Coba lagi").await;
        wait_for_h1(&c, "Cincin Kawung").await;
        // A text only the design page shows.
        find_text(&c, "button", "Tambah ke daftar pilihan").await;
    })
    .await;
    drop(server);
}

#[tokio::test(flavor = "multi_thread")]
async fn home_and_the_catalogue_need_nothing_from_indonesians_file() {
    // Home, the catalogue and the app's frame read their Indonesian texts from the first module. With
    // Indonesian's file never arriving, every state a buyer meets there must still read in full: a text
    // that `build.rs` wrongly took for an on-demand page's would mark `<html data-text-missing>`, which
    // `open` and `assert_no_missing_text` check. (In other tests the file arrives early and would hide it.)
    let (copy, _never_back) = dist_without(["locales/id.json"]);
    let server = AppServer::start(&copy.0);
    let home = server.url("/");
    let catalogue = server.url("/catalogue");
    with_browser(move |c| async move {
        open(&c, &home, "Perak buatan tangan dari Batankrajan").await;
        open(&c, &catalogue, "Katalog").await;
        // The pager, the filters and their clearing, the currency picker.
        click_link(&c, "Berikutnya").await;
        find_text(&c, "a", "Sebelumnya").await;
        tick_facet(&c, "Bentuk", "Cincin").await;
        click_button(&c, "Hapus semua filter").await;
        select_option(&c, "Mata uang", "Euro (EUR)").await;
        assert_no_missing_text(&c).await;
        // A search that finds nothing, with its advice.
        type_into(&c, "Cari desain", "qqqqxxxx").await;
        find_text(&c, "h2", "Tidak ada desain yang cocok").await;
        assert_no_missing_text(&c).await;
        // Another language and back: Indonesian again from the module.
        choose_language(&c, "English").await;
        wait_for_h1(&c, "Catalogue").await;
        choose_language(&c, "Bahasa Indonesia").await;
        wait_for_h1(&c, "Katalog").await;
        assert_no_missing_text(&c).await;
    })
    .await;
    drop(server);
}
