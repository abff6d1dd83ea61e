//! End to end: a maker in the compare studio, from a curated pair to a board carried to another browser.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use support::*;

async fn url_has(c: &Client, part: &str) {
    let start = Instant::now();
    loop {
        let url = current_url(c).await;
        if url.contains(part) {
            return;
        }
        assert!(start.elapsed() < WAIT, "{url} never contained {part}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn zoom_levels(c: &Client) -> Vec<String> {
    let mut out = Vec::new();
    for e in c.find_all(Locator::Css(".zoom-level")).await.unwrap() {
        out.push(e.text().await.unwrap());
    }
    out
}

#[tokio::test]
async fn a_maker_compares_a_pair_sketches_an_adaptation_and_carries_the_board_to_another_browser() {
    let server = AppServer::start(&dist());
    let downloads = Scratch::new("downloads");
    let pairs = server.url("/pairs");
    let boards = server.url("/boards");
    let dir = downloads.0.clone();
    let export = dir.join("perak-boards.json");
    let huge = dir.join("not-boards-50mb.json");
    let export2 = export.clone();
    let share = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let share2 = share.clone();
    let boards2 = boards.clone();
    with_browser_downloading(Some(&dir), move |c| async move {
        open(&c, &pairs, "Pasangan pilihan").await;
        // Each trend says where it comes from: a public source a maker can open.
        find_text(&c, "summary", "Asal tren ini")
            .await
            .click()
            .await
            .unwrap();
        let source = c
            .find(Locator::Css(".trend-sources[open] a[href^='https://']"))
            .await
            .expect("a linked source");
        assert!(!source.text().await.unwrap().is_empty());
        screenshot(&c, "pairs-trend-sources").await;
        click_link(&c, "Bandingkan Kawung × Perak tebal organik").await;
        wait_for_h1(&c, "Studio banding").await;
        url_has(&c, "left=m%3Akawung").await;
        find_text(&c, "th", "Perak tebal organik").await;

        // Overlay, and the opacity slider moved with the keyboard.
        labelled(&c, "Tumpuk").await.click().await.unwrap();
        url_has(&c, "mode=overlay").await;
        let slider = labelled(&c, "Kelegapan sisi kanan").await;
        slider.send_keys(&Key::Right.to_string()).await.unwrap();
        url_has(&c, "opacity=55").await;
        assert_eq!(top_layer_style(&c, "opacity").await, "0.55");

        // Swipe, the divider moved by keys and by its buttons (never only by dragging).
        labelled(&c, "Geser").await.click().await.unwrap();
        url_has(&c, "mode=swipe").await;
        let divider = labelled(&c, "Posisi pembatas").await;
        divider
            .send_keys(&format!("{}{}", Key::Left, Key::Left))
            .await
            .unwrap();
        url_has(&c, "divider=40").await;
        click_button(&c, "Pembatas ke kiri").await;
        url_has(&c, "divider=30").await;
        click_button(&c, "Pembatas ke kanan").await;
        url_has(&c, "divider=40").await;
        assert_eq!(
            top_layer_style(&c, "clip-path").await,
            "inset(0px 0px 0px 40%)"
        );

        // Side by side: zooming one side zooms both alike.
        labelled(&c, "Berdampingan").await.click().await.unwrap();
        let plus = c
            .find_all(Locator::Css(".zoom-controls button[aria-label]"))
            .await
            .unwrap();
        plus[0].click().await.unwrap();
        eventually("both sides zoomed alike", || {
            let c = c.clone();
            async move {
                let z = zoom_levels(&c).await;
                z.len() == 2 && z[0] == z[1] && z[0] != "100%"
            }
        })
        .await;

        // The adaptation sketch, saved to a new board with a note.
        find_text(&c, "h2", "Sketsa adaptasi").await;
        find_text(&c, "p", "Perkiraan berat").await;
        type_into(&c, "Nama papan baru", "Pameran Jakarta").await;
        let notes = c
            .find_all(Locator::XPath("//label[normalize-space()='Catatan']"))
            .await
            .unwrap();
        let note_id = notes.first().unwrap().attr("for").await.unwrap().unwrap();
        assert_eq!(note_id, "save-sketch-note");
        c.find(Locator::Id(&note_id))
            .await
            .unwrap()
            .send_keys("Coba versi doff untuk pasar Eropa")
            .await
            .unwrap();
        click_button(&c, "Simpan Kawung × Perak tebal organik ke papan").await;
        find_text(&c, "p", "Disimpan ke papan Pameran Jakarta.").await;

        // The sketch as a custom request in the shortlist.
        click_button(&c, "Tambah ke daftar pilihan sebagai permintaan khusus").await;
        click_link(&c, "Buka daftar pilihan").await;
        wait_for_h1(&c, "Daftar pilihan").await;
        find_text(&c, "h2", "Kawung × Perak tebal organik").await;
        find_text(&c, "p", "Permintaan khusus dari studio banding").await;

        // Kept across a reload, then exported and shared.
        c.refresh().await.unwrap();
        open(&c, &boards2, "Papan").await;
        find_text(&c, "h2", "Pameran Jakarta").await;
        find_text(&c, "p", "Coba versi doff untuk pasar Eropa").await;
        let link = labelled(&c, "Tautan untuk berbagi Pameran Jakarta")
            .await
            .prop("value")
            .await
            .unwrap()
            .unwrap();
        *share2.lock().unwrap() = link;
        click_button(&c, "Ekspor semua papan").await;
        let start = Instant::now();
        while !export2.is_file() {
            assert!(start.elapsed() < WAIT, "no export file in the downloads");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await;

    // Another browser, a fresh profile: import the file, and open the shared link.
    let link = share.lock().unwrap().clone();
    with_browser(move |c| async move {
        open(&c, &boards, "Papan").await;
        find_text(&c, "p", "Belum ada papan").await;
        let input = c.find(Locator::Id("boards-import")).await.unwrap();
        input
            .send_keys(&export.display().to_string())
            .await
            .unwrap();
        find_text(&c, "p", "1 papan diimpor.").await;
        find_text(&c, "h2", "Pameran Jakarta").await;
        find_text(&c, "p", "Coba versi doff untuk pasar Eropa").await;
        find_text(&c, "h3", "Kawung × Perak tebal organik").await;
        // The same file again comes in as a new board: a file never replaces a board of this device.
        input
            .send_keys(&export.display().to_string())
            .await
            .unwrap();
        eventually("two boards", || async {
            c.find_all(Locator::XPath("//h2[contains(., 'Pameran Jakarta')]"))
                .await
                .map(|v| v.len())
                .unwrap_or(0)
                == 2
        })
        .await;
        // A 50 MB file is refused before it is read, with the limit named; the boards stay.
        std::fs::write(&huge, vec![b' '; 50 * 1024 * 1024]).unwrap();
        input.send_keys(&huge.display().to_string()).await.unwrap();
        find_text(
            &c,
            "p",
            "terlalu besar untuk file papan (paling besar 4 MB)",
        )
        .await;
        assert_eq!(
            c.find_all(Locator::XPath("//h2[contains(., 'Pameran Jakarta')]"))
                .await
                .unwrap()
                .len(),
            2
        );

        c.goto(&link).await.unwrap();
        find_text(&c, "p", "Papan ini dibagikan kepada Anda").await;
        find_text(&c, "p", "Coba versi doff untuk pasar Eropa").await;
        // A broken link says so instead of showing an empty board.
        c.goto(&format!("{boards}?shared=%7Bbroken")).await.unwrap();
        find_text(&c, "p", "rusak atau tidak lengkap").await;
    })
    .await;
    drop(downloads);
}

/// A style property of the top layer as the browser holds it (set through the CSSOM, so in its spelling).
async fn top_layer_style(c: &fantoccini::Client, property: &str) -> String {
    c.execute(
        "return document.querySelector('.layer-top').style.getPropertyValue(arguments[0])",
        vec![serde_json::json!(property)],
    )
    .await
    .unwrap()
    .as_str()
    .unwrap_or_default()
    .to_owned()
}
