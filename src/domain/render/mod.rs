//! Draws a piece of jewellery as SVG from its parameters alone.
//!
//! There are no photographs of most designs, and a drawing made from data can be zoomed without pixels,
//! laid over another for comparison, and varied. The output is a pure function of [`ArtSpec`]: the same
//! design always gives the same bytes, which is what the snapshot tests pin.

pub mod bench;
pub mod zoom;

mod motifs;
mod painter;

use std::fmt::Write;

use crate::domain::catalogue::model::{
    Design, Finish, Form, Motif, MotifFamily, Scale, Technique, TrendReference,
};
use painter::Painter;

/// Everything the drawing depends on.
#[derive(Clone, Debug, PartialEq)]
pub struct ArtSpec {
    pub form: Form,
    pub motif: Option<MotifFamily>,
    pub techniques: Vec<Technique>,
    pub finish: Finish,
    pub scale: Scale,
    /// Varies the details (ray count, facet pattern) between designs that share every other parameter.
    pub seed: u64,
    /// The motif's own parameters as a maker set them in the mixer; `None` draws the motif as the
    /// catalogue's designs have it.
    pub detail: Option<MotifDetail>,
}

/// A motif's parameters in the mixer. What `count` counts depends on the family: the sun's main rays,
/// the lotus's and the rosette's petals, the scrolls of the ukel; `density` (1–5) is the length of the
/// sun's fine rays (none at 1), the lotus's inner ring, the scrolls' turns, the rosette's beads and the
/// batik's repeat. Kawung, kala and the geometric border are defined by their shape and take neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MotifDetail {
    pub count: u8,
    pub density: u8,
}

/// What a screen reader announces for the drawing, already in the user's language.
pub struct ArtText<'a> {
    pub title: &'a str,
    pub description: &'a str,
}

impl ArtSpec {
    /// `lead` is the design's first motif (`Catalogue::lead_motif`).
    pub fn for_design(design: &Design, lead: Option<&Motif>) -> ArtSpec {
        let motif = lead.map(|m| m.family);
        ArtSpec {
            form: design.form,
            motif,
            techniques: design.techniques.clone(),
            finish: design.finish,
            scale: scale_of(design),
            seed: seed_of(&design.id),
            detail: None,
        }
    }

    pub fn for_trend(trend: &TrendReference) -> ArtSpec {
        ArtSpec {
            form: trend
                .attributes
                .forms
                .first()
                .copied()
                .unwrap_or(Form::Pendant),
            motif: None,
            techniques: Vec::new(),
            finish: trend.attributes.finish,
            scale: trend.attributes.scale,
            seed: seed_of(&trend.id),
            detail: None,
        }
    }
}

/// Chunky or fine as a buyer would judge it: weight per unit of the piece's largest face.
pub fn scale_of(design: &Design) -> Scale {
    let face = (design.dimensions.width_mm * design.dimensions.height_mm).max(1.0);
    let grams_per_cm2 = design.weight_g / face * 100.0;
    if grams_per_cm2 < 0.6 {
        Scale::Fine
    } else if grams_per_cm2 < 1.4 {
        Scale::Medium
    } else {
        Scale::Chunky
    }
}

/// FNV-1a: stable across platforms and releases, unlike `DefaultHasher`.
pub fn seed_of(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The drawing as a `data:` URL for an `<img>`. A grid of results shows its drawings as images: the
/// browser then parses, lays out and paints one element per card instead of an SVG tree of dozens, and
/// caches the decoded picture by URL. Only what a valid URL cannot hold as is gets escaped.
pub fn svg_data_url(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len() + svg.len() / 8 + 32);
    out.push_str("data:image/svg+xml;charset=utf-8,");
    for c in svg.chars() {
        match c {
            '%' => out.push_str("%25"),
            // A URL holds no spaces (the HTML checker refuses them; browsers forgive them).
            ' ' => out.push_str("%20"),
            '#' => out.push_str("%23"),
            '"' => out.push_str("%22"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\n' => out.push_str("%0A"),
            '\r' => out.push_str("%0D"),
            '\t' => out.push_str("%09"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for XML content and attribute values.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0 at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// The drawing as a standalone `<svg>` element with a viewBox, a title and a description.
pub fn render_svg(spec: &ArtSpec, text: &ArtText) -> String {
    let uid = format!("a{:x}", seed_of(&uid_key(spec)) & 0xffff_ffff);
    let mut p = Painter::new(spec, &uid);
    p.defs();
    p.background();
    draw_form(&mut p);
    p.finish();
    let mut svg = String::with_capacity(p.out.len() + 400);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240" role="img" aria-labelledby="{uid}t {uid}d"><title id="{uid}t">{}</title><desc id="{uid}d">{}</desc>"#,
        escape_xml(text.title),
        escape_xml(text.description)
    );
    svg.push_str(&p.out);
    svg.push_str("</svg>");
    svg
}

/// What a drawing's element ids are derived from, so that drawings on one page never share an id. Written
/// out rather than `{spec:?}`, so that a field added to the spec does not change the ids (and the
/// snapshots) of the drawings that do not use it.
fn uid_key(spec: &ArtSpec) -> String {
    let mut key = format!(
        "ArtSpec {{ form: {:?}, motif: {:?}, techniques: {:?}, finish: {:?}, scale: {:?}, seed: {:?} }}",
        spec.form, spec.motif, spec.techniques, spec.finish, spec.scale, spec.seed
    );
    if let Some(d) = spec.detail {
        let _ = write!(key, "{d:?}");
    }
    key
}

fn draw_form(p: &mut Painter) {
    let s = match p.spec.scale {
        Scale::Fine => 0.8,
        Scale::Medium => 1.0,
        Scale::Chunky => 1.25,
    };
    match p.spec.form {
        Form::Ring => {
            p.band_ellipse(120.0, 160.0, 68.0, 30.0, 10.0 * s);
            let r = 30.0 * s;
            p.medallion(120.0, 150.0 - 30.0 - r * 0.6, r);
        }
        Form::Stud => {
            let r = 34.0 * s;
            p.medallion(72.0, 120.0, r);
            p.medallion(168.0, 120.0, r);
        }
        Form::DropEarring => {
            for x in [78.0, 162.0] {
                p.ear_hook(x, 28.0);
                p.drop(x, 74.0, 26.0 * s);
            }
        }
        Form::Hoop => {
            for x in [74.0, 166.0] {
                p.hoop(x, 112.0, 44.0, 5.0 * s);
                p.medallion(x, 160.0, 13.0 * s);
            }
        }
        Form::Pendant => {
            p.chain_curve((22.0, 0.0), (120.0, 120.0), (218.0, 0.0));
            p.bail(120.0, 66.0);
            p.medallion(120.0, 84.0 + 50.0 * s, 50.0 * s);
        }
        Form::Necklace => {
            p.chain_curve((10.0, 0.0), (120.0, 250.0), (230.0, 0.0));
            p.links_along_curve((10.0, 0.0), (120.0, 250.0), (230.0, 0.0), 9, 9.0 * s);
            p.medallion(120.0, 136.0, 22.0 * s);
        }
        Form::Bracelet => {
            p.chain_ellipse(120.0, 122.0, 92.0, 50.0);
            p.links_along_ellipse(120.0, 122.0, 92.0, 50.0, 10, 10.0 * s);
        }
        Form::Cuff => {
            p.cuff_band(120.0, 40.0 * s);
            for (x, y, r) in [
                (58.0, 143.0, 14.0),
                (88.0, 121.0, 17.0),
                (120.0, 113.0, 19.0),
                (152.0, 121.0, 17.0),
                (182.0, 143.0, 14.0),
            ] {
                p.motif_only(x, y, r * s);
            }
        }
        Form::Brooch => {
            p.pin(120.0, 52.0);
            p.oval_plate(120.0, 120.0, 86.0, 70.0 * s.min(1.05));
            p.motif_only(120.0, 120.0, 52.0 * s.min(1.05));
            p.granule_ring(120.0, 120.0, 78.0, 58.0 * s.min(1.05));
        }
        Form::Tiara => {
            p.tiara_frame(s);
            p.medallion(120.0, 100.0, 30.0 * s);
            p.medallion(68.0, 140.0, 16.0 * s);
            p.medallion(172.0, 140.0, 16.0 * s);
        }
    }
}

#[cfg(test)]
mod tests;
