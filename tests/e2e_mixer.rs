//! End to end: a maker in the design mixer, from a curated pair to a variation reopened from its link.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::{Client, Locator};
use support::*;

/// The drawing as the page shows it: the SVG's markup.
async fn drawing(c: &Client) -> String {
    c.find(Locator::Css(".mixer-art svg"))
        .await
        .expect("the mixer's drawing")
        .html(false)
        .await
        .unwrap()
}

/// The figures beside the drawing: size, weight and price, as text.
async fn figures(c: &Client) -> String {
    text_of(c, ".mixer-figures-panel").await
}

#[tokio::test]
async fn a_maker_mixes_a_design_from_a_pair_undoes_picks_a_variation_and_reopens_its_link() {
    let server = AppServer::start(&dist());
    let pairs = server.url("/pairs");
    // The link of the chosen variation and its drawing, carried to a fresh browser.
    let kept = std::sync::Arc::new(std::sync::Mutex::new((String::new(), String::new())));
    let kept2 = kept.clone();
    with_browser(move |c| async move {
        open(&c, &pairs, "Pasangan pilihan").await;
        app_started(&c).await;
        c.find(Locator::XPath(
            "//li[h2[normalize-space()='Kawung × Perak tebal organik']]//a[normalize-space()='Coba di mixer']",
        ))
        .await
        .expect("the pair's mixer link")
        .click()
        .await
        .unwrap();
        wait_for_h1(&c, "Mixer desain").await;
        find_text(&c, "p", "Dimulai dari Kawung × Perak tebal organik").await;
        // The trend's form with the village's motif.
        assert_eq!(input_value(&c, "#mixer-motif").await, "kawung");

        // A motif with parameters: the sun, its rays counted.
        let first = drawing(&c).await;
        select_option(&c, "Motif", "Matahari Majapahit").await;
        eventually("the sun drawn", || async { drawing(&c).await != first }).await;
        let sun = drawing(&c).await;
        let sun_figures = figures(&c).await;
        assert_eq!(input_value(&c, "#mixer-count").await, "8");
        for _ in 0..4 {
            c.find(Locator::Css("button[aria-label='Tambah: Jumlah sinar']"))
                .await
                .unwrap()
                .click()
                .await
                .unwrap();
        }
        eventually("twelve rays", || async {
            input_value(&c, "#mixer-count").await == "12"
        })
        .await;
        assert!(current_url(&c).await.contains("count=12"));
        assert_ne!(drawing(&c).await, sun);

        // A bigger piece weighs and costs more; the slider keeps the focus while it moves.
        let start: u8 = input_value(&c, "#mixer-size").await.parse().unwrap();
        let bigger_size = start + 15;
        let size = labelled(&c, "Ukuran").await;
        for _ in 0..3 {
            size.send_keys(&fantoccini::key::Key::Right.to_string())
                .await
                .unwrap();
        }
        eventually("the figures follow the size", || async {
            current_url(&c).await.contains(&format!("size={bigger_size}"))
                && figures(&c).await != sun_figures
        })
        .await;
        let grams = |text: &str| -> f64 {
            let after = text.split("≈ ").nth(1).unwrap_or_default();
            after
                .split(' ')
                .next()
                .unwrap_or_default()
                .replace(',', ".")
                .parse()
                .unwrap_or(0.0)
        };
        let bigger = figures(&c).await;
        assert!(
            grams(&bigger) > grams(&sun_figures),
            "{bigger:?} against {sun_figures:?}"
        );

        // Undo takes back a gesture (the three moves of the slider are one step), redo puts it back.
        click_button(&c, "Urungkan").await;
        eventually("the size undone", || async {
            current_url(&c).await.contains(&format!("size={start}"))
        })
        .await;
        assert!(current_url(&c).await.contains("count=12"), "only the size was undone");
        click_button(&c, "Ulangi").await;
        eventually("and redone", || async {
            current_url(&c).await.contains(&format!("size={bigger_size}"))
        })
        .await;

        // The spec sheet: the motif in millimetres with a scale bar, the weight in each fineness;
        // printed, it is the whole page.
        let sheet = c
            .find(Locator::Css(".spec-drawing svg"))
            .await
            .expect("the bench drawing");
        let width = sheet.attr("width").await.unwrap().unwrap_or_default();
        assert!(width.ends_with("mm"), "{width:?}");
        // A cuff this size is wider than an A4 page: drawn reduced, and the sheet says at what scale.
        let markup = sheet.html(false).await.unwrap();
        assert!(markup.contains(" mm (1:"), "a scale bar with its reduction");
        find_text(&c, "p", "digambar pada skala 1:").await;
        let rows = c
            .find_all(Locator::Css(".spec-weights tbody tr"))
            .await
            .unwrap();
        assert_eq!(rows.len(), 6, "one row per fineness worked in");
        find_text(&c, "caption", "Perkiraan berat per kadar").await;
        let shown = r#"return ['.site-header', '.mixer', '.mixer-variations', '.spec-sheet', '.spec-print']
            .map(s => { const e = document.querySelector(s); return !!e && getComputedStyle(e).display !== 'none'; });"#;
        emulate_media(&c, "print").await;
        assert_eq!(
            c.execute(shown, vec![]).await.unwrap(),
            serde_json::json!([false, false, false, true, false])
        );
        emulate_media(&c, "").await;
        assert_eq!(
            c.execute(shown, vec![]).await.unwrap(),
            serde_json::json!([true, true, true, true, true])
        );

        // Twelve variations, each a tap from becoming the design.
        click_button(&c, "Tampilkan 12 variasi").await;
        eventually("twelve variations", || async {
            c.find_all(Locator::Css(".variations button"))
                .await
                .unwrap()
                .len()
                == 12
        })
        .await;
        let before = current_url(&c).await;
        let third = c
            .find(Locator::Css(".variations li:nth-child(3) button"))
            .await
            .unwrap();
        let label = third.text().await.unwrap();
        assert!(label.contains(": "), "the caption says what changed: {label:?}");
        let name = third
            .find(Locator::Css(".visually-hidden"))
            .await
            .unwrap()
            .html(true)
            .await
            .unwrap();
        assert!(name.starts_with("Pakai variasi 3: "), "{name:?}");
        third.click().await.unwrap();
        eventually("the variation taken", || async {
            current_url(&c).await != before
        })
        .await;
        // The link carries the design and the grid's seed.
        let url = current_url(&c).await;
        assert!(url.contains("vary=1"), "{url}");
        *kept2.lock().unwrap() = (url, drawing(&c).await);
        assert_eq!(axe_violations(&c).await, Vec::<String>::new());
    })
    .await;

    // The link in a fresh browser: the same design, drawn the same.
    let (url, mine) = kept.lock().unwrap().clone();
    with_browser(move |c| async move {
        open(&c, &url, "Mixer desain").await;
        eventually("the same drawing", || async { drawing(&c).await == mine }).await;
    })
    .await;
}

#[tokio::test]
async fn a_link_with_values_out_of_range_opens_the_nearest_design_and_says_what_changed() {
    let server = AppServer::start(&dist());
    let url = server.url(
        "/mixer?from=sketch%3Anope%2Bnothing&form=spaceship&motif=lotus&count=99&density=9&size=abc&tech=laser",
    );
    with_browser(move |c| async move {
        open(&c, &url, "Mixer desain").await;
        let notice = text_of(&c, "[role=status]").await;
        for expected in [
            "Bentuk: “spaceship” menjadi Liontin",
            "Kerapatan motif: “9” menjadi 5",
            "Ukuran: “abc” menjadi 100% dari ukuran biasa",
            "Jumlah kelopak: “99” menjadi 16",
            "Teknik: “laser” menjadi Cor",
            "Titik awal: “sketch:nope+nothing” menjadi —",
        ] {
            assert!(notice.contains(expected), "{notice:?} lacks {expected:?}");
        }
        assert_eq!(input_value(&c, "#mixer-count").await, "16");
        find_text(&c, "p", "Liontin dengan motif Padma (teratai)").await;
    })
    .await;
}

#[tokio::test]
async fn a_mixer_design_is_pinned_to_a_board_shortlisted_and_reaches_the_receiver_with_its_parameters()
 {
    let (receiver, server, _site) = serve_with_receiver(2.5, 1_200);
    let receiver = std::sync::Arc::new(std::sync::Mutex::new(receiver));
    let r = receiver.clone();
    let mixer = server.url(
        "/mixer?form=ring&motif=lotus&count=12&density=4&tech=filigree&finish=oxidised&fineness=950&size=110",
    );
    let boards = server.url("/boards");
    let key = "mix:ring.lotus.12.4.filigree.oxidised.950.110";
    let name = "Cincin dengan motif Padma (teratai)";
    with_browser(move |c| async move {
        open(&c, &mixer, "Mixer desain").await;
        find_text(&c, "p", name).await;

        // On a new board, with a note.
        find_text(&c, "h2", "Simpan rancangan ini").await;
        type_into(&c, "Nama papan baru", "Ide pameran").await;
        type_into(&c, "Catatan", "Kelopak lebih rapat untuk pasar Eropa").await;
        click_button(&c, &format!("Simpan {name} ke papan")).await;
        find_text(&c, "p", "Disimpan ke papan Ide pameran.").await;

        // On the shortlist, as a custom request priced by its estimate.
        click_button(&c, "Tambah ke daftar pilihan sebagai permintaan khusus").await;
        click_link(&c, "Buka daftar pilihan").await;
        wait_for_h1(&c, "Daftar pilihan").await;
        find_text(&c, "h2", name).await;
        find_text(&c, "p", "Permintaan khusus dari mixer desain").await;
        find_text(&c, "p", "Jumlah kelopak: 12").await;
        find_text(&c, "p", "Perkiraan Rp").await;

        // Sent in an inquiry: the receiver gets every parameter, and the price the buyer saw.
        click_link(&c, "Minta penawaran untuk daftar ini").await;
        wait_for_h1(&c, "Minta penawaran harga").await;
        find_text(&c, "p", name).await;
        find_text(&c, "p", "Jumlah kelopak: 12").await;
        send_inquiry(&c, 1).await;
        eventually("the inquiry delivered", || async {
            !r.lock().unwrap().received().is_empty()
        })
        .await;
        let (_, body) = r.lock().unwrap().received().remove(0);
        let line = &body["items"][0];
        assert_eq!(line["design"], key, "{body}");
        assert_eq!(
            line["workshop"], "",
            "a custom request goes to the collective"
        );
        assert!(
            line["price"]["unit_idr"].as_u64().unwrap_or(0) > 0,
            "{line}"
        );

        // The board keeps it, with its parameters, and opens it in the mixer again.
        open(&c, &boards, "Papan").await;
        find_text(&c, "h3", name).await;
        find_text(&c, "p", "Kelopak lebih rapat untuk pasar Eropa").await;
        find_text(&c, "p", "Kerapatan motif: 4 dari 5").await;
        click_link(&c, "Coba di mixer").await;
        wait_for_h1(&c, "Mixer desain").await;
        eventually("the same design in the mixer", || async {
            input_value(&c, "#mixer-count").await == "12"
        })
        .await;
        let url = current_url(&c).await;
        for part in [
            "form=ring",
            "motif=lotus",
            "density=4",
            "finish=oxidised",
            "size=110",
        ] {
            assert!(url.contains(part), "{url} lacks {part}");
        }
        assert_eq!(axe_violations(&c).await, Vec::<String>::new());
    })
    .await;
    drop(receiver);
}
