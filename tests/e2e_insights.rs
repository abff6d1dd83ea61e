//! End to end: a day at the stand, counted. Three visitors on a kiosk with idle resets between them;
//! staff read what they looked at and asked for, export it, and merge another kiosk's export.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};
use support::*;

/// Longer than the batch's wait (one second), so that what was counted is on disk before a reload.
const SETTLE: Duration = Duration::from_millis(1_500);

/// Everything the insights store holds, as one text.
async fn stored_insights(c: &Client) -> String {
    let v = c
        .execute_async(
            "const done = arguments[0];
             const open = indexedDB.open('perak-insights');
             open.onerror = () => done('');
             open.onsuccess = () => {
               const db = open.result;
               if (!db.objectStoreNames.contains('days')) { db.close(); return done(''); }
               const all = db.transaction('days').objectStore('days').getAll();
               all.onsuccess = () => { db.close(); done(all.result.join('\\n')); };
               all.onerror = () => done('');
             };",
            vec![],
        )
        .await
        .unwrap();
    v.as_str().unwrap_or_default().to_owned()
}

async fn wait_for_reset(c: &Client) {
    wait_for_idle_question(c).await;
    wait_for_attract_loop(c).await;
}

/// Opens a chart's table (a tap on its summary) and returns it.
async fn open_table(c: &Client, caption_id: &str) -> fantoccini::elements::Element {
    let table = c
        .find(Locator::XPath(&format!(
            "//figure[figcaption[@id='{caption_id}']]//details"
        )))
        .await
        .unwrap_or_else(|_| panic!("the table of {caption_id}"));
    table
        .find(Locator::Css("summary"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    table
}

/// The figure beside a summary label, as shown.
async fn figure(c: &Client, label: &str) -> String {
    c.find(Locator::XPath(&format!(
        "//div[@class='insight-figure'][dt[normalize-space()={}]]/dd",
        xpath_literal(label)
    )))
    .await
    .unwrap_or_else(|_| panic!("the figure {label:?}"))
    .text()
    .await
    .unwrap()
}

async fn wait_for_file(path: &std::path::Path) {
    let start = Instant::now();
    while !path.is_file() || std::fs::metadata(path).map(|m| m.len()).unwrap_or(0) == 0 {
        assert!(start.elapsed() < Duration::from_secs(20), "no {path:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_day_of_three_visitors_is_counted_exported_and_merged_without_anyone_in_it() {
    let server = AppServer::start(&dist());
    let url = |p: &str| server.url(p);
    let (staff, kawung, surya, compare, mixer) = (
        url("/staff"),
        url("/designs/ring-kawung"),
        url("/designs/ring-surya-majapahit"),
        url("/compare?left=m%3Akawung&right=t%3Achunky-organic"),
        url(
            "/mixer?form=ring&motif=lotus&count=12&density=4&tech=filigree&finish=oxidised&fineness=950&size=110",
        ),
    );
    let downloads = Scratch::new("downloads");
    let dir = downloads.0.clone();
    with_browser_downloading(Some(&dir.clone()), move |c| async move {
        open(&c, &staff, "Layar staf").await;
        start_kiosk(&c, "246813", 10).await;

        // Visitor one: a design, shortlisted, asked about from the Netherlands.
        open(&c, &kawung, "Cincin Kawung").await;
        click_button(&c, "Tambah ke daftar pilihan").await;
        click_link(&c, "Minta penawaran").await;
        wait_for_h1(&c, "Minta penawaran harga").await;
        type_into(&c, "Nama", "Pengunjung Satu").await;
        type_into(&c, "Negara", "belanda").await;
        type_into(&c, "E-mail", "satu@example.nl").await;
        type_into(&c, "WhatsApp", "+31 6 1234 5678").await;
        type_into(&c, "Pesan", "Saya melihat cincin ini di pameran.").await;
        labelled(&c, "Saya setuju").await.click().await.unwrap();
        click_button(&c, "Simpan dan kirim").await;
        saved_inquiry_id(&c).await;
        wait_for_reset(&c).await;

        // Visitor two: two designs and a curated pair in the compare studio.
        open(&c, &kawung, "Cincin Kawung").await;
        tokio::time::sleep(SETTLE).await;
        open(&c, &surya, "Cincin Surya").await;
        tokio::time::sleep(SETTLE).await;
        open(&c, &compare, "Studio banding").await;
        find_text(&c, "h2", "Sketsa adaptasi").await;
        wait_for_reset(&c).await;

        // Visitor three: a mixer design, kept and asked for from Indonesia.
        open(&c, &mixer, "Mixer desain").await;
        click_button(&c, "Tambah ke daftar pilihan sebagai permintaan khusus").await;
        click_link(&c, "Buka daftar pilihan").await;
        wait_for_h1(&c, "Daftar pilihan").await;
        click_link(&c, "Minta penawaran untuk daftar ini").await;
        wait_for_h1(&c, "Minta penawaran harga").await;
        type_into(&c, "Nama", "Pengunjung Tiga").await;
        type_into(&c, "Negara", "Indonesia").await;
        type_into(&c, "E-mail", "tiga@example.id").await;
        type_into(&c, "Pesan", "Bisa dibuat dengan kelopak lebih banyak?").await;
        labelled(&c, "Saya setuju").await.click().await.unwrap();
        click_button(&c, "Simpan dan kirim").await;
        saved_inquiry_id(&c).await;
        tokio::time::sleep(SETTLE).await;

        // Staff, behind the PIN, read the day.
        open(&c, &staff, "Layar staf").await;
        type_into(&c, "PIN staf", "246813").await;
        click_button(&c, "Buka").await;
        // Long enough to read the report without the stand's idle reset in between.
        type_into(&c, "Waktu diam sebelum pertanyaan (detik)", "600").await;
        click_button(&c, "Simpan waktu").await;
        find_text(&c, "p", "Waktu disimpan.").await;
        click_link(&c, "Buka wawasan pameran").await;
        wait_for_h1(&c, "Wawasan pameran").await;
        find_text(&c, "p", "Dari 1 perangkat, 1 hari.").await;
        // Three design pages, the trend and the pair beside the motif.
        assert_eq!(figure(&c, "Halaman dibuka").await, "5");
        assert_eq!(figure(&c, "Perbandingan").await, "1");
        assert_eq!(figure(&c, "Ditambahkan ke daftar pilihan").await, "2");
        assert_eq!(figure(&c, "Rancangan mixer disimpan").await, "1");
        assert_eq!(figure(&c, "Pertanyaan dikirim").await, "2");
        // One design asked about per three design pages opened.
        assert!(
            figure(&c, "Dari melihat ke bertanya")
                .await
                .starts_with("33,3%")
        );
        // A chart says in words what it shows, and opens as a table.
        let chart = c
            .find(Locator::Css("#insights-designs-caption + .bars"))
            .await
            .expect("the designs' chart");
        let alt = chart.attr("aria-label").await.unwrap().unwrap_or_default();
        assert!(
            alt.starts_with("Diagram batang, Desain teratas: Cincin Kawung 3, Cincin Surya 1"),
            "{alt}"
        );
        let table = open_table(&c, "insights-designs-caption").await;
        let row = table
            .find(Locator::XPath(
                ".//tr[th[normalize-space()='Cincin Kawung']]",
            ))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(
            row.split_whitespace().collect::<Vec<_>>(),
            ["Cincin", "Kawung", "3", "1"]
        );
        // The day's row: pages opened and inquiries sent (not every counter about them).
        let day_row = open_table(&c, "insights-days-caption")
            .await
            .find(Locator::Css("tbody tr"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(day_row.ends_with("5 2"), "{day_row}");
        let countries = text_of(&c, "#insights-countries-caption + .bars").await;
        assert!(
            countries.contains("Belanda") && countries.contains("Indonesia"),
            "{countries}"
        );
        let custom = c
            .find(Locator::XPath(
                "//tr[th[normalize-space()='Cincin dengan motif Padma (teratai)']]",
            ))
            .await
            .expect("the mixer design, asked for but not in the catalogue")
            .text()
            .await
            .unwrap();
        assert!(custom.ends_with("1 1"), "{custom}");
        assert_eq!(axe_violations(&c).await, Vec::<String>::new());
        screenshot(&c, "insights").await;

        // Nobody's name, address, number or words are in the store.
        let stored = stored_insights(&c).await;
        assert!(stored.contains("view.design.ring-kawung"), "{stored}");
        for personal in ["Pengunjung", "example", "+31", "1234", "melihat", "kelopak"] {
            assert!(!stored.contains(personal), "{personal} stored: {stored}");
        }

        // Exported for the trade office, as JSON and as CSV, with nobody in them either.
        click_button(&c, "Ekspor JSON").await;
        click_button(&c, "Ekspor CSV").await;
        let json_path = dir.join("perak-insights.json");
        let csv_path = dir.join("perak-insights.csv");
        wait_for_file(&json_path).await;
        wait_for_file(&csv_path).await;
        let json = std::fs::read_to_string(&json_path).unwrap();
        let csv = std::fs::read_to_string(&csv_path).unwrap();
        for file in [&json, &csv] {
            assert!(file.contains("view.design.ring-kawung"));
            for personal in ["Pengunjung", "example", "+31", "1234", "melihat", "kelopak"] {
                assert!(!file.contains(personal), "{personal} exported");
            }
        }

        // The same file merged again counts once; another kiosk's day adds to the report.
        let input = c.find(Locator::Id("insights-import")).await.unwrap();
        input
            .send_keys(&json_path.display().to_string())
            .await
            .unwrap();
        find_text(&c, "p", "Digabungkan: 1 hari dari perangkat.").await;
        assert_eq!(figure(&c, "Halaman dibuka").await, "5");
        let mut other: serde_json::Value = serde_json::from_str(&json).unwrap();
        other["days"][0]["device"] = "0a0b0c0d-1111-4222-8333-444455556666".into();
        let other_path = dir.join("kios-dua.json");
        std::fs::write(&other_path, other.to_string()).unwrap();
        input
            .send_keys(&other_path.display().to_string())
            .await
            .unwrap();
        eventually("the other kiosk added", || async {
            figure(&c, "Halaman dibuka").await == "10"
        })
        .await;
        assert_eq!(figure(&c, "Pertanyaan dikirim").await, "4");
        find_text(&c, "p", "Dari 2 perangkat, 1 hari.").await;

        // A file that is not an export, or is damaged, is refused by name and changes nothing.
        let boards = dir.join("papan.json");
        std::fs::write(
            &boards,
            r#"{"format":"perak-boards","version":1,"boards":[]}"#,
        )
        .unwrap();
        input
            .send_keys(&boards.display().to_string())
            .await
            .unwrap();
        find_text(&c, "span", "bukan ekspor wawasan Perak Batankrajan").await;
        let damaged = dir.join("rusak.json");
        std::fs::write(&damaged, &json[..json.len() / 2]).unwrap();
        input
            .send_keys(&damaged.display().to_string())
            .await
            .unwrap();
        find_text(&c, "span", "Berkas ekspor ini rusak").await;
        assert_eq!(figure(&c, "Halaman dibuka").await, "10");
    })
    .await;
    drop(downloads);
}
