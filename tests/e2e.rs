//! End to end: the release build in headless Chromium, used as a person would, by role and visible text.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::Locator;
use support::*;

#[tokio::test]
async fn the_home_page_lists_designs_with_name_workshop_form_and_weight() {
    let server = AppServer::start(&dist());
    let url = server.url("/");
    with_browser(move |c| async move {
        c.goto(&url).await.unwrap();
        wait_for_h1(&c, "Perak buatan tangan dari Batankrajan").await;
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
        // The drawing is announced by its own name.
        let art = card
            .find(Locator::Css("svg[role=img] title"))
            .await
            .unwrap();
        assert_eq!(art.html(true).await.unwrap(), "Cincin Surya");
        assert!(title(&c).await.contains("Katalog desain perak"));
    })
    .await;
}

#[tokio::test]
async fn the_language_switch_translates_and_survives_a_reload() {
    let server = AppServer::start(&dist());
    let url = server.url("/");
    with_browser(move |c| async move {
        c.goto(&url).await.unwrap();
        wait_for_h1(&c, "Perak buatan tangan dari Batankrajan").await;
        find_text(&c, "button", "English")
            .await
            .click()
            .await
            .unwrap();
        wait_for_h1(&c, "Hand-made silver from Batankrajan").await;
        assert_eq!(html_lang(&c).await, "en");
        find_text(&c, "li", "by Surya Kencana").await;
        find_text(&c, "li", "5.2 g").await;

        c.refresh().await.unwrap();
        wait_for_h1(&c, "Hand-made silver from Batankrajan").await;
        assert_eq!(html_lang(&c).await, "en");
    })
    .await;
}

#[tokio::test]
async fn a_deep_link_opens_and_reloads_on_the_design_page() {
    let server = AppServer::start(&dist());
    let home = server.url("/");
    let deep = server.url("/designs/pendant-padma");
    with_browser(move |c| async move {
        c.goto(&deep).await.unwrap();
        wait_for_h1(&c, "Liontin Padma").await;
        find_text(&c, "dd", "Padma Jaya").await;
        find_text(&c, "dd", "Ketok dan tatah").await;
        c.refresh().await.unwrap();
        wait_for_h1(&c, "Liontin Padma").await;
        assert!(title(&c).await.starts_with("Liontin Padma"));

        // And from the list, as a buyer gets there.
        c.goto(&home).await.unwrap();
        find_text(&c, "a", "Cincin Kawung")
            .await
            .click()
            .await
            .unwrap();
        wait_for_h1(&c, "Cincin Kawung").await;
        assert!(
            c.current_url()
                .await
                .unwrap()
                .path()
                .ends_with("/designs/ring-kawung")
        );
        find_text(&c, "a", "Kembali ke katalog")
            .await
            .click()
            .await
            .unwrap();
        wait_for_h1(&c, "Perak buatan tangan dari Batankrajan").await;
    })
    .await;
}

#[tokio::test]
async fn unknown_routes_and_designs_show_a_not_found_page() {
    let server = AppServer::start(&dist());
    let missing_page = server.url("/tidak/ada");
    let missing_design = server.url("/designs/cincin-naga");
    with_browser(move |c| async move {
        c.goto(&missing_page).await.unwrap();
        wait_for_h1(&c, "Halaman tidak ditemukan").await;
        assert!(title(&c).await.contains("Halaman tidak ditemukan"));
        find_text(&c, "a", "Ke beranda")
            .await
            .click()
            .await
            .unwrap();
        wait_for_h1(&c, "Perak buatan tangan dari Batankrajan").await;

        c.goto(&missing_design).await.unwrap();
        wait_for_h1(&c, "Desain tidak ditemukan").await;
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
        c.goto(&url).await.unwrap();
        wait_for_h1(&c, "Katalog tidak dapat dimuat").await;
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
        find_text(&c, "button", "English")
            .await
            .click()
            .await
            .unwrap();
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
        c.goto(&url).await.unwrap();
        wait_for_h1(&c, "Katalog tidak dapat dimuat").await;
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
