//! Every public page as its own HTML file, for readers that run no script: WhatsApp's, Telegram's and
//! Facebook's link previews, search engines, and a visitor on a slow connection before the app's module
//! has arrived. `examples/prerender.rs` (run by `scripts/build.sh`) writes them into `dist/`, each made
//! from the built `index.html`, so a page keeps the shell's stylesheet, module tags and security policy
//! and the app takes over in place, as it does on the home page's first view (`first_paint`).
//!
//! Why not the app's own components: they read the browser as they render (the language from the
//! address and storage, the display currency from storage, drawings made as cards scroll into view)
//! and the crate builds Leptos for the browser only (`csr`). These pages use the app's classes and
//! texts instead, from the same catalogue, renderer and translations; `tests/e2e_prerender.rs` fails
//! when what the app shows of a page differs from what the pre-rendered page says.

mod body;
pub mod preview;

use std::path::Path;

use serde::Deserialize;

use crate::domain::render::escape_xml;
use crate::domain::{Catalogue, Lang, load_from_dir};
use crate::first_paint::{END, START, Texts, splice};
use crate::routes;

/// Where the site is served from, for the absolute addresses link previews need (`og:image`,
/// canonical, sitemap). `site.json`'s `base_url`, or `PERAK_SITE_URL` when set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    base: String,
}

impl Site {
    /// `base` must be an `http` or `https` address with a host; a trailing slash is dropped.
    pub fn new(base: &str) -> Result<Site, String> {
        let base = base.trim().trim_end_matches('/');
        let host = base
            .strip_prefix("https://")
            .or_else(|| base.strip_prefix("http://"))
            .ok_or_else(|| {
                format!("the site's base URL `{base}` does not start with http:// or https://")
            })?;
        if host.is_empty() || host.contains(['?', '#', ' ', '"', '<', '>']) {
            return Err(format!(
                "the site's base URL `{base}` has no host, or a character an address cannot hold"
            ));
        }
        Ok(Site {
            base: base.to_owned(),
        })
    }

    /// The project's setting: `PERAK_SITE_URL` if set, else `site.json` at `root`.
    pub fn from_project(root: &Path) -> Result<Site, String> {
        if let Ok(url) = std::env::var("PERAK_SITE_URL") {
            return Site::new(&url);
        }
        #[derive(Deserialize)]
        struct File {
            base_url: String,
        }
        let text = std::fs::read_to_string(root.join("site.json"))
            .map_err(|e| format!("cannot read site.json: {e}"))?;
        let file: File = serde_json::from_str(&text)
            .map_err(|e| format!("site.json: {e} (expected {{\"base_url\": \"https://…\"}})"))?;
        Site::new(&file.base_url)
    }

    /// Whether the address is this machine's (the default in `site.json`, right for serving locally and
    /// for the tests, wrong for a site on the internet).
    pub fn is_local(&self) -> bool {
        let host = self.base.split("://").nth(1).unwrap_or_default();
        ["127.0.0.1", "localhost", "[::1]", "0.0.0.0"]
            .iter()
            .any(|local| host == *local || host.starts_with(&format!("{local}:")))
    }

    /// The absolute address of a site path (`/designs/x`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

/// The interface's texts in every language, each completed with English where its translation is not
/// finished (as the app does).
pub struct Languages(Vec<(Lang, Texts)>);

impl Languages {
    pub fn from_project(root: &Path) -> Result<Languages, String> {
        let read = |lang: Lang| {
            let path = format!("locales/{}.json", lang.code());
            let text = std::fs::read_to_string(root.join(&path))
                .map_err(|e| format!("cannot read {path}: {e}"))?;
            Texts::parse(&text).map_err(|e| format!("{path}: {e}"))
        };
        let en = read(Lang::En)?;
        let mut all = Vec::new();
        for lang in Lang::ALL {
            all.push((lang, read(lang)?.or(&en)));
        }
        Ok(Languages(all))
    }

    pub fn get(&self, lang: Lang) -> &Texts {
        // Every language is read in `from_project`; the first is there in any case.
        self.0
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(&self.0[0].1, |(_, t)| t)
    }
}

/// One written page.
#[derive(Clone, Debug)]
pub struct Page {
    /// Its address, language prefix included (`/en/designs/x`).
    pub path: String,
    pub lang: Lang,
    pub html: String,
}

impl Page {
    /// Where it goes under `dist/`: `/en/designs/x` is `en/designs/x.html` (the server answers the
    /// address with the file, see `scripts/site.caddy`).
    pub fn file(&self) -> String {
        file_for(&self.path)
    }
}

/// `dist/`'s file for a page's address.
pub fn file_for(path: &str) -> String {
    match path.trim_matches('/') {
        "" => "index.html".to_owned(),
        // A language's home page (`/en/`).
        rest if path.ends_with('/') => format!("{rest}/index.html"),
        rest => format!("{rest}.html"),
    }
}

/// A link-preview picture to draw: its address and its SVG (1200×630).
#[derive(Clone, Debug)]
pub struct Picture {
    pub path: String,
    pub svg: String,
}

/// What the build writes.
pub struct Output {
    pub pages: Vec<Page>,
    pub pictures: Vec<Picture>,
}

/// The size of every preview picture: what Facebook, WhatsApp and X show in full.
pub const PICTURE_WIDTH: u32 = 1200;
pub const PICTURE_HEIGHT: u32 = 630;

/// What a page says about itself in its head.
pub(crate) struct Meta {
    /// The page's address without a language (`/designs/x`).
    pub route: String,
    pub title: String,
    pub description: String,
    /// `og:type`.
    pub kind: &'static str,
    pub picture: Option<PictureRef>,
    pub json_ld: Option<serde_json::Value>,
}

/// A page's preview picture: where it is and what it shows.
pub(crate) struct PictureRef {
    pub path: String,
    pub alt: String,
}

/// Every page and picture of the catalogue: the home page (other than Indonesian, which is the shell),
/// the catalogue's first page, the curated pairs, each design, motif and workshop, in every language.
pub fn build(
    catalogue: &Catalogue,
    languages: &Languages,
    shell: &str,
    site: &Site,
) -> Result<Output, String> {
    let mut pages = Vec::new();
    let mut pictures = Vec::new();
    let first = body::first_page(catalogue);
    for lang in Lang::ALL {
        let t = languages.get(lang);
        for made in body::all(catalogue, &first, t, lang, site)? {
            pages.push(Page {
                path: routes::in_lang(lang, &made.meta.route),
                lang,
                html: page(shell, &made.meta, &made.body, lang, site)?,
            });
        }
    }
    // One picture per design, motif and workshop and per language its name is written in: a German
    // page of a design named only in Indonesian and English shows the English picture.
    let mut drawn = std::collections::HashSet::new();
    for lang in Lang::ALL {
        for picture in preview::all(catalogue, languages.get(lang), lang)? {
            if drawn.insert(picture.path.clone()) {
                pictures.push(picture);
            }
        }
    }
    Ok(Output { pages, pictures })
}

/// The shell with this page's language, head and first view.
fn page(shell: &str, meta: &Meta, body: &str, lang: Lang, site: &Site) -> Result<String, String> {
    let html = replace_once(
        shell,
        "<html lang=\"id\">",
        &format!("<html lang=\"{}\">", lang.code()),
    )?;
    let title_at = html.find("<title>").ok_or("the shell has no <title>")?;
    let title_end = html[title_at..]
        .find("</title>")
        .map(|i| title_at + i + "</title>".len())
        .ok_or("the shell's <title> is not closed")?;
    let html = format!(
        "{}{}{}",
        &html[..title_at],
        head(meta, lang, site),
        &html[title_end..]
    );
    // The view says its language, for the shell's script: a reader who chose another language here goes
    // to that language's page; one whose browser reads another sees the app's page instead of this one.
    splice(
        &html,
        &format!(
            "{START}\n<div id=\"first-paint\" data-lang=\"{}\">{body}</div>\n{END}",
            lang.code()
        ),
    )
}

fn replace_once(html: &str, from: &str, to: &str) -> Result<String, String> {
    match html.matches(from).count() {
        1 => Ok(html.replacen(from, to, 1)),
        n => Err(format!("the shell holds `{from}` {n} times, not once")),
    }
}

/// The head's title, description, canonical and alternate addresses, Open Graph and Twitter tags and
/// structured data.
fn head(meta: &Meta, lang: Lang, site: &Site) -> String {
    let url = site.url(&routes::in_lang(lang, &meta.route));
    let title = escape_xml(&format!("{} · Perak Batankrajan", meta.title));
    let description = escape_xml(&meta.description);
    let mut out = format!(
        "<title>{title}</title>\n    <meta name=\"description\" content=\"{description}\" data-prerendered />\n    \
         <link rel=\"canonical\" href=\"{url}\" />\n",
        url = escape_xml(&url),
    );
    for other in Lang::ALL {
        out.push_str(&format!(
            "    <link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />\n",
            other.code(),
            escape_xml(&site.url(&routes::in_lang(other, &meta.route)))
        ));
    }
    out.push_str(&format!(
        "    <link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\" />\n",
        escape_xml(&site.url(&meta.route))
    ));
    let og = [
        ("og:type", meta.kind.to_owned()),
        ("og:site_name", "Perak Batankrajan".to_owned()),
        ("og:title", meta.title.clone()),
        ("og:description", meta.description.clone()),
        ("og:url", url.clone()),
        ("og:locale", og_locale(lang).to_owned()),
    ];
    for (property, content) in og {
        out.push_str(&format!(
            "    <meta property=\"{property}\" content=\"{}\" />\n",
            escape_xml(&content)
        ));
    }
    out.push_str(&format!(
        "    <meta name=\"twitter:card\" content=\"{}\" />\n    <meta name=\"twitter:title\" content=\"{}\" />\n    \
         <meta name=\"twitter:description\" content=\"{description}\" />\n",
        if meta.picture.is_some() { "summary_large_image" } else { "summary" },
        escape_xml(&meta.title),
    ));
    if let Some(picture) = &meta.picture {
        let image = escape_xml(&site.url(&picture.path));
        let alt = escape_xml(&picture.alt);
        out.push_str(&format!(
            "    <meta property=\"og:image\" content=\"{image}\" />\n    \
             <meta property=\"og:image:type\" content=\"image/jpeg\" />\n    \
             <meta property=\"og:image:width\" content=\"{PICTURE_WIDTH}\" />\n    \
             <meta property=\"og:image:height\" content=\"{PICTURE_HEIGHT}\" />\n    \
             <meta property=\"og:image:alt\" content=\"{alt}\" />\n    \
             <meta name=\"twitter:image\" content=\"{image}\" />\n    \
             <meta name=\"twitter:image:alt\" content=\"{alt}\" />\n"
        ));
    }
    if let Some(data) = &meta.json_ld {
        // No `<` at all: `</script` would end the element early and `<!--` would change how it is read.
        let json = data.to_string().replace('<', "\\u003c");
        out.push_str(&format!(
            "    <script type=\"application/ld+json\">{json}</script>\n"
        ));
    }
    out.trim_end().to_owned()
}

/// Open Graph's locale for a language (a territory is required).
fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "id_ID",
        Lang::En => "en_US",
        Lang::De => "de_DE",
        Lang::Fr => "fr_FR",
        Lang::Nl => "nl_NL",
    }
}

/// `sitemap.xml`: every page, with its other languages as alternates.
pub fn sitemap(pages: &[Page], site: &Site) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let mut addresses: Vec<&str> = pages.iter().map(|p| p.path.as_str()).collect();
    // The Indonesian home page is the shell itself.
    addresses.insert(0, routes::HOME);
    for path in addresses {
        let route = routes::split_lang(path).1;
        out.push_str(&format!(
            "  <url>\n    <loc>{}</loc>\n",
            escape_xml(&site.url(path))
        ));
        for other in Lang::ALL {
            out.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />\n",
                other.code(),
                escape_xml(&site.url(&routes::in_lang(other, route)))
            ));
        }
        out.push_str("  </url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything public may be read; the staff's, studio's and device-only pages say
/// nothing to a search engine, and the sitemap is named.
pub fn robots(site: &Site) -> String {
    let mut out = String::from("User-agent: *\nAllow: /\n");
    for route in [
        routes::STAFF,
        routes::STUDIO,
        routes::INSIGHTS,
        routes::OUTBOX,
        routes::INQUIRY,
        routes::ATTRACT,
    ] {
        for lang in Lang::ALL {
            out.push_str(&format!("Disallow: {}\n", routes::in_lang(lang, route)));
        }
    }
    out.push_str(&format!("\nSitemap: {}\n", site.url("/sitemap.xml")));
    out
}

/// The whole build from the project at `root` (translations, `site.json`) and the built site at `dist`:
/// its shell (`index.html`) and its own data (`dist/data`), (`dist/data`), so that pages made again after the collective edited the
/// data on the host say what the site serves.
pub fn from_project(root: &Path, dist: &Path, shell: &str) -> Result<(Output, Site), String> {
    let catalogue = load_from_dir(&dist.join("data"))
        .map_err(|errors| format!("the catalogue does not load: {errors:?}"))?;
    let languages = Languages::from_project(root)?;
    let site = Site::from_project(root)?;
    Ok((build(&catalogue, &languages, shell, &site)?, site))
}
