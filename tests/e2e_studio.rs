//! End to end: a maker puts a design into the studio on their own device, as they would: typing, being
//! told what is wrong by field, reloading, editing and withdrawing catalogue designs, without a server.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::time::Duration;

use fantoccini::{Client, Locator};
use support::*;

/// The message under a field, by the field's label.
async fn field_error(c: &Client, label: &str) -> String {
    let field = labelled(c, label).await;
    let id = field.attr("id").await.unwrap().unwrap();
    c.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Id(&format!("{id}-error")))
        .await
        .unwrap_or_else(|_| panic!("no message under {label}"))
        .text()
        .await
        .unwrap()
}

async fn value_of(c: &Client, label: &str) -> String {
    labelled(c, label)
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

#[tokio::test]
async fn a_maker_writes_a_design_is_told_what_is_wrong_and_finds_it_again_offline() {
    let server = AppServer::start(&dist());
    let studio = server.url("/studio");
    let (stop_server, handle) = stopper(server);
    with_browser(move |c| async move {
        open(&c, &studio, "Studio perajin").await;
        find_text(&c, "p", "Belum ada draf").await;
        click_button(&c, "Desain baru").await;
        find_text(&c, "h2", "Tanpa nama").await;
        assert!(current_url(&c).await.contains("/studio?draft="));

        type_into(&c, "Nama dalam Bahasa Indonesia", "Cincin Uji Studio").await;
        type_into(&c, "Nama dalam Inggris", "Studio test ring").await;
        find_text(&c, "h2", "Cincin Uji Studio").await;
        // The address comes from the name until the maker writes one.
        find_text(&c, "p", "cincin-uji-studio").await;
        select_option(&c, "Bengkel", "Padma Jaya").await;
        labelled(&c, "Padma (teratai merah)")
            .await
            .click()
            .await
            .unwrap();
        labelled(&c, "Filigri").await.click().await.unwrap();
        type_into(&c, "Berat (gram)", "lima").await;
        assert_eq!(field_error(&c, "Berat (gram)").await, "“lima” bukan angka.");
        // Asking for the check lists every problem by its field.
        click_button(&c, "Periksa draf").await;
        let summary = text_of(&c, ".error-summary").await;
        screenshot(&c, "studio-problems").await;
        for expected in [
            "Berat (gram): “lima” bukan angka.",
            "Lebar (mm): ",
            "Tebal (mm): ",
        ] {
            assert!(summary.contains(expected), "{expected:?} in {summary}");
        }
        assert_eq!(
            find_text(&c, "p", "Pratinjau muncul")
                .await
                .text()
                .await
                .unwrap(),
            "Pratinjau muncul setelah semuanya terisi dengan benar."
        );

        type_into(&c, "Berat (gram)", "5,2").await;
        type_into(&c, "Lebar (mm)", "20").await;
        type_into(&c, "Tinggi (mm)", "21").await;
        type_into(&c, "Tebal (mm)", "900").await;
        assert!(field_error(&c, "Tebal (mm)").await.contains("900"));
        type_into(&c, "Tebal (mm)", "8").await;
        click_button(&c, "Tambah varian").await;
        type_into(&c, "Ukuran (mis. 17, 45 cm)", "17").await;
        let variant_weight = c
            .find(Locator::Id("studio-variant-1-weight"))
            .await
            .unwrap();
        variant_weight.send_keys("5,4").await.unwrap();
        find_text(&c, "p", "Siap diterbitkan").await;
        // The preview draws it and prices it with the dated silver price.
        c.find(Locator::Css(".studio-preview svg"))
            .await
            .expect("the drawing");
        find_text(&c, "p", "Rp").await;
        // A weight the dimensions cannot give is pointed out, and still allowed.
        type_into(&c, "Berat (gram)", "50").await;
        find_text(&c, "p", "Berat 50 g jauh dari perkiraan").await;
        find_text(&c, "p", "Siap diterbitkan").await;
        type_into(&c, "Berat (gram)", "5,2").await;
        wait_until_saved(&c).await;
        screenshot(&c, "studio-form").await;
        let violations = axe_violations(&c).await;
        assert!(violations.is_empty(), "{violations:?}");

        // A reload keeps everything as typed.
        c.refresh().await.unwrap();
        find_text(&c, "h2", "Cincin Uji Studio").await;
        assert_eq!(value_of(&c, "Berat (gram)").await, "5,2");
        assert_eq!(value_of(&c, "Ukuran (mis. 17, 45 cm)").await, "17");

        // From the catalogue: one design withdrawn, another edited.
        click_link(&c, "Semua draf").await;
        find_text(&c, "a", "Cincin Uji Studio").await;
        find_text(&c, "span", "Siap diterbitkan").await;
        select_option(&c, "Desain katalog", "Cincin Kawung").await;
        click_button(&c, "Tarik dari katalog").await;
        find_text(
            &c,
            "p",
            "Saat diterbitkan, draf ini menarik Cincin Kawung dari katalog.",
        )
        .await;
        click_link(&c, "Semua draf").await;
        find_text(&c, "span", "Menarik Cincin Kawung dari katalog").await;
        select_option(&c, "Desain katalog", "Cincin Surya").await;
        click_button(&c, "Ubah").await;
        find_text(&c, "h2", "Cincin Surya").await;
        // A catalogue design arrives complete and may keep its own address.
        click_button(&c, "Periksa draf").await;
        find_text(&c, "p", "Siap diterbitkan").await;
        type_into(&c, "Alamat desain", "ring-kawung").await;
        assert!(
            field_error(&c, "Alamat desain")
                .await
                .contains("ring-kawung")
        );
        type_into(&c, "Alamat desain", "ring-surya-majapahit").await;
        eventually("its own address is accepted", || async {
            c.find(Locator::Id("studio-id-error")).await.is_err()
        })
        .await;
        click_link(&c, "Semua draf").await;
        find_text(&c, "span", "Perubahan pada Cincin Surya").await;

        // Deleting asks first.
        click_button(&c, "Hapus draf Cincin Surya").await;
        click_button(&c, "Ya, hapus draf").await;
        eventually("the edit is gone", || async {
            !text_of(&c, ".draft-list")
                .await
                .contains("Perubahan pada Cincin Surya")
        })
        .await;
        screenshot(&c, "studio-list").await;

        // Without the server, the studio and its drafts are still there.
        service_worker_controls(&c).await;
        stop_server();
        c.refresh().await.unwrap();
        wait_for_h1(&c, "Studio perajin").await;
        find_text(&c, "a", "Cincin Uji Studio").await;
        find_text(&c, "span", "Menarik Cincin Kawung dari katalog").await;
    })
    .await;
    drop(handle.join().unwrap());
}

#[tokio::test]
async fn a_mixer_design_becomes_a_draft_and_a_kiosk_keeps_the_studio_for_staff() {
    let server = AppServer::start(&dist());
    let mixer = server.url(
        "/mixer?form=ring&motif=lotus&count=12&density=4&tech=filigree&finish=oxidised&fineness=950&size=110",
    );
    let (staff, studio) = (server.url("/staff"), server.url("/studio"));
    with_browser(move |c| async move {
        open(&c, &mixer, "Mixer desain").await;
        click_link(&c, "Jadikan draf di studio perajin").await;
        find_text(&c, "h2", "Tanpa nama").await;
        // The address names the draft, so a reload opens it rather than making another.
        assert!(current_url(&c).await.contains("/studio?draft="));
        assert_eq!(value_of(&c, "Kadar perak").await, "950");
        assert_eq!(value_of(&c, "Bentuk").await, "ring");
        assert_eq!(value_of(&c, "Penyelesaian").await, "oxidised");
        let weight = value_of(&c, "Berat (gram)").await;
        assert!(weight.parse::<f64>().unwrap() > 0.3, "{weight}");
        c.refresh().await.unwrap();
        find_text(&c, "h2", "Tanpa nama").await;
        click_link(&c, "Semua draf").await;
        assert_eq!(
            c.find_all(Locator::Css(".draft-row")).await.unwrap().len(),
            1
        );

        // On a kiosk, visitors find the studio locked and the mixer offers no draft.
        open(&c, &staff, "Layar staf").await;
        start_kiosk(&c, "135790", 120).await;
        open(&c, &studio, "Studio perajin").await;
        find_text(&c, "p", "Studio ini untuk perajin dan staf.").await;
        assert!(c.find(Locator::Css(".draft-list")).await.is_err());
        open(&c, &mixer, "Mixer desain").await;
        find_text(&c, "button", "Tambah ke daftar pilihan").await;
        assert!(
            c.find(Locator::XPath("//a[contains(., 'Jadikan draf')]"))
                .await
                .is_err()
        );
    })
    .await;
}

#[tokio::test]
async fn a_package_from_one_device_updates_another_after_a_preview_and_stays_offline() {
    let server = AppServer::start(&dist());
    let studio = server.url("/studio");
    let search = server.url("/catalogue?q=Cincin%20Paket%20Uji");
    let kawung = server.url("/catalogue?q=kawung");
    let downloads = Scratch::new("packages");
    let dir = downloads.0.clone();

    // The maker's phone: a new design and a withdrawal, exported as one package.
    let (studio_one, dir_one) = (studio.clone(), dir.clone());
    with_browser_downloading(Some(&dir.clone()), move |c| async move {
        open(&c, &studio_one, "Studio perajin").await;
        write_ready_design(&c, "Cincin Paket Uji").await;
        click_link(&c, "Semua draf").await;
        select_option(&c, "Desain katalog", "Cincin Kawung").await;
        click_button(&c, "Tarik dari katalog").await;
        export_package(&c, &dir_one).await;
        find_text(&c, "p", "dibuat dengan 2 perubahan").await;
    })
    .await;
    let package = package_in(&dir).unwrap();
    // What the site would unpack into public/: the catalogue as it becomes.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&package).unwrap()).unwrap();
    let mut designs = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("data/designs.json").unwrap(), &mut designs)
        .unwrap();
    assert!(designs.contains("\"id\": \"cincin-paket-uji\""));
    assert!(!designs.contains("\"id\": \"ring-kawung\""));
    let not_a_package = dir.join("catatan.zip");
    std::fs::write(&not_a_package, "bukan zip").unwrap();

    // The kiosk: a fresh browser, the package from a USB stick, previewed, then applied.
    let (stop_server, handle) = stopper(server);
    with_browser(move |c| async move {
        open(&c, &studio, "Studio perajin").await;
        import(&c, &not_a_package).await;
        find_text(&c, "li", "bukan paket katalog").await;
        import(&c, &package).await;
        find_text(&c, "h3", "Pratinjau paket yang dibuat").await;
        find_text(&c, "h4", "Ditambahkan (1)").await;
        find_text(&c, "li", "Cincin Paket Uji").await;
        find_text(&c, "h4", "Ditarik (1)").await;
        find_text(&c, "li", "Cincin Kawung").await;
        c.execute(
            "document.querySelector('.package-preview').scrollIntoView()",
            vec![],
        )
        .await
        .unwrap();
        screenshot(&c, "studio-package-preview").await;
        // Nothing has changed before it is applied.
        open(&c, &kawung, "Katalog").await;
        find_text(&c, "li", "Cincin Kawung").await;
        open(&c, &studio, "Studio perajin").await;
        import(&c, &package).await;
        click_button(&c, "Terapkan pada katalog perangkat ini").await;
        find_text(&c, "p", "Paket diterapkan").await;
        find_text(&c, "p", "memuat 2 perubahan").await;

        open(&c, &search, "Katalog").await;
        find_text(&c, "li", "Cincin Paket Uji").await;
        click_link(&c, "Cincin Paket Uji").await;
        wait_for_h1(&c, "Cincin Paket Uji").await;
        find_text(&c, "p", "Teratai dari kawat halus.").await;
        c.back().await.unwrap();
        find_text(&c, "li", "Cincin Paket Uji").await;
        // Without the server, the applied package is still the catalogue.
        service_worker_controls(&c).await;
        stop_server();
        c.refresh().await.unwrap();
        find_text(&c, "li", "Cincin Paket Uji").await;
        open(&c, &kawung, "Katalog").await;
        find_text(&c, "li", "Anting Kawung").await;
        assert!(
            c.find(Locator::XPath("//li[contains(., 'Cincin Kawung')]"))
                .await
                .is_err(),
            "the withdrawn design is gone"
        );
        // And back to the shipped catalogue, in one step.
        open(&c, &studio, "Studio perajin").await;
        click_button(&c, "Kembali ke katalog bawaan").await;
        find_text(&c, "p", "Katalog bawaan dipulihkan").await;
        open(&c, &kawung, "Katalog").await;
        find_text(&c, "li", "Cincin Kawung").await;
    })
    .await;
    drop(handle.join().unwrap());
    drop(downloads);
}
