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

        // Counts in English have a singular ("1 design", not "1 designs").
        c.goto(&catalogue).await.unwrap();
        wait_for_h1(&c, "Catalogue").await;
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
        c.goto(&deep).await.unwrap();
        wait_for_h1(&c, "Liontin Padma").await;
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
        c.goto(&missing_page).await.unwrap();
        wait_for_h1(&c, "Halaman tidak ditemukan").await;
        assert!(title(&c).await.contains("Halaman tidak ditemukan"));
        click_link(&c, "Ke beranda").await;
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

async fn input_value(c: &fantoccini::Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

async fn select_option(c: &fantoccini::Client, label_text: &str, option_text: &str) {
    let label = find_text(c, "label", label_text).await;
    let id = label.attr("for").await.unwrap().expect("label for");
    let select = c.find(Locator::Id(&id)).await.unwrap();
    select.select_by_label(option_text).await.unwrap();
}

/// The label of the filter value `name` (its first span) in the fieldset titled `group`.
fn facet_label(group: &str, name: &str) -> String {
    format!(
        "//fieldset[legend[normalize-space()={}]]//label[span[1][normalize-space()={}]]",
        xpath_literal(group),
        xpath_literal(name)
    )
}

/// Ticks the checkbox whose visible label starts with `name`, within the fieldset titled `group`.
async fn tick_facet(c: &fantoccini::Client, group: &str, name: &str) {
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

async fn result_count(c: &fantoccini::Client) -> String {
    text_of(c, ".toolbar .count").await
}

#[tokio::test]
async fn a_buyer_searches_filters_sorts_opens_a_design_and_shares_a_shortlist() {
    let server = AppServer::start(&dist());
    let url = server.url("/catalogue");
    let design_url = server.url("/designs/necklace-kawung");
    let shared = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let out = shared.clone();
    with_browser(move |c| async move {
        c.goto(&url).await.unwrap();
        wait_for_h1(&c, "Katalog").await;
        let search = c
            .wait()
            .at_most(WAIT)
            .for_element(Locator::XPath(
                "//input[@id=//label[normalize-space()='Cari desain']/@for]",
            ))
            .await
            .unwrap();
        search.send_keys("suria").await.unwrap();
        eventually("typo results", || async {
            result_count(&c).await != "64 desain"
        })
        .await;
        // The URL catches up once typing pauses, so a reload or a shared link has the query.
        eventually("query in URL", || async {
            c.current_url()
                .await
                .unwrap()
                .as_str()
                .ends_with("/catalogue?q=suria")
        })
        .await;
        find_text(&c, "li", "Liontin Surya").await;
        // The suggestion corrects the typo.
        find_text(&c, "button", "Surya").await;

        tick_facet(&c, "Bentuk", "Liontin").await;
        tick_facet(&c, "Bentuk", "Bros").await;
        eventually("two forms", || async {
            result_count(&c).await == "4 desain"
        })
        .await;
        tick_facet(&c, "Permukaan", "Oksidasi (perak bakar)").await;
        eventually("and a finish", || async {
            result_count(&c).await == "4 desain" || result_count(&c).await == "3 desain"
        })
        .await;
        select_option(&c, "Urutkan", "Harga terendah").await;
        eventually("sort in URL", || async {
            c.current_url()
                .await
                .unwrap()
                .as_str()
                .contains("sort=price-asc")
        })
        .await;
        let first = text_of(&c, ".card-grid > li .card-price").await;
        let prices: Vec<u64> = {
            let mut v = Vec::new();
            for el in c
                .find_all(Locator::Css(".card-grid > li .card-price"))
                .await
                .unwrap()
            {
                let t = el.text().await.unwrap();
                v.push(
                    t.chars()
                        .filter(char::is_ascii_digit)
                        .collect::<String>()
                        .parse()
                        .unwrap_or(u64::MAX),
                );
            }
            v
        };
        assert!(
            prices.windows(2).all(|w| w[0] <= w[1]),
            "{prices:?} (first {first})"
        );

        // The whole state survives a reload.
        let before = c.current_url().await.unwrap();
        c.refresh().await.unwrap();
        wait_for_h1(&c, "Katalog").await;
        eventually("restored", || async {
            result_count(&c).await.ends_with("desain")
        })
        .await;
        assert_eq!(input_value(&c, "#search-input").await, "suria");
        assert_eq!(c.current_url().await.unwrap(), before);

        // A design opened from the results leads back to the same search, filters and sort.
        let card = find_text(&c, "h3", "Surya").await;
        let opened = card.text().await.unwrap();
        card.find(Locator::Css("a"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        wait_for_h1(&c, &opened).await;
        // Reloading the design page keeps the way back (it is kept for the tab's session).
        c.refresh().await.unwrap();
        wait_for_h1(&c, &opened).await;
        click_link(&c, "Kembali ke katalog").await;
        wait_for_h1(&c, "Katalog").await;
        eventually("back at the same search", || async {
            c.current_url().await.unwrap() == before
        })
        .await;
        assert_eq!(input_value(&c, "#search-input").await, "suria");

        // Open a design; change its size and see the weight and price follow.
        c.goto(&design_url).await.unwrap();
        wait_for_h1(&c, "Kalung Kawung").await;
        let price_before = text_of(&c, ".price-idr").await;
        let weight_before = find_text(&c, "dd", " g").await.text().await.unwrap();
        select_option(&c, "Ukuran", "50 cm").await;
        eventually("price changes", || async {
            text_of(&c, ".price-idr").await != price_before
        })
        .await;
        let weight_after = find_text(&c, "dd", " g").await.text().await.unwrap();
        assert_ne!(weight_before, weight_after);
        assert!(
            c.current_url().await.unwrap().as_str().contains("size=50"),
            "the variant is in the URL"
        );
        find_text(
            &c,
            "p",
            "Dihitung dari harga perak Rp 46.000/g per 16 Jan 2026",
        )
        .await;

        let qty = c.find(Locator::Id("variant-qty")).await.unwrap();
        qty.clear().await.unwrap();
        qty.send_keys("3").await.unwrap();
        find_text(&c, "button", "Tambah ke daftar pilihan")
            .await
            .click()
            .await
            .unwrap();
        click_link(&c, "Buka daftar pilihan").await;
        wait_for_h1(&c, "Daftar pilihan").await;
        find_text(&c, "li", "Kalung Kawung").await;
        find_text(&c, "li", "50 cm").await;
        c.refresh().await.unwrap();
        wait_for_h1(&c, "Daftar pilihan").await;
        let row = find_text(&c, "li", "Kalung Kawung").await;
        let qty_input = row.find(Locator::Css("input[type=number]")).await.unwrap();
        assert_eq!(
            qty_input.prop("value").await.unwrap().as_deref(),
            Some("3"),
            "kept on the device"
        );
        *out.lock().unwrap() = input_value(&c, "#share-url").await;
    })
    .await;

    let link = shared.lock().unwrap().clone();
    assert!(link.contains("/shortlist?items="), "{link}");
    // A different browser profile: nothing stored, only the link.
    with_browser(move |c| async move {
        c.goto(&link).await.unwrap();
        wait_for_h1(&c, "Daftar pilihan").await;
        find_text(&c, "p", "dibagikan kepada Anda").await;
        let row = find_text(&c, "li", "Kalung Kawung")
            .await
            .text()
            .await
            .unwrap();
        assert!(row.contains("50 cm") && row.contains("Jumlah: 3"), "{row}");
        find_text(&c, "button", "Simpan ke daftar pilihan saya")
            .await
            .click()
            .await
            .unwrap();
        eventually("saved", || async {
            !c.current_url().await.unwrap().as_str().contains("items=")
        })
        .await;
        find_text(&c, "li", "Kalung Kawung").await;
    })
    .await;
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
        c.goto(&home).await.unwrap();
        wait_for_h1(&c, "Perak buatan tangan dari Batankrajan").await;
        eventually("the service worker controls the page", || async {
            c.execute("return !!navigator.serviceWorker.controller", vec![])
                .await
                .unwrap()
                .as_bool()
                == Some(true)
        })
        .await;
        tx.send(()).unwrap();
        back_rx.lock().unwrap().recv().unwrap();

        // No server: a deep link, search and the data all come from the precache.
        c.goto(&deep).await.unwrap();
        wait_for_h1(&c, "Bros Padma").await;
        c.goto(&catalogue).await.unwrap();
        wait_for_h1(&c, "Katalog").await;
        find_text(&c, "li", "Cincin Kawung").await;
        c.refresh().await.unwrap();
        find_text(&c, "li", "Cincin Kawung").await;
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
            c.goto(&url).await.unwrap();
            wait_for_h1(&c, heading).await;
            // Let lazy drawings and counts settle before scanning.
            tokio::time::sleep(std::time::Duration::from_millis(400)).await;
            for v in axe_violations(&c).await {
                all.push(format!("{url}: {v}"));
            }
        }
        // The form with every error showing.
        c.goto(&inquiry).await.unwrap();
        wait_for_h1(&c, "Kirim pertanyaan").await;
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
async fn the_design_drawing_zooms_with_buttons_keys_and_wheel_and_resets() {
    let server = AppServer::start(&dist());
    let url = server.url("/designs/brooch-kala-makara");
    with_browser(move |c| async move {
        c.goto(&url).await.unwrap();
        wait_for_h1(&c, "Bros Kala").await;
        let level = || async { text_of(&c, ".zoom-level").await };
        let transform = || async {
            c.find(Locator::Css(".zoom-content")).await.unwrap().attr("style").await.unwrap().unwrap_or_default()
        };
        assert_eq!(level().await, "100%");
        c.find(Locator::Css("button[aria-label='Perbesar']")).await.unwrap().click().await.unwrap();
        eventually("zoomed in", || async { level().await == "150%" }).await;
        assert!(transform().await.contains("scale(1.500)"), "{}", transform().await);

        // The keyboard path: focus the drawing, zoom with +, pan with an arrow key.
        let viewport = c.find(Locator::Css(".zoom-viewport")).await.unwrap();
        viewport.send_keys("+").await.unwrap();
        eventually("zoomed by key", || async { level().await == "225%" }).await;
        viewport.send_keys("\u{E012}").await.unwrap(); // ArrowLeft
        eventually("panned", || async { !transform().await.contains("translate(0.0px, 0.0px)") }).await;

        // The wheel zooms too.
        c.execute(
            "document.querySelector('.zoom-viewport').dispatchEvent(new WheelEvent('wheel', {deltaY: -300, clientX: 200, clientY: 300, bubbles: true, cancelable: true}))",
            vec![],
        )
        .await
        .unwrap();
        eventually("zoomed by wheel", || async { level().await != "225%" }).await;

        find_text(&c, "button", "Ukuran semula").await.click().await.unwrap();
        eventually("reset", || async { level().await == "100%" }).await;
        assert!(transform().await.contains("translate(0.0px, 0.0px) scale(1.000)"));
    })
    .await;
}

/// The text of the count beside `name` in the filter group titled `group`.
async fn facet_count(c: &fantoccini::Client, group: &str, name: &str) -> Option<String> {
    let xpath = format!("{}/span[@class='facet-count']", facet_label(group, name));
    match c.find(Locator::XPath(&xpath)).await {
        Ok(el) => el.text().await.ok(),
        Err(_) => None,
    }
}

#[tokio::test]
async fn the_filter_counts_follow_the_search_once_typing_pauses() {
    use perak_batankrajan::domain::browse::{BrowseQuery, Browser, FacetKind};
    use perak_batankrajan::domain::{Lang, pricing::format};

    // Large enough for counts in the thousands, which are written the way the result count is.
    let (copy, big) = dist_with_synthetic(10_000);
    let browser = Browser::new(&big);
    let rings = |q: &str| {
        let r = browser.browse(&BrowseQuery {
            q: q.to_owned(),
            ..Default::default()
        });
        format::decimal(r.facet_count(FacetKind::Form, "ring") as f64, 0, Lang::Id)
    };
    let (all, kawung) = (rings(""), rings("kawung"));
    assert!(all.contains('.'), "{all}: a count in the thousands");
    assert_ne!(all, kawung);
    let server = AppServer::start(&copy.0);
    let url = server.url("/catalogue");
    with_browser(move |c| async move {
        c.goto(&url).await.unwrap();
        find_text(&c, "p", "10.000 desain").await;
        eventually("every ring counted", || async {
            facet_count(&c, "Bentuk", "Cincin").await.as_deref() == Some(all.as_str())
        })
        .await;
        type_into(&c, "Cari desain", "kawung").await;
        eventually("the rings with kawung counted", || async {
            facet_count(&c, "Bentuk", "Cincin").await.as_deref() == Some(kawung.as_str())
        })
        .await;
        assert!(
            c.current_url()
                .await
                .unwrap()
                .as_str()
                .ends_with("q=kawung"),
            "the counts are those of the query in the URL"
        );
    })
    .await;
}

#[tokio::test]
async fn the_pictures_of_the_cards_in_view_follow_the_search_once_typing_pauses() {
    let (copy, _) = dist_with_synthetic(2_000);
    let server = AppServer::start(&copy.0);
    let url = server.url("/catalogue");
    with_browser(move |c| async move {
        c.goto(&url).await.unwrap();
        wait_for_h1(&c, "Katalog").await;
        // Each card in view: its name, and the name its picture is drawn for (the SVG's own title),
        // or null while it shows none.
        let pictures = r#"
            return [...document.querySelectorAll('.card')]
              .filter(card => card.getBoundingClientRect().top < innerHeight)
              .map(card => {
                const img = card.querySelector('.art img');
                const name = card.querySelector('.card-title a').textContent.trim();
                if (!img || img.hidden || !img.src) return [name, null, ''];
                const svg = decodeURIComponent(img.src.slice(img.src.indexOf(',') + 1));
                const drawn = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('title').textContent;
                return [name, drawn, img.alt];
              });
        "#;
        let all_own = || async {
            let rows = c.execute(pictures, vec![]).await.unwrap();
            let rows: Vec<(String, Option<String>, String)> = serde_json::from_value(rows).unwrap();
            !rows.is_empty()
                && rows
                    .iter()
                    .all(|(name, drawn, alt)| drawn.as_ref() == Some(name) && !alt.is_empty())
        };
        eventually("every card in view shows its own picture", all_own).await;
        // Someone typing a key at a time: the first key after a pause shows each changed card's own
        // picture one paint after its text, without hiding a picture in between.
        let first = c.execute(pictures, vec![]).await.unwrap();
        c.execute(
            r#"window.__hidden = 0;
               new MutationObserver(changes => {
                 for (const m of changes) if (m.target.hidden) window.__hidden++;
               }).observe(document.querySelector('.card-grid'), { subtree: true, attributeFilter: ['hidden'] });"#,
            vec![],
        )
        .await
        .unwrap();
        labelled(&c, "Cari desain").await.send_keys("k").await.unwrap();
        eventually("the cards of the next key show their own pictures", all_own).await;
        assert_ne!(c.execute(pictures, vec![]).await.unwrap(), first);
        assert_eq!(
            c.execute("return window.__hidden", vec![]).await.unwrap(),
            serde_json::json!(0),
            "no picture hidden for a key that came after a pause"
        );
        let before = c.execute(pictures, vec![]).await.unwrap();
        c.execute("window.__hidden = 0", vec![]).await.unwrap();
        type_into(&c, "Cari desain", "kawung").await;
        find_text(&c, "p", "desain").await;
        eventually("the cards of the new search show their own pictures", all_own).await;
        assert_ne!(
            c.execute("return window.__hidden", vec![]).await.unwrap(),
            serde_json::json!(0),
            "while keys came one after another, changed cards hid their pictures until the pause"
        );
        assert_ne!(
            c.execute(pictures, vec![]).await.unwrap(),
            before,
            "other designs than before the search"
        );
        assert!(
            c.current_url().await.unwrap().as_str().ends_with("q=kawung"),
            "after the pause that writes the URL"
        );
        // Someone typing a key every 450 ms or so: longer than the pause, so the URL is written
        // between keys, but the changed cards' pictures stay hidden until the keys stop instead of
        // coming back at each pause and going again at the next key. (Each of these keys changes the
        // cards in view of the 2,000 synthetic designs.) The keys are the field's input events sent
        // from the page's own timers, so that they fall between the app's 300 ms and 600 ms timers
        // however slow the machine or the driver is.
        let typed = c
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                   const field = document.getElementById('search-input');
                   let shown = 0;
                   new MutationObserver(changes => {
                     for (const m of changes) if (m.oldValue !== null && !m.target.hidden) shown++;
                   }).observe(document.querySelector('.card-grid'),
                              { subtree: true, attributeFilter: ['hidden'], attributeOldValue: true });
                   const keys = [[0, 'kawung '], [40, 'kawung c'], [450, 'kawung ci'],
                                 [450, 'kawung c'], [450, 'kawung '], [450, 'kawung s'], [450, 'kawung su']];
                   (async () => {
                     for (const [i, [gap, text]] of keys.entries()) {
                       await new Promise(r => setTimeout(r, gap));
                       field.value = text;
                       field.dispatchEvent(new Event('input', { bubbles: true }));
                       // From the third key on, the pause has passed before every key.
                       if (i === 2) shown = 0;
                     }
                     await new Promise(r => setTimeout(r, 50));
                     const held = [...document.querySelectorAll('.card .art img')]
                       .filter(img => img.getBoundingClientRect().top < innerHeight && img.hidden).length;
                     done([shown, held, new URLSearchParams(location.search).get('q')]);
                   })();"#,
                vec![],
            )
            .await
            .unwrap();
        let (shown, held, in_url): (u32, u32, String) = serde_json::from_value(typed).unwrap();
        assert_eq!(in_url, "kawung s", "the pauses between keys wrote the URL");
        assert!(held > 0, "the keys hold changed cards' pictures");
        assert_eq!(shown, 0, "no held picture came back between keys");
        eventually("the cards show their own pictures once the keys stop", all_own).await;
        let back = fantoccini::key::Key::Backspace.to_string();
        labelled(&c, "Cari desain")
            .await
            .send_keys(&back.repeat(3))
            .await
            .unwrap();
        eventually("back to the search for kawung", || async {
            c.current_url().await.unwrap().as_str().ends_with("q=kawung")
        })
        .await;
        eventually("the cards of kawung show their pictures", all_own).await;

        // A word typed and deleted before the pause: the search is the URL's again, which writing
        // it would not change, and the pictures must come back all the same.
        let kawung = c.execute(pictures, vec![]).await.unwrap();
        let backspaces = fantoccini::key::Key::Backspace.to_string().repeat(" cincin".len());
        let field = labelled(&c, "Cari desain").await;
        field
            .send_keys(&format!(" cincin{backspaces}"))
            .await
            .unwrap();
        eventually("the cards of the same search show their pictures again", all_own).await;
        assert_eq!(c.execute(pictures, vec![]).await.unwrap(), kawung);
        assert_eq!(input_value(&c, "#search-input").await, "kawung");

        // Only spaces where the URL has no search: also the URL's own search, so the pause ends the
        // typing; a picture drawn again afterwards (here for another language) is not held.
        field.send_keys("\u{E009}a\u{E009}\u{E003}").await.unwrap();
        eventually("the search cleared from the URL", || async {
            !c.current_url().await.unwrap().as_str().contains("q=")
        })
        .await;
        field.send_keys("  ").await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(600)).await;
        click_button(&c, "English").await;
        eventually("the cards in English show their own pictures", all_own).await;
    })
    .await;
}

#[tokio::test]
async fn a_long_search_comes_back_whole_from_its_link() {
    use perak_batankrajan::domain::browse::QUERY_MAX_CHARS;
    let server = AppServer::start(&dist());
    let url = server.url("/catalogue");
    with_browser(move |c| async move {
        c.goto(&url).await.unwrap();
        wait_for_h1(&c, "Katalog").await;
        // Longer than a link keeps: the field stops taking letters where the link would cut them.
        type_into(&c, "Cari desain", &"cincin ".repeat(30)).await;
        let typed = input_value(&c, "#search-input").await;
        assert_eq!(
            typed.chars().count(),
            QUERY_MAX_CHARS,
            "the field holds {typed:?}"
        );
        let in_url = "return new URLSearchParams(location.search).get('q');";
        eventually("the search written to the URL", || async {
            c.execute(in_url, vec![]).await.unwrap() == serde_json::json!(typed)
        })
        .await;
        c.refresh().await.unwrap();
        wait_for_h1(&c, "Katalog").await;
        eventually("the same search after a reload", || async {
            input_value(&c, "#search-input").await == typed
        })
        .await;
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
        // Both languages stay offered by name, the first shortened to fit.
        find_text(&c, "button", "Indonesia").await;
        find_text(&c, "button", "English").await;

        c.goto(&outbox).await.unwrap();
        wait_for_h1(&c, "Kotak keluar").await;
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
async fn on_a_phone_designs_come_first_and_a_ticked_filter_stays_in_view() {
    let server = AppServer::start(&dist());
    let url = server.url("/catalogue");
    with_browser(move |c| async move {
        c.set_window_size(390, 844).await.unwrap();
        c.goto(&url).await.unwrap();
        find_text(&c, "p", "64 desain").await;
        let width = c.execute("return innerWidth", vec![]).await.unwrap();
        assert!(width.as_f64().unwrap() < 500.0, "phone width, got {width}");
        // The first row of designs starts on the first screen: the filters are folded
        // behind one button (open, they are several screens long).
        let first_card = c
            .execute(
                "const top = document.querySelector('.results li').getBoundingClientRect().top;
                 return [top, innerHeight];",
                vec![],
            )
            .await
            .unwrap();
        let [top, height] = [0, 1].map(|i| first_card[i].as_f64().unwrap());
        assert!(top < height, "first design at {top} px, screen {height} px high");
        let padma = facet_label("Motif", "Padma (teratai merah)");
        let label = c.find(Locator::XPath(&padma)).await.unwrap();
        assert!(!label.is_displayed().await.unwrap(), "filters folded");

        let toggle = find_text(&c, "button", "Pilih filter").await;
        assert_eq!(toggle.attr("aria-expanded").await.unwrap().as_deref(), Some("false"));
        toggle.click().await.unwrap();
        assert_eq!(toggle.attr("aria-expanded").await.unwrap().as_deref(), Some("true"));
        assert!(label.is_displayed().await.unwrap(), "filters shown");
        // Open, the groups scroll in their own box: the designs are less than a screen further down.
        let gap = c
            .execute(
                "const top = s => document.querySelector(s).getBoundingClientRect().top;
                 return [top('.results li') - top('.facet-groups'), innerHeight];",
                vec![],
            )
            .await
            .unwrap();
        let [gap, height] = [0, 1].map(|i| gap[i].as_f64().unwrap());
        assert!(gap < height, "designs {gap} px below the open filters");
        assert_eq!(axe_violations(&c).await, Vec::<String>::new());

        // A filter far down the panel: ticking it keeps the page where it was, so the box that keeps
        // the focus is still on screen.
        c.execute(
            "arguments[0].scrollIntoView({ block: 'center' })",
            vec![serde_json::to_value(&label).unwrap()],
        )
        .await
        .unwrap();
        label.click().await.unwrap();
        eventually("the motif in the URL", || async {
            current_url(&c).await.contains("motif=padma")
        })
        .await;
        eventually("fewer designs", || async {
            !result_count(&c).await.contains("64")
        })
        .await;
        let in_view = c
            .execute(
                "const r = document.activeElement.getBoundingClientRect();
                 return [document.activeElement.type, scrollY > 0 && r.top >= 0 && r.bottom <= innerHeight];",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(in_view, serde_json::json!(["checkbox", true]), "the ticked box in view");

        toggle.click().await.unwrap();
        assert_eq!(toggle.attr("aria-expanded").await.unwrap().as_deref(), Some("false"));
        assert!(!label.is_displayed().await.unwrap(), "folded again");
    })
    .await;
}

#[tokio::test]
async fn before_the_app_has_loaded_a_visitor_already_sees_the_featured_designs() {
    // A build whose module never arrives: what a visitor on a slow connection sees while it is on its way.
    let copy = dist_copy();
    let mut removed = 0;
    for build in std::fs::read_dir(copy.0.join("app")).unwrap() {
        for entry in std::fs::read_dir(build.unwrap().path()).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "wasm") {
                std::fs::remove_file(path).unwrap();
                removed += 1;
            }
        }
    }
    assert!(removed > 0, "the build's modules live in dist/app/<build>/");
    let waiting = AppServer::start(&copy.0);
    let full = AppServer::start(&dist());
    let (home, catalogue, app_home) = (waiting.url("/"), waiting.url("/catalogue"), full.url("/"));
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

        // Elsewhere only the header comes first: the page's own content comes with the app.
        c.goto(&catalogue).await.unwrap();
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
        c.goto(&app_home).await.unwrap();
        wait_for_h1(&c, "Perak buatan tangan dari Batankrajan").await;
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
