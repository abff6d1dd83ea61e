//! The pre-rendered pages (src/prerender): what a link preview or a search engine reads without running
//! a script. Made here from the project's own `index.html`, catalogue and translations.
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;

use std::path::Path;
use std::sync::OnceLock;

use domain_support::unescape;
use perak_batankrajan::domain::pricing::{format, price::quote};
use perak_batankrajan::domain::{Catalogue, Lang, load_from_dir};
use perak_batankrajan::prerender::{
    Languages, Output, PICTURE_HEIGHT, PICTURE_WIDTH, Page, Site, build, file_for, preview, robots,
    sitemap,
};
use perak_batankrajan::routes;

const BASE: &str = "https://perak.example.id";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn catalogue() -> &'static Catalogue {
    static C: OnceLock<Catalogue> = OnceLock::new();
    C.get_or_init(|| load_from_dir(&root().join("public/data")).expect("shipped catalogue"))
}

fn made() -> &'static Output {
    static OUT: OnceLock<Output> = OnceLock::new();
    OUT.get_or_init(|| {
        let shell = std::fs::read_to_string(root().join("index.html")).unwrap();
        let languages = Languages::from_project(root()).unwrap();
        build(catalogue(), &languages, &shell, &Site::new(BASE).unwrap()).unwrap()
    })
}

fn page(path: &str) -> &'static Page {
    made()
        .pages
        .iter()
        .find(|p| p.path == path)
        .unwrap_or_else(|| panic!("no page {path}"))
}

/// The `content` of `<meta property|name="key">`, unescaped.
fn meta<'a>(html: &'a str, key: &str) -> Option<&'a str> {
    ["property", "name"].iter().find_map(|attr| {
        let tag = format!("<meta {attr}=\"{key}\" content=\"");
        let start = html.find(&tag)? + tag.len();
        Some(&html[start..start + html[start..].find('"')?])
    })
}

fn json_ld(html: &str) -> serde_json::Value {
    let tag = "<script type=\"application/ld+json\">";
    let start = html.find(tag).expect("JSON-LD") + tag.len();
    let end = start + html[start..].find("</script>").unwrap();
    let json = &html[start..end];
    assert!(!json.contains('<'), "no `<` in a script element's JSON");
    serde_json::from_str(json).expect("JSON-LD parses")
}

#[test]
fn every_design_has_a_page_in_every_language_with_its_name_price_picture_and_product_data() {
    let c = catalogue();
    let silver_date = &c.settings.silver_price.date;
    for d in &c.designs {
        for lang in Lang::ALL {
            let path = routes::in_lang(lang, &routes::design(&d.id));
            let html = &page(&path).html;
            let name = d.name.get(lang);
            assert!(
                html.contains(&format!(
                    "<h1>{}</h1>",
                    perak_batankrajan::domain::render::escape_xml(name)
                )),
                "{path}: no heading {name:?}"
            );
            assert!(
                html.contains(&format!("<html lang=\"{}\">", lang.code())),
                "{path}"
            );
            assert_eq!(html.matches("<title>").count(), 1, "{path}: one title");
            assert_eq!(meta(html, "og:url"), Some(format!("{BASE}{path}").as_str()));
            assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{BASE}{path}\" />")));
            for other in Lang::ALL {
                let alternate = format!(
                    "hreflang=\"{}\" href=\"{BASE}{}\"",
                    other.code(),
                    routes::in_lang(other, &routes::design(&d.id))
                );
                assert!(
                    html.contains(&alternate),
                    "{path}: no alternate {alternate}"
                );
            }

            let image = meta(html, "og:image").unwrap_or_else(|| panic!("{path}: no og:image"));
            let picture = image
                .strip_prefix(BASE)
                .unwrap_or_else(|| panic!("{path}: og:image {image} is not absolute on the site"));
            assert!(
                made().pictures.iter().any(|p| p.path == picture),
                "{path}: its picture {picture} is not drawn"
            );
            assert_eq!(meta(html, "og:image:width"), Some("1200"));
            assert_eq!(meta(html, "og:image:height"), Some("630"));
            assert_eq!(meta(html, "twitter:card"), Some("summary_large_image"));

            let product = json_ld(html);
            assert_eq!(product["@type"], "Product", "{path}");
            assert_eq!(product["name"], name);
            assert_eq!(product["url"], format!("{BASE}{path}"));
            assert_eq!(product["image"], image);
            // The price the app's design page opens with: the middle size, the design's own finish.
            let sizes = d.sizes();
            let size = sizes.get(sizes.len() / 2).map(String::as_str);
            match quote(&c.settings, d, size, Some(d.finish)) {
                Some(p) => {
                    // In the currency the app shows this reader first.
                    let shown = format::amount(
                        p.idr,
                        format::Currency::default_for(lang),
                        &c.settings.rates,
                        lang,
                    );
                    assert!(
                        unescape(html).contains(&format!("<p class=\"price-idr\">{shown}</p>")),
                        "{path}: no price {shown}"
                    );
                    assert!(
                        unescape(meta(html, "og:description").unwrap()).starts_with(&shown),
                        "{path}: the preview's description starts with the price"
                    );
                    let offer = &product["offers"];
                    assert_eq!(offer["@type"], "Offer");
                    assert_eq!(offer["price"], p.idr.to_string());
                    assert_eq!(offer["priceCurrency"], "IDR");
                    assert_eq!(offer["validFrom"], silver_date.as_str());
                }
                None => {
                    assert!(
                        product.get("offers").is_none(),
                        "{path}: an offer without a price"
                    );
                    assert!(
                        html.contains("price-request"),
                        "{path}: says the price is on request"
                    );
                }
            }
        }
    }
}

#[test]
fn a_design_page_shows_what_the_app_shows_first_in_its_language() {
    let html = &page("/en/designs/ring-kawung").html;
    let view = &html[html
        .find("<div id=\"first-paint\" data-lang=\"en\">")
        .expect("an English view")..];
    for text in [
        "<h1>Kawung ring</h1>",
        "<p class=\"design-sub\">Ring · Kawung Silver</p>",
        "Back to the catalogue",
        "<a href=\"/en/motifs/kawung\">Kawung</a>",
        "<a href=\"/en/workshops/kawung-silver\">Kawung Silver</a>",
        "Computed from silver at Rp 46,000/g on",
        "<a href=\"/en/catalogue\">Catalogue</a>",
    ] {
        assert!(view.contains(text), "the English page lacks {text:?}");
    }
    // The drawing is the renderer's own, inline, with its accessible name.
    assert!(view.contains("<div class=\"art art-large\"><svg"));
    assert!(view.contains("<title id="));
    // The shell's module tags and script stay: the app takes over from here.
    assert!(html.contains("perak:started"));
}

#[test]
fn a_language_without_its_own_text_reads_english_marked_as_such() {
    // The shipped texts are all translated; a motif whose meaning has no German text yet reads English
    // on the German page, marked as such, as the app's `Passage` does.
    let mut c = catalogue().clone();
    c.motifs[0].meaning.de = None;
    let id = c.motifs[0].id.clone();
    let shell = std::fs::read_to_string(root().join("index.html")).unwrap();
    let languages = Languages::from_project(root()).unwrap();
    let out = build(&c, &languages, &shell, &Site::new(BASE).unwrap()).unwrap();
    let path = routes::in_lang(Lang::De, &routes::motif(&id));
    let html = &out.pages.iter().find(|p| p.path == path).unwrap().html;
    assert!(
        html.contains("<p lang=\"en\">"),
        "the English passage is marked as English"
    );
    assert!(html.contains("class=\"fallback-note\" lang=\"de\""));
    // Its Indonesian page has no such note.
    let path = routes::motif(&id);
    let html = &out.pages.iter().find(|p| p.path == path).unwrap().html;
    assert!(!html.contains("fallback-note"));
}

#[test]
fn every_motif_and_workshop_has_a_page_listing_its_designs() {
    let c = catalogue();
    for m in &c.motifs {
        let html = &page(&routes::motif(&m.id)).html;
        for d in c.designs_with_motif(&m.id) {
            assert!(
                html.contains(&format!("href=\"{}\"", routes::design(&d.id))),
                "{}: {}",
                m.id,
                d.id
            );
        }
    }
    for w in &c.workshops {
        let html = &page(&routes::in_lang(Lang::En, &routes::workshop(&w.id))).html;
        for d in c.designs_by_workshop(&w.id) {
            let href = routes::in_lang(Lang::En, &routes::design(&d.id));
            assert!(
                html.contains(&format!("href=\"{href}\"")),
                "{}: {href}",
                w.id
            );
        }
    }
}

#[test]
fn every_link_on_a_page_leads_to_a_written_page_or_a_route_the_shell_answers() {
    let written: std::collections::HashSet<&str> =
        made().pages.iter().map(|p| p.path.as_str()).collect();
    let shell_routes = [
        routes::HOME,
        routes::CATALOGUE,
        routes::COMPARE,
        routes::SHORTLIST,
        routes::OUTBOX,
    ];
    for p in &made().pages {
        let view = &p.html[p.html.find("<div id=\"first-paint\"").unwrap()..];
        for href in view.split("<a ").skip(1).filter_map(|a| {
            let start = a.find("href=\"")? + 6;
            Some(&a[start..start + a[start..].find('"')?])
        }) {
            let href = unescape(href);
            // In the page's language: Indonesian addresses have no prefix.
            let expected = (p.lang != Lang::Id).then_some(p.lang);
            assert_eq!(routes::split_lang(&href).0, expected, "{}: {href}", p.path);
            let route = routes::split_lang(&href).1;
            let route = route.split('?').next().unwrap_or(route);
            assert!(
                written.contains(href.as_str()) || shell_routes.contains(&route),
                "{}: a link to {href}, which nothing answers",
                p.path
            );
        }
    }
}

#[test]
fn the_sitemap_lists_every_page_with_its_languages_and_robots_names_it() {
    let site = Site::new(BASE).unwrap();
    let xml = sitemap(&made().pages, &site);
    let doc = roxmltree::Document::parse(&xml).expect("the sitemap is XML");
    let ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    assert_eq!(doc.root_element().tag_name().namespace(), Some(ns));
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name((ns, "loc")))
        .filter_map(|n| n.text())
        .collect();
    for d in &catalogue().designs {
        for lang in Lang::ALL {
            let url = format!("{BASE}{}", routes::in_lang(lang, &routes::design(&d.id)));
            assert!(locs.contains(&url.as_str()), "the sitemap lacks {url}");
        }
    }
    assert!(locs.contains(&format!("{BASE}/").as_str()), "the home page");
    assert!(
        locs.contains(&format!("{BASE}/en/catalogue").as_str()),
        "the English catalogue"
    );
    assert!(
        locs.contains(&format!("{BASE}/de/pairs").as_str()),
        "the German pairs page"
    );
    // Every written page, and the Indonesian home page (the shell).
    assert_eq!(locs.len(), made().pages.len() + 1);

    let robots = robots(&site);
    assert!(robots.contains(&format!("Sitemap: {BASE}/sitemap.xml")));
    assert!(robots.contains("Disallow: /staff\n") && robots.contains("Disallow: /en/studio\n"));
}

#[test]
fn the_site_address_must_be_an_absolute_http_address() {
    assert_eq!(
        Site::new("https://perak.example.id/").unwrap().url("/x"),
        "https://perak.example.id/x"
    );
    for bad in [
        "perak.example.id",
        "ftp://perak.example.id",
        "https://",
        "https://a b",
    ] {
        let e = Site::new(bad).unwrap_err();
        assert!(e.contains("base URL"), "{bad}: {e}");
    }
}

#[test]
fn pages_go_to_html_files_the_server_answers_for_their_address() {
    assert_eq!(file_for("/designs/ring-kawung"), "designs/ring-kawung.html");
    assert_eq!(file_for("/en/motifs/kawung"), "en/motifs/kawung.html");
    assert_eq!(file_for("/"), "index.html");
    assert_eq!(file_for("/en/"), "en/index.html");
    let caddy = std::fs::read_to_string(root().join("scripts/site.caddy")).unwrap();
    assert!(
        caddy.contains("@prerendered file {path}.html {path}index.html {path}/index.html"),
        "the server maps addresses to the files"
    );
}

#[test]
fn every_picture_is_1200_by_630_and_names_its_design_and_the_village() {
    for p in &made().pictures {
        assert!(
            p.svg.contains(&format!(
                "width=\"{PICTURE_WIDTH}\" height=\"{PICTURE_HEIGHT}\""
            )),
            "{}",
            p.path
        );
        assert!(p.svg.contains(preview::PLACE), "{}", p.path);
    }
    let c = catalogue();
    let ring = c.design("ring-kawung").unwrap();
    let id = made()
        .pictures
        .iter()
        .find(|p| p.path == preview::design_path(ring, Lang::Id))
        .unwrap();
    assert!(id.svg.contains(">Cincin Kawung</text>"));
    // Pictures are per language a name is written in, never one per page.
    assert!(made().pictures.len() < made().pages.len());
}

#[test]
fn long_titles_wrap_between_words_into_at_most_three_lines() {
    assert_eq!(preview::wrap("Cincin Kawung", 18, 3), ["Cincin Kawung"]);
    assert_eq!(
        preview::wrap("Kalung Surya Majapahit dengan granulasi halus", 18, 3),
        ["Kalung Surya", "Majapahit dengan", "granulasi halus"]
    );
    let cut = preview::wrap(
        "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd",
        8,
        2,
    );
    assert_eq!(cut.len(), 2);
    assert!(cut[1].ends_with('…'));
    for line in preview::wrap("Supercalifragilisticexpialidocious ring", 18, 3) {
        assert!(line.chars().count() <= 18, "{line}");
    }
}

#[test]
fn the_catalogue_pairs_and_home_pages_are_written_in_every_language() {
    let c = catalogue();
    for lang in Lang::ALL {
        let catalogue_page = &page(&routes::in_lang(lang, routes::CATALOGUE)).html;
        assert_eq!(
            catalogue_page.matches("<li class=\"card\">").count(),
            perak_batankrajan::domain::browse::PAGE_SIZE.min(c.designs.len()),
            "{lang:?}: the catalogue's first page of cards"
        );
        let pairs = &page(&routes::in_lang(lang, routes::PAIRS)).html;
        for p in c.pairs() {
            let title = format!("{} × {}", p.motif.name.get(lang), p.trend.name.get(lang));
            assert!(
                unescape(pairs).contains(&format!("<h2>{title}</h2>")),
                "{lang:?}: the pair {title}"
            );
        }
        assert!(
            pairs.contains("class=\"trend-sources\""),
            "the trends' sources"
        );
        let home = routes::in_lang(lang, routes::HOME);
        if lang == Lang::Id {
            assert!(
                made().pages.iter().all(|p| p.path != home),
                "the shell is the Indonesian home"
            );
        } else {
            let html = &page(&home).html;
            assert!(html.contains(&format!(
                "href=\"{}\"",
                routes::in_lang(lang, routes::CATALOGUE)
            )));
            assert!(
                html.contains("first-paint-home"),
                "the home page's own view"
            );
        }
    }
    assert_eq!(
        file_for(&routes::in_lang(Lang::De, routes::HOME)),
        "de/index.html"
    );
}
