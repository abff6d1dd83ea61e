//! End to end: inquiries typed by a buyer reach a real HTTP receiver through every fault we can inject,
//! exactly once in effect; bad input is explained and kept; hostile text stays text.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};
use support::*;

/// Fills the form as a buyer would and submits it; returns the inquiry's id from the outbox URL.
async fn delivered_count(c: &Client) -> usize {
    c.find_all(Locator::Css(".outbox-entry[data-status=delivered]"))
        .await
        .map(|v| v.len())
        .unwrap_or(0)
}

#[tokio::test]
async fn fifty_inquiries_survive_failures_reloads_and_a_stopped_server_exactly_once() {
    let (receiver, server, _site) = serve_with_receiver(2.5, 1_200);
    let app = server.url("/inquiry");
    let outbox = server.url("/outbox");
    let faults = [
        "500", "500", "500", "hang", "close", "500", "close", "hang", "500",
    ];
    receiver.plan_faults(&faults);
    let receiver = std::sync::Arc::new(std::sync::Mutex::new(receiver));
    let r = receiver.clone();
    with_browser(move |c| async move {
        let mut submitted = BTreeSet::new();
        for n in 0..50 {
            c.goto(&app).await.unwrap();
            let id = submit_inquiry(&c, n).await;
            assert!(submitted.insert(id), "ids are unique");
            match n {
                // Reload while the outbox is sending: the attempt in flight is resumed with the same key.
                12 | 13 | 27 => c.refresh().await.unwrap(),
                // The endpoint goes away for a while; inquiries keep being accepted.
                30 => r.lock().unwrap().stop(),
                36 => {
                    r.lock().unwrap().restart();
                    r.lock().unwrap().plan_faults(&["close", "500", "hang"]);
                }
                _ => {}
            }
        }
        c.goto(&outbox).await.unwrap();
        let start = Instant::now();
        loop {
            let keys: BTreeSet<String> = r.lock().unwrap().keys().into_iter().collect();
            if keys == submitted {
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(120),
                "after 120 s the receiver has {} of {} inquiries; extra keys: {:?}",
                keys.intersection(&submitted).count(),
                submitted.len(),
                keys.difference(&submitted).collect::<Vec<_>>()
            );
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        // Every arrival is one of ours, with its own body; repeats (after timeouts, dropped connections and
        // reloads) carry the same key and so have no second effect.
        let received = r.lock().unwrap().received();
        for (key, body) in &received {
            assert_eq!(body["id"].as_str(), Some(key.as_str()));
            assert_eq!(body["country"], "Indonesia");
            assert_eq!(body["consent"], true);
        }
        let repeats = received.len() - submitted.len();
        println!(
            "50 inquiries delivered; {} arrivals in all ({repeats} repeats with the same key)",
            received.len()
        );
        eventually("the outbox shows all 50 delivered", || {
            let c = c.clone();
            async move { delivered_count(&c).await == 50 }
        })
        .await;
    })
    .await;
    drop(server);
}

#[tokio::test]
async fn mistakes_are_named_in_the_buyers_language_and_nothing_typed_is_lost() {
    let server = AppServer::start(&dist());
    let url = server.url("/designs/ring-surya-majapahit");
    with_browser(move |c| async move {
        c.goto(&url).await.unwrap();
        click_link(&c, "Minta penawaran").await;
        wait_for_h1(&c, "Minta penawaran harga").await;
        find_text(&c, "fieldset", "Desain yang ditanyakan").await;
        type_into(&c, "Jumlah Cincin", "0").await;
        type_into(&c, "Nama", "A").await;
        type_into(&c, "Nomor WhatsApp", "0812 3456 7890").await;
        type_into(&c, "E-mail", "ayu@").await;
        click_button(&c, "Simpan dan kirim").await;

        let summary = find_text(&c, "h2", "Periksa").await;
        assert_eq!(summary.text().await.unwrap(), "Periksa 6 isian berikut");
        for message in [
            "Nama minimal 2 karakter.",
            "Negara wajib diisi.",
            "Alamat e-mail harus berbentuk nama@domain.com.",
            "Nomor WhatsApp harus diawali + dan kode negara",
            "harus antara 1 dan 999",
            "Centang persetujuan",
        ] {
            find_text(&c, "a", message).await;
        }
        // The summary took focus, so a screen reader announces it; each message links to its field.
        let focused = c
            .execute("return document.activeElement.className", vec![])
            .await
            .unwrap();
        assert!(focused.as_str().unwrap().contains("error-summary"));
        click_link(&c, "Negara wajib diisi.").await;
        let focused = c
            .execute("return document.activeElement.id", vec![])
            .await
            .unwrap();
        assert_eq!(focused, "inq-country");
        let name = labelled(&c, "Nama").await;
        assert_eq!(
            name.attr("aria-invalid").await.unwrap().as_deref(),
            Some("true")
        );

        // Nothing typed is lost: not on the error, not on a reload.
        c.refresh().await.unwrap();
        wait_for_h1(&c, "Minta penawaran harga").await;
        let value = |label: &'static str| {
            let c = c.clone();
            async move {
                labelled(&c, label)
                    .await
                    .prop("value")
                    .await
                    .unwrap()
                    .unwrap_or_default()
            }
        };
        assert_eq!(value("Nama").await, "A");
        assert_eq!(value("Nomor WhatsApp").await, "0812 3456 7890");
        assert_eq!(value("E-mail").await, "ayu@");

        // In English the same problems are named in English, as they are fixed.
        choose_language(&c, "English").await;
        type_into(&c, "Name", "Ayu Lestari").await;
        click_button(&c, "Save and send").await;
        find_text(
            &c,
            "a",
            "The WhatsApp number must start with + and the country code",
        )
        .await;
        assert!(
            c.find(Locator::XPath("//a[contains(., 'Name needs')]"))
                .await
                .is_err()
        );
        find_text(&c, "h2", "Please check these").await;
        // One problem left: the heading says so in the singular.
        type_into(&c, "Country", "Indonesia").await;
        type_into(&c, "E-mail", "ayu@example.com").await;
        type_into(&c, "WhatsApp number", "+62 812 3456 7890").await;
        type_into(&c, "Quantity of Surya ring", "2").await;
        click_button(&c, "Save and send").await;
        eventually("one problem left", || async {
            text_of(&c, ".error-summary h2").await == "Please check this field"
        })
        .await;
        find_text(&c, "a", "Tick the consent box").await;
    })
    .await;
}

async fn set_value(c: &Client, id: &str, text: &str) {
    // ChromeDriver cannot type characters outside the BMP (emoji), so these go in as a paste would.
    c.execute(
        "const el = document.getElementById(arguments[0]); el.value = arguments[1]; \
         el.dispatchEvent(new Event('input', { bubbles: true }));",
        vec![id.into(), text.into()],
    )
    .await
    .unwrap();
}

#[tokio::test]
async fn hostile_text_stays_text_and_hand_offs_go_to_each_workshop() {
    let server = AppServer::start(&dist());
    let home = server.url("/");
    let name = "<script>window.pwned=1</script> O'Brien \"Q\"";
    let message = "مرحبا 💍 =SUM(A1) <img src=x onerror=window.pwned=2>";
    with_browser(move |c| async move {
        // A shortlist with designs from two workshops becomes one request with two parts.
        c.goto(&format!(
            "{home}inquiry?items=ring-surya-majapahit~2~~!ring-kawung~1~~"
        ))
        .await
        .unwrap();
        wait_for_h1(&c, "Minta penawaran harga").await;
        set_value(&c, "inq-name", name).await;
        type_into(&c, "Negara", "Nederland").await;
        type_into(&c, "Nomor WhatsApp", "+31 20 123 4567").await;
        set_value(&c, "inq-message", message).await;
        labelled(&c, "Saya setuju").await.click().await.unwrap();
        click_button(&c, "Simpan dan kirim").await;
        find_text(&c, "p", "Satu langkah lagi").await;

        let entry = c.find(Locator::Css(".outbox-entry h2")).await.unwrap();
        assert_eq!(entry.text().await.unwrap(), name);
        find_text(&c, "p", "مرحبا 💍 =SUM(A1)").await;
        let pwned = c
            .execute("return window.pwned === undefined", vec![])
            .await
            .unwrap();
        assert_eq!(pwned, true, "no markup from the buyer ran");
        assert!(
            c.find(Locator::Css(".outbox-entry[data-status=saved]"))
                .await
                .is_ok()
        );

        // One WhatsApp link per workshop, each with only its own designs.
        let links = c
            .find_all(Locator::Css(".handoff a[href^='https://wa.me/']"))
            .await
            .unwrap();
        assert_eq!(links.len(), 2);
        let first = links[0].attr("href").await.unwrap().unwrap();
        let second = links[1].attr("href").await.unwrap().unwrap();
        assert!(
            first.contains("ring-surya-majapahit") && !first.contains("ring-kawung"),
            "{first}"
        );
        assert!(
            second.contains("ring-kawung") && !second.contains("ring-surya-majapahit"),
            "{second}"
        );
        assert!(
            first.contains("%2B3120"),
            "the buyer's number travels: {first}"
        );
        // Following them marks each part handed off; the entry is handed off when both are. (The row
        // redraws after each, so the link is looked up afresh.)
        for part in 0..2 {
            let link = c
                .wait()
                .at_most(WAIT)
                .for_element(Locator::Css(".handoff a[href^='https://wa.me/']"))
                .await
                .unwrap();
            c.execute(
                "arguments[0].addEventListener('click', e => e.preventDefault(), { once: true });",
                vec![serde_json::to_value(&link).unwrap()],
            )
            .await
            .unwrap();
            link.click().await.unwrap();
            if part == 0 {
                find_text(&c, "p", "sudah dikirim").await;
            }
        }
        find_text(&c, "p", "Diserahkan ke WhatsApp").await;

        // Handed off is not proof of sending: deleting is offered only once exported, then confirmed.
        assert!(
            c.find(Locator::XPath("//button[normalize-space()='Hapus']"))
                .await
                .is_err()
        );
        click_button(&c, "Ekspor CSV").await;
        find_text(&c, "p", "Berkas ekspor dibuat.").await;
        find_text(&c, "button", "Hapus")
            .await
            .click()
            .await
            .unwrap();
        find_text(&c, "p", "Ini tidak bisa dibatalkan").await;
        click_button(&c, "Ya, hapus").await;
        find_text(&c, "p", "Belum ada pertanyaan").await;
    })
    .await;
}

#[tokio::test]
async fn a_filled_honeypot_is_dropped_without_a_trace() {
    let server = AppServer::start(&dist());
    let url = server.url("/inquiry");
    with_browser(move |c| async move {
        open(&c, &url, "Kirim pertanyaan").await;
        type_into(&c, "Nama", "Spam Bot").await;
        type_into(&c, "Negara", "Nowhere").await;
        type_into(&c, "E-mail", "bot@spam.example").await;
        type_into(&c, "Pesan", "Buy cheap things at our site now").await;
        labelled(&c, "Saya setuju").await.click().await.unwrap();
        set_value(&c, "inq-website", "http://spam.example").await;
        click_button(&c, "Simpan dan kirim").await;
        find_text(&c, "p", "Belum ada pertanyaan").await;
    })
    .await;
}

#[tokio::test]
async fn an_outbox_open_in_another_tab_shows_a_new_inquiry_at_once() {
    let (_receiver, server, _site) = serve_with_receiver(2.5, 1_200);
    let form = server.url("/inquiry");
    let outbox = server.url("/outbox");
    with_browser(move |c| async move {
        open(&c, &outbox, "Kotak keluar").await;
        let first_tab = c.window().await.unwrap();
        let second_tab = c.new_window(true).await.unwrap().handle;
        c.switch_to_window(second_tab).await.unwrap();
        c.goto(&form).await.unwrap();
        let id = submit_inquiry(&c, 1).await;
        c.switch_to_window(first_tab).await.unwrap();
        // The first tab hears of it from the second (a BroadcastChannel) rather than on its next idle
        // look at the store, which is 30 s away.
        let start = Instant::now();
        loop {
            let shown = c
                .find_all(Locator::Css(".outbox-entry"))
                .await
                .unwrap_or_default()
                .len();
            if shown == 1 {
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "after 5 s the first tab's outbox shows {shown} inquiries, not {id}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await;
}

#[tokio::test]
async fn an_offline_device_says_why_an_inquiry_waits_and_sends_it_once_back_online() {
    let (receiver, server, _site) = serve_with_receiver(2.5, 1_200);
    let app = server.url("/inquiry");
    let receiver = std::sync::Arc::new(std::sync::Mutex::new(receiver));
    let r = receiver.clone();
    with_browser(move |c| async move {
        open(&c, &app, "Kirim pertanyaan").await;
        set_offline(&c, true).await;
        let id = submit_inquiry(&c, 1).await;
        // The outbox says why the inquiry has not gone, and that nobody needs to do anything.
        let notice = find_text(&c, "p", "Perangkat sedang offline").await;
        assert_eq!(
            notice.attr("role").await.unwrap().as_deref(),
            Some("status")
        );
        assert!(
            find_text(&c, "p", "dilanjutkan otomatis")
                .await
                .text()
                .await
                .unwrap()
                .contains("jaringan kembali")
        );
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert!(
            r.lock().unwrap().received().is_empty(),
            "nothing sent offline"
        );
        assert_eq!(delivered_count(&c).await, 0);
        // Nothing to press that could only wait for the network too.
        for button in c
            .find_all(Locator::XPath(
                "//button[contains(., 'Coba kirim sekarang')]",
            ))
            .await
            .unwrap()
        {
            assert!(
                !button.is_displayed().await.unwrap(),
                "no retry button while offline"
            );
        }

        // Back online, an inquiry the endpoint turns away can be retried by hand again.
        r.lock().unwrap().plan_faults(&["500", "500", "500"]);
        set_offline(&c, false).await;
        eventually("a retry button once online", || {
            let c = c.clone();
            async move {
                let button = find_text(&c, "button", "Coba kirim sekarang").await;
                button.is_displayed().await.unwrap_or(false)
            }
        })
        .await;
        eventually("the inquiry is delivered once back online", || {
            let c = c.clone();
            async move { delivered_count(&c).await == 1 }
        })
        .await;
        eventually("the offline notice is gone", || {
            let c = c.clone();
            async move {
                !c.source()
                    .await
                    .unwrap()
                    .contains("Perangkat sedang offline")
            }
        })
        .await;
        assert_eq!(r.lock().unwrap().keys(), vec![id]);
    })
    .await;
    drop(server);
}

/// Moves a stored inquiry's delivery `days` into the past, as if that time had gone by.
async fn age_delivery(c: &Client, id: &str, days: u64) {
    let done = c
        .execute_async(
            "const [id, days, done] = arguments;
             const open = indexedDB.open('perak-batankrajan');
             open.onerror = () => done(false);
             open.onsuccess = () => {
               const db = open.result;
               const tx = db.transaction('outbox', 'readwrite');
               const store = tx.objectStore('outbox');
               const got = store.get(id);
               got.onsuccess = () => {
                 const entry = JSON.parse(got.result);
                 entry.status.at -= days * 86400000;
                 store.put(JSON.stringify(entry), id);
               };
               tx.oncomplete = () => { db.close(); done(true); };
               tx.onerror = () => done(false);
             };",
            vec![serde_json::json!(id), serde_json::json!(days)],
        )
        .await
        .unwrap();
    assert_eq!(done.as_bool(), Some(true), "the stored inquiry was changed");
}

#[tokio::test]
async fn delivered_inquiries_are_forgotten_after_the_retention_and_staff_can_purge_the_rest() {
    let (receiver, server, _site) = serve_with_receiver(2.5, 1_200);
    let receiver = std::sync::Arc::new(std::sync::Mutex::new(receiver));
    let r = receiver.clone();
    let (form, outbox, staff) = (
        server.url("/inquiry"),
        server.url("/outbox"),
        server.url("/staff"),
    );
    with_browser(move |c| async move {
        // The privacy notice is one link away from the consent it explains, and says how long.
        open(&c, &form, "Kirim pertanyaan").await;
        click_link(&c, "Pemberitahuan privasi").await;
        wait_for_h1(&c, "Pemberitahuan privasi").await;
        find_text(&c, "p", "dihapus setelah 30 hari").await;
        find_text(&c, "a", "katalog@perak-batankrajan.example").await;
        c.back().await.unwrap();

        let delivered = submit_inquiry(&c, 1).await;
        eventually("the first inquiry delivered", || async {
            delivered_count(&c).await == 1
        })
        .await;
        r.lock().unwrap().stop();
        c.goto(&form).await.unwrap();
        let waiting = submit_inquiry(&c, 2).await;
        assert_ne!(delivered, waiting);

        // A month goes by. The next start forgets the delivered inquiry; the waiting one stays.
        age_delivery(&c, &delivered, 31).await;
        open(&c, &outbox, "Kotak keluar").await;
        eventually("only the waiting inquiry left", || async {
            let statuses: Vec<String> = c
                .execute(
                    "return [...document.querySelectorAll('.outbox-entry')].map(e => e.dataset.status)",
                    vec![],
                )
                .await
                .ok()
                .and_then(|v| serde_json::from_value(v).ok())
                .unwrap_or_default();
            statuses == ["saved"]
        })
        .await;

        // At the end of a fair, staff delete everything delivered at once, after confirming.
        r.lock().unwrap().restart();
        eventually("the second inquiry delivered", || async {
            delivered_count(&c).await == 1
        })
        .await;
        open(&c, &staff, "Layar staf").await;
        set_staff_pin(&c, "246813").await;
        click_button(&c, "Hapus semua pertanyaan terkirim sekarang (1)").await;
        find_text(&c, "p", "Hapus 1 pertanyaan terkirim dari perangkat ini?").await;
        screenshot(&c, "staff-purge-confirm").await;
        click_button(&c, "Ya, hapus").await;
        find_text(&c, "p", "1 pertanyaan terkirim dihapus.").await;
        open(&c, &outbox, "Kotak keluar").await;
        find_text(&c, "p", "Belum ada pertanyaan di perangkat ini.").await;
    })
    .await;
    drop(receiver);
}
