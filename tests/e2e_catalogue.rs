//! End to end, the catalogue: a buyer's journey from a typo search to a shared shortlist, the design
//! drawing's zoom, and what the page does while someone types. Headless Chromium, by role and text.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::Locator;
use support::*;

#[tokio::test]
async fn a_buyer_searches_filters_sorts_opens_a_design_and_shares_a_shortlist() {
    let server = AppServer::start(&dist());
    let url = server.url("/catalogue");
    let design_url = server.url("/designs/necklace-kawung");
    let shared = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let out = shared.clone();
    with_browser(move |c| async move {
        open(&c, &url, "Katalog").await;
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
        open(&c, &design_url, "Kalung Kawung").await;
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
        open(&c, &link, "Daftar pilihan").await;
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
async fn the_design_drawing_zooms_with_buttons_keys_and_wheel_and_resets() {
    let server = AppServer::start(&dist());
    let url = server.url("/designs/brooch-kala-makara");
    with_browser(move |c| async move {
        open(&c, &url, "Bros Kala").await;
        let level = || async { text_of(&c, ".zoom-level").await };
        // Set through the CSSOM, so the browser's own spelling: "translate(0px, 0px) scale(1.5)".
        let transform = || async {
            c.execute("return document.querySelector('.zoom-content').style.transform", vec![])
                .await
                .unwrap()
                .as_str()
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(level().await, "100%");
        c.find(Locator::Css("button[aria-label='Perbesar']")).await.unwrap().click().await.unwrap();
        eventually("zoomed in", || async { level().await == "150%" }).await;
        assert!(transform().await.contains("scale(1.5)"), "{}", transform().await);

        // The keyboard path: focus the drawing, zoom with +, pan with an arrow key.
        let viewport = c.find(Locator::Css(".zoom-viewport")).await.unwrap();
        viewport.send_keys("+").await.unwrap();
        eventually("zoomed by key", || async { level().await == "225%" }).await;
        viewport.send_keys("\u{E012}").await.unwrap(); // ArrowLeft
        eventually("panned", || async { !transform().await.contains("translate(0px, 0px)") }).await;

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
        assert_eq!(transform().await, "translate(0px, 0px) scale(1)");
    })
    .await;
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
        open(&c, &url, "Katalog").await;
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
        choose_language(&c, "English").await;
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
        open(&c, &url, "Katalog").await;
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
async fn a_link_with_ten_thousand_character_values_opens_the_catalogue_with_a_message() {
    let server = AppServer::start(&dist());
    let url = server.url(&format!(
        "/catalogue?q={}&form={}&motif=kawung",
        "a".repeat(10_000),
        "b".repeat(10_000)
    ));
    let shortlist = server.url("/shortlist?items=ring-kawung~1~99%20cm~");
    with_browser(move |c| async move {
        open(&c, &url, "Katalog").await;
        find_text(
            &c,
            "p",
            "Sebagian tautan ini terlalu panjang atau tidak terbaca",
        )
        .await;
        screenshot(&c, "catalogue-link-trimmed").await;
        // The readable part still works: the motif filter is ticked, and the page answers.
        let ticked = c
            .find(Locator::Css("input[type=checkbox]:checked"))
            .await
            .expect("the motif filter from the link is ticked");
        assert!(
            ticked
                .attr("id")
                .await
                .unwrap()
                .unwrap_or_default()
                .contains("kawung")
        );
        let field = c.find(Locator::Css("input[type=search]")).await.unwrap();
        let value = field.prop("value").await.unwrap().unwrap_or_default();
        assert_eq!(
            value.chars().count(),
            200,
            "the search as long as the field takes"
        );

        // A shared shortlist asking for a size the design is not made in: left out, and said.
        open(&c, &shortlist, "Daftar pilihan").await;
        find_text(&c, "p", "Beberapa ukuran atau permukaan dalam tautan ini").await;
        find_text(&c, "a", "Cincin Kawung").await;
    })
    .await;
}
