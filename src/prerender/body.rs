//! What a pre-rendered page shows before the app arrives: the content a person sees first, with the
//! app's classes and texts, so that the app's page takes its place where it stands.

use serde_json::json;

use super::{Meta, PictureRef, Site, preview};
use crate::domain::browse::{BrowseQuery, BrowseResult, Browser};
use crate::domain::pricing::format::{self, Currency};
use crate::domain::pricing::price::quote;
use crate::domain::render::{ArtSpec, ArtText, escape_xml, render_svg, svg_data_url};
use crate::domain::studio::compare::{CompareQuery, Mode};
use crate::domain::{Catalogue, Design, ItemRef, Lang, Localized, Motif, Source, Workshop};
use crate::first_paint::{Texts, art_description, card, header};
use crate::routes;

/// One page's head and first view.
pub(crate) struct Made {
    pub meta: Meta,
    pub body: String,
}

/// The catalogue's first page, unfiltered, in its default order: the same in every language, so found
/// once (a `Browser` indexes the whole catalogue).
pub(crate) fn first_page(catalogue: &Catalogue) -> BrowseResult {
    Browser::new(catalogue).browse_page(&BrowseQuery::default())
}

pub(crate) fn all(
    catalogue: &Catalogue,
    first: &BrowseResult,
    t: &Texts,
    lang: Lang,
    site: &Site,
) -> Result<Vec<Made>, String> {
    // The Indonesian home page is the shell itself (`index.html`, its first view from `first_paint`).
    let mut out = Vec::new();
    if lang != Lang::Id {
        out.push(home(catalogue, t, lang)?);
    }
    out.push(catalogue_page(catalogue, first, t, lang)?);
    out.push(pairs(catalogue, t, lang)?);
    for d in &catalogue.designs {
        out.push(design(catalogue, d, t, lang, site)?);
    }
    for m in &catalogue.motifs {
        out.push(motif(catalogue, m, t, lang)?);
    }
    for w in &catalogue.workshops {
        out.push(workshop(catalogue, w, t, lang)?);
    }
    Ok(out)
}

/// A catalogue text in `lang`, marked as English where it falls back (as the app's `Passage` does).
fn passage(text: &Localized, t: &Texts, lang: Lang) -> Result<String, String> {
    let (shown, actual) = text.resolve(lang);
    Ok(if actual == lang {
        format!("<p>{}</p>", escape_xml(shown))
    } else {
        format!(
            "<p lang=\"{}\">{} <span class=\"fallback-note\" lang=\"{}\">{}</span></p>",
            actual.code(),
            escape_xml(shown),
            lang.code(),
            t.get("content_in_english", &[])?
        )
    })
}

/// A date as the app writes it (`labels::date`).
pub(crate) fn date(t: &Texts, iso: &str) -> Result<String, String> {
    let Some((year, month, day)) = format::date_parts(iso) else {
        return Ok(iso.to_owned());
    };
    t.raw(
        "date_format",
        &[
            ("day", &day.to_string()),
            ("month", &t.raw(&format!("month_{month}"), &[])?),
            ("year", &year.to_string()),
        ],
    )
}

fn link(lang: Lang, route: &str, text: &str) -> String {
    format!(
        "<a href=\"{}\">{}</a>",
        escape_xml(&routes::in_lang(lang, route)),
        escape_xml(text)
    )
}

fn design(
    catalogue: &Catalogue,
    d: &Design,
    t: &Texts,
    lang: Lang,
    site: &Site,
) -> Result<Made, String> {
    let route = routes::design(&d.id);
    let name = d.name.get(lang);
    let form = t.raw(&format!("form_{}", d.form.key()), &[])?;
    let workshop = catalogue.workshop(&d.workshop);
    let workshop_name = workshop.map(|w| w.name.as_str()).unwrap_or_default();
    // The variant the app's design page starts on: the middle size, the design's own finish.
    let sizes = d.sizes();
    let size = sizes.get(sizes.len() / 2).map(String::as_str);
    let weight = d.variant_weight(size, Some(d.finish));
    let price = quote(&catalogue.settings, d, size, Some(d.finish));
    let silver = &catalogue.settings.silver_price;
    let summary = t.raw(
        "design_description",
        &[
            ("form", &form),
            ("fineness", &d.fineness.to_string()),
            ("workshop", workshop_name),
            ("weight", &format::decimal(d.weight_g, 1, lang)),
        ],
    )?;
    // In the currency the app shows this reader first (euros for German, French and Dutch).
    let rates = &catalogue.settings.rates;
    let currency = Currency::default_for(lang);
    let price_text = match &price {
        Some(p) => format::amount(p.idr, currency, rates, lang),
        None => t.raw("price_on_request", &[])?,
    };
    let description = format!("{price_text} · {summary}");

    let motif = catalogue.lead_motif(d);
    let art_description = art_description(catalogue, d, t, lang)?;
    let drawing = render_svg(
        &ArtSpec::for_design(d, motif),
        &ArtText {
            title: name,
            description: &art_description,
        },
    );
    let price_html = match &price {
        Some(p) => format!(
            concat!(
                "<div class=\"price\"><p class=\"price-idr\">{}</p><p class=\"price-fx\">{}</p>",
                "<p class=\"price-basis\">{}</p></div>"
            ),
            escape_xml(&price_text),
            t.get(
                "price_also",
                &[(
                    "amounts",
                    &format::other_amounts(p.idr, currency, rates, lang)
                )]
            )?,
            t.get(
                "price_basis",
                &[
                    (
                        "silver",
                        &format::rupiah(u64::from(silver.idr_per_gram), lang)
                    ),
                    ("date", &date(t, &silver.date)?),
                    ("rates_date", &date(t, &catalogue.settings.rates.date)?),
                ],
            )?
        ),
        None => format!(
            "<p class=\"price price-request\">{}</p>",
            t.get("price_on_request", &[])?
        ),
    };
    let motifs = d
        .motifs
        .iter()
        .filter_map(|id| catalogue.motif(id))
        .map(|m| link(lang, &routes::motif(&m.id), m.name.get(lang)))
        .collect::<Vec<_>>()
        .join(" ");
    let techniques = d
        .techniques
        .iter()
        .map(|x| t.raw(&format!("technique_{}", x.key()), &[]))
        .collect::<Result<Vec<_>, _>>()?
        .join(", ");
    let dims = d.dimensions;
    let specs = [
        (
            "label_weight",
            t.get(
                "weight_grams",
                &[("weight", &format::decimal(weight, 1, lang))],
            )?,
        ),
        ("label_motifs", motifs),
        ("label_techniques", escape_xml(&techniques)),
        ("label_fineness", escape_xml(&fineness(d, t, lang)?)),
        (
            "label_size",
            t.get(
                "dimensions_mm",
                &[
                    ("width", &format::decimal(dims.width_mm, 1, lang)),
                    ("height", &format::decimal(dims.height_mm, 1, lang)),
                    ("depth", &format::decimal(dims.depth_mm, 1, lang)),
                ],
            )?,
        ),
        (
            "label_date",
            format!(
                "<time datetime=\"{}\">{}</time>",
                escape_xml(&d.date),
                escape_xml(&date(t, &d.date)?)
            ),
        ),
    ]
    .into_iter()
    .map(|(label, value)| Ok(format!("<dt>{}</dt><dd>{value}</dd>", t.get(label, &[])?)))
    .collect::<Result<String, String>>()?;
    let own_description = match &d.description {
        Some(text) => passage(text, t, lang)?,
        None => String::new(),
    };
    let workshop_html = match workshop {
        Some(w) => format!(
            "<section class=\"workshop-card\"><h2>{}{}</h2><p class=\"muted\">{}</p>{}</section>",
            link(lang, &routes::workshop(&w.id), &w.name),
            sample_badge(w, t)?,
            escape_xml(&w.village),
            passage(&w.story, t, lang)?
        ),
        None => String::new(),
    };
    let body = format!(
        concat!(
            "{header}<main><article class=\"design-page\">",
            "<a class=\"back-link\" href=\"{back}\">{back_text}</a>",
            "<div class=\"design-layout\"><div class=\"design-views\"><div class=\"zoom\">",
            "<div class=\"zoom-viewport\"><div class=\"zoom-content\"><div class=\"art art-large\">{drawing}</div>",
            "</div></div></div></div>",
            "<div class=\"design-info\"><h1>{name}</h1><p class=\"design-sub\">{form} · {workshop}</p>",
            "{own_description}{price}<dl class=\"specs\">{specs}</dl></div></div>{workshop_card}{related}",
            "</article></main>"
        ),
        header = header(t, Some(lang))?,
        back = escape_xml(&routes::in_lang(lang, routes::CATALOGUE)),
        back_text = t.get("design_back", &[])?,
        drawing = drawing,
        name = escape_xml(name),
        form = escape_xml(&form),
        workshop = escape_xml(workshop_name),
        own_description = own_description,
        price = price_html,
        specs = specs,
        workshop_card = workshop_html,
        related = related(catalogue, d, t, lang)?,
    );

    let picture = preview::design_path(d, lang);
    let mut product = json!({
        "@context": "https://schema.org",
        "@type": "Product",
        "name": name,
        "description": d.description.as_ref().map_or(summary.as_str(), |text| text.get(lang)),
        "sku": d.id,
        "url": site.url(&routes::in_lang(lang, &route)),
        "image": site.url(&picture),
        "category": form,
        "material": fineness(d, t, lang)?,
        "weight": { "@type": "QuantitativeValue", "value": weight, "unitCode": "GRM" },
        "brand": { "@type": "Brand", "name": workshop_name },
    });
    // A price on request has no offer to state: schema.org's Offer needs a price to mean anything.
    if let Some(p) = &price {
        product["offers"] = json!({
            "@type": "Offer",
            "price": p.idr.to_string(),
            "priceCurrency": "IDR",
            // The day the silver price it was computed from was set: the price holds from then.
            "validFrom": silver.date,
            "availability": "https://schema.org/MadeToOrder",
            "url": site.url(&routes::in_lang(lang, &route)),
            "seller": { "@type": "Organization", "name": workshop_name },
        });
    }
    Ok(Made {
        meta: Meta {
            route,
            title: name.to_owned(),
            description,
            kind: "product",
            picture: Some(PictureRef {
                path: picture,
                alt: art_description,
            }),
            json_ld: Some(product),
        },
        body,
    })
}

/// The design page's suggestions, as its `RelatedDesigns` shows them.
fn related(catalogue: &Catalogue, d: &Design, t: &Texts, lang: Lang) -> Result<String, String> {
    let (by_motif, by_form) = catalogue.related(d);
    [("related_motif", by_motif), ("related_form", by_form)]
        .into_iter()
        .filter(|(_, designs)| !designs.is_empty())
        .map(|(heading, designs)| {
            Ok(format!(
                "<section class=\"related\"><h2>{}</h2><ul class=\"card-grid\">{}</ul></section>",
                t.get(heading, &[])?,
                cards(catalogue, designs.into_iter(), t, lang)?
            ))
        })
        .collect()
}

/// The badge `WorkshopCard` shows on a workshop of the sample data.
fn sample_badge(w: &Workshop, t: &Texts) -> Result<String, String> {
    Ok(if w.sample {
        format!(
            "<span class=\"badge\" title=\"{}\">{}</span>",
            t.get("sample_note", &[])?,
            t.get("sample_badge", &[])?
        )
    } else {
        String::new()
    })
}

/// A design's fineness as the app words it ("925 (92.5% silver)").
fn fineness(d: &Design, t: &Texts, lang: Lang) -> Result<String, String> {
    t.raw(
        "fineness_value",
        &[
            ("value", &d.fineness.to_string()),
            (
                "percent",
                &format::decimal(f64::from(d.fineness) / 10.0, 1, lang),
            ),
        ],
    )
}

/// A list of design cards, as the motif and workshop pages show them.
fn cards<'a>(
    catalogue: &Catalogue,
    designs: impl Iterator<Item = &'a Design>,
    t: &Texts,
    lang: Lang,
) -> Result<String, String> {
    designs
        .map(|d| card(catalogue, d, t, lang, Some(lang)))
        .collect()
}

/// Sources as the motif page and `TrendSources` list them: title, publisher, year.
fn sources_list(sources: &[Source]) -> String {
    sources
        .iter()
        .map(|s| {
            format!(
                "<li><cite>{}</cite>, {}, {}</li>",
                escape_xml(&s.title),
                escape_xml(&s.publisher),
                s.year
            )
        })
        .collect()
}

fn motif(catalogue: &Catalogue, m: &Motif, t: &Texts, lang: Lang) -> Result<Made, String> {
    let route = routes::motif(&m.id);
    let name = m.name.get(lang);
    let sources = sources_list(&m.sources);
    let body = format!(
        concat!(
            "{header}<main><article class=\"story-page\"><p class=\"eyebrow\">{eyebrow}</p><h1>{name}</h1>",
            "<div class=\"story\"><h2>{meaning_h}</h2>{meaning}<h2>{history_h}</h2>{history}",
            "<h2>{sources_h}</h2><ul class=\"sources\">{sources}</ul></div>",
            "<section class=\"related\"><h2>{designs_h}</h2><ul class=\"card-grid\">{cards}</ul></section>",
            "</article></main>"
        ),
        header = header(t, Some(lang))?,
        eyebrow = t.get("motif_eyebrow", &[])?,
        name = escape_xml(name),
        meaning_h = t.get("motif_meaning", &[])?,
        meaning = passage(&m.meaning, t, lang)?,
        history_h = t.get("motif_history", &[])?,
        history = passage(&m.history, t, lang)?,
        sources_h = t.get("motif_sources", &[])?,
        sources = sources,
        designs_h = t.get("motif_designs", &[])?,
        cards = cards(catalogue, catalogue.designs_with_motif(&m.id), t, lang)?,
    );
    Ok(Made {
        meta: Meta {
            route,
            title: name.to_owned(),
            description: m.meaning.get(lang).to_owned(),
            kind: "article",
            picture: preview::motif_path(catalogue, m, lang).map(|path| PictureRef {
                path,
                alt: name.to_owned(),
            }),
            json_ld: None,
        },
        body,
    })
}

fn workshop(catalogue: &Catalogue, w: &Workshop, t: &Texts, lang: Lang) -> Result<Made, String> {
    let route = routes::workshop(&w.id);
    let body = format!(
        concat!(
            "{header}<main><article class=\"story-page\"><p class=\"eyebrow\">{eyebrow}</p><h1>{name}</h1>",
            "<section class=\"workshop-card\"><h2>{name}{badge}</h2><p class=\"muted\">{village}</p>{story}</section>",
            "<section class=\"related\"><h2>{designs_h}</h2><ul class=\"card-grid\">{cards}</ul></section>",
            "</article></main>"
        ),
        header = header(t, Some(lang))?,
        eyebrow = t.get("workshop_eyebrow", &[])?,
        name = escape_xml(&w.name),
        badge = sample_badge(w, t)?,
        village = escape_xml(&w.village),
        story = passage(&w.story, t, lang)?,
        designs_h = t.get("workshop_designs", &[])?,
        cards = cards(catalogue, catalogue.designs_by_workshop(&w.id), t, lang)?,
    );
    Ok(Made {
        meta: Meta {
            route,
            title: w.name.clone(),
            description: w.story.get(lang).to_owned(),
            kind: "profile",
            picture: preview::workshop_path(catalogue, w).map(|path| PictureRef {
                path,
                alt: w.name.clone(),
            }),
            json_ld: None,
        },
        body,
    })
}

/// The site's picture for pages about the whole catalogue: its first featured design.
fn site_picture(
    catalogue: &Catalogue,
    t: &Texts,
    lang: Lang,
) -> Result<Option<PictureRef>, String> {
    Ok(match catalogue.featured(1).first() {
        Some(d) => Some(PictureRef {
            path: preview::design_path(d, lang),
            alt: t.raw("app_tagline", &[])?,
        }),
        None => None,
    })
}

/// The home page in another language than Indonesian: the first view `index.html` shows, in `lang`.
fn home(catalogue: &Catalogue, t: &Texts, lang: Lang) -> Result<Made, String> {
    Ok(Made {
        meta: Meta {
            route: routes::HOME.to_owned(),
            title: t.raw("home_title", &[])?,
            description: t.raw("home_description", &[])?,
            kind: "website",
            picture: site_picture(catalogue, t, lang)?,
            json_ld: None,
        },
        body: crate::first_paint::home_view(catalogue, t, lang, Some(lang))?,
    })
}

/// The catalogue's first page (`first_page`).
fn catalogue_page(
    catalogue: &Catalogue,
    result: &BrowseResult,
    t: &Texts,
    lang: Lang,
) -> Result<Made, String> {
    let count = match result.total {
        1 => t.get("result_count_one", &[])?,
        n => t.get(
            "result_count",
            &[("count", &format::decimal(n as f64, 0, lang))],
        )?,
    };
    let designs = result
        .items
        .iter()
        .filter_map(|i| catalogue.designs.get(*i));
    let body = format!(
        concat!(
            "{header}<main><h1 class=\"page-title\">{title}</h1><div class=\"browse\">",
            "<div class=\"browse-top\"><div class=\"toolbar\"><p class=\"count\">{count}</p></div></div>",
            "<div class=\"browse-body\"><section class=\"results\" aria-labelledby=\"results-heading\">",
            // The app's page has the filters' heading here; without the filters, the results' own
            // keeps the headings in order (h1, h2, then the cards' h3).
            "<h2 id=\"results-heading\" class=\"visually-hidden\">{results}</h2>",
            "<ul class=\"card-grid\">{cards}</ul></section></div></div></main>"
        ),
        header = header(t, Some(lang))?,
        title = t.get("catalogue_title", &[])?,
        count = count,
        results = t.get("results_label", &[])?,
        cards = cards(catalogue, designs, t, lang)?,
    );
    Ok(Made {
        meta: Meta {
            route: routes::CATALOGUE.to_owned(),
            title: t.raw("catalogue_title", &[])?,
            description: t.raw("catalogue_description", &[])?,
            kind: "website",
            picture: site_picture(catalogue, t, lang)?,
            json_ld: None,
        },
        body,
    })
}

/// The curated pairs, each a motif and a trend reference drawn side by side with the curators' note,
/// the trend's sources and a link into the compare studio.
fn pairs(catalogue: &Catalogue, t: &Texts, lang: Lang) -> Result<Made, String> {
    let mut items = String::new();
    for p in catalogue.pairs() {
        let title = format!("{} × {}", p.motif.name.get(lang), p.trend.name.get(lang));
        let art = |item: ItemRef, kind: &str| -> Result<String, String> {
            let (Some(spec), Some(name)) =
                (catalogue.item_art(&item), catalogue.item_name(&item, lang))
            else {
                return Ok(String::new());
            };
            // As an image: a motif in two pairs would otherwise put its drawing's ids in the page twice.
            let svg = render_svg(
                &spec,
                &ArtText {
                    title: &name,
                    description: &t.raw(kind, &[])?,
                },
            );
            Ok(format!(
                "<div class=\"art\"><img src=\"{}\" alt=\"{}\" width=\"240\" height=\"240\"></div>",
                escape_xml(&svg_data_url(&svg)),
                escape_xml(&name)
            ))
        };
        let href = routes::compare(&CompareQuery {
            left: Some(ItemRef::motif(p.motif.id.as_str())),
            right: Some(ItemRef::trend(p.trend.id.as_str())),
            mode: Mode::Side,
            ..CompareQuery::default()
        });
        let sources = sources_list(&p.trend.sources);
        items.push_str(&format!(
            concat!(
                "<li class=\"pair\"><div class=\"pair-art\">{motif}{trend}</div><h2>{title}</h2>{note}",
                "<details class=\"trend-sources\"><summary>{sources_h}</summary><ul class=\"sources\">{sources}</ul></details>",
                "<p class=\"actions\"><a href=\"{href}\" class=\"button\">{open}</a></p></li>"
            ),
            motif = art(ItemRef::motif(p.motif.id.as_str()), "kind_motif")?,
            trend = art(ItemRef::trend(p.trend.id.as_str()), "kind_trend")?,
            title = escape_xml(&title),
            note = passage(p.note, t, lang)?,
            sources_h = t.get("trend_sources", &[])?,
            sources = sources,
            href = escape_xml(&routes::in_lang(lang, &href)),
            open = t.get("pairs_open", &[("name", &title)])?,
        ));
    }
    let body = format!(
        concat!(
            "{header}<main><h1 class=\"page-title\">{title}</h1><p class=\"lede\">{intro}</p>",
            "<ul class=\"pairs\">{items}</ul></main>"
        ),
        header = header(t, Some(lang))?,
        title = t.get("pairs_title", &[])?,
        intro = t.get("pairs_intro", &[])?,
        items = items,
    );
    Ok(Made {
        meta: Meta {
            route: routes::PAIRS.to_owned(),
            title: t.raw("pairs_title", &[])?,
            description: t.raw("pairs_description", &[])?,
            kind: "website",
            picture: preview::pairs_path(catalogue, lang).map(|path| PictureRef {
                path,
                alt: t.raw("pairs_title", &[]).unwrap_or_default(),
            }),
            json_ld: None,
        },
        body,
    })
}
