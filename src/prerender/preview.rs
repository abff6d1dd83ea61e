//! The link-preview pictures (1200×630): a design's drawing from the app's renderer beside its name and
//! the village's, as SVG; `examples/prerender.rs` rasterises them (link previews show no SVG).

use super::{PICTURE_HEIGHT, PICTURE_WIDTH, Picture};
use crate::domain::render::{ArtSpec, ArtText, escape_xml, render_svg};
use crate::domain::{Catalogue, Design, ItemRef, Lang, Motif, Workshop};
use crate::first_paint::Texts;

/// The village, as every picture names it: proper names, the same in every language.
pub const PLACE: &str = "Batankrajan · Gedeg · Mojokerto";

/// The typeface the pictures' text is set in (the app's body face, as TrueType).
/// (Quoted where it is used: CSS reads an unquoted "3" as a number, and the name as no family.)
pub const FONT_FAMILY: &str = "Source Sans 3";

/// A design's picture for a reader of `lang`: one per language its name is written in.
pub fn design_path(d: &Design, lang: Lang) -> String {
    format!("/og/designs/{}.{}.jpg", d.id, d.name.resolve(lang).1.code())
}

/// A motif's picture (a design of it, drawn), if any design has it.
pub fn motif_path(catalogue: &Catalogue, m: &Motif, lang: Lang) -> Option<String> {
    catalogue
        .designs_with_motif(&m.id)
        .next()
        .map(|_| format!("/og/motifs/{}.{}.jpg", m.id, m.name.resolve(lang).1.code()))
}

/// A workshop's picture (its first design, drawn), if it has designs. Its name is not translated.
pub fn workshop_path(catalogue: &Catalogue, w: &Workshop) -> Option<String> {
    catalogue
        .designs_by_workshop(&w.id)
        .next()
        .map(|_| format!("/og/workshops/{}.jpg", w.id))
}

/// The curated pairs page's picture: its first pair, motif and trend side by side.
pub fn pairs_path(catalogue: &Catalogue, lang: Lang) -> Option<String> {
    (!catalogue.pairs().is_empty()).then(|| format!("/og/pairs.{}.jpg", lang.code()))
}

/// The pictures whose text is in `lang` (`t` its texts).
pub(crate) fn all(catalogue: &Catalogue, t: &Texts, lang: Lang) -> Result<Vec<Picture>, String> {
    let mut out = Vec::new();
    for d in &catalogue.designs {
        if d.name.resolve(lang).1 != lang {
            continue;
        }
        let form = t.raw(&format!("form_{}", d.form.key()), &[])?;
        let workshop = catalogue
            .workshop(&d.workshop)
            .map(|w| w.name.as_str())
            .unwrap_or_default();
        out.push(Picture {
            path: design_path(d, lang),
            svg: picture(
                catalogue,
                d,
                d.name.get(lang),
                &format!("{form} · {workshop}"),
            ),
        });
    }
    for m in &catalogue.motifs {
        if m.name.resolve(lang).1 != lang {
            continue;
        }
        let (Some(path), Some(d)) = (
            motif_path(catalogue, m, lang),
            catalogue.designs_with_motif(&m.id).next(),
        ) else {
            continue;
        };
        let eyebrow = t.raw("motif_eyebrow", &[])?;
        out.push(Picture {
            path,
            svg: picture(catalogue, d, m.name.get(lang), &eyebrow),
        });
    }
    if let (Some(path), Some(first)) = (pairs_path(catalogue, lang), catalogue.pairs().first()) {
        let drawings = [
            ItemRef::motif(first.motif.id.as_str()),
            ItemRef::trend(first.trend.id.as_str()),
        ]
        .iter()
        .filter_map(|item| {
            let name = catalogue.item_name(item, lang)?;
            Some(render_svg(
                &catalogue.item_art(item)?,
                &ArtText {
                    title: &name,
                    description: "",
                },
            ))
        })
        .collect();
        let subtitle = format!(
            "{} × {}",
            first.motif.name.get(lang),
            first.trend.name.get(lang)
        );
        out.push(Picture {
            path,
            svg: layout(drawings, &t.raw("pairs_title", &[])?, &subtitle),
        });
    }
    if lang == Lang::Id {
        for w in &catalogue.workshops {
            let (Some(path), Some(d)) = (
                workshop_path(catalogue, w),
                catalogue.designs_by_workshop(&w.id).next(),
            ) else {
                continue;
            };
            out.push(Picture {
                path,
                svg: picture(catalogue, d, &w.name, &w.village),
            });
        }
    }
    Ok(out)
}

/// The layout: the drawing on the left, the site's name, the title (up to three lines), a subtitle and
/// the village on the right, in the app's colours.
fn picture(catalogue: &Catalogue, d: &Design, title: &str, subtitle: &str) -> String {
    let drawing = render_svg(
        &ArtSpec::for_design(d, catalogue.lead_motif(d)),
        &ArtText {
            title,
            description: "",
        },
    );
    layout(vec![drawing], title, subtitle)
}

/// One drawing large on the left, or two side by side there.
fn layout(drawings: Vec<String>, title: &str, subtitle: &str) -> String {
    let boxes: &[(u32, u32, u32)] = match drawings.len() {
        1 => &[(40, 40, 550)],
        _ => &[(30, 170, 290), (325, 170, 290)],
    };
    // Nested in the picture at a size of their own; each drawing keeps its viewBox.
    let drawing: String = drawings
        .iter()
        .zip(boxes)
        .map(|(svg, (x, y, size))| {
            svg.replacen(
                "<svg ",
                &format!("<svg x=\"{x}\" y=\"{y}\" width=\"{size}\" height=\"{size}\" "),
                1,
            )
        })
        .collect();
    let lines = wrap(title, 18, 3);
    let line_height = 70;
    let top = 200;
    let title_svg: String = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            format!(
                "<text x=\"640\" y=\"{}\" font-size=\"62\" font-weight=\"600\" fill=\"#f7f2ea\">{}</text>",
                top + i * line_height,
                escape_xml(line)
            )
        })
        .collect();
    let subtitle_y = top + lines.len() * line_height + 10;
    format!(
        concat!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" ",
            "font-family=\"'{font}'\">",
            "<rect width=\"{w}\" height=\"{h}\" fill=\"#2b2622\"/>{drawing}",
            "<text x=\"640\" y=\"110\" font-size=\"30\" font-weight=\"600\" letter-spacing=\"3\" fill=\"#c9b99a\">",
            "PERAK BATANKRAJAN</text>",
            "<rect x=\"640\" y=\"130\" width=\"80\" height=\"4\" fill=\"#c9b99a\"/>",
            "{title}",
            "<text x=\"640\" y=\"{sub_y}\" font-size=\"34\" fill=\"#d8d0c4\">{subtitle}</text>",
            "<text x=\"640\" y=\"570\" font-size=\"30\" fill=\"#c9b99a\">{place}</text>",
            "</svg>"
        ),
        w = PICTURE_WIDTH,
        h = PICTURE_HEIGHT,
        font = FONT_FAMILY,
        drawing = drawing,
        title = title_svg,
        sub_y = subtitle_y,
        subtitle = escape_xml(&truncate(subtitle, 30)),
        place = escape_xml(PLACE),
    )
}

/// `text` in lines of at most `width` characters, broken between words, at most `max` lines (the last
/// one cut with an ellipsis when the text is longer).
pub fn wrap(text: &str, width: usize, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            *last = format!(
                "{}…",
                truncate(last, width.saturating_sub(1)).trim_end_matches('…')
            );
        }
    }
    lines
        .into_iter()
        .map(|line| truncate(&line, width))
        .collect()
}

/// At most `n` characters, an ellipsis standing for the rest.
fn truncate(text: &str, n: usize) -> String {
    if text.chars().count() <= n {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(n.saturating_sub(1)).collect();
    out.push('…');
    out
}
