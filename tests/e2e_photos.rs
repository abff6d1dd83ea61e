//! End to end: a maker photographs a finished piece on a phone and it reaches a kiosk's catalogue.
//! The photo is a 12-megapixel JPEG stored on its side with a GPS position in its EXIF, as phones
//! write them; what leaves the device is upright, at three widths, with nothing of the phone's data.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::path::{Path, PathBuf};

use fantoccini::{Client, Locator};
use perak_photo::sample::{GPS_LATITUDE, phone_jpeg, png_header_only};
use support::*;

/// The phone's photo and three files a maker might pick by mistake, written into `dir`.
struct Files {
    phone: PathBuf,
    /// A second, smaller photo taken upright (landscape).
    detail: PathBuf,
    text: PathBuf,
    truncated: PathBuf,
    bomb: PathBuf,
}

fn files_in(dir: &Path) -> Files {
    let photo = phone_jpeg(4000, 3000, 6);
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    Files {
        phone: write("IMG_20261205_101500.jpg", &photo),
        detail: write("IMG_20261205_101800.jpg", &phone_jpeg(1200, 900, 1)),
        text: write("harga.jpg", b"Harga cincin: Rp 1.500.000\n"),
        truncated: write("terpotong.jpg", &photo[..photo.len() / 2]),
        bomb: write("bom.png", &png_header_only(20_000, 20_000)),
    }
}

/// Whether the `<img>` at `css` has a decoded picture (not a broken or empty one).
async fn picture_shown(c: &Client, css: &str) -> bool {
    let script = format!(
        "const i = document.querySelector({css:?}); return !!i && i.complete && i.naturalWidth > 0;"
    );
    c.execute(&script, vec![]).await.unwrap().as_bool() == Some(true)
}

#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Portrait,
    Landscape,
}

/// Whether the studio's row `row` shows a decoded picture of this shape.
async fn picture_is(c: &Client, row: usize, shape: Shape) -> bool {
    let script = format!(
        "const r = document.querySelectorAll('.draft-photo')[{row}]; const i = r && r.querySelector('img');
         return !i || !i.complete || i.naturalWidth === 0 ? 'none'
           : i.naturalWidth > i.naturalHeight ? 'landscape' : 'portrait';"
    );
    let found = c.execute(&script, vec![]).await.unwrap();
    found.as_str()
        == Some(match shape {
            Shape::Portrait => "portrait",
            Shape::Landscape => "landscape",
        })
}

/// The Indonesian description typed for the studio's photo at `row`.
async fn alt_text(c: &Client, row: usize) -> String {
    input_value(c, &format!("#studio-photo-{row}-alt-id")).await
}

#[tokio::test]
async fn a_phone_photo_goes_upright_and_without_its_gps_from_the_studio_to_a_kiosk_offline() {
    let scratch = Scratch::new("photos");
    let files = files_in(&scratch.0);
    let downloads = Scratch::new("photo-packages");
    let dir = downloads.0.clone();
    let server = AppServer::start(&dist());
    let studio = server.url("/studio");
    let search = server.url("/catalogue?q=Cincin%20Berfoto");
    let offline = server.url("/offline");
    let compare = server.url("/compare?left=cincin-berfoto&right=m:padma");
    let design = server.url("/designs/cincin-berfoto");

    let (studio_one, dir_one) = (studio.clone(), dir.clone());
    with_browser_downloading(Some(&dir.clone()), move |c| async move {
        open(&c, &studio_one, "Studio perajin").await;
        write_ready_design(&c, "Cincin Berfoto").await;

        // Three wrong files at once: each says what is wrong with it, and the draft is untouched.
        choose_photos(&c, &[&files.text, &files.truncated, &files.bomb]).await;
        find_text(&c, "p", "harga.jpg bukan foto JPEG, PNG, atau WebP.").await;
        find_text(&c, "p", "terpotong.jpg rusak atau terpotong").await;
        find_text(&c, "p", "bom.png berukuran 20000 × 20000 piksel").await;
        screenshot(&c, "studio-photo-problems").await;
        assert_eq!(
            labelled(&c, "Nama dalam Bahasa Indonesia")
                .await
                .prop("value")
                .await
                .unwrap()
                .as_deref(),
            Some("Cincin Berfoto")
        );
        for _ in 0..3 {
            click_button(&c, "Tutup pesan").await;
        }

        // The phone's photo: its progress shows, then it joins the draft as the cover.
        watch_progress_and_long_tasks(&c).await;
        choose_photos(&c, &[&files.phone]).await;
        find_text(&c, "p", "Foto 1").await;
        eventually("the photo is shown", || async {
            picture_shown(&c, ".draft-photo img").await
        })
        .await;
        let saw = c
            .execute("return window.__sawProgress", vec![])
            .await
            .unwrap();
        assert_eq!(
            saw.as_bool(),
            Some(true),
            "a progress bar showed while it was processed"
        );
        // A photo needs its description before the design is ready again.
        click_button(&c, "Periksa draf").await;
        find_text(&c, "li", "Foto 1, Keterangan foto (Bahasa Indonesia)").await;
        type_into(
            &c,
            "Keterangan foto (Bahasa Indonesia)",
            "Cincin teratai dari samping",
        )
        .await;
        type_into(
            &c,
            "Keterangan foto (Inggris)",
            "The lotus ring from the side",
        )
        .await;
        find_text(&c, "p", "Siap diterbitkan").await;
        wait_until_saved(&c).await;
        screenshot(&c, "studio-photo").await;

        // A second photo, made the cover, then removed: each row keeps its own picture and text.
        choose_photos(&c, &[&files.detail]).await;
        find_text(&c, "p", "Foto 2").await;
        click_button(&c, "Jadikan sampul").await;
        eventually("the landscape photo is the cover", || async {
            picture_is(&c, 0, Shape::Landscape).await && picture_is(&c, 1, Shape::Portrait).await
        })
        .await;
        assert_eq!(alt_text(&c, 0).await, "");
        assert_eq!(alt_text(&c, 1).await, "Cincin teratai dari samping");
        c.find(Locator::Css(
            ".draft-photo:first-child .draft-photo-actions button:last-child",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
        eventually("one photo is left", || async {
            c.find_all(Locator::Css(".draft-photo"))
                .await
                .unwrap()
                .len()
                == 1
        })
        .await;
        eventually("the portrait photo is the cover again", || async {
            picture_is(&c, 0, Shape::Portrait).await
        })
        .await;
        assert_eq!(alt_text(&c, 0).await, "Cincin teratai dari samping");
        wait_until_saved(&c).await;

        // A reload keeps the photo: it is on the device, not in the page.
        c.refresh().await.unwrap();
        find_text(&c, "h2", "Cincin Berfoto").await;
        eventually("the photo is shown after a reload", || async {
            picture_shown(&c, ".draft-photo img").await
        })
        .await;

        export_package(&c, &dir_one).await;
    })
    .await;

    // The package's photos: upright (the sensor's 4000 x 3000 turned to portrait), three widths,
    // baseline JPEGs with no EXIF block and no trace of the GPS position.
    let package = package_in(&dir).unwrap();
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&package).unwrap()).unwrap();
    let mut sizes = Vec::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        if !name.starts_with("photos/") {
            continue;
        }
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut bytes).unwrap();
        let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
        assert!(
            !has(b"Exif") && !has(&GPS_LATITUDE),
            "{name} carries the phone's data"
        );
        let picture = image::load_from_memory(&bytes).unwrap();
        sizes.push((picture.width(), picture.height()));
    }
    sizes.sort();
    assert_eq!(sizes, [(400, 533), (960, 1280), (1920, 2560)]);

    // The kiosk: a fresh browser imports the package, and the design is in its catalogue with the
    // photo on its card and in its page's gallery, with the server gone too.
    let (stop_server, handle) = stopper(server);
    with_browser(move |c| async move {
        open(&c, &studio, "Studio perajin").await;
        // A kiosk is prepared for offline before it gets packages: its service worker, which serves
        // the package's photos, controls the page (on the first visit it is still installing).
        service_worker_controls(&c).await;
        import(&c, &package).await;
        find_text(&c, "h4", "Ditambahkan (1)").await;
        click_button(&c, "Terapkan pada katalog perangkat ini").await;
        find_text(&c, "p", "Paket diterapkan").await;
        open(&c, &search, "Katalog").await;
        find_text(&c, "li", "Cincin Berfoto").await;
        eventually("the card shows the photo", || async {
            picture_shown(&c, ".card img[src^='/photos/']").await
        })
        .await;
        click_link(&c, "Cincin Berfoto").await;
        wait_for_h1(&c, "Cincin Berfoto").await;
        eventually("the design page shows the photo", || async {
            picture_shown(&c, ".design-views img[src^='/photos/']").await
        })
        .await;
        let alt = c
            .find(Locator::Css(".design-views img"))
            .await
            .unwrap()
            .attr("alt")
            .await
            .unwrap();
        assert_eq!(alt.as_deref(), Some("Cincin teratai dari samping"));
        screenshot(&c, "design-photo").await;
        // Zoom works on the photo as on a drawing.
        c.find(Locator::Css("button[aria-label='Perbesar']"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        eventually("the photo is zoomed", || async {
            text_of(&c, ".zoom-level").await == "150%"
                && c.find(Locator::Css(".zoom-content img[src^='/photos/']"))
                    .await
                    .is_ok()
        })
        .await;
        // The drawing is one view of the gallery.
        click_button(&c, "Gambar").await;
        eventually("the drawing is shown", || async {
            c.find(Locator::Css(".design-views svg")).await.is_ok()
        })
        .await;
        click_button(&c, "Foto 1").await;
        // The compare studio puts the photographed piece beside the motif it adapts.
        open(&c, &compare, "Studio banding").await;
        eventually("the compare studio shows the photo", || async {
            picture_shown(&c, "main img[src^='/photos/']").await
        })
        .await;
        screenshot(&c, "compare-photo").await;

        service_worker_controls(&c).await;
        // Preparing for a day without network counts the package's photo files.
        open(&c, &offline, "Siapkan untuk offline").await;
        click_button(&c, "Siapkan sekarang").await;
        find_text(&c, "p", "3 dari paket katalog yang diterapkan").await;
        open(&c, &design, "Cincin Berfoto").await;
        stop_server();
        c.refresh().await.unwrap();
        wait_for_h1(&c, "Cincin Berfoto").await;
        eventually("the photo is shown offline", || async {
            picture_shown(&c, ".design-views img[src^='/photos/']").await
        })
        .await;
    })
    .await;
    drop(handle.join().unwrap());
    drop(downloads);
    drop(scratch);
}

/// A maker adds a photo of somebody else's piece to a trend reference: it cannot leave the device
/// without its source and licence, and on a kiosk it shows with that credit beside the motifs.
#[tokio::test]
async fn a_trend_photo_reaches_a_kiosk_only_with_its_source_and_licence_shown_as_a_credit() {
    let scratch = Scratch::new("trend-photos");
    let files = files_in(&scratch.0);
    let downloads = Scratch::new("trend-packages");
    let dir = downloads.0.clone();
    let server = AppServer::start(&dist());
    let studio = server.url("/studio");
    let pairs = server.url("/pairs");
    let compare = server.url("/compare?left=m:padma&right=t:stacking-rings");

    let (studio_one, dir_one) = (studio.clone(), dir.clone());
    with_browser_downloading(Some(&dir.clone()), move |c| async move {
        open(&c, &studio_one, "Studio perajin").await;
        select_option(&c, "Referensi tren", "Cincin tumpuk minimalis").await;
        click_button(&c, "Foto tren ini").await;
        find_text(&c, "h2", "Foto tren: Cincin tumpuk minimalis").await;
        find_text(&c, "p", "Foto-foto ini karya orang lain").await;
        choose_photos(&c, &[&files.detail]).await;
        find_text(&c, "p", "Foto 1").await;
        eventually("the photo is shown", || async {
            picture_shown(&c, ".draft-photo img").await
        })
        .await;
        type_into(
            &c,
            "Keterangan foto (Bahasa Indonesia)",
            "Tiga cincin tumpuk",
        )
        .await;
        type_into(&c, "Keterangan foto (Inggris)", "Three stacked rings").await;

        // Without its credit the photo is not ready, and the package cannot be made.
        click_button(&c, "Periksa draf").await;
        find_text(&c, "li", "Foto 1, Sumber foto").await;
        find_text(&c, "li", "Foto 1, Lisensi").await;
        wait_until_saved(&c).await;
        click_link(&c, "Semua draf").await;
        find_text(&c, "span", "Foto tren (1)").await;
        click_button(&c, "Ekspor paket katalog").await;
        find_text(
            &c,
            "li",
            "1 draf belum siap: Foto tren: Cincin tumpuk minimalis",
        )
        .await;

        // The same trend opens the same draft, which kept what was typed.
        select_option(&c, "Referensi tren", "Cincin tumpuk minimalis").await;
        click_button(&c, "Foto tren ini").await;
        find_text(&c, "h2", "Foto tren: Cincin tumpuk minimalis").await;
        assert_eq!(alt_text(&c, 0).await, "Tiga cincin tumpuk");
        type_into(&c, "Sumber foto", "Dewi Lestari").await;
        type_into(&c, "Lisensi", "CC BY 4.0").await;
        click_button(&c, "Periksa draf").await;
        find_text(&c, "p", "Siap diterbitkan").await;
        let violations = axe_violations(&c).await;
        assert!(violations.is_empty(), "{violations:#?}");
        screenshot(&c, "studio-trend-photo").await;
        wait_until_saved(&c).await;
        export_package(&c, &dir_one).await;
    })
    .await;

    // The package holds the trend references with the credited photo, and says so in its format.
    let package = package_in(&dir).unwrap();
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&package).unwrap()).unwrap();
    let mut read = |name: &str| {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
        text
    };
    let trends = read("data/trends.json");
    assert!(trends.contains("Dewi Lestari") && trends.contains("CC BY 4.0"));
    assert!(read("package.json").contains("\"format\": 2"));

    let (stop_server, handle) = stopper(server);
    with_browser(move |c| async move {
        open(&c, &studio, "Studio perajin").await;
        service_worker_controls(&c).await;
        import(&c, &package).await;
        find_text(&c, "h4", "Foto tren diubah (1)").await;
        find_text(&c, "li", "Cincin tumpuk minimalis: 1 foto").await;
        click_button(&c, "Terapkan pada katalog perangkat ini").await;
        find_text(&c, "p", "Paket diterapkan").await;

        // The curated pairs show the trend's photo with its credit under it.
        open(&c, &pairs, "Pasangan").await;
        eventually("the pair shows the trend's photo", || async {
            picture_shown(&c, ".pair-art img[src^='/photos/']").await
        })
        .await;
        let caption = find_text(&c, "figcaption", "Foto: Dewi Lestari · CC BY 4.0").await;
        assert!(
            caption.is_displayed().await.unwrap(),
            "the credit is seen, not only present"
        );
        let alt = c
            .find(Locator::Css(".pair-art img[src^='/photos/']"))
            .await
            .unwrap()
            .attr("alt")
            .await
            .unwrap();
        assert_eq!(alt.as_deref(), Some("Tiga cincin tumpuk"));
        screenshot(&c, "pairs-trend-photo").await;

        // The compare studio puts the trend's photo beside the motif, credited; and offline too.
        open(&c, &compare, "Studio banding").await;
        eventually("the compare studio shows the trend's photo", || async {
            picture_shown(&c, "main img[src^='/photos/']").await
        })
        .await;
        // Under the stage, not under the picture, where zoom and the layered modes would hide it.
        let credit = find_text(&c, "p", "Kanan: Foto: Dewi Lestari · CC BY 4.0").await;
        assert!(credit.is_displayed().await.unwrap());
        assert!(
            c.find(Locator::Css(".zoom-viewport figcaption"))
                .await
                .is_err()
        );
        c.execute(
            "document.querySelector('main p.photo-credit').scrollIntoView({ block: 'end' })",
            vec![],
        )
        .await
        .unwrap();
        screenshot(&c, "compare-trend-photo").await;
        stop_server();
        c.refresh().await.unwrap();
        eventually("the trend's photo is shown offline", || async {
            picture_shown(&c, "main img[src^='/photos/']").await
        })
        .await;
        find_text(&c, "p", "Kanan: Foto: Dewi Lestari · CC BY 4.0").await;
    })
    .await;
    drop(handle.join().unwrap());
    drop(downloads);
    drop(scratch);
}
