//! End to end: the exhibition stand. Preparing for offline, a day without network, kiosk mode behind the
//! staff PIN, and the idle reset that leaves only the outbox.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::time::Duration;

use fantoccini::{Client, Locator};
use support::*;

async fn prepare_for_offline(c: &Client, url: &str) {
    for attempt in 0..3 {
        c.goto(url).await.unwrap();
        wait_for_h1(c, "Siapkan untuk offline").await;
        click_button(c, "Siapkan sekarang").await;
        let status = c
            .wait()
            .at_most(WAIT)
            .for_element(Locator::XPath(
                "//p[contains(., 'Siap offline') or contains(., 'Muat ulang halaman')]",
            ))
            .await
            .expect("preparing finished");
        let text = status.text().await.unwrap();
        if text.contains("Siap offline") {
            let progress = find_text(c, "p", "berkas").await.text().await.unwrap();
            let (done, rest) = progress.split_once(" dari ").unwrap();
            let total = rest.split_whitespace().next().unwrap();
            assert_eq!(done, total, "every file stored: {progress}");
            assert!(done.parse::<u32>().unwrap() >= 15, "{progress}");
            find_text(c, "p", "Penyimpanan terpakai").await;
            return;
        }
        // The first visit installs the service worker; it controls the page from the next load.
        assert!(attempt < 2, "the service worker never took control");
    }
}

async fn submit_inquiry(c: &Client, name: &str) -> String {
    type_into(c, "Nama", name).await;
    type_into(c, "Negara", "Indonesia").await;
    type_into(c, "E-mail", "stand@example.id").await;
    type_into(c, "Pesan", "Saya melihat cincin ini di pameran.").await;
    labelled(c, "Saya setuju").await.click().await.unwrap();
    click_button(c, "Simpan dan kirim").await;
    saved_inquiry_id(c).await
}

#[tokio::test]
async fn prepared_for_offline_the_stand_keeps_working_and_delivers_when_the_network_returns() {
    let (receiver, server, _site) = serve_with_receiver(2.0, 1_500);
    let offline = server.url("/offline");
    let deep = server.url("/designs/ring-kawung");
    let inquiry = server.url("/inquiry?items=ring-kawung~1~~");
    let outbox = server.url("/outbox");
    let shared = std::sync::Arc::new(std::sync::Mutex::new((server, receiver)));
    let s = shared.clone();
    with_browser(move |c| async move {
        prepare_for_offline(&c, &offline).await;

        // The network goes: both the site and the inquiry endpoint.
        {
            let mut g = s.lock().unwrap();
            g.0.stop();
            g.1.stop();
        }
        open(&c, &deep, "Cincin Kawung").await;

        open(&c, &inquiry, "Minta penawaran harga").await;
        let id = submit_inquiry(&c, "Pengunjung Pameran").await;
        c.refresh().await.unwrap();
        wait_for_h1(&c, "Kotak keluar").await;
        find_text(&c, "li", "Pengunjung Pameran").await;
        // The delivery loop keeps trying (and redrawing the row) while offline, so the status is read
        // fresh rather than from an element that may have been replaced.
        let status = c
            .execute(
                "const li = [...document.querySelectorAll('.outbox-entry')]
                   .find(li => li.textContent.includes('Pengunjung Pameran'));
                 return li ? li.dataset.status : null;",
                vec![],
            )
            .await
            .unwrap();
        assert!(
            status == "saved" || status == "sending",
            "kept on the device while offline, not delivered: {status}"
        );

        // The network comes back: the outbox delivers it by itself.
        {
            let mut g = s.lock().unwrap();
            g.0.restart();
            g.1.restart();
        }
        c.goto(&outbox).await.unwrap();
        eventually("the inquiry is delivered", || {
            let c = c.clone();
            async move {
                c.find(Locator::Css(".outbox-entry[data-status=delivered]"))
                    .await
                    .is_ok()
            }
        })
        .await;
        let received = s.lock().unwrap().1.received();
        assert!(
            received.iter().any(|(k, _)| *k == id),
            "the receiver has {id}"
        );
        assert_eq!(
            received.iter().find(|(k, _)| *k == id).unwrap().1["items"][0]["design"],
            "ring-kawung"
        );
    })
    .await;
}

async fn nav_count(c: &Client, link: &str) -> String {
    let a = find_text(c, "a", link).await;
    a.find(Locator::Css(".nav-count"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn an_idle_kiosk_asks_then_clears_the_visitor_but_keeps_the_outbox() {
    let server = AppServer::start(&dist());
    let staff = server.url("/staff");
    let outbox = server.url("/outbox");
    let inquiry = server.url("/inquiry");
    with_browser(move |c| async move {
        // Staff set the PIN on first use, a short idle time, and start kiosk mode.
        open(&c, &staff, "Layar staf").await;
        set_staff_pin(&c, "24").await;
        find_text(&c, "p", "PIN harus 6 sampai 12 angka.").await;
        start_kiosk(&c, "246813", 10).await;
        let class = c
            .execute("return document.documentElement.className", vec![])
            .await
            .unwrap();
        assert!(class.as_str().unwrap().contains("kiosk"));
        // Visitors never see the outbox link or earlier visitors' inquiries.
        assert!(
            c.find(Locator::XPath("//nav//a[contains(., 'Kotak keluar')]"))
                .await
                .is_err()
        );

        // A visitor browses, shortlists, and sends an inquiry.
        click_link(&c, "Sentuh untuk menjelajah katalog").await;
        wait_for_h1(&c, "Katalog").await;
        c.goto(&format!(
            "{}designs/ring-kawung",
            &staff[..staff.len() - "staff".len()]
        ))
        .await
        .unwrap();
        wait_for_h1(&c, "Cincin Kawung").await;
        // Workshop contacts are text on a kiosk: nothing opens WhatsApp on the stand's screen.
        assert!(
            c.find(Locator::Css(".workshop-card a[href^='https://wa.me']"))
                .await
                .is_err()
        );
        click_button(&c, "Tambah ke daftar pilihan").await;
        assert_eq!(nav_count(&c, "Daftar pilihan").await, "1");
        click_link(&c, "Minta penawaran").await;
        wait_for_h1(&c, "Minta penawaran harga").await;
        assert!(
            c.find(Locator::Css("input[name=route]")).await.is_err(),
            "no WhatsApp or e-mail choice on a kiosk"
        );
        let first_visitor = submit_inquiry(&c, "Pengunjung Satu").await;
        find_text(&c, "p", "staf stan mengirim").await;
        let their_page = current_url(&c).await;
        // Their own inquiry stays on screen for them, a reload included.
        c.refresh().await.unwrap();
        find_text(&c, "li", "Pengunjung Satu").await;

        // The visitor starts another inquiry and walks away mid-form.
        open(&c, &inquiry, "Kirim pertanyaan").await;
        type_into(&c, "Nama", "Pengunjung Dua").await;
        wait_for_idle_question(&c).await;
        find_text(&c, "h2", "Masih di sana?").await;
        let violations = axe_violations(&c).await;
        assert!(violations.is_empty(), "the idle question: {violations:?}");
        let count: u32 = text_of(&c, ".idle-count").await.parse().unwrap();
        assert!(count >= 18, "a visible countdown from 20: {count}");
        // Continue keeps everything.
        click_button(&c, "Lanjutkan").await;
        assert!(c.find(Locator::Css("[role=alertdialog]")).await.is_err());
        let name = labelled(&c, "Nama").await.prop("value").await.unwrap();
        assert_eq!(name.as_deref(), Some("Pengunjung Dua"));

        // Unanswered, the countdown runs out and the screen starts fresh.
        wait_for_idle_question(&c).await;
        wait_for_attract_loop(&c).await;
        assert_eq!(
            nav_count(&c, "Daftar pilihan").await,
            "",
            "shortlist cleared"
        );
        open(&c, &inquiry, "Kirim pertanyaan").await;
        let name = labelled(&c, "Nama").await.prop("value").await.unwrap();
        assert_eq!(name.as_deref(), Some(""), "the form is empty");

        // The next visitor cannot reach the earlier one's inquiry, by Back or by its URL.
        assert!(their_page.contains(&first_visitor), "{their_page}");
        open(&c, &their_page, "Kotak keluar").await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let page = text_of(&c, "main").await;
        assert!(
            !page.contains("Pengunjung Satu") && !page.contains("stand@example.id"),
            "an earlier visitor's inquiry on screen: {page}"
        );

        // The outbox is intact, for staff behind the PIN.
        open(&c, &outbox, "Kotak keluar").await;
        // Once the store has been read: the visitor's own (empty) list, not the stand's.
        find_text(&c, "p", "Belum ada pertanyaan di perangkat ini.").await;
        assert!(c.find(Locator::Css(".outbox-entry")).await.is_err());
        c.goto(&staff).await.unwrap();
        type_into(&c, "PIN staf", "111111").await;
        click_button(&c, "Buka").await;
        find_text(&c, "p", "PIN salah.").await;
        type_into(&c, "PIN staf", "246813").await;
        click_button(&c, "Buka").await;
        find_text(&c, "p", "1 pertanyaan di perangkat ini, 1 belum terkirim.").await;
        click_link(&c, "Buka kotak keluar").await;
        find_text(&c, "h2", "Pengunjung Satu").await;
        // Staff can leave kiosk mode.
        c.goto(&staff).await.unwrap();
        type_into(&c, "PIN staf", "246813").await;
        click_button(&c, "Buka").await;
        click_button(&c, "Keluar dari mode kios").await;
        find_text(&c, "p", "Mode kios mati.").await;
    })
    .await;
}

#[tokio::test]
async fn wrong_pins_lock_the_staff_screen_for_a_while_even_across_a_reload() {
    let server = AppServer::start(&dist());
    let staff = server.url("/staff");
    with_browser(move |c| async move {
        open(&c, &staff, "Layar staf").await;
        set_staff_pin(&c, "246813").await;
        click_button(&c, "Kunci layar staf").await;
        for _ in 1..=5 {
            type_into(&c, "PIN staf", "111111").await;
            click_button(&c, "Buka").await;
            // Each PIN is hashed (about a second) before the next is taken.
            eventually("the PIN checked", || async {
                c.execute(
                    "const f = document.querySelector('.pin-form'); return !!f && f.getAttribute('aria-busy') === 'false' && document.getElementById('pin-unlock').value === ''",
                    vec![],
                )
                .await
                .unwrap()
                .as_bool()
                    == Some(true)
            })
            .await;
        }
        find_text(&c, "p", "Terlalu banyak PIN salah. Coba lagi dalam 30 detik.").await;
        // A reload does not reset the count, and not even the right PIN is taken meanwhile.
        c.refresh().await.unwrap();
        wait_for_h1(&c, "Layar staf").await;
        find_text(&c, "p", "Terlalu banyak PIN salah.").await;
        type_into(&c, "PIN staf", "246813").await;
        click_button(&c, "Buka").await;
        find_text(&c, "p", "Terlalu banyak PIN salah.").await;
        assert!(
            c.find(Locator::XPath("//button[normalize-space()='Keluar dari mode kios' or normalize-space()='Mulai mode kios']"))
                .await
                .is_err(),
            "the staff tools stay hidden"
        );
    })
    .await;
}

#[tokio::test]
async fn damaged_kiosk_settings_keep_the_staff_screen_locked_and_say_how_to_recover() {
    let server = AppServer::start(&dist());
    let staff = server.url("/staff");
    let home = server.url("/");
    with_browser(move |c| async move {
        open(&c, &home, "Perak buatan tangan dari Batankrajan").await;
        c.execute(
            "localStorage.setItem('perak.kiosk', '{\"enabled\":false,\"pin\":')",
            vec![],
        )
        .await
        .unwrap();
        open(&c, &staff, "Layar staf").await;
        find_text(&c, "p", "tidak dapat dibaca").await;
        assert!(
            c.find(Locator::Css(".pin-form")).await.is_err(),
            "no form to set a new PIN over them"
        );
        // Failing closed: the stand stays a kiosk, with no outbox link for visitors.
        assert!(
            c.execute(
                "return document.documentElement.classList.contains('kiosk')",
                vec![]
            )
            .await
            .unwrap()
            .as_bool()
            .unwrap()
        );
        assert!(
            c.find(Locator::XPath("//header//a[contains(., 'Kotak keluar')]"))
                .await
                .is_err()
        );
    })
    .await;
}

#[tokio::test]
async fn a_stopped_app_says_so_and_a_kiosk_restarts_into_its_attract_loop() {
    let server = AppServer::start(&dist());
    let catalogue = server.url("/en/catalogue");
    let design = server.url("/designs/ring-kawung");
    with_browser(move |c| async move {
        // A reader: the module traps (what a panic ends in); the page says so in their language and
        // offers a reload, which brings the app back.
        open(&c, &catalogue, "Catalogue").await;
        c.execute(
            "dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable') }))",
            vec![],
        )
        .await
        .unwrap();
        let notice = find_text(&c, "div", "Something went wrong and the app has stopped").await;
        screenshot(&c, "crash-notice").await;
        assert_eq!(notice.attr("role").await.unwrap().as_deref(), Some("alert"));
        click_button(&c, "Reload").await;
        wait_for_h1(&c, "Catalogue").await;
        assert!(
            c.find(Locator::Css(".crash-notice")).await.is_err(),
            "the reloaded page runs again"
        );

        // A kiosk: nobody at a stand will look for the button; it starts its attract loop by itself.
        c.execute(
            "localStorage.setItem('perak.kiosk', JSON.stringify({ enabled: true }));
             localStorage.setItem('perak.locale', 'id');",
            vec![],
        )
        .await
        .unwrap();
        open(&c, &design, "Cincin Kawung").await;
        // As the panic hook (src/platform/crash.rs) announces it.
        c.execute("dispatchEvent(new Event('perak:crashed'))", vec![])
            .await
            .unwrap();
        find_text(&c, "div", "Terjadi kesalahan dan aplikasi berhenti").await;
        eventually("the attract loop", || async {
            current_url(&c).await.ends_with("/attract")
        })
        .await;
        wait_for_h1(&c, "Perak buatan tangan dari Batankrajan").await;
    })
    .await;
}
